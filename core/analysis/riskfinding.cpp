// SPDX-License-Identifier: MIT
#include "riskfinding.h"

#include "enumnames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr EnumName<Severity> kSeverities[] = {
    {Severity::Info, u"info"},
    {Severity::Warning, u"warning"},
    {Severity::High, u"high"},
};

constexpr EnumName<NotEvaluated::Reason> kNotEvaluatedReasons[] = {
    {NotEvaluated::Reason::PatchMissing, u"patch-missing"},
    {NotEvaluated::Reason::PatchTruncated, u"patch-truncated"},
    {NotEvaluated::Reason::ReviewDataUnknown, u"review-data-unknown"},
    {NotEvaluated::Reason::FilesTruncated, u"files-truncated"},
    {NotEvaluated::Reason::ReviewsIncomplete, u"reviews-incomplete"},
    {NotEvaluated::Reason::ReviewThreadsIncomplete, u"review-threads-incomplete"},
};

} // namespace

QString severityId(Severity s)
{
    return enumName(kSeverities, s);
}

bool severityFromId(QStringView id, Severity *out)
{
    const std::optional<Severity> s = enumFromName(kSeverities, id, Qt::CaseInsensitive);
    if (s)
        *out = *s;
    return s.has_value();
}

QString severityDisplay(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QCoreApplication::translate("PrLens::Severity", "info");
    case Severity::Warning:
        return QCoreApplication::translate("PrLens::Severity", "warning");
    case Severity::High:
        return QCoreApplication::translate("PrLens::Severity", "high");
    }
    return {};
}

QString RiskFinding::fact(const QString &name) const
{
    for (const auto &[k, v] : facts)
        if (k == name)
            return v;
    return {};
}

QString NotEvaluated::reasonId(Reason r)
{
    return enumName(kNotEvaluatedReasons, r);
}

QString NotEvaluated::describe() const
{
    const int n = int(files.size());
    switch (reason) {
    case Reason::PatchMissing:
        return QCoreApplication::translate(
            "PrLens::NotEvaluated", "Not evaluated: the diff text of %n file(s) is not loaded.", nullptr, n);
    case Reason::PatchTruncated:
        return QCoreApplication::translate(
            "PrLens::NotEvaluated", "Not evaluated: the diff text of %n file(s) was cut by the source.", nullptr, n);
    case Reason::ReviewDataUnknown:
        return QCoreApplication::translate("PrLens::NotEvaluated", "Not evaluated: this source has no review data.");
    case Reason::FilesTruncated:
        return QCoreApplication::translate(
            "PrLens::NotEvaluated", "Not evaluated: the file list was cut by the source.");
    case Reason::ReviewsIncomplete:
        return QCoreApplication::translate("PrLens::NotEvaluated",
            "Not evaluated: not every review could be read from the source; an unread one may be the approval.");
    case Reason::ReviewThreadsIncomplete:
        return QCoreApplication::translate("PrLens::NotEvaluated",
            "Not evaluated: not every review thread could be read from the source; an unread one may be open.");
    }
    return {};
}

} // namespace PrLens
