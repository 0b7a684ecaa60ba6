// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "weekanalysis.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstWeekSummary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void figures();
    void deltaAgainstPreviousWeek();
    void fastDeployMatchesStats();
};

void TstWeekSummary::figures()
{
    WeekData w;
    w.week = IsoWeek(2026, 14);
    PullRequest a = Test::pull(1, u"a"_s, {Test::file(u"x.py"_s, 10, 2), Test::file(u"y.py"_s, 1, 1)});
    PullRequest b = Test::pull(2, u"b"_s, {Test::file(u"x.py"_s, 5, 0)});
    a.author = u"alice"_s;
    b.author = u"alice"_s;
    w.pulls = {a, b};
    const WeekSummary s = WeekSummary::of(w);
    QCOMPARE(s.mergedPrs, 2);
    QCOMPARE(s.prs, (QList<int> {1, 2}));
    QCOMPARE(s.authors, 1);
    QCOMPARE(s.byAuthor.first().prs, (QList<int> {1, 2}));
    QCOMPARE(s.additions, 16);
    QCOMPARE(s.deletions, 3);
    QCOMPARE(s.files, 2);
}

void TstWeekSummary::deltaAgainstPreviousWeek()
{
    WeekData prev, cur;
    prev.week = IsoWeek(2026, 13);
    cur.week = IsoWeek(2026, 14);
    prev.pulls = {Test::pull(1, u"a"_s, {Test::file(u"x.py"_s, 100, 0)})};
    cur.pulls
        = {Test::pull(2, u"b"_s, {Test::file(u"x.py"_s, 10, 5)}), Test::pull(3, u"c"_s, {Test::file(u"z.py"_s, 1, 1)})};
    const WeekAnalysis a = analyzeWeek(cur, {prev}, AnalysisConfig());
    QVERIFY(a.previous.has_value());
    QVERIFY(a.delta.has_value());
    QCOMPARE(a.delta->mergedPrs, 1);
    QCOMPARE(a.delta->additions, -89);
    QCOMPARE(a.delta->deletions, 6);
    QCOMPARE(a.delta->files, 1);
    QCOMPARE(a.delta->highlighted, 1);
    // no previous week in the history: no delta rather than a delta against zero
    const WeekAnalysis alone = analyzeWeek(cur, {}, AnalysisConfig());
    QVERIFY(!alone.delta.has_value());
}

void TstWeekSummary::fastDeployMatchesStats()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    QFile statsFile(Test::datasetDir(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s) + u"/stats.json"_s);
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
    const WeekSummary s = WeekSummary::of(week);
    QCOMPARE(s.mergedPrs, stats.value("pr_count"_L1).toInt());
    QCOMPARE(s.additions, stats.value("additions_total"_L1).toInt());
    QCOMPARE(s.deletions, stats.value("deletions_total"_L1).toInt());
    QCOMPARE(s.files, stats.value("distinct_files_touched"_L1).toInt());
    // authors are logins or git names here; the dataset's names count is the comparable figure
    QCOMPARE(s.authors, stats.value("distinct_author_names"_L1).toInt());
}

QTEST_GUILESS_MAIN(TstWeekSummary)
#include "tst_weeksummary.moc"
