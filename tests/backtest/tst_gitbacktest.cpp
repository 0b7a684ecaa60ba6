// SPDX-License-Identifier: MIT
// A repository built here with known reverts and fixes, read with one `git log` for the whole range, and the
// back-test's counts compared with counts made by hand.
#include "../git/gittestrepo.h"

#include "analysisconfig.h"
#include "backtest.h"
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

namespace {

const QString kDev = u"Dev <dev@example.com>"_s;

/// Weeks 2026-W10 … W13 are back-tested; W14 and W15 hold later PRs. By hand (horizon 2 weeks):
///  #1  W10 adds src/cache.py, no test            missing-tests   reverted by #4 (Revert "<title>")
///  #2  W10 parser with a test
///  #3  W10 adds src/log.py lines, no test        missing-tests   (fixed by #14, 34 days later: beyond the horizon)
///  #4  W11 Revert "[Feature] Add cache layer (#1)" (removes a file: no source changed)     revert-follow-up
///  #5  W11 adds src/sched.py, no test            missing-tests   fixed by #7 (changes a line #5 added)
///  #6  W11 docs only
///  #7  W12 [Bugfix] changes #5's line, with a test
///  #8  W12 speeds up the parser, with a test                     reverted by #9 ("This reverts commit <sha>")
///  #9  W12 "Revert parser speed-up" (git revert of #8)                                     revert-follow-up
///  #10 W13 adds src/metrics.py, no test          missing-tests   fixed by #11 ("Fixes #10")
///  #11 W13 [Bugfix] appends to metrics.py, with a test                                     revert-follow-up
///  #12 W13 adds src/config.py, no test           missing-tests   reverted by #13 ("Reverts acme/widgets#12")
///  #13 W14 Revert exporter config;  #14 W15 [Bugfix] changes #3's line.
void buildHistory(const QString &path)
{
    GitTestRepo r(path);
    r.init();
    r.git({u"remote"_s, u"add"_s, u"origin"_s, u"https://github.com/acme/widgets.git"_s});
    r.write(u"README.md"_s, "# Widgets\n");
    r.write(u"src/log.py"_s, "import logging\n");
    r.write(u"src/parser.py"_s, "def parse(text):\n    return text.split()\n");
    r.write(u"tests/test_parser.py"_s, "def test_parse():\n    assert parse('a b') == ['a', 'b']\n");
    r.commit(u"Initial commit"_s, u"2026-02-16T10:00:00Z"_s, kDev);

    r.write(u"src/cache.py"_s, "class Cache:\n    def lookup(self, key):\n        return self.entries.get(key)\n");
    r.commit(u"[Feature] Add cache layer (#1)"_s, u"2026-03-02T10:00:00Z"_s, kDev);
    r.write(u"src/tokens.py"_s, "def tokenize(text):\n    return list(text.split())\n");
    r.write(u"tests/test_tokens.py"_s, "def test_tokenize():\n    assert tokenize('a') == ['a']\n");
    r.commit(u"[Feature] Add tokenizer with tests (#2)"_s, u"2026-03-03T10:00:00Z"_s, kDev);
    r.write(u"src/log.py"_s, "import logging\nLOG_FORMAT = '%(asctime)s %(message)s'\n");
    r.commit(u"Tune logging (#3)"_s, u"2026-03-04T10:00:00Z"_s, kDev);

    r.git({u"rm"_s, u"-q"_s, u"src/cache.py"_s});
    r.commit(u"Revert \"[Feature] Add cache layer (#1)\" (#4)"_s, u"2026-03-09T10:00:00Z"_s, kDev);
    r.write(u"src/sched.py"_s, "def run(task):\n    priority = compute_priority(task)\n    return priority\n");
    r.commit(u"[Feature] Add scheduler (#5)"_s, u"2026-03-10T10:00:00Z"_s, kDev);
    r.write(u"README.md"_s, "# Widgets\n\nA scheduler and a parser.\n");
    r.commit(u"[Docs] Update readme (#6)"_s, u"2026-03-11T10:00:00Z"_s, kDev);

    r.write(u"src/sched.py"_s, "def run(task):\n    priority = compute_priority(task, now())\n    return priority\n");
    r.write(u"tests/test_sched.py"_s, "def test_run():\n    assert run(task_a()) == 1\n");
    r.commit(u"[Bugfix] Correct scheduler priority (#7)"_s, u"2026-03-17T10:00:00Z"_s, kDev);
    r.write(u"src/parser.py"_s, "def parse(text):\n    return text.split(maxsplit=100)\n");
    r.write(u"tests/test_parser.py"_s, "def test_parse():\n    assert parse('a b') == ['a', 'b']\n# fast\n");
    r.commit(u"Speed up parser (#8)"_s, u"2026-03-18T10:00:00Z"_s, kDev);
    const QString sha8 = QString::fromLatin1(r.git({u"rev-parse"_s, u"HEAD"_s}).trimmed());
    r.git({u"revert"_s, u"--no-edit"_s, u"--no-commit"_s, sha8}, u"2026-03-19T10:00:00Z"_s, kDev);
    r.commit(u"Revert parser speed-up (#9)\n\nThis reverts commit %1.\n"_s.arg(sha8), u"2026-03-19T10:00:00Z"_s, kDev);

    r.write(u"src/metrics.py"_s, "def export(values):\n    return sum(values) / len(values)\n");
    r.commit(u"[Feature] Add metrics exporter (#10)"_s, u"2026-03-23T10:00:00Z"_s, kDev);
    r.write(u"src/metrics.py"_s, "def export(values):\n    return sum(values) / len(values)\n\n\ndef export_or_zero(values):\n    return export(values) if values else 0\n");
    r.write(u"tests/test_metrics.py"_s, "def test_empty():\n    assert export_or_zero([]) == 0\n");
    r.commit(u"[Bugfix] Handle empty metrics (#11)\n\nFixes #10 when the list is empty.\n"_s, u"2026-03-25T10:00:00Z"_s, kDev);
    r.write(u"src/config.py"_s, "EXPORT_INTERVAL_SECONDS = 30\nEXPORT_TARGET = 'stdout'\n");
    r.commit(u"[Feature] Add exporter config (#12)"_s, u"2026-03-26T10:00:00Z"_s, kDev);

    r.git({u"rm"_s, u"-q"_s, u"src/config.py"_s});
    r.commit(u"Revert exporter config (#13)\n\nReverts acme/widgets#12\n"_s, u"2026-03-31T10:00:00Z"_s, kDev);
    r.write(u"src/log.py"_s, "import logging\nLOG_FORMAT = '%(levelname)s %(message)s'\n");
    r.commit(u"[Bugfix] Fix log format (#14)"_s, u"2026-04-07T10:00:00Z"_s, kDev);
}

} // namespace

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
    buildHistory(m_dir.path());
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
        QCOMPARE(r.value("flagged"_L1).toInt() + r.value("unflagged"_L1).toInt() + r.value("notEvaluated"_L1).toInt(),
            12);
        QVERIFY(r.value("flaggedBad"_L1).toInt() + r.value("unflaggedBad"_L1).toInt() <= 5);
        QVERIFY(r.contains("lift"_L1) && r.contains("liftLow"_L1) && r.contains("liftHigh"_L1));
    }
    const QJsonArray pulls = o.value("pulls"_L1).toArray();
    QCOMPARE(pulls.size(), 5);
    for (const QJsonValue &v : pulls) {
        const QJsonArray outcomes = v.toObject().value("outcomes"_L1).toArray();
        QVERIFY(!outcomes.isEmpty());
        for (const QJsonValue &x : outcomes) {
            QVERIFY(x.toObject().value("kind"_L1).toString() == u"revert" || x.toObject().value("kind"_L1).toString() == u"fix");
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
