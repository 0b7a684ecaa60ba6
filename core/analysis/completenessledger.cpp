// SPDX-License-Identifier: MIT
#include "completenessledger.h"

#include "riskengine.h"

using namespace Qt::StringLiterals;

namespace PrLens {

QList<LedgerEntry> CompletenessLedger::merge(const QList<LedgerEntry> &source, const QList<NotEvaluated> &notEvaluated)
{
    QList<LedgerEntry> out = source;
    for (const NotEvaluated &n : notEvaluated) {
        LedgerEntry e;
        e.kind = LedgerEntry::Kind::NotEvaluated;
        e.prNumber = n.prNumber;
        e.what = u"rule:"_s + n.ruleId;
        // English detail by contract (the UI translates by kind + what); files listed for the curious
        e.detail = NotEvaluated::reasonId(n.reason);
        if (!n.files.isEmpty())
            e.detail += u": "_s + n.files.join(u", "_s);
        if (!out.contains(e))
            out.append(e);
    }
    return out;
}

int CompletenessLedger::count(const QList<LedgerEntry> &ledger, LedgerEntry::Kind kind)
{
    return int(std::count_if(ledger.begin(), ledger.end(), [kind](const LedgerEntry &e) { return e.kind == kind; }));
}

} // namespace PrLens
