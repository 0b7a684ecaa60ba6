// SPDX-License-Identifier: MIT
#include "weeksource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace PrLens {

LoadError LoadError::cancelled()
{
    return {Kind::Cancelled, QCoreApplication::translate("PrLens::LoadError", "Loading was cancelled.")};
}

void WeekSource::finishWeekPatchesUnread(const QList<PullRequest> &pulls)
{
    QList<LedgerEntry> ledger;
    for (const PullRequest &pr : pulls) {
        if (!pr.patchesLoaded)
            ledger.append(patchesNotRead(pr.number, u"this source reads no patches"_s));
    }
    QMetaObject::invokeMethod(this, [this, ledger] { Q_EMIT weekPatchesFinished(ledger); }, Qt::QueuedConnection);
}

LedgerEntry WeekSource::patchesNotRead(int number, const QString &why)
{
    // The reason is kept as an argument too, so that the report can say it in its own language.
    return {LedgerEntry::Kind::Skipped, number, u"patch"_s, u"patches not read: %1"_s.arg(why), {why}};
}

} // namespace PrLens
