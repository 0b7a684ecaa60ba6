// SPDX-License-Identifier: MIT
// GitHubSource against a real loopback GitHub server (tools/fake-github): paging, follow-up pages, faults,
// rate limits, cancellation, token handling and patches.
#include "datasetreader.h"
#include "fakegithubserver.h"
#include "githubsource.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <set>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"ghp_secret_token_for_tests_0123456789"_s;

QString datasetDir(const QString &folder)
{
    return QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/"_s + folder;
}

RequestPolicy fastPolicy()
{
    RequestPolicy p;
    p.retryBaseDelayMs = 10;
    p.maxTries = 3;
    p.transferTimeoutMs = 5000;
    p.secondaryWaitSeconds = 1;
    return p;
}

/// A REST-shaped merged pull with `files` small files (every third one binary: no patch).
QJsonObject makePull(int number, const QDateTime &mergedAt, int files)
{
    QJsonArray list;
    int additions = 0;
    for (int i = 0; i < files; ++i) {
        QJsonObject f {{"filename"_L1, u"src/m%1/file%2.cpp"_s.arg(i % 7).arg(i)}, {"status"_L1, "modified"_L1},
            {"additions"_L1, 1}, {"deletions"_L1, 0}, {"changes"_L1, 1}};
        if (i % 3 == 2)
            f.insert("binary"_L1, true);
        else
            f.insert("patch"_L1, u"@@ -0,0 +1 @@\n+line %1"_s.arg(i));
        list.append(f);
        ++additions;
    }
    const QString merged = mergedAt.toUTC().toString(Qt::ISODate);
    return QJsonObject {{"number"_L1, number}, {"title"_L1, u"[Feature] change %1"_s.arg(number)},
        {"body"_L1, "body"_L1}, {"user"_L1, QJsonObject {{"login"_L1, u"dev%1"_s.arg(number % 5)}}},
        {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(number)}, {"state"_L1, "closed"_L1},
        {"merged"_L1, true}, {"created_at"_L1, mergedAt.toUTC().addDays(-1).toString(Qt::ISODate)},
        {"updated_at"_L1, merged}, {"closed_at"_L1, merged}, {"merged_at"_L1, merged}, {"labels"_L1, QJsonArray {}},
        {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}}}, {"additions"_L1, additions}, {"deletions"_L1, 0},
        {"changed_files"_L1, files}, {"files"_L1, list}};
}

const IsoWeek kWeek(2026, 14);
const UtcOffset kZone(0);

/// `count` PRs merged inside 2026-W14 (UTC), spread over the week, `files` files each.
QJsonArray syntheticWeek(int count, int files = 1, int firstNumber = 1)
{
    const WeekRange range = WeekRange::of(kWeek, kZone);
    const qint64 span = range.start.secsTo(range.end) - 1;
    QJsonArray pulls;
    for (int i = 0; i < count; ++i)
        pulls.append(makePull(firstNumber + i, range.start.addSecs(span * i / std::max(1, count - 1)), files));
    return pulls;
}

struct Run {
    bool finished = false;
    WeekData data;
    LoadError error;
    QStringList progressTexts;
    int lastDone = -1;
    int lastTotal = -1;
};

Run loadWeek(GitHubSource &source, const RepoRef &repo, IsoWeek week, UtcOffset zone, int timeoutMs = 60000)
{
    Run run;
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    QObject context;
    QObject::connect(&source, &WeekSource::progress, &context, [&run](int done, int total, const QString &text) {
        QVERIFY(done <= total || total == 0);
        run.progressTexts.append(text);
        run.lastDone = done;
        run.lastTotal = total;
    });
    source.load(repo, week, zone);
    QElapsedTimer t;
    t.start();
    while (finished.isEmpty() && failed.isEmpty() && t.elapsed() < timeoutMs)
        finished.wait(100);
    if (!finished.isEmpty()) {
        run.finished = true;
        run.data = finished.first().first().value<WeekData>();
    } else if (!failed.isEmpty()) {
        run.error = failed.first().first().value<LoadError>();
    }
    return run;
}

bool hasLedger(const WeekData &d, LedgerEntry::Kind kind)
{
    return std::any_of(d.ledger.cbegin(), d.ledger.cend(), [kind](const LedgerEntry &e) { return e.kind == kind; });
}

} // namespace

class TestGitHubSource : public QObject {
    Q_OBJECT

    std::unique_ptr<GitHubSource> makeSource(const FakeGitHubServer &server)
    {
        auto source = std::make_unique<GitHubSource>();
        source->setApiUrl(server.baseUrl());
        source->setToken(kToken);
        source->setPolicy(fastPolicy());
        return source;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        qRegisterMetaType<QList<FileChange>>();
        qRegisterMetaType<LedgerEntry>();
    }

    void weekOverSeveralPages_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("week");
        QTest::addColumn<int>("zoneHours");
        QTest::addRow("vLLM 2026-W13 in UTC+8, 4 pages")
            << u"vllm-project__vllm/2026-03-23_2026-03-29"_s << u"vllm-project/vllm"_s << u"2026-W13"_s << 8;
        // The same server, the week's boundaries in UTC: PRs of the other zone's edges come and go.
        QTest::addRow("vLLM 2026-W13 in UTC")
            << u"vllm-project__vllm/2026-03-23_2026-03-29"_s << u"vllm-project/vllm"_s << u"2026-W13"_s << 0;
        QTest::addRow("FastDeploy 2026-W14 in UTC+8, 2 pages") << u"PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s
                                                               << u"PaddlePaddle/FastDeploy"_s << u"2026-W14"_s << 8;
    }
    void weekOverSeveralPages()
    {
        QFETCH(QString, folder);
        QFETCH(QString, repo);
        QFETCH(QString, week);
        QFETCH(int, zoneHours);
        const QString dir = datasetDir(folder);
        if (!QFile::exists(dir + u"/pulls.json"_s))
            QSKIP("shared dataset not present next to the repository");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);

        const UtcOffset zone(zoneHours * 3600);
        const IsoWeek isoWeek = *IsoWeek::parse(week);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(repo), isoWeek, zone);
        QVERIFY2(run.finished, qPrintable(run.error.message));

        // Expected values come from the dataset itself, not from the client.
        QList<PullRequest> expected;
        QVERIFY(DatasetReader::read(dir + u"/pulls.json"_s, &expected, &error));
        const QStringList extras = QDir(dir).entryList({u"boundary_extra_pulls_*.json"_s}, QDir::Files);
        for (const QString &extra : extras) {
            QList<PullRequest> more;
            QVERIFY(DatasetReader::read(dir + u'/' + extra, &more, &error));
            expected.append(more);
        }
        const WeekRange range = WeekRange::of(isoWeek, zone);
        expected.removeIf([&range](const PullRequest &p) { return !range.contains(p.mergedAt); });
        QCOMPARE(run.data.pulls.size(), expected.size());
        const int pages = int((expected.size() + 49) / 50);
        QCOMPARE(server.requestCounts().value(u"graphql.search"_s), pages);
        QCOMPARE(source->requestCounts().value(u"graphql.search"_s), pages);

        QHash<int, const PullRequest *> byNumber;
        for (const PullRequest &p : run.data.pulls)
            byNumber.insert(p.number, &p);
        int followUps = 0;
        for (const PullRequest &want : std::as_const(expected)) {
            const PullRequest *got = byNumber.value(want.number);
            QVERIFY2(got, qPrintable(QString::number(want.number)));
            QCOMPARE(got->mergedAt, want.mergedAt);
            QCOMPARE(got->title, want.title);
            QCOMPARE(got->files.size(), want.files.size());
            QCOMPARE(got->additions, want.additions);
            followUps += int((want.files.size() - 1) / 100);
        }
        QCOMPARE(server.requestCounts().value(u"graphql.files"_s), followUps);
        for (qsizetype i = 1; i < run.data.pulls.size(); ++i)
            QVERIFY(run.data.pulls.at(i - 1).mergedAt >= run.data.pulls.at(i).mergedAt);
        QCOMPARE(run.data.week, isoWeek);
        QCOMPARE(run.lastDone, int(expected.size()));
        QCOMPARE(run.lastTotal, int(expected.size()));
        QVERIFY(run.progressTexts.size() >= pages);
        QVERIFY(run.data.fetchedAt.isValid());

        if (zoneHours != 8)
            return; // stats.json describes the UTC+8 week
        // Hot files as stats.json counts them.
        QFile statsFile(dir + u"/stats.json"_s);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
        QCOMPARE(run.data.pulls.size(), stats.value("pr_count"_L1).toInt());
        QHash<QString, int> prsPerFile;
        for (const PullRequest &p : run.data.pulls)
            for (const FileChange &f : p.files)
                ++prsPerFile[f.path];
        const QJsonArray hot = stats.value("top_hot_files"_L1).toArray();
        QVERIFY(!hot.isEmpty());
        for (const QJsonValue &h : hot)
            QCOMPARE(
                prsPerFile.value(h.toObject().value("filename"_L1).toString()), h.toObject().value("prs"_L1).toInt());

        // Every request carried GitHub's headers and the token (all went to the API host).
        const auto requests = server.requests();
        QVERIFY(!requests.isEmpty());
        for (const auto &r : requests) {
            QVERIFY(r.headers.value("user-agent").startsWith("PRLens/"));
            QCOMPARE(r.headers.value("accept"), QByteArray("application/vnd.github+json"));
            QCOMPARE(r.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
            QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
        }
    }

    void faultsAreRecovered_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("ledgerKind");
        QTest::addColumn<int>("timeoutMs");
        using K = FaultRule::Kind;
        using L = LedgerEntry::Kind;
        QTest::addRow("502 is retried") << int(K::ServerError) << 502 << 2 << 1 << int(L::Retried) << 5000;
        QTest::addRow("503 with an HTML body is retried")
            << int(K::ServerError) << 503 << 1 << 1 << int(L::Retried) << 5000;
        QTest::addRow("one truncated body is retried")
            << int(K::TruncatedBody) << 200 << 1 << 1 << int(L::Retried) << 5000;
        QTest::addRow("slow answer times out and is retried")
            << int(K::SlowBody) << 200 << 1 << 2 << int(L::Retried) << 400;
        QTest::addRow("GraphQL query timeout is retried")
            << int(K::GraphQlTimeout) << 200 << 2 << 1 << int(L::Retried) << 5000;
        QTest::addRow("primary rate limit 403 is waited out")
            << int(K::RateLimitPrimary) << 403 << 1 << 1 << int(L::RateLimited) << 5000;
        QTest::addRow("secondary rate limit 429 with retry-after")
            << int(K::RateLimitSecondary) << 429 << 1 << 1 << int(L::RateLimited) << 5000;
        QTest::addRow("GraphQL RATE_LIMITED is waited out")
            << int(K::GraphQlRateLimited) << 200 << 1 << 1 << int(L::RateLimited) << 5000;
    }
    void faultsAreRecovered()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(int, seconds);
        QFETCH(int, ledgerKind);
        QFETCH(int, timeoutMs);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(120));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind(kind);
        rule.status = status;
        rule.times = times;
        rule.retryAfterSeconds = seconds;
        rule.pathContains = u"/graphql"_s;
        server.addFault(rule);
        auto source = makeSource(server);
        RequestPolicy policy = fastPolicy();
        policy.transferTimeoutMs = timeoutMs;
        source->setPolicy(policy);

        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 120);
        QVERIFY(hasLedger(run.data, LedgerEntry::Kind(ledgerKind)));
        QCOMPARE(source->requestCounts().value(u"graphql.search"_s), 3 + times);
        if (LedgerEntry::Kind(ledgerKind) == LedgerEntry::Kind::RateLimited) {
            const bool told = std::any_of(run.progressTexts.cbegin(), run.progressTexts.cend(),
                [](const QString &t) { return t.contains("resuming at"_L1); });
            QVERIFY2(told, qPrintable(run.progressTexts.join(u" | "_s)));
        }
    }

    void failuresAreClean_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<int>("errorKind");
        QTest::addColumn<int>("requests");
        using K = FaultRule::Kind;
        using E = LoadError::Kind;
        // The fake server announces the full length, sends half and closes: a network failure, retried.
        QTest::addRow("truncated bodies fail after retries")
            << int(K::TruncatedBody) << 200 << 1 << u"acme/widgets"_s << int(E::Network) << 3;
        QTest::addRow("502 forever fails after retries")
            << int(K::ServerError) << 502 << 1 << u"acme/widgets"_s << int(E::Network) << 3;
        QTest::addRow("unknown repository") << -1 << 0 << 0 << u"acme/nothing-here"_s << int(E::NotFound) << 1;
        QTest::addRow("404 from the API") << int(K::NotFound) << 404 << 1 << u"acme/widgets"_s << int(E::NotFound) << 1;
        QTest::addRow("bad credentials") << int(K::BadCredentials) << 401 << 1 << u"acme/widgets"_s
                                         << int(E::Unauthorized) << 1;
        QTest::addRow("rate limit beyond the longest wait")
            << int(K::RateLimitPrimary) << 403 << 3600 << u"acme/widgets"_s << int(E::RateLimited) << 1;
        // The server redirects every request to itself: the first try plus five redirects, then a clear stop.
        QTest::addRow("GraphQL query timeouts fail as a timeout")
            << int(K::GraphQlTimeout) << 200 << 1 << u"acme/widgets"_s << int(E::Timeout) << 3;
        QTest::addRow("endless redirects")
            << int(K::Redirect) << 307 << 1 << u"acme/widgets"_s << int(E::BadResponse) << 6;
    }
    void failuresAreClean()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, seconds);
        QFETCH(QString, repo);
        QFETCH(int, errorKind);
        QFETCH(int, requests);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(10));
        QVERIFY(server.listen() != 0);
        if (kind >= 0) {
            FaultRule rule;
            rule.kind = FaultRule::Kind(kind);
            rule.status = status;
            rule.times = -1;
            rule.retryAfterSeconds = seconds;
            rule.redirectTo = server.baseUrl().toString();
            server.addFault(rule);
        }
        auto source = makeSource(server);
        QSignalSpy finished(source.get(), &WeekSource::finished);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(repo), kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(int(run.error.kind), errorKind);
        QVERIFY(!run.error.message.isEmpty());
        QVERIFY(!run.error.message.contains(kToken));
        QVERIFY(!run.error.message.contains(u'\n'));
        if (LoadError::Kind(errorKind) == LoadError::Kind::NotFound)
            QVERIFY2(run.error.message.contains(repo), qPrintable(run.error.message));
        QCOMPARE(server.totalRequests(), requests);
        QCOMPARE(finished.size(), 0);
        // Same-origin redirects keep the token; it goes only to the API's own host.
        for (const auto &r : server.requests())
            QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
    }

    void tokensAreChecked_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("says");
        QTest::addRow("known token") << kToken << true << QString();
        QTest::addRow("unknown token") << u"ghp_not_a_known_token"_s << false << u"rejected the token"_s;
        QTest::addRow("no token") << QString() << false << u"Add a token"_s;
    }
    void tokensAreChecked()
    {
        QFETCH(QString, token);
        QFETCH(bool, ok);
        QFETCH(QString, says);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        server.setTokens({{kToken, u"octocat"_s}});
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        source->setToken(token);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QCOMPARE(run.finished, ok);
        if (!ok) {
            QCOMPARE(run.error.kind, LoadError::Kind::Unauthorized);
            QVERIFY2(run.error.message.contains(says), qPrintable(run.error.message));
            QVERIFY(token.isEmpty() || !run.error.message.contains(token));
            QCOMPARE(server.totalRequests(), 1); // a refused token is not retried
        }
    }

    void cancelMidLoad()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(300));
        server.setLatencyMs(150);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        QSignalSpy finished(source.get(), &WeekSource::finished);
        QSignalSpy failed(source.get(), &WeekSource::failed);
        QSignalSpy progress(source.get(), &WeekSource::progress);
        source->load(RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        // Wait until the first page is in, so the cancel hits a load with requests in flight.
        QTRY_VERIFY(progress.size() >= 2);
        source->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        const auto countSent = [&source] {
            int n = 0;
            for (int v : source->requestCounts())
                n += v;
            return n;
        };
        const int sent = countSent();
        QVERIFY(sent < 6);
        // Nothing more happens: no finish, no late failure, no further request.
        QVERIFY(!finished.wait(600));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(countSent(), sent);
        QVERIFY(server.totalRequests() <= sent);
    }

    void newLoadDuringAWaitIsTold()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(5));
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimitPrimary;
        rule.retryAfterSeconds = 2;
        server.addFault(rule);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        QSignalSpy failed(source.get(), &WeekSource::failed);
        QSignalSpy progress(source.get(), &WeekSource::progress);
        const RepoRef repo = RepoRef::parseGitHub(u"acme/widgets"_s);
        source->load(repo, kWeek, kZone);
        QTRY_VERIFY(std::any_of(progress.cbegin(), progress.cend(),
            [](const QList<QVariant> &args) { return args.at(2).toString().contains("resuming"_L1); }));
        source->cancel();
        QCOMPARE(failed.size(), 1);

        // The pause still holds for the next load, which says so at once rather than sitting silent.
        const Run run = loadWeek(*source, repo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 5);
        QVERIFY(run.progressTexts.size() >= 2);
        QVERIFY2(run.progressTexts.at(1).contains("resuming"_L1), qPrintable(run.progressTexts.join(u" | "_s)));
        QVERIFY(hasLedger(run.data, LedgerEntry::Kind::RateLimited));
    }

    void tokenOnlyToTheApiHost()
    {
        FakeGitHubServer api;
        FakeGitHubServer other;
        const QJsonArray pulls = syntheticWeek(60, 3);
        api.addPulls(u"acme"_s, u"widgets"_s, pulls);
        other.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(api.listen() != 0);
        const quint16 otherPort = other.listen();
        QVERIFY(otherPort != 0);
        // The same machine, but another host name: a different origin for the client.
        FaultRule redirect;
        redirect.kind = FaultRule::Kind::Redirect;
        redirect.times = -1;
        redirect.redirectTo = u"http://localhost:%1"_s.arg(otherPort);
        redirect.pathContains = u"/graphql"_s;
        api.addFault(redirect);
        redirect.pathContains = u"/files"_s;
        api.addFault(redirect);
        auto source = makeSource(api);

        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 60);
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        source->loadPatches(run.data.repo, run.data.pulls.first());
        QVERIFY(patches.wait(10000));

        QVERIFY(api.totalRequests() >= 3);
        for (const auto &r : api.requests())
            QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
        QVERIFY(other.totalRequests() >= 3);
        for (const auto &r : other.requests()) {
            QVERIFY2(!r.headers.contains("authorization"), qPrintable(r.path));
            QVERIFY(r.headers.value("user-agent").startsWith("PRLens/"));
        }
    }

    void reviewDataAndFirstPageCuts()
    {
        const WeekRange range = WeekRange::of(kWeek, kZone);
        QJsonObject busy = makePull(7, range.start.addDays(2), 2);
        QJsonArray labels, reviews, threads;
        for (int i = 0; i < 21; ++i)
            labels.append(QJsonObject {{"name"_L1, u"label-%1"_s.arg(i)}, {"color"_L1, "ededed"_L1}});
        for (int i = 0; i < 25; ++i)
            reviews.append(QJsonObject {{"user"_L1, QJsonObject {{"login"_L1, u"rev%1"_s.arg(i)}}},
                {"state"_L1, i == 0 ? "CHANGES_REQUESTED"_L1 : "APPROVED"_L1}, {"body"_L1, "ok"_L1},
                {"submitted_at"_L1, range.start.addDays(1).toString(Qt::ISODate)}});
        for (int t = 0; t < 22; ++t) {
            QJsonArray comments;
            for (int c = 0; c < (t == 0 ? 25 : 2); ++c) {
                QJsonObject comment {{"id"_L1, t * 100 + c + 1},
                    {"user"_L1, QJsonObject {{"login"_L1, c % 2 ? "author"_L1 : "reviewer"_L1}}},
                    {"body"_L1, u"comment %1"_s.arg(c)}, {"path"_L1, "src/m0/file0.cpp"_L1}, {"line"_L1, 3},
                    {"original_line"_L1, 3}, {"diff_hunk"_L1, "@@ -0,0 +1 @@"_L1},
                    {"created_at"_L1, range.start.addDays(1).toString(Qt::ISODate)}};
                if (c > 0)
                    comment.insert("in_reply_to_id"_L1, t * 100 + 1);
                comments.append(comment);
            }
            threads.append(QJsonObject {{"isResolved"_L1, t % 2 == 0}, {"isOutdated"_L1, false},
                {"path"_L1, "src/m0/file0.cpp"_L1}, {"line"_L1, 3}, {"originalLine"_L1, 3}, {"comments"_L1, comments}});
        }
        busy.insert("labels"_L1, labels);
        busy.insert("reviews"_L1, reviews);
        busy.insert("review_threads"_L1, threads);
        busy.insert("requested_reviewers"_L1, QJsonArray {QJsonObject {{"login"_L1, "alice"_L1}}});
        busy.insert("requested_teams"_L1, QJsonArray {QJsonObject {{"slug"_L1, "core"_L1}}});
        QJsonObject quiet = makePull(8, range.start.addDays(3), 1);
        quiet.insert("reviews"_L1, QJsonArray {reviews.at(0), reviews.at(1)});
        quiet.insert("review_threads"_L1, QJsonArray {threads.at(1)});

        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, QJsonArray {busy, quiet});
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));

        const PullRequest *b = run.data.find(7);
        QVERIFY(b);
        QCOMPARE(b->labels.size(), 20);
        QCOMPARE(b->reviews.size(), 20);
        QCOMPARE(b->reviews.first().state, Review::State::ChangesRequested);
        QCOMPARE(b->reviewThreads.size(), 20);
        QCOMPARE(b->reviewThreads.first().comments.size(), 20);
        QVERIFY(b->reviewThreads.first().isResolved);
        QVERIFY(!b->reviewThreads.first().comments.first().isReply);
        QVERIFY(b->reviewThreads.first().comments.at(1).isReply);
        QCOMPARE(b->requestedReviewers, (QStringList {u"alice"_s, u"core"_s}));
        QStringList cut;
        for (const LedgerEntry &e : run.data.ledger) {
            QCOMPARE(e.prNumber, 7); // nothing was cut of the quiet PR
            QCOMPARE(e.kind, LedgerEntry::Kind::Truncated);
            cut.append(e.what);
        }
        cut.sort();
        QCOMPARE(cut, (QStringList {u"labels"_s, u"reviewComments"_s, u"reviewThreads"_s, u"reviews"_s}));

        const PullRequest *q = run.data.find(8);
        QVERIFY(q);
        QCOMPARE(q->reviews.size(), 2);
        QCOMPARE(q->reviewThreads.size(), 1);
        QVERIFY(!q->reviewThreads.first().isResolved);
        QCOMPARE(q->reviewThreads.first().comments.size(), 2);
        QVERIFY(q->reviewDataKnown);
    }

    void concurrencyIsLimited_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addRow("one at a time") << 1;
        QTest::addRow("two at a time") << 2;
        QTest::addRow("four at a time") << 4;
    }
    void concurrencyIsLimited()
    {
        QFETCH(int, limit);
        const QJsonArray pulls = syntheticWeek(6, 120);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        server.setLatencyMs(50);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        RequestPolicy policy = fastPolicy();
        policy.maxConcurrent = limit;
        source->setPolicy(policy);
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        const RepoRef repo = RepoRef::parseGitHub(u"acme/widgets"_s);
        for (int n = 1; n <= 6; ++n) {
            PullRequest pr;
            pr.number = n;
            pr.changedFiles = 120;
            source->loadPatches(repo, pr);
        }
        QTRY_COMPARE_WITH_TIMEOUT(patches.size(), 6, 20000);
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 12);
        // Six loads start at once; the queue lets exactly `limit` run together.
        QCOMPARE(source->peakInFlight(), limit);
    }

    void splitsAboveTheSearchCap()
    {
        constexpr int count = 1120;
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(count));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        std::set<int> numbers;
        for (const PullRequest &p : run.data.pulls)
            numbers.insert(p.number);
        QCOMPARE(int(numbers.size()), count);
        QCOMPARE(int(run.data.pulls.size()), count);
        QCOMPARE(*numbers.begin(), 1);
        QCOMPARE(*numbers.rbegin(), count);
        // One over-full first page, then every half read on its own.
        const int searches = source->requestCounts().value(u"graphql.search"_s);
        QVERIFY2(searches >= 1 + (count + 49) / 50 && searches <= 3 + (count + 49) / 50,
            qPrintable(QString::number(searches)));
        QVERIFY(!hasLedger(run.data, LedgerEntry::Kind::Truncated));
    }

    void prWithManyFilesAndPatches()
    {
        const WeekRange range = WeekRange::of(kWeek, kZone);
        QJsonArray pulls = syntheticWeek(5, 2);
        pulls.append(makePull(900, range.start.addDays(3), 250));
        pulls.append(makePull(901, range.start.addDays(4), 3050));
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        const PullRequest *big = run.data.find(900);
        QVERIFY(big);
        QCOMPARE(big->files.size(), 250);
        QCOMPARE(big->changedFiles, 250);
        QVERIFY(!big->files.first().hasPatch); // GraphQL has no patch text

        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        QSignalSpy ledger(source.get(), &GitHubSource::ledgerEntryAdded);
        source->resetCounts();
        source->loadPatches(run.data.repo, *big);
        QVERIFY(patches.wait(10000));
        QCOMPARE(patches.first().at(0).toInt(), 900);
        const auto files = patches.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), 250);
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 3); // 100 + 100 + 50, via Link rel="next"
        int withPatch = 0;
        for (const FileChange &f : files) {
            if (f.hasPatch) {
                ++withPatch;
                QVERIFY(f.patch.startsWith("@@"_L1));
            }
        }
        QCOMPARE(withPatch, 250 - 250 / 3); // every third file is binary
        QCOMPARE(ledger.size(), 0);

        // Asked again, GitHub answers 304 Not Modified to the ETags and the same patches come back.
        source->resetCounts();
        patches.clear();
        source->loadPatches(run.data.repo, *big);
        QVERIFY(patches.wait(10000));
        QCOMPARE(patches.first().at(1).value<QList<FileChange>>(), files);
        QCOMPARE(source->notModifiedCount(), 3);
        int conditional = 0;
        for (const auto &r : server.requests())
            conditional += r.headers.contains("if-none-match") ? 1 : 0;
        QCOMPARE(conditional, 3);

        // Over GitHub's 3,000-file REST cap: what is there is merged, the cut is recorded.
        const PullRequest *huge = run.data.find(901);
        QVERIFY(huge);
        source->resetCounts();
        patches.clear();
        source->loadPatches(run.data.repo, *huge);
        QVERIFY(patches.wait(20000));
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 30);
        QCOMPARE(ledger.size(), 1);
        const auto entry = ledger.first().first().value<LedgerEntry>();
        QCOMPARE(entry.kind, LedgerEntry::Kind::Truncated);
        QCOMPARE(entry.prNumber, 901);
    }
};

QTEST_GUILESS_MAIN(TestGitHubSource)
#include "tst_githubsource.moc"
