// SPDX-License-Identifier: MIT
#include "clitestrun.h"
#include "datasetreader.h"
#include "fakegithubserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

#include <cmath>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

const QString vllmDir = QStringLiteral(PRLENS_SHARED_DIR "/datasets/vllm-project__vllm/2026-03-23_2026-03-29");
const QString fastDeployDir
    = QStringLiteral(PRLENS_SHARED_DIR "/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05");

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

/// Path → PR count over the hot files and the files the analysis left out of them.
QHash<QString, int> fileCounts(const QJsonObject &report)
{
    QHash<QString, int> counts;
    for (const char *key : {"hotFiles", "excludedFiles"})
        for (const QJsonValue &v : report.value(QLatin1StringView(key)).toArray())
            counts.insert(v[u"key"_s].toString(), v[u"count"_s].toInt());
    return counts;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    FakeGitHubServer m_server;
    QString m_api;

    CliTest::Result report(const QStringList &extra, const QString &cacheName)
    {
        return CliTest::run(
            QStringList {u"report"_s, u"--api-url"_s, m_api, u"--cache"_s, m_home.filePath(cacheName)} + extra,
            m_home.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(CliTest::binary()), "the prlens binary is not built");
        if (!QFileInfo::exists(vllmDir + u"/pulls.json"_s) || !QFileInfo::exists(fastDeployDir + u"/pulls.json"_s))
            QSKIP("the shared vLLM and FastDeploy datasets are absent");
        QString error;
        QVERIFY2(m_server.addDataset(vllmDir, &error), qPrintable(error));
        QVERIFY2(m_server.addDataset(fastDeployDir, &error), qPrintable(error));
        QVERIFY(m_server.listen() != 0);
        m_api = m_server.baseUrl().toString();
    }

    void weekMatchesDatasetThenComesFromCache_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("week");
        QTest::addRow("vLLM 2026-W13") << vllmDir << u"vllm-project/vllm"_s << u"2026-W13"_s;
        QTest::addRow("FastDeploy 2026-W14") << fastDeployDir << u"PaddlePaddle/FastDeploy"_s << u"2026-W14"_s;
    }
    void weekMatchesDatasetThenComesFromCache()
    {
        QFETCH(QString, dataset);
        QFETCH(QString, repo);
        QFETCH(QString, week);
        const QJsonObject stats = readJson(dataset + u"/stats.json"_s);
        QCOMPARE(stats.value("timezone"_L1).toString(), u"UTC+8"_s);
        const int prCount = stats.value("pr_count"_L1).toInt();
        QVERIFY(prCount > 0);
        const QString cache = repo.section(u'/', 1) + u".sqlite"_s;
        const QStringList args {u"--repo"_s, repo, u"--week"_s, week, u"--tz"_s, u"+08:00"_s, u"--format"_s, u"json"_s};

        m_server.resetCounts();
        const CliTest::Result first = report(args, cache);
        QVERIFY(first.finished);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(json.value("repo"_L1).toString(), repo);
        QCOMPARE(json.value("week"_L1).toString(), week);
        QCOMPARE(json.value("summary"_L1)[u"mergedPrs"_s].toInt(), prCount);
        QCOMPARE(json.value("pulls"_L1).toArray().size(), prCount);
        QVERIFY(!json.value("fromCache"_L1).toBool());
        const QHash<QString, int> counts = fileCounts(json);
        const QJsonArray hot = stats.value("top_hot_files"_L1).toArray();
        QVERIFY(!hot.isEmpty());
        for (const QJsonValue &v : hot) {
            const QString path = v[u"filename"_s].toString();
            QVERIFY2(counts.contains(path), qPrintable(path));
            QCOMPARE(counts.value(path), v[u"prs"_s].toInt());
        }
        const int searches = m_server.requestCounts().value(u"graphql.search"_s);
        QVERIFY(searches >= 1);
        QVERIFY2(searches <= int(std::ceil(prCount / 50.0)), qPrintable(QString::number(searches)));

        m_server.resetCounts();
        const CliTest::Result second = report(args, cache);
        QVERIFY(second.finished);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(m_server.totalRequests(), 0);
        const QJsonObject cached = QJsonDocument::fromJson(second.out).object();
        QVERIFY(cached.value("fromCache"_L1).toBool());
        QCOMPARE(cached.value("summary"_L1), json.value("summary"_L1));
        QCOMPARE(cached.value("hotFiles"_L1), json.value("hotFiles"_L1));
        QCOMPARE(cached.value("pulls"_L1), json.value("pulls"_L1));

        // --offline reads the same cache, --refresh asks the server again.
        const CliTest::Result offline = report(args + QStringList {u"--offline"_s}, cache);
        QCOMPARE(offline.exitCode, 0);
        QCOMPARE(m_server.totalRequests(), 0);
        const CliTest::Result refreshed = report(args + QStringList {u"--refresh"_s}, cache);
        QCOMPARE(refreshed.exitCode, 0);
        QVERIFY(m_server.requestCounts().value(u"graphql.search"_s) >= 1);
    }

    void reportReadsEveryPatchUnlessTold()
    {
        const QStringList args {u"--repo"_s, u"vllm-project/vllm"_s, u"--week"_s, u"2026-W13"_s, u"--tz"_s, u"+08:00"_s,
            u"--format"_s, u"json"_s};
        const auto risk = [](const QJsonObject &report, const QString &rule) {
            for (const QJsonValue &v : report.value("risks"_L1).toArray())
                if (v[u"rule"_s].toString() == rule)
                    return v.toObject();
            return QJsonObject();
        };
        const auto skippedPatches = [](const QJsonObject &report) {
            const QJsonArray ledger = report.value("ledger"_L1).toArray();
            return std::any_of(ledger.begin(), ledger.end(),
                [](const QJsonValue &e) { return e[u"what"_s].toString() == u"patch" && e[u"pr"_s].toInt() == 0; });
        };

        m_server.resetCounts();
        const CliTest::Result full = report(args, u"patches.sqlite"_s);
        QVERIFY2(full.exitCode == 0, full.err.constData());
        QVERIFY(m_server.requestCounts().value(u"rest.files"_s) >= 199); // every PR's files
        const QJsonObject withPatches = QJsonDocument::fromJson(full.out).object();
        const QJsonObject env = risk(withPatches, u"new-env-var"_s);
        QVERIFY(env.value("prs"_L1).toArray().contains(37952));
        // Only PRs with a file GitHub sends without its patch stay unjudged.
        QVERIFY2(env.value("notEvaluatedPrs"_L1).toArray().size() < 10,
            QJsonDocument(env).toJson(QJsonDocument::Compact).constData());
        QVERIFY(!skippedPatches(withPatches));

        m_server.resetCounts();
        const CliTest::Result metadata = report(args + QStringList {u"--no-patches"_s}, u"metadata.sqlite"_s);
        QVERIFY2(metadata.exitCode == 0, metadata.err.constData());
        QCOMPARE(m_server.requestCounts().value(u"rest.files"_s), 0);
        const QJsonObject withoutPatches = QJsonDocument::fromJson(metadata.out).object();
        QVERIFY(skippedPatches(withoutPatches));
        QVERIFY(risk(withoutPatches, u"new-env-var"_s).value("notEvaluatedPrs"_L1).toArray().size() > 100);
        QCOMPARE(withoutPatches.value("summary"_L1), withPatches.value("summary"_L1));
    }

    void writesToFile()
    {
        const QString out = m_home.filePath(u"fd.json"_s);
        const CliTest::Result r = report({u"--repo"_s, u"PaddlePaddle/FastDeploy"_s, u"--week"_s, u"2026-W14"_s,
                                             u"--tz"_s, u"+08:00"_s, u"--format"_s, u"json"_s, u"-o"_s, out},
            u"file.sqlite"_s);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readJson(out).value("summary"_L1)[u"mergedPrs"_s].toInt(), 54);
    }

    void reportFormats_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Markdown, English")
            << QStringList {u"--format"_s, u"md"_s, u"--lang"_s, u"en"_s} << u"## Executive summary"_s;
        QTest::addRow("Markdown, Chinese")
            << QStringList {u"--format"_s, u"md"_s, u"--lang"_s, u"zh_CN"_s} << u"执行摘要"_s;
        QTest::addRow("HTML") << QStringList {u"--format"_s, u"html"_s} << u"<html"_s;
    }
    void reportFormats()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliTest::Result r = report(
            QStringList {u"--repo"_s, u"PaddlePaddle/FastDeploy"_s, u"--week"_s, u"2026-W14"_s, u"--tz"_s, u"+08:00"_s}
                + args,
            u"formats.sqlite"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString text = QString::fromUtf8(r.out);
        QVERIFY2(text.contains(expected), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"54"_s));
    }

    void pullRequestReport()
    {
        const CliTest::Result r
            = CliTest::run({u"pr"_s, u"--api-url"_s, m_api, u"--cache"_s, m_home.filePath(u"pr.sqlite"_s), u"--repo"_s,
                               u"PaddlePaddle/FastDeploy"_s, u"--week"_s, u"2026-W14"_s, u"--tz"_s, u"+08:00"_s,
                               u"--format"_s, u"json"_s, u"--number"_s, u"7412"_s},
                m_home.path());
        // #7412 was merged after the week: it is not among its PRs.
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY(r.err.contains("#7412"));

        QList<PullRequest> pulls;
        QString error;
        QVERIFY2(DatasetReader::read(fastDeployDir + u"/pulls.json"_s, &pulls, &error), qPrintable(error));
        const auto withPatch = std::find_if(pulls.cbegin(), pulls.cend(), [](const PullRequest &pr) {
            return std::any_of(pr.files.cbegin(), pr.files.cend(), [](const FileChange &f) { return f.hasPatch; });
        });
        QVERIFY(withPatch != pulls.cend());
        const int number = withPatch->number;
        const CliTest::Result ok
            = CliTest::run({u"pr"_s, u"--api-url"_s, m_api, u"--cache"_s, m_home.filePath(u"pr.sqlite"_s), u"--repo"_s,
                               u"PaddlePaddle/FastDeploy"_s, u"--week"_s, u"2026-W14"_s, u"--tz"_s, u"+08:00"_s,
                               u"--format"_s, u"json"_s, u"--number"_s, QString::number(number)},
                m_home.path());
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const QJsonObject pr = QJsonDocument::fromJson(ok.out).object().value("pull"_L1).toObject();
        QCOMPARE(pr.value("number"_L1).toInt(), number);
        QCOMPARE(pr.value("files"_L1).toArray().size(), withPatch->files.size());
        bool anyPatch = false;
        for (const QJsonValue &f : pr.value("files"_L1).toArray())
            anyPatch = anyPatch || !f[u"patch"_s].toString().isEmpty();
        QVERIFY(anyPatch);
    }

    void errorsGiveOneLineAndDistinctCode_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString cache = m_home.filePath(u"errors.sqlite"_s);
        const QStringList base {u"report"_s, u"--cache"_s, cache, u"--api-url"_s, m_api, u"--format"_s, u"json"_s};
        QTest::addRow("bad week") << base + QStringList {u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W60"_s} << 2
                                  << u"2026-W60"_s;
        QTest::addRow("malformed week") << base + QStringList {u"--repo"_s, u"a/b"_s, u"--week"_s, u"soon"_s} << 2
                                        << u"YYYY-Www"_s;
        // Without --week a GitHub repository is read for the last complete week: the request reaches the server.
        QTest::addRow("no week for GitHub asks for the last complete week")
            << base + QStringList {u"--repo"_s, u"a/b"_s} << 3 << u"a/b"_s;
        QTest::addRow("bad time zone") << base
                + QStringList {u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s, u"--tz"_s, u"+25:00"_s}
                                       << 2 << u"+25:00"_s;
        QTest::addRow("bad repository") << base + QStringList {u"--repo"_s, u"nonsense"_s, u"--week"_s, u"2026-W13"_s}
                                        << 2 << u"nonsense"_s;
        QTest::addRow("unknown format") << QStringList {u"report"_s, u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s,
            u"--format"_s, u"doc"_s} << 2
                                        << u"doc"_s;
        QTest::addRow("unknown option") << QStringList {u"report"_s, u"--colour"_s} << 2 << u"colour"_s;
        QTest::addRow("unknown repository")
            << base + QStringList {u"--repo"_s, u"nobody/nothing"_s, u"--week"_s, u"2026-W13"_s} << 3
            << u"nobody/nothing"_s;
        QTest::addRow("offline without cache")
            << QStringList {u"report"_s, u"--cache"_s, m_home.filePath(u"empty.sqlite"_s), u"--repo"_s,
                   u"vllm-project/vllm"_s, u"--week"_s, u"2026-W13"_s, u"--tz"_s, u"+08:00"_s, u"--offline"_s}
            << 3 << u"not in the cache"_s;
        QTest::addRow("not a git repository") << QStringList {u"report"_s, u"--cache"_s, cache, u"--git"_s,
            m_home.filePath(u"config"_s), u"--week"_s, u"2026-W13"_s}
                                              << 3 << u"git"_s;
    }
    void errorsGiveOneLineAndDistinctCode()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        QDir(m_home.path()).mkpath(u"config"_s);
        m_server.resetCounts();
        const CliTest::Result r = CliTest::run(args, m_home.path());
        QVERIFY(r.finished);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
        probe.close();
        const CliTest::Result r
            = CliTest::run({u"report"_s, u"--cache"_s, m_home.filePath(u"dead.sqlite"_s), u"--api-url"_s, dead,
                               u"--repo"_s, u"a/b"_s, u"--week"_s, u"2026-W13"_s, u"--format"_s, u"json"_s},
                m_home.path());
        QVERIFY(r.finished);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QCOMPARE(r.exitCode, 4);
    }

    void rateLimitExhausted()
    {
        FaultRule limit;
        limit.kind = FaultRule::Kind::RateLimitPrimary;
        limit.times = -1;
        limit.status = 403;
        limit.retryAfterSeconds = 3600; // longer than PR Lens waits by itself
        m_server.addFault(limit);
        const CliTest::Result r = report({u"--repo"_s, u"vllm-project/vllm"_s, u"--week"_s, u"2026-W13"_s, u"--tz"_s,
                                             u"+08:00"_s, u"--format"_s, u"json"_s},
            u"limited.sqlite"_s);
        m_server.clearFaults();
        QVERIFY(r.finished);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QCOMPARE(r.exitCode, 5);
    }

    void tokenIsSentButNeverWritten()
    {
        const QByteArray token = "ghp_cliTestToken0123456789";
        QProcessEnvironment env;
        env.insert(u"GH_TOKEN"_s, QString::fromLatin1(token));
        m_server.resetCounts();
        const QString cache = m_home.filePath(u"token.sqlite"_s);
        const CliTest::Result r = CliTest::run(
            {u"report"_s, u"--api-url"_s, m_api, u"--cache"_s, cache, u"--repo"_s, u"PaddlePaddle/FastDeploy"_s,
                u"--week"_s, u"2026-W14"_s, u"--tz"_s, u"+08:00"_s, u"--format"_s, u"json"_s},
            m_home.path(), env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool sent = false;
        for (const FakeGitHubServer::RecordedRequest &req : m_server.requests())
            sent = sent || req.headers.value("authorization").contains(token);
        QVERIFY(sent);
        QVERIFY(!r.out.contains(token));
        QVERIFY(!r.err.contains(token));
        for (const QString &suffix : {u""_s, u"-wal"_s}) {
            QFile f(cache + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(token));
        }
    }

    void interruptedWhileLoading()
    {
        m_server.setLatencyMs(20000);
        const qsizetype before = m_server.requests().size();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GITHUB_TOKEN"_s);
        env.remove(u"GH_TOKEN"_s);
        p.setProcessEnvironment(env);
        p.start(CliTest::binary(),
            {u"report"_s, u"--api-url"_s, m_api, u"--cache"_s, m_home.filePath(u"int.sqlite"_s), u"--repo"_s,
                u"vllm-project/vllm"_s, u"--week"_s, u"2026-W12"_s, u"--format"_s, u"json"_s});
        QVERIFY(p.waitForStarted());
        QSignalSpy done(&p, &QProcess::finished);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requests().size() > before, 30000); // the load is under way
        QVERIFY(::kill(pid_t(p.processId()), SIGINT) == 0);
        QVERIFY(done.wait(30000));
        m_server.setLatencyMs(0);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 9);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.count('\n') == 1, err.constData());
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void helpListsExitCodes()
    {
        const CliTest::Result r = CliTest::run({u"report"_s, u"--help"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--week"));
        QVERIFY(r.out.contains("Exit codes"));
        QVERIFY(r.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
