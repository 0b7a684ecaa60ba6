// SPDX-License-Identifier: MIT
#include "builtinrules.h"

#include "pullrequest.h"

namespace PrLens {

BuiltInRule::BuiltInRule(const RuleDescriptor &descriptor)
    : m_descriptor(descriptor)
{
}

QString BuiltInRule::id() const
{
    return m_descriptor.id.toString();
}

Severity BuiltInRule::defaultSeverity() const
{
    return m_descriptor.severity;
}

QString BuiltInRule::title() const
{
    return QCoreApplication::translate(m_descriptor.context, m_descriptor.title);
}

QString BuiltInRule::shortTitle() const
{
    return m_descriptor.shortTitle ? QCoreApplication::translate(m_descriptor.context, m_descriptor.shortTitle)
                                   : title();
}

QString BuiltInRule::explanation() const
{
    return QCoreApplication::translate(m_descriptor.context, m_descriptor.explanation);
}

QString BuiltInRule::recommendation() const
{
    return QCoreApplication::translate(m_descriptor.context, m_descriptor.recommendation);
}

RuleResult BuiltInRule::scanResult(const PullRequest &pr, const RuleContext &ctx, const QList<Evidence> &evidence,
    const QStringList &missing, const QStringList &truncated, QList<std::pair<QString, QString>> facts) const
{
    if (!evidence.isEmpty())
        return fired(pr, ctx, evidence, std::move(facts));
    if (!missing.isEmpty())
        return notEvaluated(pr, NotEvaluated::Reason::PatchMissing, missing);
    if (!truncated.isEmpty())
        return notEvaluated(pr, NotEvaluated::Reason::PatchTruncated, truncated);
    if (pr.filesTruncated())
        return notEvaluated(pr, NotEvaluated::Reason::FilesTruncated, {});
    return {};
}

} // namespace PrLens
