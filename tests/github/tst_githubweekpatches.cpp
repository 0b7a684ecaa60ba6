// SPDX-License-Identifier: MIT
// The patches of a whole week over REST (`pulls/{n}/files` for every PR), against the loopback GitHub server serving
// the shared vLLM and FastDeploy weeks: every PR gets its patches, every diff rule runs on every PR whose patches
// exist, a cancel keeps what came, and a refresh revalidates the kept patches with their ETags (304s).
#include "analysisconfig.h"
#include "cachedweeksource.h"
#include "datasetreader.h"
#include "githubtestsupport.h"
#include "weekanalysis.h"
#include "weekcache.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace PrLens;
using namespace PrLens::TestSupport;

namespace {

const QStringList kPatchRules {
    u"new-env-var"_s, u"debug-leftovers"_s, u"hard-coded-literal"_s, u"dependency-manifest"_s};

struct PatchRun {
    QList<PullPatches> loaded;
    QList<LedgerEntry> ledger;
    bool finished = false;
    QList<int> progressDone;
    QStringList progressTexts;
};

/// Runs the week's patch phase of @p source over @p pulls to its end.
PatchRun loadWeekPatches(WeekSource &source, const RepoRef &repo, const QList<PullRequest> &pulls)
{
    PatchRun run;
    QObject context;
    QObject::connect(
        &source, &WeekSource::weekPatchesLoaded, &context, [&run](const PullPatches &p) { run.loaded.append(p); });
    QObject::connect(&source, &WeekSource::weekPatchesFinished, &context, [&run](const QList<LedgerEntry> &l) {
        run.ledger = l;
        run.finished = true;
    });
    QObject::connect(&source, &WeekSource::progress, &context, [&run](int done, int, const QString &text) {
        run.progressDone.append(done);
        run.progressTexts.append(text);
    });
    source.loadWeekPatches(repo, pulls);
    if (!QTest::qWaitFor([&run] { return run.finished; }, 120000))
        qWarning("the patch phase did not end");
    return run;
}

/// The week with every PR's patches put in.
WeekData withPatches(WeekData week, const QList<PullPatches> &patches)
{
    for (const PullPatches &p : patches)
        week.applyPatches(p);
    return week;
}

/// PR numbers of the dataset whose every text file with changes has its patch (nothing to miss for the rules).
QSet<int> completePulls(const QString &dataset)
{
    QSet<int> out;
    QList<PullRequest> pulls;
    QString error;
    if (!DatasetReader::read(dataset + u"/pulls.json"_s, &pulls, &error))
        qWarning("%s", qPrintable(error));
    for (const PullRequest &pr : pulls) {
        const bool complete = std::all_of(pr.files.cbegin(), pr.files.cend(),
            [](const FileChange &f) { return f.binary || f.changes() == 0 || (f.hasPatch && !f.patchTruncated); });
        if (complete && pr.files.size() >= pr.changedFiles)
            out.insert(pr.number);
    }
    return out;
}

/// REST pages of `pulls/{n}/files` the week takes: 100 files a page, at most 3,000 files, at least one page.
int filesPages(const QList<PullRequest> &pulls)
{
    int pages = 0;
    for (const PullRequest &pr : pulls)
        pages += std::max(1, (std::min(pr.changedFiles, 3000) + 99) / 100);
    return pages;
}

const RiskFinding *findingOf(const WeekAnalysis &a, int number, const QString &rule)
{
    const PrAnalysis *p = a.find(number);
    if (!p)
        return nullptr;
    for (const RiskFinding &f : p->findings)
        if (f.ruleId == rule)
            return &f;
    return nullptr;
}

} // namespace

class TestGitHubWeekPatches : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerTypes();
        for (const QString &week :
            {u"vllm-project__vllm/2026-03-23_2026-03-29"_s, u"PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s})
            if (!QFileInfo::exists(datasetDir(week) + u"/pulls.json"_s))
                QSKIP("the shared datasets are not present next to the repository");
    }

    void everyRuleRunsOnEveryPr_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("week");
        QTest::addRow("vLLM 2026-W13") << u"vllm-project__vllm/2026-03-23_2026-03-29"_s << u"vllm-project/vllm"_s
                                       << u"2026-W13"_s;
        QTest::addRow("FastDeploy 2026-W14")
            << u"PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s << u"PaddlePaddle/FastDeploy"_s << u"2026-W14"_s;
    }

    void everyRuleRunsOnEveryPr()
    {
        QFETCH(QString, folder);
        QFETCH(QString, repo);
        QFETCH(QString, week);
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(datasetDir(folder), &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const RepoRef ref = RepoRef::parseGitHub(repo);
        const Run run = loadWeek(*source, ref, *IsoWeek::parse(week), UtcOffset(8 * 3600));
        QVERIFY(run.finished);
        QCOMPARE(run.data.pullsWithoutPatches(), int(run.data.pulls.size())); // GraphQL brings no patch text

        // Without patches most PRs cannot be judged by the diff rules.
        const WeekAnalysis before = analyzeWeek(run.data, {}, AnalysisConfig());
        QVERIFY(before.risk(u"new-env-var"_s)->notEvaluatedPrs.size() > run.data.pulls.size() / 2);

        source->resetCounts();
        const PatchRun patches = loadWeekPatches(*source, ref, run.data.pulls);
        QVERIFY(patches.finished);
        QCOMPARE(patches.loaded.size(), run.data.pulls.size());
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), filesPages(run.data.pulls));
        QVERIFY(source->peakInFlight() > 1);
        QCOMPARE(patches.progressDone.last(), int(run.data.pulls.size()));
        QVERIFY(patches.progressTexts.last().contains(u"%1 of %1"_s.arg(run.data.pulls.size())));

        const WeekData full = withPatches(run.data, patches.loaded);
        QCOMPARE(full.pullsWithoutPatches(), 0);
        const WeekAnalysis after = analyzeWeek(full, {}, AnalysisConfig());
        // Every diff rule runs on every PR whose patches exist: what stays unjudged has a file without patch text.
        const QSet<int> complete = completePulls(datasetDir(folder));
        for (const QString &rule : kPatchRules) {
            const RiskCount *count = after.risk(rule);
            QVERIFY(count);
            for (int number : count->notEvaluatedPrs)
                QVERIFY2(!complete.contains(number), qPrintable(u"%1 not evaluated on #%2"_s.arg(rule).arg(number)));
        }
        for (const LedgerEntry &e : after.ledger) {
            if (e.kind == LedgerEntry::Kind::NotEvaluated && kPatchRules.contains(e.what.mid(5)))
                QVERIFY2(!complete.contains(e.prNumber), qPrintable(e.what + u" #"_s + QString::number(e.prNumber)));
        }
    }

    void realFindings_data()
    {
        // Findings verified by reading the PRs' diffs in the shared weeks (file, line in the new file, added text).
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<int>("week");
        QTest::addColumn<QJsonObject>("config");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("text");
        const QString vllm = u"vllm-project__vllm/2026-03-23_2026-03-29"_s;
        const QString fd = u"PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;
        QTest::addRow("vLLM #37952 VLLM_MAX_N_SEQUENCES")
            << vllm << u"vllm-project/vllm"_s << 13 << QJsonObject() << u"new-env-var"_s << 37952 << u"vllm/envs.py"_s
            << 877 << u"\"VLLM_MAX_N_SEQUENCES\": lambda: int("_s;
        QTest::addRow("vLLM #38193 VLLM_XPU_ENABLE_XPU_GRAPH")
            << vllm << u"vllm-project/vllm"_s << 13 << QJsonObject() << u"new-env-var"_s << 38193 << u"vllm/envs.py"_s
            << 1653 << u"\"VLLM_XPU_ENABLE_XPU_GRAPH\": lambda: bool("_s;
        QTest::addRow("vLLM #37607 LD_PRELOAD")
            << vllm << u"vllm-project/vllm"_s << 13 << QJsonObject() << u"new-env-var"_s << 37607
            << u"vllm/platforms/cpu.py"_s << 325 << u"os.environ[\"LD_PRELOAD\"] = ld_preload_str"_s;
        QTest::addRow("vLLM #37930 rocm-test pins")
            << vllm << u"vllm-project/vllm"_s << 13 << QJsonObject() << u"dependency-manifest"_s << 37930
            << u"requirements/rocm-test.txt"_s << 3 << u"absl-py==2.4.0"_s;
        // The mooncake connector is no core file of the week on its own; named as one, its new bind address shows.
        const QString mooncake = u"vllm/distributed/kv_transfer/kv_connector/v1/mooncake/mooncake_connector.py"_s;
        const QJsonObject core {
            {"rules"_L1, QJsonObject {{"hard-coded-literal"_L1, QJsonObject {{"globs"_L1, QJsonArray {mooncake}}}}}}};
        QTest::addRow("vLLM #36946 bind address")
            << vllm << u"vllm-project/vllm"_s << 13 << core << u"hard-coded-literal"_s << 36946 << mooncake << 728
            << u"self.bootstrap_server = MooncakeBootstrapServer(\"0.0.0.0\", port)"_s;
        QTest::addRow("FastDeploy #7161 MC_MAX_MR_SIZE")
            << fd << u"PaddlePaddle/FastDeploy"_s << 14 << QJsonObject() << u"new-env-var"_s << 7161
            << u"fastdeploy/cache_manager/transfer_factory/mooncake_store/mooncake_store.py"_s << 114
            << u"if os.environ.get(\"MC_MAX_MR_SIZE\") is None:"_s;
        QTest::addRow("FastDeploy #7101 paddleformers")
            << fd << u"PaddlePaddle/FastDeploy"_s << 14 << QJsonObject() << u"dependency-manifest"_s << 7101
            << u"requirements.txt"_s << 13 << u"paddleformers>=1.1.1"_s;
    }

    void realFindings()
    {
        QFETCH(QString, folder);
        QFETCH(QString, repo);
        QFETCH(int, week);
        QFETCH(QJsonObject, config);
        QFETCH(QString, rule);
        QFETCH(int, number);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, text);
        FakeGitHubServer server;
        QString error;
        QVERIFY(server.addDataset(datasetDir(folder), &error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const RepoRef ref = RepoRef::parseGitHub(repo);
        const Run run = loadWeek(*source, ref, IsoWeek(2026, week), UtcOffset(8 * 3600));
        QVERIFY(run.finished);
        AnalysisConfig cfg;
        QVERIFY2(cfg.apply(config, &error), qPrintable(error));
        // Without the week's patches the rule cannot see the line.
        QVERIFY(!findingOf(analyzeWeek(run.data, {}, cfg), number, rule));
        const PatchRun patches = loadWeekPatches(*source, ref, run.data.pulls);
        const WeekAnalysis a = analyzeWeek(withPatches(run.data, patches.loaded), {}, cfg);
        const RiskFinding *f = findingOf(a, number, rule);
        QVERIFY(f);
        // The first line that names the variable (or the literal, the dependency) is the evidence.
        const bool shown = std::any_of(f->evidence.cbegin(), f->evidence.cend(),
            [&](const Evidence &e) { return e.file == file && e.line == line && e.text == text; });
        QVERIFY2(shown,
            qPrintable(f->evidence.isEmpty() ? QString()
                                             : f->evidence.first().file + u':'
                        + QString::number(f->evidence.first().line) + u' ' + f->evidence.first().text));
        // No PR of these weeks adds a debug print to production code (checked over every added line).
        QVERIFY(a.risk(u"debug-leftovers"_s)->prs.isEmpty());
    }

    void cancelKeepsWhatCame()
    {
        FakeGitHubServer server;
        QString error;
        QVERIFY(server.addDataset(datasetDir(u"vllm-project__vllm/2026-03-23_2026-03-29"_s), &error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const RepoRef ref = RepoRef::parseGitHub(u"vllm-project/vllm"_s);
        const Run run = loadWeek(*source, ref, IsoWeek(2026, 13), UtcOffset(8 * 3600));
        QVERIFY(run.finished);
        server.setLatencyMs(30);
        QSignalSpy loaded(source.get(), &WeekSource::weekPatchesLoaded);
        QSignalSpy finished(source.get(), &WeekSource::weekPatchesFinished);
        QSignalSpy failed(source.get(), &WeekSource::failed);
        source->loadWeekPatches(ref, run.data.pulls);
        QVERIFY(QTest::qWaitFor([&] { return loaded.size() >= 10; }, 30000));
        source->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        const qsizetype got = loaded.size();
        QVERIFY(got < run.data.pulls.size());
        QTest::qWait(200);
        QCOMPARE(loaded.size(), got); // nothing more after the cancel
        QVERIFY(finished.isEmpty());
    }

    void refreshRevalidatesWithEtags()
    {
        QTemporaryDir dir;
        FakeGitHubServer server;
        QString error;
        QVERIFY(server.addDataset(datasetDir(u"vllm-project__vllm/2026-03-23_2026-03-29"_s), &error));
        QVERIFY(server.listen() != 0);
        int notModified = 0;
        connect(&server, &FakeGitHubServer::requestServed, this, [&notModified](const QString &kind, int status) {
            if (kind == u"rest.files" && status == 304)
                ++notModified;
        });
        const RepoRef ref = RepoRef::parseGitHub(u"vllm-project/vllm"_s);
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));
        const auto loadAll = [&](CachedWeekSource::Policy policy) {
            CachedWeekSource source(makeSource(server).release(), &cache);
            source.setPolicy(policy);
            source.setPatchesWithWeek(true);
            QSignalSpy finished(&source, &WeekSource::finished);
            source.load(ref, IsoWeek(2026, 13), UtcOffset(8 * 3600));
            if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000))
                return std::pair {WeekData(), PatchRun()};
            const WeekData week = finished.first().first().value<WeekData>();
            return std::pair {week, loadWeekPatches(source, ref, week.pulls)};
        };
        const auto [first, firstPatches] = loadAll(CachedWeekSource::Policy::Refresh);
        QVERIFY(firstPatches.finished);
        QCOMPARE(firstPatches.loaded.size(), first.pulls.size());
        QCOMPARE(notModified, 0);
        {
            const std::optional<WeekData> stored = cache.week(ref, IsoWeek(2026, 13), UtcOffset(8 * 3600));
            QVERIFY(stored);
            QVERIFY2(cache.lastError().isEmpty(), qPrintable(cache.lastError()));
            QCOMPARE(stored->pullsWithoutPatches(), 0);
            for (const PullRequest &pr : stored->pulls)
                QVERIFY2(!pr.patchValidators.isEmpty(), qPrintable(QString::number(pr.number)));
        }

        // A new source (no answers in memory): the ETags kept with the week are sent again and every PR answers 304.
        const auto [second, secondPatches] = loadAll(CachedWeekSource::Policy::Refresh);
        QVERIFY(secondPatches.finished);
        QCOMPARE(notModified, filesPages(second.pulls));
        QCOMPARE(secondPatches.loaded.size(), second.pulls.size());
        const WeekData a = withPatches(first, firstPatches.loaded);
        const WeekData b = withPatches(second, secondPatches.loaded);
        for (const PullRequest &pr : a.pulls)
            QCOMPARE(b.find(pr.number)->files, pr.files);

        // Offline, the week comes with its patches: nothing is left to read.
        const std::optional<WeekData> cached = cache.week(ref, IsoWeek(2026, 13), UtcOffset(8 * 3600));
        QVERIFY(cached);
        QCOMPARE(cached->pullsWithoutPatches(), 0);
        const auto [offline, offlinePatches] = loadAll(CachedWeekSource::Policy::Offline);
        QCOMPARE(offline.pullsWithoutPatches(), 0);
        QVERIFY(offlinePatches.finished);
        QVERIFY(offlinePatches.ledger.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitHubWeekPatches)
#include "tst_githubweekpatches.moc"
