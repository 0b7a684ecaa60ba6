// SPDX-License-Identifier: MIT
// Pure pieces of the GitHub source: endpoints, Link headers, rate-limit decisions, GraphQL and REST parsing.
#include "githubendpoint.h"
#include "githubrequester.h"
#include "graphqlqueries.h"
#include "pullrequestparser.h"
#include "ratelimitpolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QJsonDocument dataDocument(const QString &name)
{
    QFile f(QStringLiteral(PRLENS_TEST_DATA_DIR) + u'/' + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll());
}

QJsonObject dataFile(const QString &name)
{
    return dataDocument(name).object();
}

QJsonArray dataArray(const QString &name)
{
    return dataDocument(name).array();
}

} // namespace

class TestGitHubParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endpoints_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("apiUrl");
        QTest::addColumn<QString>("rest");
        QTest::addColumn<QString>("graphql");
        QTest::addRow("github.com") << u"github.com"_s << QString() << u"https://api.github.com"_s
                                    << u"https://api.github.com/graphql"_s;
        QTest::addRow("enterprise host") << u"ghe.example.com"_s << QString() << u"https://ghe.example.com/api/v3"_s
                                         << u"https://ghe.example.com/api/graphql"_s;
        QTest::addRow("enterprise host with port")
            << u"ghe.example.com:8443"_s << QString() << u"https://ghe.example.com:8443/api/v3"_s
            << u"https://ghe.example.com:8443/api/graphql"_s;
        QTest::addRow("plain test url") << QString() << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s
                                        << u"http://127.0.0.1:8080/graphql"_s;
        QTest::addRow("plain url with trailing slash")
            << QString() << u"http://127.0.0.1:8080/"_s << u"http://127.0.0.1:8080"_s
            << u"http://127.0.0.1:8080/graphql"_s;
    }
    void endpoints()
    {
        QFETCH(QString, host);
        QFETCH(QString, apiUrl);
        QFETCH(QString, rest);
        QFETCH(QString, graphql);
        const GitHubEndpoint e
            = apiUrl.isEmpty() ? GitHubEndpoint::forHost(host) : GitHubEndpoint::fromApiUrl(QUrl(apiUrl));
        QVERIFY(e.isValid());
        QCOMPARE(e.restRoot().toString(), rest);
        QCOMPARE(e.graphQlUrl().toString(), graphql);
        QCOMPARE(e.restUrl(u"/repos/o/r/pulls/1/files"_s, u"per_page=100"_s).toString(),
            rest + u"/repos/o/r/pulls/1/files?per_page=100"_s);
        QVERIFY(e.isApiOrigin(e.graphQlUrl()));
    }

    void apiOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("same");
        QTest::addRow("same host, other path") << u"http://127.0.0.1:8080/repositories/5/pulls"_s << true;
        QTest::addRow("localhost is another host") << u"http://localhost:8080/graphql"_s << false;
        QTest::addRow("other port") << u"http://127.0.0.1:8081/graphql"_s << false;
        QTest::addRow("other scheme") << u"https://127.0.0.1:8080/graphql"_s << false;
    }
    void apiOrigin()
    {
        QFETCH(QString, url);
        QFETCH(bool, same);
        QCOMPARE(GitHubEndpoint::fromApiUrl(QUrl(u"http://127.0.0.1:8080"_s)).isApiOrigin(QUrl(url)), same);
    }

    void linkHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("next");
        QTest::addRow("recorded github.com form")
            << QByteArray("<https://api.github.com/repositories/3544490/issues?per_page=1&page=2>; rel=\"next\", "
                          "<https://api.github.com/repositories/3544490/issues?per_page=1&page=341>; rel=\"last\"")
            << u"https://api.github.com/repositories/3544490/issues?per_page=1&page=2"_s;
        QTest::addRow("next not first") << QByteArray(
            "<http://h/a?page=1>; rel=\"prev\", <http://h/a?page=3>; rel=\"next\"")
                                        << u"http://h/a?page=3"_s;
        QTest::addRow("last page") << QByteArray(
            "<http://h/a?page=1>; rel=\"first\", <http://h/a?page=2>; rel=\"prev\"")
                                   << QString();
        QTest::addRow("no header") << QByteArray() << QString();
    }
    void linkHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, next);
        QCOMPARE(GitHubRequester::nextLink(header).toString(), next);
    }

    void rateLimit_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("headers"); // "name:value;name:value"
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("wait"); // -1 = not a rate limit
        QTest::addColumn<bool>("secondary");
        const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray in30 = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 30);
        QTest::addRow("primary 403 waits to reset")
            << 403 << "x-ratelimit-remaining:0;x-ratelimit-reset:" + in30
            << QByteArray("{\"message\":\"API rate limit exceeded for user ID 1.\"}") << 31 << false;
        QTest::addRow("primary 429 reset already passed waits a second")
            << 429 << "x-ratelimit-remaining:0;x-ratelimit-reset:" + now << QByteArray("{}") << 1 << false;
        QTest::addRow("secondary with retry-after")
            << 403 << QByteArray("retry-after:7")
            << QByteArray("{\"message\":\"You have exceeded a secondary rate limit. Please wait.\"}") << 7 << true;
        QTest::addRow("secondary without headers waits the default")
            << 403 << QByteArray()
            << QByteArray("{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes.\"}")
            << 60 << true;
        QTest::addRow("graphql RATE_LIMITED with reset")
            << 200 << "x-ratelimit-remaining:0;x-ratelimit-reset:" + in30
            << QByteArray("{\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded\"}]}") << 31
            << false;
        QTest::addRow("graphql RATE_LIMIT without headers")
            << 200 << QByteArray()
            << QByteArray("{\"errors\":[{\"type\":\"RATE_LIMIT\",\"code\":\"graphql_rate_limit\",\"message\":\"x\"}]}")
            << 60 << true;
        QTest::addRow("403 forbidden is no rate limit")
            << 403 << QByteArray("x-ratelimit-remaining:4999")
            << QByteArray("{\"message\":\"Resource not accessible by integration\"}") << -1 << false;
        QTest::addRow("200 with data is no rate limit")
            << 200 << QByteArray("x-ratelimit-remaining:10") << QByteArray("{\"data\":{}}") << -1 << false;
        QTest::addRow("502 is no rate limit") << 502 << QByteArray() << QByteArray("{}") << -1 << false;
    }
    void rateLimit()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, headers);
        QFETCH(QByteArray, body);
        QFETCH(int, wait);
        QFETCH(bool, secondary);
        RateLimitPolicy::Headers h;
        for (const QByteArray &pair : headers.split(';')) {
            if (!pair.isEmpty())
                h.insert(pair.left(pair.indexOf(':')), pair.mid(pair.indexOf(':') + 1));
        }
        const auto w
            = RateLimitPolicy(60).waitFor(status, h, QJsonDocument::fromJson(body), QDateTime::currentDateTimeUtc());
        QCOMPARE(w.has_value(), wait >= 0);
        if (w) {
            QVERIFY2(std::abs(w->seconds - wait) <= 1, qPrintable(QString::number(w->seconds)));
            QCOMPARE(w->secondary, secondary);
        }
    }

    void graphQlNode()
    {
        const auto parsed = PullRequestParser::fromGraphQl(dataFile(u"search-node.json"_s));
        QVERIFY(parsed);
        const PullRequest &pr = parsed->pr;
        QCOMPARE(pr.number, 4242);
        QCOMPARE(pr.title, u"[Bugfix] Fix cache"_s);
        QCOMPARE(pr.author, u"ghost"_s);
        QCOMPARE(pr.mergedAt, QDateTime(QDate(2026, 3, 24), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(pr.changedFiles, 102);
        QCOMPARE(pr.files.size(), 3);
        QCOMPARE(pr.files.at(1).status, FileChange::Status::Added);
        QCOMPARE(pr.files.at(2).status, FileChange::Status::Removed);
        QVERIFY(!pr.files.at(0).hasPatch);
        QVERIFY(parsed->moreFiles);
        QCOMPARE(parsed->filesCursor, u"Y3Vyc29yOjEwMA=="_s);
        QCOMPARE(pr.labels.size(), 2);
        QCOMPARE(pr.labels.at(0), (Label {u"bug"_s, u"d73a4a"_s}));
        QCOMPARE(pr.requestedReviewers, (QStringList {u"alice"_s, u"core"_s}));
        QCOMPARE(pr.reviews.size(), 2);
        QCOMPARE(pr.reviews.at(1).state, Review::State::ChangesRequested);
        QCOMPARE(pr.reviewThreads.size(), 1);
        QVERIFY(pr.reviewThreads.at(0).isResolved);
        QCOMPARE(pr.reviewThreads.at(0).comments.size(), 2);
        QVERIFY(!pr.reviewThreads.at(0).comments.at(0).isReply);
        QVERIFY(pr.reviewThreads.at(0).comments.at(1).isReply);
        QCOMPARE(pr.reviewThreads.at(0).comments.at(1).line, 0);

        // Labels have no follow-up query: their cut goes to the ledger at once.
        QCOMPARE(parsed->ledger.size(), 1);
        QCOMPARE(parsed->ledger.first().kind, LedgerEntry::Kind::Truncated);
        QCOMPARE(parsed->ledger.first().prNumber, 4242);
        QCOMPARE(parsed->ledger.first().what, u"labels"_s);
        // Reviews and threads are read on by follow-up queries; the counts say how many there are.
        QCOMPARE(pr.reviewCount, 25);
        QVERIFY(pr.reviewsIncomplete());
        QVERIFY(parsed->moreReviews);
        QCOMPARE(parsed->reviewsCursor, u"x"_s);
        QCOMPARE(pr.reviewThreadCount, 1);
        QVERIFY(!pr.reviewThreadsIncomplete());
        // The one thread has 30 comments, 2 read: the threads are read again from the start.
        QVERIFY(parsed->moreThreads);
        QVERIFY(parsed->threadsCursor.isEmpty());
        QCOMPARE(parsed->cutComments, (QStringList {u"a.py:7 (2 of 30 comments)"_s}));
    }

    void graphQlReviewFlowFields()
    {
        // Authors typed Bot, the first ready-for-review event: what the review-flow figures start from.
        const auto parsed = PullRequestParser::fromGraphQl(json(R"({"__typename": "PullRequest", "number": 7,
            "createdAt": "2026-03-20T01:00:00Z", "mergedAt": "2026-03-24T10:00:00Z", "isDraft": false,
            "author": {"__typename": "Bot", "login": "dependabot"},
            "timelineItems": {"nodes": [{"createdAt": "2026-03-21T02:30:00Z"}, {"createdAt": "2026-03-22T00:00:00Z"}]},
            "reviews": {"totalCount": 2, "nodes": [
                {"author": {"__typename": "User", "login": "bob"}, "state": "APPROVED", "body": "",
                 "submittedAt": "2026-03-23T00:00:00Z"},
                {"author": {"__typename": "Bot", "login": "copilot-pull-request-reviewer"}, "state": "COMMENTED",
                 "body": "", "submittedAt": "2026-03-21T02:31:00Z"}]}})"));
        QVERIFY(parsed);
        const PullRequest &pr = parsed->pr;
        QVERIFY(pr.authorIsBot);
        QCOMPARE(pr.author, u"dependabot"_s);
        QCOMPARE(pr.readyForReviewAt, QDateTime(QDate(2026, 3, 21), QTime(2, 30), QTimeZone::UTC));
        QCOMPARE(pr.reviews.size(), 2);
        QVERIFY(!pr.reviews.at(0).authorIsBot);
        QVERIFY(pr.reviews.at(1).authorIsBot);

        // A PR that never was a draft has no event; an author without a type is a person.
        const auto plain = PullRequestParser::fromGraphQl(json(R"({"__typename": "PullRequest", "number": 8,
            "author": {"login": "alice"}, "timelineItems": {"nodes": []}})"));
        QVERIFY(plain);
        QVERIFY(!plain->pr.authorIsBot);
        QVERIFY(!plain->pr.readyForReviewAt.isValid());
    }

    void notAPullRequest()
    {
        QVERIFY(!PullRequestParser::fromGraphQl(json("{\"__typename\":\"Issue\",\"number\":5}")));
        QVERIFY(!PullRequestParser::fromGraphQl(json("{}")));
    }

    void recordedRestFiles()
    {
        const QString path = QStringLiteral(PRLENS_SHARED_DIR)
            + u"/reference/fixtures/derived/github3.py-cassettes-decoded/PullRequest_files.json"_s;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared fixtures not present next to the repository");
        const QJsonArray recorded = QJsonDocument::fromJson(f.readAll()).array();
        QJsonArray files;
        for (const QJsonValue &interaction : recorded) {
            if (interaction.toObject().value("uri"_L1).toString().endsWith("/files?per_page=100"_L1))
                files = interaction.toObject().value("body_json"_L1).toArray();
        }
        QCOMPARE(files.size(), 2);
        const QList<FileChange> rest = PullRequestParser::filesFromRest(files);
        QCOMPARE(rest.at(0).path, u"github3/repos/release.py"_s);
        QCOMPARE(rest.at(0).additions, 2);
        QVERIFY(rest.at(0).hasPatch);
        QVERIFY(rest.at(0).patch.startsWith("@@"_L1));
        QCOMPARE(rest.at(1).additions, 16);
    }

    void mergePatches()
    {
        const QList<FileChange> known = PullRequestParser::filesFromGraphQl(dataArray(u"merge-graphql-files.json"_s));
        const QList<FileChange> rest = PullRequestParser::filesFromRest(dataArray(u"merge-rest-files.json"_s));
        const QList<FileChange> merged = PullRequestParser::mergePatches(known, rest);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).path, u"a.py"_s);
        QVERIFY(merged.at(0).hasPatch);
        QCOMPARE(merged.at(0).patch, u"@@ -1 +1,2 @@\n x\n+y"_s);
        QVERIFY(!merged.at(1).hasPatch); // binary: GitHub sends no patch key
        QCOMPARE(merged.at(2).previousPath, u"b.py"_s);
    }

    void queriesAreTheReferenceQueries_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addRow("PRFiles") << u"pr-files-page.graphql"_s << GraphQlQueries::pullRequestFiles();
    }
    void queriesAreTheReferenceQueries()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QVERIFY(text.contains("query "_L1));
        QFile f(QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/"_s + file);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared reference queries not present next to the repository");
        // PR Lens asks for at least what the reference asks for, in the same order: every line of the reference is
        // in its query. The reference's requested reviewers line is the one PR Lens widens (bots, mannequins and
        // the total count), so it is checked on its own.
        const QStringList mine = text.split(u'\n');
        qsizetype at = 0;
        const QStringList reference = QString::fromUtf8(f.readAll()).split(u'\n');
        for (const QString &line : reference) {
            if (line.contains("reviewRequests("_L1))
                continue;
            const qsizetype found = mine.indexOf(line, at);
            QVERIFY2(found >= 0, qPrintable(line));
            at = found + 1;
        }
        if (file == "merged-prs-week.graphql"_L1) {
            for (const QLatin1StringView part :
                {"reviewRequests(first: 20)"_L1, "totalCount"_L1, "... on User { login }"_L1, "... on Bot { login }"_L1,
                    "... on Mannequin { login }"_L1, "... on Team { slug }"_L1})
                QVERIFY2(text.contains(part), qPrintable(QString(part)));
        }
    }

    void mergedPrsQueryExtendsTheReferenceQuery()
    {
        // The week's query is the reference query plus the review-flow fields (author types, the
        // ready-for-review event): every name of the reference query appears in it, in the same order.
        QFile f(QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/merged-prs-week.graphql"_s);
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("shared reference queries not present next to the repository");
        const auto names = [](const QString &query) {
            QStringList out;
            static const QRegularExpression name(u"[A-Za-z_$][A-Za-z0-9_]*"_s);
            for (const QString &line : query.split(u'\n')) {
                const QString code = line.section(u'#', 0, 0);
                for (auto it = name.globalMatch(code); it.hasNext();)
                    out.append(it.next().captured());
            }
            return out;
        };
        const QStringList reference = names(QString::fromUtf8(f.readAll()));
        const QStringList ours = names(GraphQlQueries::mergedPullRequests());
        qsizetype at = 0;
        for (const QString &n : reference) {
            at = ours.indexOf(n, at);
            QVERIFY2(at >= 0, qPrintable(n));
            ++at;
        }
        for (const QString &added :
            {u"__typename"_s, u"timelineItems"_s, u"READY_FOR_REVIEW_EVENT"_s, u"ReadyForReviewEvent"_s})
            QVERIFY2(ours.contains(added), qPrintable(added));
    }

    void searchBody()
    {
        const QJsonObject body = GraphQlQueries::searchBody(u"repo:o/r is:pr"_s, 50, {});
        const QJsonObject vars = body.value("variables"_L1).toObject();
        QCOMPARE(vars.value("first"_L1).toInt(), 50);
        QVERIFY(vars.value("after"_L1).isNull());
        QCOMPARE(GraphQlQueries::searchBody(u"q"_s, 50, u"abc"_s)
                     .value("variables"_L1)
                     .toObject()
                     .value("after"_L1)
                     .toString(),
            u"abc"_s);
    }
};

QTEST_GUILESS_MAIN(TestGitHubParsing)
#include "tst_githubparsing.moc"
