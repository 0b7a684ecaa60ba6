// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "importance.h"
#include "pathclassifier.h"
#include "weekanalysis.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

Q_DECLARE_METATYPE(PrLens::PullRequest)

class TstImportance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scoreForPoints_data();
    void scoreForPoints();
    void score_data();
    void score();
    void highlightedAreTopByImportanceGroupedByTheme();
};

void TstImportance::scoreForPoints_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("score");
    QTest::addRow("negative") << -1 << 1;
    QTest::addRow("zero") << 0 << 1;
    QTest::addRow("one") << 1 << 2;
    QTest::addRow("three") << 3 << 3;
    QTest::addRow("four") << 4 << 4;
    QTest::addRow("six") << 6 << 5;
    QTest::addRow("many") << 9 << 5;
}

void TstImportance::scoreForPoints()
{
    QFETCH(int, points);
    QFETCH(int, score);
    QCOMPARE(Importance::scoreForPoints(points), score);
}

void TstImportance::score_data()
{
    QTest::addColumn<PullRequest>("pr");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<int>("score");
    QTest::addColumn<QStringList>("factors"); // factor names of the reasons, in order
    QList<FileChange> sixModules;
    for (int i = 0; i < 6; ++i)
        sixModules.append(Test::file(u"m%1/sub/f.py"_s.arg(i), 1, 0));
    QTest::addRow("tiny untagged") << Test::pull(1, u"x"_s, {Test::file(u"a/b/c.py"_s, 2, 1)}) << QStringList() << 1
                                   << QStringList();
    QTest::addRow("docs only is one lower, floored at 1")
        << Test::pull(2, u"x"_s, {Test::file(u"docs/a.md"_s, 40, 0)}) << QStringList {u"docs"_s} << 1
        << QStringList {u"size"_s, u"tag"_s};
    QTest::addRow("XL feature in a core file")
        << Test::pull(3, u"x"_s, {Test::file(u"pkg/engine/core.py"_s, 700, 0)}) << QStringList {u"feature"_s} << 4
        << QStringList {u"size"_s, u"core"_s, u"tag"_s};
    QTest::addRow("broad small change") << Test::pull(4, u"x"_s, sixModules) << QStringList() << 3
                                        << QStringList {u"breadth"_s};
    {
        PullRequest p = Test::pull(5, u"x"_s, {Test::file(u"a/b/c.py"_s, 50, 0)});
        p.reviewDataKnown = true;
        p.reviews = {{u"a"_s, Review::State::Commented, {}, {}}, {u"b"_s, Review::State::Approved, {}, {}}};
        ReviewThread t;
        t.comments = QList<ReviewComment>(3);
        p.reviewThreads = {t};
        QTest::addRow("reviewed medium change") << p << QStringList() << 3 << QStringList {u"size"_s, u"review"_s};
    }
}

void TstImportance::score()
{
    QFETCH(PullRequest, pr);
    QFETCH(QStringList, tags);
    QFETCH(int, score);
    QFETCH(QStringList, factors);
    const Importance imp = Importance::of(pr, tags, PathClassifier(), {u"pkg/engine/core.py"_s}, 2);
    QCOMPARE(imp.score, score);
    QStringList got;
    for (const ImportanceReason &r : imp.reasons) {
        static const QStringList names = {u"size"_s, u"breadth"_s, u"core"_s, u"review"_s, u"tag"_s};
        got.append(names.at(int(r.factor)));
        QVERIFY(!r.describe().isEmpty());
    }
    QCOMPARE(got, factors);
}

void TstImportance::highlightedAreTopByImportanceGroupedByTheme()
{
    WeekData w;
    w.week = IsoWeek(2026, 14);
    w.pulls = {
        Test::pull(1, u"[ROCm] big"_s, {Test::file(u"csrc/rocm/a.cu"_s, 1200, 0)}),
        Test::pull(2, u"[ROCm] medium"_s, {Test::file(u"csrc/rocm/b.cu"_s, 150, 0)}),
        Test::pull(3, u"[Bugfix] small"_s, {Test::file(u"vllm/engine/x.py"_s, 3, 0)}),
        Test::pull(4, u"[Bugfix] large"_s, {Test::file(u"vllm/engine/y.py"_s, 600, 0)}),
    };
    AnalysisConfig cfg;
    cfg.highlightCount = 3;
    const WeekAnalysis a = analyzeWeek(w, {}, cfg);
    QCOMPARE(a.summary.highlightedPrs, (QList<int> {1, 4, 2}));
    QCOMPARE(a.summary.highlighted, 3);
    QVERIFY(!a.find(3)->highlighted);
    QCOMPARE(a.highlights.size(), 2);
    QCOMPARE(a.highlights.at(0).theme, u"rocm"_s);
    QCOMPARE(a.highlights.at(0).display, u"ROCm"_s);
    QCOMPARE(a.highlights.at(0).prs, (QList<int> {1, 2}));
    // "Bugfix" is a kind of change, not a theme: the module names it
    QCOMPARE(a.highlights.at(1).theme, u"vllm/engine"_s);
    QCOMPARE(a.highlights.at(1).prs, QList<int> {4});
    double sum = 0;
    for (const PrAnalysis &p : a.pulls)
        sum += p.importance.score;
    QCOMPARE(a.summary.averageImportance, sum / 4);
}

QTEST_GUILESS_MAIN(TstImportance)
#include "tst_importance.moc"
