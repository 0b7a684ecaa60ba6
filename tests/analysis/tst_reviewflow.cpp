// SPDX-License-Identifier: MIT
#include "analysisconfig.h"
#include "analysisjson.h"
#include "completenessledger.h"
#include "reviewflow.h"
#include "reviewflowweeks.h"
#include "weekanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

constexpr qint64 kHour = 3600;

AnalysisConfig configWithHelperBot()
{
    AnalysisConfig cfg;
    QString error;
    const bool ok = cfg.apply(QJsonDocument::fromJson(R"({"bots": ["CI-Helper"]})").object(), &error);
    Q_ASSERT(ok);
    return cfg;
}

} // namespace

class TestReviewFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void durationStats_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("median");
        QTest::addColumn<qint64>("p90");
        QTest::addRow("none") << QList<qint64> {} << 0 << 0.0 << qint64(0);
        QTest::addRow("one") << QList<qint64> {5} << 1 << 5.0 << qint64(5);
        QTest::addRow("odd, unsorted") << QList<qint64> {3, 1, 2} << 3 << 2.0 << qint64(3);
        QTest::addRow("even: mean of the middle two") << QList<qint64> {4, 1, 3, 2} << 4 << 2.5 << qint64(4);
        QTest::addRow("ten: p90 is the 9th") << QList<qint64> {10, 9, 8, 7, 6, 5, 4, 3, 2, 1} << 10 << 5.5 << qint64(9);
        QList<qint64> twenty;
        for (qint64 i = 1; i <= 20; ++i)
            twenty.append(i * 100);
        QTest::addRow("twenty: p90 is the 18th") << twenty << 20 << 1050.0 << qint64(1800);
        QTest::addRow("eleven: p90 is the 10th")
            << QList<qint64> {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11} << 11 << 6.0 << qint64(10);
    }
    void durationStats()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, count);
        QFETCH(double, median);
        QFETCH(qint64, p90);
        const DurationStats s = DurationStats::of(values);
        QCOMPARE(s.count, count);
        QCOMPARE(s.medianSeconds, median);
        QCOMPARE(s.p90Seconds, p90);
    }

    void botAccounts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("typed");
        QTest::addColumn<bool>("bot");
        QTest::addRow("person") << u"alice"_s << false << false;
        QTest::addRow("typed Bot") << u"copilot-pull-request-reviewer"_s << true << true;
        QTest::addRow("[bot] login") << u"dependabot[bot]"_s << false << true;
        QTest::addRow("[BOT] login") << u"Renovate[BOT]"_s << false << true;
        QTest::addRow("configured, other case") << u"ci-helper"_s << false << true;
        QTest::addRow("bot in the middle is a person") << u"robotics-dev"_s << false << false;
    }
    void botAccounts()
    {
        QFETCH(QString, login);
        QFETCH(bool, typed);
        QFETCH(bool, bot);
        QCOMPARE(BotAccounts(configWithHelperBot().bots).isBot(login, typed), bot);
    }

    void derivedWeekByHand()
    {
        WeekData week;
        QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
        const QList<int> n = [&week] {
            QList<int> out;
            for (const PullRequest &pr : week.pulls)
                out.append(pr.number);
            return out;
        }();
        const ReviewFlow flow = ReviewFlow::compute(week, BotAccounts(configWithHelperBot().bots));
        QVERIFY(flow.known);

        // waited: 2 h, 4 h, 30 min, 0 (reviewed as a draft) → 0, 1800, 7200, 14400
        QCOMPARE(flow.timeToFirstReview.count, 4);
        QCOMPARE(flow.timeToFirstReview.medianSeconds, (1800.0 + 7200.0) / 2);
        QCOMPARE(flow.timeToFirstReview.p90Seconds, 4 * kHour); // ⌈3.6⌉ = 4th
        // open: 10 h, 24 h, 3 h, 1 h, 20 h, 48 h → 1, 3, 10, 20, 24, 48 h
        QCOMPARE(flow.timeToMerge.count, 6);
        QCOMPARE(flow.timeToMerge.medianSeconds, (10.0 + 20.0) / 2 * kHour);
        QCOMPARE(flow.timeToMerge.p90Seconds, 48 * kHour); // ⌈5.4⌉ = 6th

        QList<int> unreviewed {n[2], n[5]};
        std::sort(unreviewed.begin(), unreviewed.end());
        QCOMPARE(flow.mergedWithoutReview, unreviewed);
        QCOMPARE(flow.reviewedPrs, 4);
        QCOMPARE(flow.rounds, 1);
        QCOMPARE(flow.prsWithRounds, QList<int> {n[1]});

        // people only: alice on [0], [3], [4] with 4 reviews, responding after 2 h, 30 min, 0 → median 30 min
        QCOMPARE(flow.reviewers.size(), 2);
        const ReviewerLoad &alice = flow.reviewers.at(0);
        QCOMPARE(alice.login, u"alice"_s);
        QList<int> alicePrs {n[0], n[3], n[4]};
        std::sort(alicePrs.begin(), alicePrs.end());
        QCOMPARE(alice.prs, alicePrs);
        QCOMPARE(alice.reviews, 4);
        QCOMPARE(alice.medianResponseSeconds, std::optional<double>(1800.0));
        const ReviewerLoad &bob = flow.reviewers.at(1);
        QCOMPARE(bob.login, u"bob"_s);
        QCOMPARE(bob.prs, QList<int> {n[1]});
        QCOMPARE(bob.reviews, 2);
        QCOMPARE(bob.medianResponseSeconds, std::optional<double>(4.0 * kHour));

        // bots apart: the typed reviewer and the configured one review, dependabot writes a PR
        QCOMPARE(flow.botReviews, 2);
        QCOMPARE(flow.bots, (QStringList {u"ci-helper"_s, u"copilot-pull-request-reviewer"_s, u"dependabot[bot]"_s}));
        QCOMPARE(flow.botAuthoredPrs, QList<int> {n[3]});

        // per PR: the list's columns and the PR report's timeline
        const PrReviewFlow *draft = flow.find(n[1]);
        QVERIFY(draft);
        QCOMPARE(draft->start, week.pulls.at(1).readyForReviewAt);
        QCOMPARE(draft->waitedForReview, std::optional<qint64>(4 * kHour));
        QCOMPARE(draft->openFor, std::optional<qint64>(24 * kHour));
        QCOMPARE(draft->firstReviewer, u"bob"_s);
        QCOMPARE(draft->botReviews, 1);
        const PrReviewFlow *nobody = flow.find(n[5]);
        QVERIFY(nobody && !nobody->reviewedByOther && !nobody->waitedForReview);
        QCOMPARE(nobody->openFor, std::optional<qint64>(48 * kHour));

        // slowest: unreviewed PRs waited their whole time open
        const QList<const PrReviewFlow *> slow = flow.slowest(3);
        QCOMPARE(slow.size(), 3);
        QCOMPARE(slow.at(0)->number, n[5]); // 48 h, never reviewed
        QCOMPARE(slow.at(1)->number, n[1]); // 4 h
        QCOMPARE(slow.at(2)->number, n[2]); // 3 h, never reviewed
    }

    void withoutTheConfiguredBotItsApprovalCounts()
    {
        WeekData week;
        QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
        const ReviewFlow flow = ReviewFlow::compute(week, BotAccounts());
        // ci-helper is a person now: [2] was reviewed 30 min after opening
        QCOMPARE(flow.mergedWithoutReview, QList<int> {week.pulls.at(5).number});
        QCOMPARE(flow.timeToFirstReview.count, 5); // 0, 1800, 1800, 7200, 14400
        QCOMPARE(flow.timeToFirstReview.medianSeconds, 1800.0);
        QCOMPARE(flow.botReviews, 1);
    }

    void deltaOnlyAgainstALoadedWeekWithReviews()
    {
        WeekData week;
        QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
        const AnalysisConfig cfg = configWithHelperBot();
        // the week before: two of the dataset's other PRs, waited 1 h and 3 h, open 2 h and 4 h
        WeekData before;
        QVERIFY(Test::loadDatasetWeek(
            u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 13), &before));
        before.pulls = before.pulls.mid(6, 2);
        for (int i = 0; i < 2; ++i) {
            PullRequest &pr = before.pulls[i];
            pr.reviewDataKnown = true;
            pr.createdAt = pr.mergedAt.addSecs(-(2 + 2 * i) * kHour);
            pr.reviews = {Test::review(u"carol"_s, Review::State::Approved, pr.createdAt.addSecs((1 + 2 * i) * kHour))};
        }
        const WeekAnalysis a = analyzeWeek(week, {before}, cfg);
        QVERIFY(a.reviewFlowDelta);
        QCOMPARE(a.reviewFlowDelta->timeToFirstReviewMedian, std::optional<double>(4500.0 - 2 * kHour));
        QCOMPARE(a.reviewFlowDelta->timeToMergeMedian, std::optional<double>(15.0 * kHour - 3 * kHour));
        QCOMPARE(a.reviewFlowDelta->mergedWithoutReview, 2);

        // a week before without review data (a clone, a dataset) is no base: no delta, though the PRs are there
        for (PullRequest &pr : before.pulls)
            pr.reviewDataKnown = false;
        const WeekAnalysis b = analyzeWeek(week, {before}, cfg);
        QVERIFY(b.delta);
        QVERIFY(!b.reviewFlowDelta);
        // and no week before at all
        QVERIFY(!analyzeWeek(week, {}, cfg).reviewFlowDelta);
    }

    void gitCloneHasNoFiguresAndOneLedgerLine()
    {
        WeekData week;
        QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
        week.repo = RepoRef::localGit(u"/tmp/clone"_s);
        for (PullRequest &pr : week.pulls) {
            pr.reviewDataKnown = false; // what GitSource delivers
            pr.reviews.clear();
        }
        const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
        QVERIFY(!a.reviewFlow.known);
        QCOMPARE(a.reviewFlow.timeToFirstReview.count, 0);
        QVERIFY(a.reviewFlow.mergedWithoutReview.isEmpty()); // unknown, not "all of them"
        QVERIFY(a.reviewFlow.reviewers.isEmpty());
        int lines = 0;
        for (const LedgerEntry &e : a.ledger)
            if (e.what == u"reviewFlow"_s) {
                ++lines;
                QCOMPARE(e.prNumber, 0);
                QCOMPARE(e.kind, LedgerEntry::Kind::Skipped);
                QVERIFY(CompletenessLedger::describe(e).contains(u"Review flow not measured"_s));
            }
        QCOMPARE(lines, 1);
    }

    void json()
    {
        WeekData week;
        QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
        const QJsonObject out = AnalysisJson::toJson(analyzeWeek(week, {}, configWithHelperBot()));
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "timeToFirstReview": {"count": 4, "medianSeconds": 4500, "p90Seconds": 14400},
            "timeToMerge": {"count": 6, "medianSeconds": 54000, "p90Seconds": 172800},
            "mergedWithoutReview": 2,
            "reviewers": [{"login": "alice", "prs": 3, "reviews": 4, "medianResponseSeconds": 1800},
                          {"login": "bob", "prs": 1, "reviews": 2, "medianResponseSeconds": 14400}],
            "bots": ["ci-helper", "copilot-pull-request-reviewer", "dependabot[bot]"]})")
                                         .object();
        QCOMPARE(out.value("reviewFlow"_L1).toObject(), expected);

        // a median of two middle values keeps its half second; no times at all is null, not 0
        week.pulls[0].reviews.first().submittedAt = week.pulls[0].reviews.first().submittedAt.addSecs(1);
        const QJsonObject half = AnalysisJson::toJson(analyzeWeek(week, {}, configWithHelperBot()));
        QCOMPARE(half["reviewFlow"_L1]["timeToFirstReview"_L1]["medianSeconds"_L1].toDouble(), 4500.5);
        for (PullRequest &pr : week.pulls)
            pr.reviews.clear();
        const QJsonObject none = AnalysisJson::toJson(analyzeWeek(week, {}, configWithHelperBot()));
        const QJsonObject first = none["reviewFlow"_L1]["timeToFirstReview"_L1].toObject();
        QCOMPARE(first.value("count"_L1).toInt(), 0);
        QVERIFY(first.value("medianSeconds"_L1).isNull());
        QVERIFY(first.value("p90Seconds"_L1).isNull());
        QCOMPARE(none["reviewFlow"_L1]["mergedWithoutReview"_L1].toInt(), 6);

        // from a clone: null, with the ledger line saying why
        for (PullRequest &pr : week.pulls)
            pr.reviewDataKnown = false;
        const QJsonObject clone = AnalysisJson::toJson(analyzeWeek(week, {}, configWithHelperBot()));
        QVERIFY(clone.contains("reviewFlow"_L1));
        QVERIFY(clone.value("reviewFlow"_L1).isNull());
    }

    void configuredBots()
    {
        AnalysisConfig cfg;
        QString error;
        QVERIFY(cfg.apply(QJsonDocument::fromJson(R"({"bots": ["fastdeploy-bot", " ci-helper "]})").object(), &error));
        QCOMPARE(cfg.bots, (QStringList {u"fastdeploy-bot"_s, u"ci-helper"_s}));
        QVERIFY(!cfg.apply(QJsonDocument::fromJson(R"({"bots": "fastdeploy-bot"})").object(), &error));
        QVERIFY(error.contains(u"bots"_s));
        QCOMPARE(cfg.bots.size(), 2); // all or nothing
    }
};

QTEST_GUILESS_MAIN(TestReviewFlow)
#include "tst_reviewflow.moc"
