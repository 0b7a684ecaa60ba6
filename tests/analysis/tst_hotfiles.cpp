// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "hotfiles.h"
#include "pathclassifier.h"
#include "weekanalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstHotFiles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exclusion_data();
    void exclusion();
    void classification_data();
    void classification();
    void moduleOf_data();
    void moduleOf();
    void fileNameAndExtension_data();
    void fileNameAndExtension();
    void countsPrsPerFileAndModule();
    void renameCountsUnderNewPath();
    void moduleTrendAcrossWeeks();
    void fastDeployMatchesStats();
};

void TstHotFiles::exclusion_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern");
    QTest::addRow("cargo lock") << u"Cargo.lock"_s << u"*.lock"_s;
    QTest::addRow("npm lock nested") << u"web/package-lock.json"_s << u"package-lock.json"_s;
    QTest::addRow("go.sum") << u"go.sum"_s << u"go.sum"_s;
    QTest::addRow("vendor dir") << u"src/vendor/lib/a.go"_s << u"vendor/"_s;
    QTest::addRow("third_party") << u"third_party/x/y.cc"_s << u"third_party/"_s;
    QTest::addRow("protobuf go") << u"api/v1/x.pb.go"_s << u"*.pb.go"_s;
    QTest::addRow("protobuf py") << u"proto/x_pb2.py"_s << u"*_pb2.py"_s;
    QTest::addRow("generated dir") << u"src/generated/api.ts"_s << u"generated/"_s;
    QTest::addRow("dist") << u"dist/app.js"_s << u"dist/"_s;
    QTest::addRow("minified") << u"static/app.min.js"_s << u"*.min.js"_s;
    QTest::addRow("plain source kept") << u"fastdeploy/engine/common_engine.py"_s << QString();
    QTest::addRow("vendor as file name kept") << u"src/vendor.py"_s << QString();
    QTest::addRow("distribution dir kept") << u"distribution/x.py"_s << QString();
}

void TstHotFiles::exclusion()
{
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    const PathClassifier paths;
    QCOMPARE(paths.exclusionFor(path), pattern);
}

void TstHotFiles::classification_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("test");
    QTest::addColumn<bool>("source");
    QTest::addColumn<bool>("doc");
    QTest::addRow("python module") << u"vllm/engine/llm.py"_s << false << true << false;
    QTest::addRow("tests dir") << u"tests/engine/test_common_engine.py"_s << true << false << false;
    QTest::addRow("test_ prefix") << u"pkg/test_x.py"_s << true << false << false;
    QTest::addRow("go test") << u"pkg/x_test.go"_s << true << false << false;
    QTest::addRow("spec ts") << u"web/a.spec.ts"_s << true << false << false;
    QTest::addRow("cuda kernel") << u"custom_ops/gpu_ops/a.cu"_s << false << true << false;
    QTest::addRow("markdown") << u"README.md"_s << false << false << true;
    QTest::addRow("docs dir") << u"docs/usage/env.py"_s << false << false << true;
    QTest::addRow("yaml config") << u".github/workflows/ci.yml"_s << false << false << false;
}

void TstHotFiles::classification()
{
    QFETCH(QString, path);
    QFETCH(bool, test);
    QFETCH(bool, source);
    QFETCH(bool, doc);
    QCOMPARE(PathClassifier::isTest(path), test);
    QCOMPARE(PathClassifier::isSource(path), source);
    QCOMPARE(PathClassifier::isDocumentation(path), doc);
}

void TstHotFiles::moduleOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("module");
    QTest::addRow("depth 2") << u"fastdeploy/engine/sched/x.py"_s << 2 << u"fastdeploy/engine"_s;
    QTest::addRow("depth 1") << u"fastdeploy/engine/x.py"_s << 1 << u"fastdeploy"_s;
    QTest::addRow("shallow file") << u"docs/x.md"_s << 2 << u"docs"_s;
    QTest::addRow("root file") << u"setup.py"_s << 2 << u"(root)"_s;
}

void TstHotFiles::moduleOf()
{
    QFETCH(QString, path);
    QFETCH(int, depth);
    QFETCH(QString, module);
    QCOMPARE(PathClassifier::moduleOf(path, depth), module);
}

void TstHotFiles::fileNameAndExtension_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("extension");
    QTest::addRow("nested") << u"fastdeploy/engine/x.py"_s << u"x.py"_s << u"py"_s;
    QTest::addRow("root file") << u"setup.py"_s << u"setup.py"_s << u"py"_s;
    QTest::addRow("last dot counts") << u"dist/a.tar.gz"_s << u"a.tar.gz"_s << u"gz"_s;
    QTest::addRow("no extension") << u"bin/run"_s << u"run"_s << QString();
    QTest::addRow("dot file") << u"home/.bashrc"_s << u".bashrc"_s << QString();
    QTest::addRow("dot in a directory only") << u"v1.2/Makefile"_s << u"Makefile"_s << QString();
}

void TstHotFiles::fileNameAndExtension()
{
    QFETCH(QString, path);
    QFETCH(QString, name);
    QFETCH(QString, extension);
    QCOMPARE(PathClassifier::fileName(path).toString(), name);
    QCOMPARE(PathClassifier::extension(path).toString(), extension);
}

void TstHotFiles::countsPrsPerFileAndModule()
{
    const QList<PullRequest> pulls = {
        Test::pull(
            1, u"a"_s, {Test::file(u"core/a/x.py"_s), Test::file(u"core/a/y.py"_s), Test::file(u"Cargo.lock"_s)}),
        Test::pull(2, u"b"_s, {Test::file(u"core/a/x.py"_s), Test::file(u"core/b/z.py"_s)}),
        Test::pull(3, u"c"_s, {Test::file(u"core/a/x.py"_s), Test::file(u"vendor/q.c"_s)}),
    };
    const HotFiles hot = HotFiles::compute(pulls, PathClassifier(), 2);
    QCOMPARE(hot.files.first().key, u"core/a/x.py"_s);
    QCOMPARE(hot.files.first().prs, (QList<int> {1, 2, 3}));
    QCOMPARE(hot.files.size(), 3);
    QCOMPARE(hot.modules.first().key, u"core/a"_s);
    QCOMPARE(hot.modules.first().prs, (QList<int> {1, 2, 3}));
    QCOMPARE(hot.modules.at(1).key, u"core/b"_s);
    QCOMPARE(hot.excluded.size(), 2);
    QCOMPARE(hot.excluded.at(0).key, u"Cargo.lock"_s);
    QCOMPARE(hot.excluded.at(0).display, u"*.lock"_s);
    QCOMPARE(hot.excluded.at(0).prs, QList<int> {1});
    QCOMPARE(hot.excluded.at(1).display, u"vendor/"_s);
    QVERIFY(hot.excludedPatterns.contains(u"vendor/"_s));
}

void TstHotFiles::renameCountsUnderNewPath()
{
    FileChange renamed = Test::file(u"pkg/new.py"_s);
    renamed.previousPath = u"pkg/old.py"_s;
    renamed.status = FileChange::Status::Renamed;
    const QList<PullRequest> pulls
        = {Test::pull(1, u"a"_s, {renamed}), Test::pull(2, u"b"_s, {Test::file(u"pkg/new.py"_s)})};
    const HotFiles hot = HotFiles::compute(pulls, PathClassifier(), 1);
    QCOMPARE(hot.files.size(), 1);
    QCOMPARE(hot.files.first().prs, (QList<int> {1, 2}));
}

void TstHotFiles::moduleTrendAcrossWeeks()
{
    WeekData w1, w2;
    w1.week = IsoWeek(2026, 13);
    w2.week = IsoWeek(2026, 14);
    w1.pulls = {Test::pull(1, u"a"_s, {Test::file(u"a/x/1.py"_s)}), Test::pull(2, u"b"_s, {Test::file(u"b/y/1.py"_s)})};
    w2.pulls = {Test::pull(3, u"c"_s, {Test::file(u"a/x/2.py"_s)}), Test::pull(4, u"d"_s, {Test::file(u"a/x/3.py"_s)})};
    const ModuleTrend t = ModuleTrend::compute({&w2, &w1}, PathClassifier(), 2, 5);
    QCOMPARE(t.weeks, (QList<IsoWeek> {IsoWeek(2026, 13), IsoWeek(2026, 14)}));
    QCOMPARE(t.rows.first().module, u"a/x"_s);
    QCOMPARE(t.rows.first().prsPerWeek, (QList<QList<int>> {{1}, {3, 4}}));
    QCOMPARE(t.rows.first().total(), 3);
    QCOMPARE(t.rows.at(1).prsPerWeek, (QList<QList<int>> {{2}, {}}));
}

void TstHotFiles::fastDeployMatchesStats()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    QFile statsFile(Test::datasetDir(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s) + u"/stats.json"_s);
    QVERIFY(statsFile.open(QIODevice::ReadOnly));
    const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
    // no lock or generated files this week, so nothing is excluded and the counts match the dataset's
    PathClassifier paths;
    const HotFiles hot = HotFiles::compute(week.pulls, paths, 2);
    QVERIFY(hot.excluded.isEmpty());
    for (const QJsonValue &v : stats.value("top_hot_files"_L1).toArray()) {
        const QString name = v.toObject().value("filename"_L1).toString();
        const auto it
            = std::find_if(hot.files.begin(), hot.files.end(), [&](const CountedItem &c) { return c.key == name; });
        QVERIFY2(it != hot.files.end(), qPrintable(name));
        QCOMPARE(it->count(), v.toObject().value("prs"_L1).toInt());
    }
    QCOMPARE(hot.files.size(), stats.value("distinct_files_touched"_L1).toInt());
}

QTEST_GUILESS_MAIN(TstHotFiles)
#include "tst_hotfiles.moc"
