// SPDX-License-Identifier: MIT
// The fake GitHub server's REST answers, faults, headers and executable, checked over loopback.
#include "fakegithubtestcase.h"

using namespace Qt::StringLiterals;
using namespace PrLens;
using namespace FakeGitHubTest;

class tst_FakeGitHubServer : public FakeGitHubTestCase {
    Q_OBJECT

private Q_SLOTS:
    void restFilesPagination_data()
    {
        QTest::addColumn<int>("fileCount");
        QTest::addColumn<QString>("perPage");
        QTest::addColumn<QList<int>>("pageSizes");
        QTest::addRow("default 30 per page") << 75 << QString() << QList<int> {30, 30, 15};
        QTest::addRow("100 per page over 250 files") << 250 << u"100"_s << QList<int> {100, 100, 50};
        QTest::addRow("per_page above 100 is clamped") << 150 << u"500"_s << QList<int> {100, 50};
        QTest::addRow("one page, no Link") << 20 << u"100"_s << QList<int> {20};
        QTest::addRow("capped at 3000 files") << 3100 << u"100"_s << QList<int>(30, 100);
    }

    void restFilesPagination()
    {
        QFETCH(int, fileCount);
        QFETCH(QString, perPage);
        QFETCH(QList<int>, pageSizes);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(5, u"2026-03-31T00:00:00Z"_s, fileCount)});
        QVERIFY(server.listen());
        QUrl next = at(server,
            u"/repos/acme/widgets/pulls/5/files"_s + (perPage.isEmpty() ? QString() : u"?per_page="_s + perPage));
        QList<int> sizes;
        QSet<QString> names;
        while (next.isValid() && sizes.size() < 40) {
            const Http h = get(next);
            QCOMPARE(h.status, 200);
            const QJsonArray files = h.array();
            sizes << int(files.size());
            for (const QJsonValue &f : files)
                names.insert(f.toObject().value("filename"_L1).toString());
            const QByteArray link = h.headers.value("link");
            if (pageSizes.size() == 1) {
                QVERIFY(link.isEmpty());
                break;
            }
            const QStringList rels = linkRels(link);
            if (sizes.size() == 1)
                QCOMPARE(rels, (QStringList {u"next"_s, u"last"_s}));
            else if (sizes.size() == pageSizes.size())
                QCOMPARE(rels, (QStringList {u"prev"_s, u"first"_s}));
            else
                QCOMPARE(rels, (QStringList {u"prev"_s, u"next"_s, u"last"_s, u"first"_s}));
            QVERIFY(!perPage.isEmpty() || !link.contains("per_page"));
            next = linkFor(link, u"next"_s);
        }
        QCOMPARE(sizes, pageSizes);
        QCOMPARE(names.size(), std::min(fileCount, 3000));
        QCOMPARE(server.requestCounts().value(u"rest.files"_s), int(pageSizes.size()));
    }

    void restPatchAbsentForBinaryAndHuge()
    {
        QJsonObject pull = makePull(6, u"2026-03-31T00:00:00Z"_s, 2);
        QJsonArray files = pull.value("files"_L1).toArray();
        QJsonObject image {{"filename"_L1, "docs/logo.png"_L1}, {"status"_L1, "added"_L1}, {"additions"_L1, 0},
            {"deletions"_L1, 0}, {"changes"_L1, 0}, {"binary"_L1, true}, {"patch"_L1, "Binary"_L1}};
        files.append(image);
        QString huge;
        for (int i = 0; i < 20000; ++i)
            huge += u"+line\n"_s;
        files.append(
            QJsonObject {{"filename"_L1, "data/huge.csv"_L1}, {"status"_L1, "added"_L1}, {"additions"_L1, 20000},
                {"deletions"_L1, 0}, {"changes"_L1, 20000}, {"patch"_L1, QString(u"@@ -0,0 +1,20000 @@\n"_s + huge)}});
        pull.insert("files"_L1, files);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {pull});
        QVERIFY(server.listen());
        const QJsonArray got = get(at(server, u"/repos/acme/widgets/pulls/6/files?per_page=100"_s)).array();
        QCOMPARE(got.size(), 4);
        QVERIFY(got.at(0).toObject().contains("patch"_L1));
        QVERIFY(!got.at(2).toObject().contains("patch"_L1)); // binary
        QVERIFY(!got.at(3).toObject().contains("patch"_L1)); // past the per-file diff limit
        QCOMPARE(got.at(3).toObject().value("additions"_L1).toInt(), 20000);

        const Http pullReply = get(at(server, u"/repos/acme/widgets/pulls/6"_s));
        QCOMPARE(pullReply.status, 200);
        QVERIFY(!pullReply.json().contains("files"_L1));
        QCOMPARE(pullReply.json().value("changed_files"_L1).toInt(), 2);
        QCOMPARE(server.requestCounts().value(u"rest.pull"_s), 1);
    }

    void diffMediaTypes_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<int>("fileCount");
        QTest::addColumn<int>("linesPerPatch");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("diff") << QByteArray("application/vnd.github.diff") << 4 << 1 << 200
                              << QByteArray("application/vnd.github.diff; charset=utf-8")
                              << QByteArray("diff --git a/src/file0003.cpp b/src/file0003.cpp\nnew file mode 100644\n"
                                            "--- /dev/null\n+++ b/src/file0003.cpp\n@@");
        QTest::addRow("patch") << QByteArray("application/vnd.github.patch") << 2 << 1 << 200
                               << QByteArray("application/vnd.github.patch; charset=utf-8")
                               << QByteArray("Subject: [PATCH] [Core] Change 8");
        QTest::addRow("over 300 files") << QByteArray("application/vnd.github.v3.diff") << 301 << 1 << 406
                                        << QByteArray("application/json; charset=utf-8")
                                        << QByteArray("maximum number of files (300)");
        QTest::addRow("over 20000 lines")
            << QByteArray("application/vnd.github.diff") << 3 << 8000 << 406
            << QByteArray("application/json; charset=utf-8") << QByteArray("maximum number of lines (20000)");
        QTest::addRow("JSON by default") << QByteArray("application/vnd.github+json") << 3 << 1 << 200
                                         << QByteArray("application/json; charset=utf-8") << QByteArray("\"number\":8");
    }

    void diffMediaTypes()
    {
        QFETCH(QByteArray, accept);
        QFETCH(int, fileCount);
        QFETCH(int, linesPerPatch);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, text);
        QJsonObject pull = makePull(8, u"2026-03-31T00:00:00Z"_s, fileCount);
        if (linesPerPatch > 1) {
            QJsonArray files = pull.value("files"_L1).toArray();
            for (qsizetype i = 0; i < files.size(); ++i) {
                QJsonObject f = files.at(i).toObject();
                f.insert("patch"_L1, QString(u"@@ -0,0 +1 @@\n"_s + u"+x\n"_s.repeated(linesPerPatch)));
                files.replace(i, f);
            }
            pull.insert("files"_L1, files);
        }
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {pull});
        QVERIFY(server.listen());
        const Http h = get(at(server, u"/repos/acme/widgets/pulls/8"_s), {{"Accept", accept}});
        QCOMPARE(h.status, status);
        QCOMPARE(h.headers.value("content-type"), contentType);
        QVERIFY2(h.body.contains(text), h.body.left(400).constData());
        QCOMPARE(server.requestCounts().value(u"rest.pull"_s), 1);
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("unknown repository") << u"/repos/acme/nothing"_s;
        QTest::addRow("unknown pull") << u"/repos/acme/widgets/pulls/999"_s;
        QTest::addRow("files of unknown pull") << u"/repos/acme/widgets/pulls/999/files"_s;
        QTest::addRow("unknown endpoint") << u"/emojis"_s;
        QTest::addRow("GraphQL by GET") << u"/graphql"_s;
    }

    void notFound()
    {
        QFETCH(QString, path);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = get(at(server, path));
        QCOMPARE(h.status, 404);
        QCOMPARE(h.json().value("message"_L1).toString(), u"Not Found"_s);
        QCOMPARE(h.json().value("status"_L1).toString(), u"404"_s);
        QVERIFY(h.json().contains("documentation_url"_L1));
        QCOMPARE(h.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    }

    void commonHeadersAndEtag()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const QUrl url = at(server, u"/repos/acme/widgets/pulls/1"_s);
        const Http first = get(url);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.headers.value("x-github-api-version-selected"), QByteArray("2022-11-28"));
        QCOMPARE(first.headers.value("x-ratelimit-resource"), QByteArray("core"));
        QCOMPARE(first.headers.value("x-ratelimit-limit"), QByteArray("5000"));
        QCOMPARE(first.headers.value("x-ratelimit-remaining"), QByteArray("4999"));
        QVERIFY(first.headers.value("x-ratelimit-reset").toLongLong() > QDateTime::currentSecsSinceEpoch());
        const QByteArray etag = first.headers.value("etag");
        QVERIFY(etag.startsWith("W/\""));

        const Http cached = get(url, {{"If-None-Match", etag}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
        QCOMPARE(cached.headers.value("x-ratelimit-remaining"), QByteArray("4999")); // 304 is free

        const Http other = get(url, {{"If-None-Match", "W/\"0000\""}});
        QCOMPARE(other.status, 200);
        QCOMPARE(other.headers.value("etag"), etag);
        QCOMPARE(other.headers.value("x-ratelimit-remaining"), QByteArray("4998"));

        const Http head = send("HEAD", url);
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.headers.value("etag"), etag);
        QCOMPARE(get(url).status, 200); // the connection is still in step after a HEAD
        QCOMPARE(head.headers.value("x-ratelimit-remaining"), QByteArray("4997"));

        const Http limits = get(at(server, u"/rate_limit"_s));
        const QJsonObject resources = limits.json().value("resources"_L1).toObject();
        QCOMPARE(resources.value("core"_L1).toObject().value("used"_L1).toInt(), 4);
        QCOMPARE(resources.value("graphql"_L1).toObject().value("remaining"_L1).toInt(), 5000);
        QCOMPARE(limits.headers.value("x-ratelimit-remaining"), QByteArray("4996")); // /rate_limit is free
    }

    void enterprisePrefixes()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(3, u"2026-03-31T00:00:00Z"_s, 40)});
        QVERIFY(server.listen());
        const Http repo = get(at(server, u"/api/v3/repos/acme/widgets"_s));
        QCOMPARE(repo.status, 200);
        QCOMPARE(repo.json().value("full_name"_L1).toString(), u"acme/widgets"_s);
        const Http files = get(at(server, u"/api/v3/repos/acme/widgets/pulls/3/files?per_page=10"_s));
        QCOMPARE(files.array().size(), 10);
        const QUrl next = linkFor(files.headers.value("link"), u"next"_s);
        QVERIFY(next.path().startsWith("/api/v3/"_L1));
        QCOMPARE(get(next).array().size(), 10);
        QCOMPARE(server.requestCounts().value(u"rest.files"_s), 2);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("headerValue");
        QTest::addColumn<QString>("bodyText");
        using K = FaultRule::Kind;
        QTest::addRow("502") << int(K::ServerError) << 502 << 502 << QByteArray() << QByteArray() << u"Server Error"_s;
        QTest::addRow("503 with HTML body")
            << int(K::ServerError) << 503 << 503 << QByteArray() << QByteArray() << u"<html>"_s;
        QTest::addRow("primary 403") << int(K::RateLimitPrimary) << 403 << 403 << QByteArray("x-ratelimit-remaining")
                                     << QByteArray("0") << u"API rate limit exceeded"_s;
        QTest::addRow("primary 429") << int(K::RateLimitPrimary) << 429 << 429 << QByteArray("x-ratelimit-remaining")
                                     << QByteArray("0") << u"API rate limit exceeded"_s;
        QTest::addRow("secondary 403") << int(K::RateLimitSecondary) << 403 << 403 << QByteArray("retry-after")
                                       << QByteArray("2") << u"secondary rate limit"_s;
        QTest::addRow("GraphQL RATE_LIMITED")
            << int(K::GraphQlRateLimited) << 0 << 200 << QByteArray("x-ratelimit-remaining") << QByteArray("0")
            << u"RATE_LIMITED"_s;
        QTest::addRow("not found") << int(K::NotFound) << 0 << 404 << QByteArray() << QByteArray() << u"Not Found"_s;
        QTest::addRow("bad credentials") << int(K::BadCredentials) << 0 << 401 << QByteArray() << QByteArray()
                                         << u"Bad credentials"_s;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, expectedStatus);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, headerValue);
        QFETCH(QString, bodyText);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        FaultRule rule;
        rule.kind = FaultRule::Kind(kind);
        rule.status = status;
        rule.retryAfterSeconds = 2;
        rule.pathContains = u"/pulls/1"_s;
        server.addFault(rule);
        const QUrl url = at(server, u"/repos/acme/widgets/pulls/1"_s);
        QCOMPARE(get(at(server, u"/repos/acme/widgets"_s)).status, 200); // other paths are untouched
        const Http failed = get(url);
        QCOMPARE(failed.status, expectedStatus);
        QVERIFY2(QString::fromUtf8(failed.body).contains(bodyText), failed.body.constData());
        if (!header.isEmpty())
            QCOMPARE(failed.headers.value(header), headerValue);
        if (FaultRule::Kind(kind) == FaultRule::Kind::RateLimitPrimary) {
            const qint64 reset = failed.headers.value("x-ratelimit-reset").toLongLong();
            QVERIFY(qAbs(reset - (QDateTime::currentSecsSinceEpoch() + 2)) <= 2);
        }
        const Http recovered = get(url); // used up after one request
        QCOMPARE(recovered.status, 200);
        QCOMPARE(server.requestCounts().value(u"rest.pull"_s), 2);
    }

    void faultForever()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        FaultRule rule;
        rule.times = -1;
        rule.status = 500;
        server.addFault(rule);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(get(at(server, u"/repos/acme/widgets/pulls/1"_s)).status, 500);
        server.clearFaults();
        QCOMPARE(get(at(server, u"/repos/acme/widgets/pulls/1"_s)).status, 200);
    }

    void truncatedBodyFails()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s, 50)});
        QVERIFY(server.listen());
        FaultRule rule;
        rule.kind = FaultRule::Kind::TruncatedBody;
        server.addFault(rule);
        const QUrl url = at(server, u"/repos/acme/widgets/pulls/1/files?per_page=100"_s);
        const Http cut = get(url);
        QVERIFY2(cut.error != QNetworkReply::NoError, "a cut body must fail at the network layer");
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        const Http whole = get(url);
        QCOMPARE(whole.error, QNetworkReply::NoError);
        QCOMPARE(whole.array().size(), 50);
    }

    void slowBodyAndLatency()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        server.setLatencyMs(150);
        FaultRule rule;
        rule.kind = FaultRule::Kind::SlowBody;
        rule.retryAfterSeconds = 1;
        server.addFault(rule);
        QElapsedTimer timer;
        timer.start();
        const Http slow = get(at(server, u"/repos/acme/widgets/pulls/1"_s));
        QCOMPARE(slow.status, 200);
        QVERIFY(timer.elapsed() >= 1100);
        timer.restart();
        // While one answer waits, the server keeps serving other connections: it never blocks its thread.
        QNetworkRequest req(at(server, u"/rate_limit"_s));
        QNetworkReply *a = m_nam.get(req);
        QNetworkReply *b = m_nam.get(req);
        QTRY_VERIFY_WITH_TIMEOUT(a->isFinished() && b->isFinished(), 5000);
        QVERIFY(timer.elapsed() >= 150);
        QVERIFY(timer.elapsed() < 1000);
        a->deleteLater();
        b->deleteLater();
    }

    void redirectToAnotherServer()
    {
        FakeGitHubServer target;
        target.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(target.listen());
        FakeGitHubServer server;
        QVERIFY(server.listen());
        FaultRule rule;
        rule.kind = FaultRule::Kind::Redirect;
        rule.redirectTo = target.baseUrl().toString() + u'/';
        server.addFault(rule);
        const Http moved = get(at(server, u"/api/v3/repos/acme/widgets/pulls/1/files?per_page=5"_s));
        QCOMPARE(moved.status, 307);
        const QUrl location(QString::fromUtf8(moved.headers.value("location")));
        QCOMPARE(location.port(), target.baseUrl().port());
        QCOMPARE(location.path(), u"/api/v3/repos/acme/widgets/pulls/1/files"_s);
        QCOMPARE(location.query(), u"per_page=5"_s);
        QCOMPARE(get(location).status, 200);
        QCOMPARE(target.totalRequests(), 1);
    }

    void abortedRequestsAndPeakInFlight()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        server.setLatencyMs(300);
        QSignalSpy served(&server, &FakeGitHubServer::requestServed);
        // A client that gives up while the answer is still delayed must not upset the server.
        QNetworkReply *aborted = m_nam.get(QNetworkRequest(at(server, u"/repos/acme/widgets/pulls/1"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(server.totalRequests(), 1, 5000);
        aborted->abort();
        aborted->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(served.size(), 1, 5000);
        QCOMPARE(server.peakInFlight(), 1);

        server.resetCounts();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 4; ++i)
            replies << m_nam.get(QNetworkRequest(at(server, u"/repos/acme/widgets/pulls/1"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QCOMPARE(server.totalRequests(), 4);
        QCOMPARE(server.peakInFlight(), 4); // all four waited on the latency together
    }

    void tokensAndRecordedRequests()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        server.setTokens({{u"ghp_good"_s, u"alice"_s}});
        QVERIFY(server.listen());
        const Http me = get(at(server, u"/user"_s), {{"Authorization", "Bearer ghp_good"}, {"User-Agent", "PRLens"}});
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value("login"_L1).toString(), u"alice"_s);
        QCOMPARE(me.headers.value("x-oauth-scopes"), QByteArray("repo, read:org"));
        const Http bad = get(at(server, u"/user"_s), {{"Authorization", "token ghp_wrong"}});
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.json().value("message"_L1).toString(), u"Bad credentials"_s);
        QCOMPARE(
            get(at(server, u"/repos/acme/widgets/pulls/1"_s), {{"Authorization", "Bearer ghp_wrong"}}).status, 401);
        QCOMPARE(get(at(server, u"/user"_s)).status, 401);

        const QList<FakeGitHubServer::RecordedRequest> recorded = server.requests();
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.at(0).method, QByteArray("GET"));
        QCOMPARE(recorded.at(0).path, u"/user"_s);
        QCOMPARE(recorded.at(0).headers.value("authorization"), QByteArray("Bearer ghp_good"));
        QCOMPARE(recorded.at(0).headers.value("user-agent"), QByteArray("PRLens"));
        const QMap<QString, int> counts = server.requestCounts();
        QCOMPARE(counts.value(u"rest.user"_s), 3);
        QCOMPARE(counts.value(u"rest.pull"_s), 1);
        QCOMPARE(server.totalRequests(), 4);
        server.resetCounts();
        QCOMPARE(server.totalRequests(), 0);
        QVERIFY(server.requests().isEmpty());
    }

    void primaryLimitUsedUp()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        server.setRateLimit(2);
        QVERIFY(server.listen());
        const QUrl url = at(server, u"/repos/acme/widgets/pulls/1"_s);
        QCOMPARE(get(url).headers.value("x-ratelimit-remaining"), QByteArray("1"));
        QCOMPARE(get(url).headers.value("x-ratelimit-remaining"), QByteArray("0"));
        const Http limited = get(url);
        QCOMPARE(limited.status, 403);
        QCOMPARE(limited.headers.value("x-ratelimit-remaining"), QByteArray("0"));
    }

    void faultRuleParse_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("seconds");
        using K = FaultRule::Kind;
        QTest::addRow("kind only") << u"server-error"_s << true << int(K::ServerError) << 502 << QString() << 1 << 1;
        QTest::addRow("status, path, times")
            << u"server-error:503@/graphqlx3"_s << true << int(K::ServerError) << 503 << u"/graphql"_s << 3 << 1;
        QTest::addRow("rate limit with seconds")
            << u"rate-limit:429,5@/files"_s << true << int(K::RateLimitPrimary) << 429 << u"/files"_s << 1 << 5;
        QTest::addRow("secondary forever")
            << u"secondary-rate-limitx*"_s << true << int(K::RateLimitSecondary) << 403 << QString() << -1 << 1;
        QTest::addRow("slow seconds") << u"slow:4"_s << true << int(K::SlowBody) << 502 << QString() << 1 << 4;
        QTest::addRow("redirect") << u"redirect=http://127.0.0.1:9999@/reposx2"_s << true << int(K::Redirect) << 502
                                  << u"/repos"_s << 2 << 1;
        QTest::addRow("unknown kind") << u"explode"_s << false << 0 << 0 << QString() << 0 << 0;
        QTest::addRow("bad number") << u"server-error:abc"_s << false << 0 << 0 << QString() << 0 << 0;
        QTest::addRow("redirect without target") << u"redirect"_s << false << 0 << 0 << QString() << 0 << 0;
    }

    void faultRuleParseHostileKinds()
    {
        using K = FaultRule::Kind;
        FaultRule rule;
        QString error;
        QVERIFY2(FaultRule::parse(u"oversized:1048576@/graphql"_s, &rule, &error), qPrintable(error));
        QCOMPARE(rule.kind, K::OversizedBody);
        QCOMPARE(rule.amount, 1048576LL);
        QCOMPARE(rule.pathContains, u"/graphql"_s);
        QVERIFY(FaultRule::parse(u"trickle:20x*"_s, &rule, &error));
        QCOMPARE(rule.kind, K::TrickleBody);
        QCOMPARE(rule.amount, 20LL);
        QCOMPARE(rule.times, -1);
        QVERIFY(FaultRule::parse(u"endless-pages:1#graphql.search"_s, &rule, &error));
        QCOMPARE(rule.kind, K::EndlessPages);
        QCOMPARE(rule.amount, 1LL);
        QCOMPARE(rule.requestKind, u"graphql.search"_s);
        QVERIFY(FaultRule::parse(u"next-link=file:///etc/passwd@/files"_s, &rule, &error));
        QCOMPARE(rule.kind, K::NextLink);
        QCOMPARE(rule.redirectTo, u"file:///etc/passwd"_s);
        QVERIFY(!FaultRule::parse(u"next-link"_s, &rule, &error));
        QVERIFY(FaultRule::parse(u"secondary-rate-limit:429,4294967297"_s, &rule, &error));
        QCOMPARE(rule.retryAfterSeconds, 4294967297LL);
    }

    void faultRuleParse()
    {
        QFETCH(QString, spec);
        QFETCH(bool, ok);
        FaultRule rule;
        QString error;
        QCOMPARE(FaultRule::parse(spec, &rule, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, path);
        QFETCH(int, times);
        QFETCH(int, seconds);
        QCOMPARE(int(rule.kind), kind);
        QCOMPARE(rule.status, status);
        QCOMPARE(rule.pathContains, path);
        QCOMPARE(rule.times, times);
        QCOMPARE(rule.retryAfterSeconds, qint64(seconds));
    }

    void executableServesAndCounts()
    {
        const QString exe = QStringLiteral(PRLENS_BINARY_DIR) + u"/tools/fake-github/prlens-fake-github"_s;
        if (!QFile::exists(exe))
            QSKIP("prlens-fake-github not built");
        const QString dir = datasetDir(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s);
        if (!QFile::exists(dir + u"/pulls.json"_s))
            QSKIP("shared FastDeploy dataset absent");
        QProcess proc;
        proc.start(exe, {u"--data"_s, dir, u"--fail"_s, u"server-error:502@/pullsx1"_s, u"--print-counts"_s});
        QVERIFY(proc.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(proc.canReadLine(), 10000);
        const QUrl base(QString::fromUtf8(proc.readLine()).trimmed());
        QCOMPARE(base.host(), u"127.0.0.1"_s);
        QVERIFY(base.port() > 0);
        const Http failed = get(QUrl(base.toString() + u"/repos/PaddlePaddle/FastDeploy/pulls/7001/files"_s));
        QCOMPARE(failed.status, 502);
        const Http ok = get(QUrl(base.toString() + u"/repos/paddlepaddle/fastdeploy/pulls/7001/files"_s));
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.array().isEmpty());
        proc.terminate(); // SIGTERM
        QVERIFY(proc.waitForFinished(10000));
        QCOMPARE(proc.exitStatus(), QProcess::NormalExit);
        const QString counts = QString::fromUtf8(proc.readAllStandardError());
        QVERIFY2(counts.contains("rest.files 2"_L1), qPrintable(counts));
        QVERIFY2(counts.contains("total 2"_L1), qPrintable(counts));
    }

    void executableRejectsBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("said");
        QTest::addRow("unknown fault") << QStringList {u"--fail"_s, u"explode"_s} << QByteArray("explode");
        QTest::addRow("latency not a number") << QStringList {u"--latency-ms"_s, u"soon"_s} << QByteArray("soon");
        QTest::addRow("unreadable schema") << QStringList {u"--schema"_s, u"/nonexistent/schema.graphql"_s}
                                           << QByteArray("/nonexistent/schema.graphql");
        QTest::addRow("dataset outside owner__repo")
            << QStringList {u"--data"_s, u"/tmp"_s} << QByteArray("owner__repo");
    }

    void executableRejectsBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, said);
        const QString exe = QStringLiteral(PRLENS_BINARY_DIR) + u"/tools/fake-github/prlens-fake-github"_s;
        if (!QFile::exists(exe))
            QSKIP("prlens-fake-github not built");
        QProcess proc;
        proc.start(exe, args);
        QVERIFY(proc.waitForFinished(10000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(proc.readAllStandardOutput().isEmpty()); // no URL: it never listened
        QVERIFY(proc.readAllStandardError().contains(said));
    }
};

QTEST_MAIN(tst_FakeGitHubServer)
#include "tst_fakegithubserver.moc"
