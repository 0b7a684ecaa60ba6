// SPDX-License-Identifier: MIT
// A repository built here with known reverts and fixes, read with one `git log` for the whole range, and the
// back-test's counts compared with counts made by hand.
#include "analysisconfig.h"
#include "backtest.h"
#include "backtesthistory.h"
#include "backtestjson.h"
#include "gitsource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestGitBacktest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsByHand();
    void outcomesCarryEvidence();
    void jsonAddsUp();

private:
    QTemporaryDir m_dir;
    BacktestResult m_result;
    int m_gitRuns = 0;
};

void TestGitBacktest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    BacktestHistory::build(m_dir.path());
    GitSource source;
    source.setPatchesWithWeek(true);
    QSignalSpy done(&source, &GitSource::rangeFinished);
    QSignalSpy weekDone(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    const IsoWeek first(2026, 10), last(2026, 13);
    // the range plus the horizon after it, in one read
    source.loadRange(RepoRef::localGit(m_dir.path()), first.addWeeks(-1), last.addWeeks(2), UtcOffset());
    QVERIFY(done.wait(30000));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(weekDone.size(), 0); // a range is not a week
    const WeekData range = done.first().first().value<WeekData>();
    QCOMPARE(range.pulls.size(), 14);
    const QList<WeekData> weeks = splitIntoWeeks(range, first.addWeeks(-1), last.addWeeks(2));
    QCOMPARE(weeks.size(), 7);
    QCOMPARE(weeks.at(1).pulls.size(), 3); // W10
    BacktestOptions options;
    options.horizonWeeks = 2;
    options.minGroup = 1;
    options.minBad = 1;
    m_result = runBacktest(weeks, first, last, AnalysisConfig(), options);
}

void TestGitBacktest::countsByHand()
{
    QCOMPARE(m_result.pulls.size(), 12);
    QCOMPARE(m_result.badPrs(), 5);
    QList<int> bad;
    for (const BacktestPr &p : std::as_const(m_result.pulls))
        if (!p.outcomes.isEmpty())
            bad.append(p.number);
    QCOMPARE(bad, QList<int>({1, 5, 8, 10, 12}));

    const RuleBacktest *tests = m_result.rule(u"missing-tests"_s);
    QVERIFY(tests);
    QCOMPARE(tests->flagged, 5); // #1 #3 #5 #10 #12
    QCOMPARE(tests->flaggedBad, 4); // all but #3
    QCOMPARE(tests->unflagged, 7);
    QCOMPARE(tests->unflaggedBad, 1); // #8
    QCOMPARE(tests->flaggedBadPrs, QList<int>({1, 5, 10, 12}));
    QVERIFY(tests->hasLift());
    QVERIFY(qAbs(tests->ratio.lift - 5.6) < 1e-9); // (4/5) / (1/7)

    const RuleBacktest *reverts = m_result.rule(u"revert-follow-up"_s);
    QVERIFY(reverts);
    QCOMPARE(reverts->flagged, 3); // #4 #9 #11
    QCOMPARE(reverts->flaggedBad, 0);
    QCOMPARE(reverts->unflaggedBad, 5);

    // review rules cannot be evaluated from git: out of both groups, no lift
    const RuleBacktest *approval = m_result.rule(u"no-approval"_s);
    QVERIFY(approval);
    QCOMPARE(approval->notEvaluated, 12);
    QCOMPARE(approval->flagged + approval->unflagged, 0);
    QVERIFY(!approval->hasLift());

    int levels = 0;
    for (const RuleBacktest &l : std::as_const(m_result.importance))
        levels += l.flagged;
    QCOMPARE(levels, 12);
}

void TestGitBacktest::outcomesCarryEvidence()
{
    QHash<int, PrOutcome> first;
    for (const BacktestPr &p : std::as_const(m_result.pulls))
        if (!p.outcomes.isEmpty())
            first.insert(p.number, p.outcomes.first());
    QCOMPARE(first.value(1).by, 4);
    QCOMPARE(first.value(1).reason, PrOutcome::Reason::RevertTitle);
    QCOMPARE(first.value(5).by, 7);
    QCOMPARE(first.value(5).reason, PrOutcome::Reason::FixTouchesLines);
    QCOMPARE(first.value(5).file, u"src/sched.py"_s);
    QCOMPARE(first.value(5).line, 2);
    QCOMPARE(first.value(8).by, 9);
    QCOMPARE(first.value(8).reason, PrOutcome::Reason::RevertCommit);
    QCOMPARE(first.value(10).by, 11);
    QCOMPARE(first.value(10).reason, PrOutcome::Reason::FixNames);
    QCOMPARE(first.value(12).by, 13);
    QCOMPARE(first.value(12).reason, PrOutcome::Reason::RevertNames);
    for (const PrOutcome &o : std::as_const(first))
        QVERIFY2(!o.evidence.isEmpty(), qPrintable(PrOutcome::reasonId(o.reason)));
}

void TestGitBacktest::jsonAddsUp()
{
    const QJsonObject o = QJsonDocument::fromJson(BacktestJson::toJson(m_result)).object();
    QCOMPARE(o.value("prs"_L1).toInt(), 12);
    QCOMPARE(o.value("from"_L1).toString(), u"2026-W10"_s);
    for (const QJsonValue &v : o.value("rules"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        QCOMPARE(
            r.value("flagged"_L1).toInt() + r.value("unflagged"_L1).toInt() + r.value("notEvaluated"_L1).toInt(), 12);
        QVERIFY(r.value("flaggedBad"_L1).toInt() + r.value("unflaggedBad"_L1).toInt() <= 5);
        QVERIFY(r.contains("lift"_L1) && r.contains("liftLow"_L1) && r.contains("liftHigh"_L1));
    }
    const QJsonArray pulls = o.value("pulls"_L1).toArray();
    QCOMPARE(pulls.size(), 5);
    for (const QJsonValue &v : pulls) {
        const QJsonArray outcomes = v.toObject().value("outcomes"_L1).toArray();
        QVERIFY(!outcomes.isEmpty());
        for (const QJsonValue &x : outcomes) {
            QVERIFY(x.toObject().value("kind"_L1).toString() == u"revert"
                || x.toObject().value("kind"_L1).toString() == u"fix");
            QVERIFY(x.toObject().value("by"_L1).toInt() > 0);
            QVERIFY(!x.toObject().value("evidence"_L1).toString().isEmpty());
        }
    }
    const QJsonObject tests = o.value("rules"_L1).toArray().at(0).toObject();
    QCOMPARE(tests.value("id"_L1).toString(), u"missing-tests"_s);
    QCOMPARE(tests.value("lift"_L1).toDouble(), 5.6);
}

QTEST_GUILESS_MAIN(TestGitBacktest)
#include "tst_gitbacktest.moc"
