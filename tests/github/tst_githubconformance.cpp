// SPDX-License-Identifier: MIT
// GitHubSource against a loopback server laid out and answering as real GitHub does: Enterprise Server and data
// residency URLs, rate-limit manners (no reset time, growing secondary waits, one-by-one release), smaller search
// pages after timeouts, every requested reviewer, and binary or too-large files told from what GitHub sends.
#include "githubtestsupport.h"
#include "hostaccount.h"

#include <QJsonDocument>

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const RepoRef kRepo = RepoRef::parseGitHub(u"acme/widgets"_s);

/// Rate-limit waits of a millisecond per second, no jitter, no spacing: the waits keep their size, not their time.
RequestPolicy quickWaits()
{
    RequestPolicy p = fastPolicy();
    p.rateLimitSecondMs = 1;
    p.releaseSpacingMs = 0;
    p.jitter = [] {
        return 0.0;
    };
    return p;
}

QList<LedgerEntry> ledgerOf(const WeekData &d, LedgerEntry::Kind kind, const QString &what = {})
{
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : d.ledger) {
        if (e.kind == kind && (what.isEmpty() || e.what == what))
            out.append(e);
    }
    return out;
}

} // namespace

class TestGitHubConformance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }

    void enterpriseServerRestRootFindsGraphQl()
    {
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout::EnterpriseServer);
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(12));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        source->setApiUrl(QUrl(server.baseUrl().toString() + u"/api/v3"_s));
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 12);
        for (const auto &r : server.requests())
            QVERIFY2(r.path == "/api/graphql"_L1 || r.path.startsWith("/api/v3/"_L1), qPrintable(r.path));
    }

    void explicitGraphQlUrlIsUsed()
    {
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout::EnterpriseServer);
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        // A REST root that is not …/api/v3 (a proxy): the GraphQL URL is given on its own.
        source->setApiUrl(QUrl(server.baseUrl().toString() + u"/api/v3/"_s));
        source->setGraphQlUrl(QUrl(server.baseUrl().toString() + u"/api/graphql"_s));
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 3);
    }

    void notFoundNamesTheUrlsUsed()
    {
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout::EnterpriseServer);
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server); // the bare host: GraphQL goes to /graphql, which Enterprise Server lacks
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::NotFound);
        QVERIFY2(
            run.error.message.contains(server.baseUrl().toString() + u"/graphql"_s), qPrintable(run.error.message));
        QVERIFY2(run.error.message.contains("/api/graphql"_L1), qPrintable(run.error.message));
    }

    void dataResidencyHostUsesTheApiSubdomain()
    {
        const GitHubEndpoint e = GitHubEndpoint::forHost(u"octo.ghe.com"_s);
        QCOMPARE(e.restRoot(), QUrl(u"https://api.octo.ghe.com"_s));
        QCOMPARE(e.graphQlUrl(), QUrl(u"https://api.octo.ghe.com/graphql"_s));
        QCOMPARE(e.displayHost(), u"octo.ghe.com"_s);
        QCOMPARE(e.restUrl(u"/repos/a/b"_s), QUrl(u"https://api.octo.ghe.com/repos/a/b"_s));
        const HostAccount a = HostAccount::enterprise(u"octo.ghe.com"_s);
        QCOMPARE(a.apiUrl, QUrl(u"https://api.octo.ghe.com"_s));
        QCOMPARE(a.graphqlUrl, QUrl(u"https://api.octo.ghe.com/graphql"_s));
        // Enterprise Server keeps /api/v3 and /api/graphql; an /api/v3 root gives /api/graphql.
        QCOMPARE(
            GitHubEndpoint::forHost(u"ghe.example.com"_s).graphQlUrl(), QUrl(u"https://ghe.example.com/api/graphql"_s));
        QCOMPARE(GitHubEndpoint::fromApiUrl(QUrl(u"https://ghe.example.com/api/v3/"_s)).graphQlUrl(),
            QUrl(u"https://ghe.example.com/api/graphql"_s));
        QCOMPARE(GitHubEndpoint::fromApiUrl(QUrl(u"https://api.octo.ghe.com"_s)).graphQlUrl(),
            QUrl(u"https://api.octo.ghe.com/graphql"_s));
    }

    void dataResidencyShapedHostLoads()
    {
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout::Cloud);
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(5));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        source->setApiUrl({});
        // As Settings › Accounts stores a data-residency host: REST at the root, GraphQL at /graphql.
        const QString root = server.baseUrl().toString();
        source->setHostEndpoint(
            u"octo.ghe.com"_s, GitHubEndpoint::fromUrls(QUrl(root), QUrl(root + u"/graphql"_s), u"octo.ghe.com"_s));
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"octo.ghe.com/acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 5);
    }

    void quotaUsedUpWithoutResetIsARateLimit()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimitPrimary;
        rule.status = 403;
        rule.retryAfterSeconds = -1; // x-ratelimit-remaining: 0 and no x-ratelimit-reset
        rule.pathContains = u"/graphql"_s;
        server.addFault(rule);
        auto source = makeSource(server);
        source->setPolicy(quickWaits());
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 3);
        QCOMPARE(ledgerOf(run.data, LedgerEntry::Kind::RateLimited, u"rateLimit"_s).size(), 1);
    }

    void secondaryLimitWaitsGrow()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimitSecondary;
        rule.status = 403;
        rule.times = 3;
        rule.retryAfterSeconds = 5;
        rule.pathContains = u"/graphql"_s;
        server.addFault(rule);
        auto source = makeSource(server);
        RequestPolicy policy = quickWaits();
        policy.jitter = [] {
            return 0.5;
        }; // an eighth of each wait added
        source->setPolicy(policy);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QStringList waits;
        for (const LedgerEntry &e : ledgerOf(run.data, LedgerEntry::Kind::RateLimited, u"secondaryRateLimit"_s))
            waits << e.args.value(0);
        QCOMPARE(waits, (QStringList {u"5"_s, u"11"_s, u"22"_s})); // 5, 10, 20 seconds plus jitter
        QVERIFY(std::any_of(run.progressTexts.cbegin(), run.progressTexts.cend(),
            [](const QString &t) { return t.contains("slow down"_L1); }));
    }

    void secondaryLimitFailsOnceTheWaitIsTooLong()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimitSecondary;
        rule.status = 429;
        rule.times = -1;
        rule.retryAfterSeconds = 60;
        rule.pathContains = u"/graphql"_s;
        server.addFault(rule);
        auto source = makeSource(server);
        source->setPolicy(quickWaits());
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::RateLimited);
        // 60, 120, 240, 480 s are waited; 960 s is past the 15 minutes PR Lens waits at most.
        QCOMPARE(server.requestCounts().value(u"graphql.search"_s), 5);
    }

    void pausedRequestsAreReleasedOneByOne()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        server.setLatencyMs(20);
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind::RateLimitSecondary;
        rule.status = 403;
        rule.retryAfterSeconds = 50;
        rule.pathContains = u"/rate_limit"_s;
        server.addFault(rule);
        GitHubRequester requester;
        requester.setEndpoint(GitHubEndpoint::fromApiUrl(server.baseUrl()));
        requester.setToken(kToken);
        requester.setPolicy(quickWaits());
        int answered = 0;
        const auto count = [&answered](const GitHubResponse &r) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            ++answered;
        };
        QSignalSpy waits(&requester, &GitHubRequester::rateLimitWait);
        requester.get(u"rest.rate_limit"_s, requester.endpoint().restUrl(u"/rate_limit"_s), 1, count);
        QVERIFY(waits.wait(5000));
        requester.resetCounts();
        for (int i = 0; i < 6; ++i)
            requester.get(u"rest.user"_s, requester.endpoint().restUrl(u"/user"_s), 1, count);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 7, 20000);
        QCOMPARE(requester.peakInFlight(), 1);
        // Once some went through one by one, requests go out together again.
        requester.resetCounts();
        answered = 0;
        for (int i = 0; i < 12; ++i)
            requester.get(u"rest.user"_s, requester.endpoint().restUrl(u"/user"_s), 1, count);
        QTRY_COMPARE_WITH_TIMEOUT(answered, 12, 20000);
        QVERIFY(requester.peakInFlight() > 1);
    }

    void timedOutSearchPagesGetSmaller()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(60));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind::GraphQlTimeout;
        rule.times = 2;
        rule.requestKind = u"graphql.search"_s;
        server.addFault(rule);
        FaultRule gateway;
        gateway.kind = FaultRule::Kind::ServerError;
        gateway.status = 502;
        gateway.times = 1;
        gateway.requestKind = u"graphql.search"_s;
        server.addFault(gateway);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 60);
        // 50 timed out, 25 timed out, 12 got a 502, then pages of 10 (the smallest).
        QCOMPARE(server.requestCounts().value(u"graphql.search"_s), 3 + 6);
        QCOMPARE(ledgerOf(run.data, LedgerEntry::Kind::Retried, u"search"_s).size(), 3);
    }

    void everyRequestedReviewerIsKept()
    {
        FakeGitHubServer server;
        QJsonArray pulls = syntheticWeek(2);
        QJsonObject pr = pulls.at(0).toObject();
        QJsonArray reviewers {QJsonObject {{"login"_L1, "alice"_L1}, {"type"_L1, "User"_L1}},
            QJsonObject {{"login"_L1, "renovate[bot]"_L1}, {"type"_L1, "Bot"_L1}},
            QJsonObject {{"login"_L1, "imported-bob"_L1}, {"type"_L1, "Mannequin"_L1}}};
        pr.insert("requested_reviewers"_L1, reviewers);
        pulls.replace(0, pr);
        QJsonObject many = pulls.at(1).toObject();
        QJsonArray crowd;
        for (int i = 0; i < 25; ++i)
            crowd.append(QJsonObject {{"login"_L1, u"reviewer%1"_s.arg(i)}, {"type"_L1, "User"_L1}});
        many.insert("requested_reviewers"_L1, crowd);
        pulls.replace(1, many);
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        const auto byNumber = [&run](int n) {
            return *std::find_if(
                run.data.pulls.cbegin(), run.data.pulls.cend(), [n](const PullRequest &p) { return p.number == n; });
        };
        QCOMPARE(byNumber(1).requestedReviewers, (QStringList {u"alice"_s, u"renovate[bot]"_s, u"imported-bob"_s}));
        QCOMPARE(byNumber(2).requestedReviewers.size(), 20);
        const QList<LedgerEntry> cut = ledgerOf(run.data, LedgerEntry::Kind::Truncated, u"reviewRequests"_s);
        QCOMPARE(cut.size(), 1);
        QCOMPARE(cut.first().prNumber, 2);
        QCOMPARE(cut.first().args, (QStringList {u"20"_s, u"25"_s}));
    }

    void firstPageIsKeptWhenTheSearchIsSplit()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(1100));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        source->setPageSize(100);
        QSignalSpy progress(source.get(), &WeekSource::progress);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone, 120000);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 1100);
        QVERIFY(ledgerOf(run.data, LedgerEntry::Kind::Truncated, u"search"_s).isEmpty());
        QCOMPARE(run.lastTotal, 1100); // the split's first page is not counted twice
    }

    void binaryAndTooLargeFilesFromGitHubShapes()
    {
        FakeGitHubServer server;
        QJsonArray pulls = syntheticWeek(1);
        QJsonObject pr = pulls.at(0).toObject();
        QString huge;
        for (int i = 0; i < 20001; ++i)
            huge += u"+line\n"_s;
        const QJsonArray files {QJsonObject {{"filename"_L1, "logo.png"_L1}, {"status"_L1, "added"_L1},
                                    {"additions"_L1, 0}, {"deletions"_L1, 0}, {"changes"_L1, 0}, {"binary"_L1, true}},
            QJsonObject {{"filename"_L1, "data/huge.csv"_L1}, {"status"_L1, "modified"_L1}, {"additions"_L1, 20001},
                {"deletions"_L1, 0}, {"changes"_L1, 20001}, {"patch"_L1, QString(u"@@ -0,0 +1,20001 @@\n"_s + huge)}},
            QJsonObject {{"filename"_L1, "src/cut.cpp"_L1}, {"status"_L1, "modified"_L1}, {"additions"_L1, 3},
                {"deletions"_L1, 0}, {"changes"_L1, 3}, {"patch"_L1, "@@ -1 +1,3 @@\n+a"_L1},
                {"patch_truncated"_L1, true}},
            QJsonObject {{"filename"_L1, "docs/moved.md"_L1}, {"previous_filename"_L1, "moved.md"_L1},
                {"status"_L1, "renamed"_L1}, {"additions"_L1, 0}, {"deletions"_L1, 0}, {"changes"_L1, 0}},
            QJsonObject {{"filename"_L1, "src/ok.cpp"_L1}, {"status"_L1, "modified"_L1}, {"additions"_L1, 1},
                {"deletions"_L1, 0}, {"changes"_L1, 1}, {"patch"_L1, "@@ -1 +1,2 @@\n+x"_L1}}};
        pr.insert("files"_L1, files);
        pr.insert("changed_files"_L1, int(files.size()));
        pulls.replace(0, pr);
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        source->loadPatches(kRepo, run.data.pulls.first());
        QVERIFY(patches.wait(10000));
        QHash<QString, FileChange> byPath;
        for (const FileChange &f : patches.first().at(1).value<QList<FileChange>>())
            byPath.insert(f.path, f);
        QVERIFY(byPath.value(u"logo.png"_s).binary);
        QVERIFY(!byPath.value(u"logo.png"_s).hasPatch);
        const FileChange big = byPath.value(u"data/huge.csv"_s);
        QVERIFY(!big.binary);
        QVERIFY(!big.hasPatch);
        QVERIFY(big.patchTruncated); // too large for GitHub's diff
        // A patch only the dataset had cut comes as GitHub sends patches: whole, with no word of a cut.
        QVERIFY(byPath.value(u"src/cut.cpp"_s).hasPatch);
        QVERIFY(!byPath.value(u"src/cut.cpp"_s).patchTruncated);
        QVERIFY(!byPath.value(u"docs/moved.md"_s).binary); // a rename without changes is no binary file
        QVERIFY(!byPath.value(u"docs/moved.md"_s).patchTruncated);
        QVERIFY(byPath.value(u"src/ok.cpp"_s).hasPatch);
        QVERIFY(!byPath.value(u"src/ok.cpp"_s).patchTruncated);
    }

    void oneUserAgentForEveryRequest()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(2));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QVERIFY(!server.requests().isEmpty());
        for (const auto &r : server.requests())
            QCOMPARE(r.headers.value("user-agent"), GitHubEndpoint::userAgent());
        QVERIFY(GitHubEndpoint::userAgent().startsWith("PRLens/"));
    }
};

QTEST_GUILESS_MAIN(TestGitHubConformance)
#include "tst_githubconformance.moc"
