// SPDX-License-Identifier: MIT
// GitHubSource when things go wrong, against a real loopback GitHub server: retries, rate-limit waits, clean
// failures, tokens, and the Authorization header across redirects.
#include "githubtestsupport.h"

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

class TestGitHubFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }

    void faultsAreRecovered_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("ledgerKind");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("searches");
        using K = FaultRule::Kind;
        using L = LedgerEntry::Kind;
        // A search page that GitHub stopped (502, its "timeout" error, or no answer in time) is asked again with
        // half as many PRs: 120 PRs in pages of 12 after two failures, of 25 after one. Other failures are retried
        // unchanged: 3 pages and the retry.
        QTest::addRow("502 is retried") << int(K::ServerError) << 502 << 2 << 1 << int(L::Retried) << 5000 << 12;
        QTest::addRow("503 with an HTML body is retried")
            << int(K::ServerError) << 503 << 1 << 1 << int(L::Retried) << 5000 << 4;
        QTest::addRow("one truncated body is retried")
            << int(K::TruncatedBody) << 200 << 1 << 1 << int(L::Retried) << 5000 << 4;
        QTest::addRow("slow answer times out and is retried")
            << int(K::SlowBody) << 200 << 1 << 2 << int(L::Retried) << 400 << 6;
        QTest::addRow("GraphQL query timeout is retried")
            << int(K::GraphQlTimeout) << 200 << 2 << 1 << int(L::Retried) << 5000 << 12;
        QTest::addRow("primary rate limit 403 is waited out")
            << int(K::RateLimitPrimary) << 403 << 1 << 1 << int(L::RateLimited) << 5000 << 4;
        QTest::addRow("secondary rate limit 429 with retry-after")
            << int(K::RateLimitSecondary) << 429 << 1 << 1 << int(L::RateLimited) << 5000 << 4;
        QTest::addRow("GraphQL RATE_LIMITED is waited out")
            << int(K::GraphQlRateLimited) << 200 << 1 << 1 << int(L::RateLimited) << 5000 << 4;
    }
    void faultsAreRecovered()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, times);
        QFETCH(int, seconds);
        QFETCH(int, ledgerKind);
        QFETCH(int, timeoutMs);
        QFETCH(int, searches);
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
        QCOMPARE(source->requestCounts().value(u"graphql.search"_s), searches);
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
            << int(K::ServerError) << 502 << 1 << u"acme/widgets"_s << int(E::Network) << 6; // 50, 25, 12, 10 ×3
        QTest::addRow("unknown repository") << -1 << 0 << 0 << u"acme/nothing-here"_s << int(E::NotFound) << 1;
        QTest::addRow("404 from the API") << int(K::NotFound) << 404 << 1 << u"acme/widgets"_s << int(E::NotFound) << 1;
        QTest::addRow("bad credentials") << int(K::BadCredentials) << 401 << 1 << u"acme/widgets"_s
                                         << int(E::Unauthorized) << 1;
        QTest::addRow("rate limit beyond the longest wait")
            << int(K::RateLimitPrimary) << 403 << 3600 << u"acme/widgets"_s << int(E::RateLimited) << 1;
        // The server redirects every request to itself: the first try plus five redirects, then a clear stop.
        QTest::addRow("GraphQL query timeouts fail as a timeout")
            << int(K::GraphQlTimeout) << 200 << 1 << u"acme/widgets"_s << int(E::Timeout) << 6;
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
        redirect.pathContains = u"/files"_s;
        api.addFault(redirect);
        auto source = makeSource(api);

        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 60);
        // Redirects that leave the API's origin are refused, not followed without the token.
        QSignalSpy failed(source.get(), &WeekSource::failed);
        source->loadPatches(run.data.repo, run.data.pulls.first());
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<LoadError>().message.contains(u"another address"_s));
        redirect.pathContains = u"/graphql"_s;
        api.addFault(redirect);
        const Run redirected = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek.next(), kZone);
        QVERIFY(!redirected.finished);
        QCOMPARE(redirected.error.kind, LoadError::Kind::BadResponse);

        QVERIFY(api.totalRequests() >= 3);
        for (const auto &r : api.requests())
            QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
        QCOMPARE(other.totalRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGitHubFaults)
#include "tst_githubfaults.moc"
