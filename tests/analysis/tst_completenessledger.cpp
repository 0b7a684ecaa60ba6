// SPDX-License-Identifier: MIT
#include "completenessledger.h"
#include "weeksource.h"

#include <QTest>

Q_DECLARE_METATYPE(PrLens::LedgerEntry)

using namespace PrLens;
using namespace Qt::StringLiterals;

class TstCompletenessLedger : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void describesEntries_data()
    {
        QTest::addColumn<LedgerEntry>("entry");
        QTest::addColumn<QString>("text");
        using K = LedgerEntry::Kind;
        QTest::addRow("files") << LedgerEntry {K::Truncated, 7, u"files"_s, u"GitHub listed 3 of 9 files"_s,
            {u"3"_s, u"9"_s}} << u"File list cut: GitHub listed 3 of 9 files."_s;
        QTest::addRow("reviews, nothing failed") << LedgerEntry {K::Truncated, 7, u"reviews"_s, u"x"_s,
            {u"20"_s, u"45"_s, QString()}} << u"Reviews cut: 20 of 45 read; GitHub listed no more."_s;
        QTest::addRow("threads, a request failed")
            << LedgerEntry {K::Truncated, 7, u"reviewThreads"_s, u"x"_s, {u"1"_s, u"4"_s, u"http-502"_s}}
            << u"Review threads cut: 1 of 4 read; reading the rest failed: HTTP 502."_s;
        QTest::addRow("patch") << LedgerEntry {K::Truncated, 7, u"patch"_s, u"x"_s, {u"3000"_s, u"3100"_s, u"3000"_s}}
                               << u"Diff text cut: patches of 3000 of 3100 files (GitHub lists at most 3000)."_s;
        QTest::addRow("retries") << LedgerEntry {K::Retried, 0, u"requests"_s, u"x"_s, {u"2"_s}}
                                 << u"2 request(s) retried after errors."_s;
        QTest::addRow("search errors") << LedgerEntry {K::Partial, 0, u"search"_s, u"x"_s, {}}
                                       << u"Search incomplete: GitHub answered a search page with errors."_s;
        QTest::addRow("patches cancelled")
            << WeekSource::patchesNotRead(7, u"cancelled"_s) << u"Patches not read: cancelled."_s;
        QTest::addRow("patches, token refused")
            << WeekSource::patchesNotRead(7, u"unauthorized"_s) << u"Patches not read: the token was refused."_s;
        QTest::addRow("patches, HTTP error")
            << WeekSource::patchesNotRead(7, u"http-502"_s) << u"Patches not read: HTTP 502."_s;
        QTest::addRow("patches, unknown reason")
            << WeekSource::patchesNotRead(7, u"odd"_s) << u"Patches not read: odd."_s;
        QTest::addRow("search split to its limit")
            << LedgerEntry {K::Truncated, 0, u"search"_s, u"x"_s, {u"5000"_s, u"1000"_s, u"64"_s}}
            << u"Search cut: 5000 PRs announced in one range with the week already split into 64 ranges; GitHub lists "
               "only 1000."_s;
        // cached before arguments were kept: still readable, the stored English detail after the kind
        QTest::addRow("old cache") << LedgerEntry {K::Truncated, 7, u"files"_s, u"GitHub listed 3 of 9 files"_s}
                                   << u"Truncated: GitHub listed 3 of 9 files"_s;
    }
    void describesEntries()
    {
        QFETCH(LedgerEntry, entry);
        QFETCH(QString, text);
        QCOMPARE(CompletenessLedger::describe(entry), text);
    }

    void notEvaluatedKeepsItsArguments()
    {
        NotEvaluated n;
        n.ruleId = u"debug-leftovers"_s;
        n.prNumber = 9;
        n.reason = NotEvaluated::Reason::PatchMissing;
        n.files = {u"a.py"_s, u"b.py"_s};
        const QList<LedgerEntry> ledger = CompletenessLedger::merge({}, {n});
        QCOMPARE(ledger.size(), 1);
        QCOMPARE(ledger.first().args, (QStringList {u"patch-missing"_s, u"a.py"_s, u"b.py"_s}));
        QCOMPARE(CompletenessLedger::describe(ledger.first()),
            u"Debug code left in: Not evaluated: the diff text of 2 file(s) is not loaded."_s);
    }
};

QTEST_GUILESS_MAIN(TstCompletenessLedger)
#include "tst_completenessledger.moc"
