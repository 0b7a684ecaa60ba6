// SPDX-License-Identifier: MIT
#include "completenessledger.h"

#include "riskengine.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace PrLens {

QList<LedgerEntry> CompletenessLedger::merge(const QList<LedgerEntry> &source, const QList<NotEvaluated> &notEvaluated)
{
    QList<LedgerEntry> out = source;
    // One entry per distinct (kind, PR, what, detail): a set keeps the merge linear in busy weeks.
    const auto keyOf = [](const LedgerEntry &e) {
        return u"%1\x1f%2\x1f%3\x1f%4"_s.arg(int(e.kind)).arg(e.prNumber).arg(e.what, e.detail);
    };
    QSet<QString> seen;
    seen.reserve(out.size() + notEvaluated.size());
    for (const LedgerEntry &e : std::as_const(out))
        seen.insert(keyOf(e));
    for (const NotEvaluated &n : notEvaluated) {
        LedgerEntry e;
        e.kind = LedgerEntry::Kind::NotEvaluated;
        e.prNumber = n.prNumber;
        e.what = u"rule:"_s + n.ruleId;
        // English detail by contract (the UI translates by kind + what); files listed for the curious
        e.detail = NotEvaluated::reasonId(n.reason);
        if (!n.files.isEmpty())
            e.detail += u": "_s + n.files.join(u", "_s);
        if (!seen.contains(keyOf(e))) {
            seen.insert(keyOf(e));
            out.append(e);
        }
    }
    return out;
}

int CompletenessLedger::count(const QList<LedgerEntry> &ledger, LedgerEntry::Kind kind)
{
    return int(std::count_if(ledger.begin(), ledger.end(), [kind](const LedgerEntry &e) { return e.kind == kind; }));
}

} // namespace PrLens
