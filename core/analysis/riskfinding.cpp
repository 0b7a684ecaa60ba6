// SPDX-License-Identifier: MIT
#include "riskfinding.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PrLens {

QString severityId(Severity s)
{
    switch (s) {
    case Severity::Info:
        return u"info"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::High:
        return u"high"_s;
    }
    return {};
}

bool severityFromId(QStringView id, Severity *out)
{
    for (Severity s : {Severity::Info, Severity::Warning, Severity::High}) {
        if (id.compare(severityId(s), Qt::CaseInsensitive) == 0) {
            *out = s;
            return true;
        }
    }
    return false;
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
    switch (r) {
    case Reason::PatchMissing:
        return u"patch-missing"_s;
    case Reason::PatchTruncated:
        return u"patch-truncated"_s;
    case Reason::ReviewDataUnknown:
        return u"review-data-unknown"_s;
    case Reason::FilesTruncated:
        return u"files-truncated"_s;
    case Reason::ReviewsIncomplete:
        return u"reviews-incomplete"_s;
    case Reason::ReviewThreadsIncomplete:
        return u"review-threads-incomplete"_s;
    }
    return {};
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
