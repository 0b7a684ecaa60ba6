// SPDX-License-Identifier: MIT
// The PRs of a week are analysed on several threads: the analysis must be the one made in order, PR after PR.
#include "analysisjson.h"
#include "derivedweeks.h"
#include "jsonwriter.h"
#include "weekanalysis.h"

#include <QTest>
#include <QThreadPool>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// The analysis as the report writes it: every figure, every PR's, in their order.
QByteArray analysisText(const WeekAnalysis &a)
{
    JsonWriter w(JsonWriter::Style::Indented);
    w.beginObject();
    AnalysisJson::writeWeekMembers(w, a);
    w.key(QLatin1StringView("pulls"));
    w.array(a.pulls, [&w](const PrAnalysis &p) { AnalysisJson::write(w, p); });
    w.endObject();
    return w.take();
}

/// analyzeWeek() with the global pool limited to @p threads (1: every PR in order on the calling thread).
QByteArray analysedWith(int threads, const Test::DerivedWeek &d)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    const int previous = pool->maxThreadCount();
    pool->setMaxThreadCount(threads);
    const WeekAnalysis a = analyzeWeek(d.week, d.history, AnalysisConfig());
    pool->setMaxThreadCount(previous);
    return analysisText(a);
}

} // namespace

class TestWeekAnalysisParallel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameAsInOrder_data();
    void sameAsInOrder();
};

void TestWeekAnalysisParallel::sameAsInOrder_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("fastdeploy-2026-W14") << u"fastdeploy-2026-W14"_s;
    QTest::addRow("vllm-2026-W13, with four weeks before") << u"vllm-2026-W13"_s;
}

void TestWeekAnalysisParallel::sameAsInOrder()
{
    QFETCH(QString, name);
    const std::optional<Test::DerivedWeek> d = Test::derivedWeek(name);
    QVERIFY(d);
    QVERIFY(std::any_of(d->week.pulls.cbegin(), d->week.pulls.cend(), [](const PullRequest &pr) {
        return std::any_of(pr.files.cbegin(), pr.files.cend(), [](const FileChange &f) { return f.hasPatch; });
    })); // the rules that read patches run too
    const QByteArray inOrder = analysedWith(1, *d);
    QVERIFY(inOrder.contains("\"findings\""));
    // More threads than this machine may have cores, so that the PRs are spread whatever it has; several times,
    // as a thread may take its ranges in any order.
    for (int run = 0; run < 3; ++run) {
        QCOMPARE(analysedWith(4, *d), inOrder);
        QCOMPARE(analysedWith(2, *d), inOrder);
    }
}

QTEST_GUILESS_MAIN(TestWeekAnalysisParallel)
#include "tst_weekanalysisparallel.moc"
