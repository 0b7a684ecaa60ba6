// SPDX-License-Identifier: MIT
#include "riskengine.h"

#include "builtinrules.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

const QList<const RiskRule *> &allRules()
{
    // Stateless rule objects; their text is translated on each call, so nothing language-bound is cached.
    static const MissingTestsRule missingTests;
    static const CorePathRule corePath;
    static const LargeChangeRule largeChange;
    static const NewEnvVarRule newEnvVar;
    static const DependencyManifestRule dependency;
    static const DebugLeftoversRule debug;
    static const HardCodedLiteralRule literal;
    static const UnresolvedThreadsRule unresolved;
    static const NoApprovalRule noApproval;
    static const RevertFollowUpRule revert;
    static const QList<const RiskRule *> rules = {&missingTests, &corePath, &largeChange, &newEnvVar, &dependency,
        &debug, &literal, &unresolved, &noApproval, &revert};
    return rules;
}

} // namespace

RiskEngine::RiskEngine() = default;

QStringList RiskEngine::builtInIds()
{
    QStringList ids;
    for (const RiskRule *r : allRules())
        ids.append(r->id());
    return ids;
}

const RiskRule *RiskEngine::builtIn(const QString &id)
{
    for (const RiskRule *r : allRules())
        if (r->id() == id)
            return r;
    return nullptr;
}

bool RiskEngine::applyOverrides(const QJsonObject &config, QString *error)
{
    const auto fail = [error](const QString &rule) {
        if (error)
            *error = QCoreApplication::translate("PrLens::RiskEngine",
                "The risk rule settings for \"%1\" are malformed. Expected "
                "{\"enabled\": bool, \"severity\": \"info|warning|high\", "
                "\"globs\": [\"path/*\"]}; fix the configuration file.")
                         .arg(rule);
        return false;
    };
    const QJsonObject rules = config.value("rules"_L1).toObject();
    QHash<QString, RuleOverride> parsed;
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        if (!builtIn(it.key())) {
            if (error)
                *error = QCoreApplication::translate(
                    "PrLens::RiskEngine", "Unknown risk rule \"%1\" in the configuration; known rules: %2.")
                             .arg(it.key(), builtInIds().join(u", "_s));
            return false;
        }
        if (!it.value().isObject())
            return fail(it.key());
        const QJsonObject o = it.value().toObject();
        RuleOverride ov = m_overrides.value(it.key());
        if (o.contains("enabled"_L1)) {
            if (!o.value("enabled"_L1).isBool())
                return fail(it.key());
            ov.enabled = o.value("enabled"_L1).toBool();
        }
        if (o.contains("severity"_L1)) {
            Severity s;
            if (!severityFromId(o.value("severity"_L1).toString(), &s))
                return fail(it.key());
            ov.severity = s;
        }
        if (o.contains("globs"_L1)) {
            if (!o.value("globs"_L1).isArray())
                return fail(it.key());
            for (const QJsonValue &g : o.value("globs"_L1).toArray()) {
                if (!g.isString())
                    return fail(it.key());
                ov.globs.append(g.toString());
            }
        }
        parsed.insert(it.key(), ov);
    }
    for (auto it = parsed.begin(); it != parsed.end(); ++it)
        m_overrides.insert(it.key(), it.value());
    return true;
}

void RiskEngine::setOverride(const QString &ruleId, const RuleOverride &o)
{
    m_overrides.insert(ruleId, o);
}

bool RiskEngine::isEnabled(const QString &ruleId) const
{
    return builtIn(ruleId) && m_overrides.value(ruleId).enabled;
}

Severity RiskEngine::severity(const QString &ruleId) const
{
    const RiskRule *r = builtIn(ruleId);
    return m_overrides.value(ruleId).severity.value_or(r ? r->defaultSeverity() : Severity::Warning);
}

QList<const RiskRule *> RiskEngine::rules() const
{
    QList<const RiskRule *> out;
    for (const RiskRule *r : allRules())
        if (isEnabled(r->id()))
            out.append(r);
    return out;
}

QList<RuleResult> RiskEngine::evaluate(const PullRequest &pr, RuleContext ctx) const
{
    QList<RuleResult> out;
    const QStringList baseGlobs = ctx.globs;
    for (const RiskRule *r : rules()) {
        ctx.severity = severity(r->id());
        ctx.globs = baseGlobs + m_overrides.value(r->id()).globs;
        out.append(r->evaluate(pr, ctx));
    }
    return out;
}

} // namespace PrLens
