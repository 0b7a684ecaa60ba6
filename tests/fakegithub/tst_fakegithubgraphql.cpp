// SPDX-License-Identifier: MIT
// The fake GitHub server's GraphQL answers, checked over loopback with a plain QNetworkAccessManager.
#include "datasetreader.h"
#include "fakegithubtestcase.h"

using namespace Qt::StringLiterals;
using namespace PrLens;
using namespace FakeGitHubTest;

class tst_FakeGitHubGraphQl : public FakeGitHubTestCase {
    Q_OBJECT

private Q_SLOTS:
    void searchPagesThroughDatasetWeek()
    {
        const QString dir = datasetDir(u"vllm-project__vllm"_s, u"2026-03-23_2026-03-29"_s);
        if (!QFile::exists(dir + u"/pulls.json"_s) || m_searchQuery.isEmpty())
            QSKIP("shared vLLM dataset or reference queries absent");
        QFile statsFile(dir + u"/stats.json"_s);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const int expectedPrs = QJsonDocument::fromJson(statsFile.readAll()).object().value("pr_count"_L1).toInt();
        QList<PullRequest> dataset;
        QString error;
        QVERIFY2(DatasetReader::read(dir + u"/pulls.json"_s, &dataset, &error), qPrintable(error));
        QHash<int, int> filesByNumber;
        for (const PullRequest &pr : std::as_const(dataset))
            filesByNumber.insert(pr.number, int(pr.files.size()));

        FakeGitHubServer server;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        const QString q
            = u"repo:vllm-project/vllm is:pr is:merged merged:2026-03-23T00:00:00+08:00..2026-03-29T23:59:59+08:00"_s;
        QJsonValue after = QJsonValue::Null;
        QSet<int> seen;
        int pages = 0;
        QDateTime previous;
        for (;;) {
            const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery, searchVars(q, 50, after));
            QCOMPARE(h.status, 200);
            const QJsonObject root = h.json();
            QVERIFY2(!root.contains("errors"_L1), h.body.constData());
            const QJsonObject search = root.value("data"_L1).toObject().value("search"_L1).toObject();
            QCOMPARE(search.value("issueCount"_L1).toInt(), expectedPrs);
            ++pages;
            const QJsonArray nodes = search.value("nodes"_L1).toArray();
            for (const QJsonValue &v : nodes) {
                const QJsonObject n = v.toObject();
                const int number = n.value("number"_L1).toInt();
                QVERIFY(!seen.contains(number));
                seen.insert(number);
                QVERIFY(filesByNumber.contains(number));
                const QJsonObject files = n.value("files"_L1).toObject();
                QCOMPARE(files.value("totalCount"_L1).toInt(), filesByNumber.value(number));
                QCOMPARE(files.value("nodes"_L1).toArray().size(), std::min(100, filesByNumber.value(number)));
                const QDateTime merged = QDateTime::fromString(n.value("mergedAt"_L1).toString(), Qt::ISODate);
                QVERIFY(merged >= QDateTime::fromString(u"2026-03-22T16:00:00Z"_s, Qt::ISODate));
                QVERIFY(merged < QDateTime::fromString(u"2026-03-29T16:00:00Z"_s, Qt::ISODate));
                if (previous.isValid())
                    QVERIFY(merged <= previous); // newest merge first
                previous = merged;
            }
            const QJsonObject pageInfo = search.value("pageInfo"_L1).toObject();
            if (!pageInfo.value("hasNextPage"_L1).toBool())
                break;
            QCOMPARE(nodes.size(), 50);
            after = pageInfo.value("endCursor"_L1);
            QVERIFY(pages < 10);
        }
        QCOMPARE(seen.size(), expectedPrs);
        QCOMPARE(pages, (expectedPrs + 49) / 50);
        QCOMPARE(server.requestCounts().value(u"graphql.search"_s), pages);
    }

    void yearDatasetWeeksAndMonths()
    {
        const QString dir = datasetDir(u"vllm-project__vllm"_s, u"2025-06-01_2026-05-27"_s);
        if (!QFile::exists(dir + u"/pulls.json.gz"_s) || m_searchQuery.isEmpty())
            QSKIP("shared vLLM year dataset or reference queries absent");
        QFile statsFile(dir + u"/stats.json"_s);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error)); // gzip-compressed
        QCOMPARE(server.pullCount(u"vllm-project"_s, u"vllm"_s), stats.value("pr_count"_L1).toInt());
        QVERIFY(server.listen());
        const auto issueCount = [&](const QString &range, int first, const QJsonValue &after, QJsonObject *search) {
            const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
                searchVars(u"repo:vllm-project/vllm is:pr is:merged merged:"_s + range, first, after));
            *search = h.json().value("data"_L1).toObject().value("search"_L1).toObject();
            return search->value("issueCount"_L1).toInt();
        };
        // Every ISO week (Monday..Sunday as plain dates, i.e. UTC days) against the dataset's own counts.
        const QJsonObject weeks = stats.value("iso_week_notes"_L1).toObject().value("week_ranges"_L1).toObject();
        const QJsonObject counts = stats.value("iso_week_counts"_L1).toObject();
        QVERIFY(weeks.size() > 50);
        for (auto it = weeks.constBegin(); it != weeks.constEnd(); ++it) {
            const QJsonArray days = it.value().toArray();
            QJsonObject search;
            const int n
                = issueCount(days.at(0).toString() + u".."_s + days.at(1).toString(), 1, QJsonValue::Null, &search);
            QVERIFY2(n == counts.value(it.key()).toInt(), qPrintable(it.key()));
        }
        // A month past the 1,000-result cap: the count stays true, the pages stop at 1,000.
        const QJsonObject months = stats.value("month_counts"_L1).toObject();
        QVERIFY(months.value("2026-03"_L1).toInt() > 1000);
        QJsonValue after = QJsonValue::Null;
        int received = 0;
        for (int guard = 0; guard < 20; ++guard) {
            QJsonObject search;
            QCOMPARE(issueCount(u"2026-03-01..2026-03-31"_s, 100, after, &search), months.value("2026-03"_L1).toInt());
            received += int(search.value("nodes"_L1).toArray().size());
            if (!search.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool())
                break;
            after = search.value("pageInfo"_L1).toObject().value("endCursor"_L1);
        }
        QCOMPARE(received, 1000);
    }

    void searchRange_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<QList<int>>("expected");
        // PR 1 at 2026-03-29T15:59:59Z, 2 at 16:00:00Z, 3 at 2026-03-30T00:00:00Z, 4 at 2026-04-05T23:59:59Z,
        // 5 at 2026-04-06T00:00:00Z.
        QTest::addRow("plain dates are UTC days, end inclusive") << u"2026-03-30..2026-04-05"_s << QList<int> {4, 3};
        QTest::addRow("offset bounds, both inclusive")
            << u"2026-03-30T00:00:00+08:00..2026-04-06T07:59:59+08:00"_s << QList<int> {4, 3, 2};
        QTest::addRow("UTC instants with Z") << u"2026-03-29T15:59:59Z..2026-03-29T16:00:00Z"_s << QList<int> {2, 1};
        QTest::addRow("open end") << u">=2026-04-05"_s << QList<int> {5, 4};
        QTest::addRow("single day") << u"2026-03-29"_s << QList<int> {2, 1};
        QTest::addRow("nothing merged") << u"2025-01-01..2025-01-07"_s << QList<int> {};
    }

    void searchRange()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        QFETCH(QString, range);
        QFETCH(QList<int>, expected);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s,
            {makePull(1, u"2026-03-29T15:59:59Z"_s), makePull(2, u"2026-03-29T16:00:00Z"_s),
                makePull(3, u"2026-03-30T00:00:00Z"_s), makePull(4, u"2026-04-05T23:59:59Z"_s),
                makePull(5, u"2026-04-06T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
            searchVars(u"repo:acme/widgets is:pr is:merged merged:"_s + range, 50));
        const QJsonObject search = h.json().value("data"_L1).toObject().value("search"_L1).toObject();
        QList<int> got;
        for (const QJsonValue &n : search.value("nodes"_L1).toArray())
            got << n.toObject().value("number"_L1).toInt();
        QCOMPARE(got, expected);
        QCOMPARE(search.value("issueCount"_L1).toInt(), expected.size());
    }

    void searchNodeShape()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        QJsonObject pull = makePull(7, u"2026-03-31T10:00:00Z"_s, 120);
        pull.insert("requested_reviewers"_L1, QJsonArray {QJsonObject {{"login"_L1, "carol"_L1}}});
        pull.insert("reviews"_L1,
            QJsonArray {QJsonObject {{"user"_L1, QJsonObject {{"login"_L1, "bob"_L1}}}, {"state"_L1, "APPROVED"_L1},
                {"body"_L1, "LGTM"_L1}, {"submitted_at"_L1, "2026-03-31T09:00:00Z"_L1}}});
        const QJsonArray comments {
            QJsonObject {{"id"_L1, 11}, {"user"_L1, QJsonObject {{"login"_L1, "bob"_L1}}}, {"body"_L1, "Why?"_L1},
                {"path"_L1, "src/file0000.cpp"_L1}, {"line"_L1, 3}, {"original_line"_L1, 3},
                {"diff_hunk"_L1, "@@ -1 +1 @@"_L1}, {"created_at"_L1, "2026-03-30T09:00:00Z"_L1}},
            QJsonObject {{"id"_L1, 12}, {"user"_L1, QJsonObject {{"login"_L1, "dev2"_L1}}}, {"body"_L1, "Because."_L1},
                {"path"_L1, "src/file0000.cpp"_L1}, {"line"_L1, 3}, {"original_line"_L1, 3},
                {"diff_hunk"_L1, "@@ -1 +1 @@"_L1}, {"created_at"_L1, "2026-03-30T10:00:00Z"_L1},
                {"in_reply_to_id"_L1, 11}}};
        pull.insert("review_threads"_L1,
            QJsonArray {
                QJsonObject {{"isResolved"_L1, true}, {"isOutdated"_L1, false}, {"path"_L1, "src/file0000.cpp"_L1},
                    {"line"_L1, 3}, {"originalLine"_L1, 3}, {"diffSide"_L1, "RIGHT"_L1}, {"comments"_L1, comments}}});
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {pull});
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
            searchVars(u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s, 50));
        const QJsonObject data = h.json().value("data"_L1).toObject();
        const QJsonObject n = data.value("search"_L1).toObject().value("nodes"_L1).toArray().at(0).toObject();
        QCOMPARE(n.value("__typename"_L1).toString(), u"PullRequest"_s);
        QCOMPARE(n.value("body"_L1).toString(), QString()); // String! where REST has null
        QCOMPARE(n.value("author"_L1).toObject().value("login"_L1).toString(), u"dev2"_s);
        QCOMPARE(n.value("baseRefName"_L1).toString(), u"main"_s);
        QCOMPARE(n.value("changedFiles"_L1).toInt(), 120);
        const QJsonObject labels = n.value("labels"_L1).toObject();
        QCOMPARE(labels.value("totalCount"_L1).toInt(), 1);
        QCOMPARE(labels.value("nodes"_L1).toArray().at(0).toObject().value("color"_L1).toString(), u"d73a4a"_s);
        const QJsonObject files = n.value("files"_L1).toObject();
        QCOMPARE(files.value("totalCount"_L1).toInt(), 120);
        QCOMPARE(files.value("nodes"_L1).toArray().size(), 100);
        QVERIFY(files.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool());
        QCOMPARE(files.value("nodes"_L1).toArray().at(3).toObject().value("changeType"_L1).toString(), u"ADDED"_s);
        QCOMPARE(files.value("nodes"_L1).toArray().at(0).toObject().value("changeType"_L1).toString(), u"MODIFIED"_s);
        const QJsonObject requested = n.value("reviewRequests"_L1)
                                          .toObject()
                                          .value("nodes"_L1)
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value("requestedReviewer"_L1)
                                          .toObject();
        QCOMPARE(requested.value("login"_L1).toString(), u"carol"_s);
        const QJsonObject review = n.value("reviews"_L1).toObject().value("nodes"_L1).toArray().at(0).toObject();
        QCOMPARE(review.value("state"_L1).toString(), u"APPROVED"_s);
        QCOMPARE(review.value("author"_L1).toObject().value("login"_L1).toString(), u"bob"_s);
        const QJsonObject thread = n.value("reviewThreads"_L1).toObject().value("nodes"_L1).toArray().at(0).toObject();
        QVERIFY(thread.value("isResolved"_L1).toBool());
        const QJsonArray threadComments = thread.value("comments"_L1).toObject().value("nodes"_L1).toArray();
        QCOMPARE(threadComments.size(), 2);
        QVERIFY(threadComments.at(0).toObject().value("replyTo"_L1).isNull());
        QVERIFY(threadComments.at(1).toObject().value("replyTo"_L1).toObject().contains("id"_L1));
        QCOMPARE(threadComments.at(1).toObject().value("diffHunk"_L1).toString(), u"@@ -1 +1 @@"_s);
        const QJsonObject rate = data.value("rateLimit"_L1).toObject();
        QVERIFY(rate.value("cost"_L1).toInt() >= 1);
        QCOMPARE(rate.value("used"_L1).toInt(), rate.value("cost"_L1).toInt());
        QCOMPARE(h.headers.value("x-ratelimit-resource"), QByteArray("graphql"));
    }

    void searchCapsAtThousand()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        QJsonArray pulls;
        const QDateTime start = QDateTime::fromString(u"2026-03-30T00:00:00Z"_s, Qt::ISODate);
        for (int i = 0; i < 1100; ++i)
            pulls.append(makePull(1000 + i, start.addSecs(i * 60).toString(Qt::ISODate), 0));
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen());
        QJsonValue after = QJsonValue::Null;
        int received = 0;
        int pages = 0;
        for (;;) {
            const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
                searchVars(u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s, 100, after));
            const QJsonObject search = h.json().value("data"_L1).toObject().value("search"_L1).toObject();
            QCOMPARE(search.value("issueCount"_L1).toInt(), 1100);
            received += int(search.value("nodes"_L1).toArray().size());
            ++pages;
            if (!search.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool())
                break;
            after = search.value("pageInfo"_L1).toObject().value("endCursor"_L1);
            QVERIFY(pages < 20);
        }
        QCOMPARE(received, 1000);
        QCOMPARE(pages, 10);
    }

    void graphQlErrors_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<int>("first");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("message");
        QTest::addRow("first over 100")
            << u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s << 101 << QString()
            << u"Requesting 101 records on the connection exceeds the `first` limit of 100 records."_s;
        QTest::addRow("unknown repository") << u"repo:acme/nothing is:pr is:merged merged:2026-03-30..2026-04-05"_s
                                            << 50 << QString() << u"cannot be searched"_s;
        QTest::addRow("bad cursor") << u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s << 50
                                    << u"bm90LWEtY3Vyc29y"_s << u"valid cursor"_s;
    }

    void graphQlErrors()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        QFETCH(QString, q);
        QFETCH(int, first);
        QFETCH(QString, after);
        QFETCH(QString, message);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
            searchVars(q, first, after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(after)));
        QCOMPARE(h.status, 200); // GraphQL reports errors in the body
        const QJsonArray errors = h.json().value("errors"_L1).toArray();
        QVERIFY2(!errors.isEmpty(), h.body.constData());
        QVERIFY2(errors.at(0).toObject().value("message"_L1).toString().contains(message), h.body.constData());
    }

    void schemaRejectsUnknownFields_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("message");
        QTest::addRow("misspelled field")
            << u"mergedAt"_s << u"mergedAtt"_s << u"Field 'mergedAtt' doesn't exist on type 'PullRequest'"_s;
        QTest::addRow("field of a nested type")
            << u"changeType"_s << u"changeKind"_s
            << u"Field 'changeKind' doesn't exist on type 'PullRequestChangedFile'"_s;
        QTest::addRow("field on a union without a fragment")
            << u"__typename"_s << u"number"_s << u"Field 'number' doesn't exist on type 'SearchResultItem'"_s;
        QTest::addRow("unknown fragment type")
            << u"... on PullRequest"_s << u"... on PullRequets"_s << u"No such type PullRequets"_s;
    }

    void schemaRejectsUnknownFields()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, message);
        FakeGitHubServer server;
        if (!server.setSchemaFile(QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/github-schema.graphql"_s))
            QSKIP("shared GitHub schema absent");
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const QString query = QString(m_searchQuery).replace(m_searchQuery.indexOf(from), from.size(), to);
        QVERIFY(query != m_searchQuery);
        const QJsonObject vars = searchVars(u"repo:acme/widgets is:pr is:merged merged:2026-03-31"_s, 10);
        const Http h = graphQl(at(server, u"/graphql"_s), query, vars);
        QCOMPARE(h.status, 200);
        const QJsonArray errors = h.json().value("errors"_L1).toArray();
        QVERIFY2(!errors.isEmpty(), h.body.left(300).constData());
        QVERIFY2(errors.at(0).toObject().value("message"_L1).toString().contains(message), h.body.constData());
        QVERIFY(!h.json().contains("data"_L1));
        QVERIFY(errors.at(0).toObject().value("locations"_L1).toArray().at(0).toObject().value("line"_L1).toInt() > 1);

        server.setSchemaFile(QString()); // without a schema the fake answers whatever it can
        const Http unchecked = graphQl(at(server, u"/graphql"_s), query, vars);
        QCOMPARE(
            unchecked.json().value("data"_L1).toObject().value("search"_L1).toObject().value("issueCount"_L1).toInt(),
            1);
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const auto query = [](const char *text) {
            return QJsonDocument(QJsonObject {{"query"_L1, QString::fromUtf8(text)}}).toJson();
        };
        QTest::addRow("not JSON") << QByteArray("query { search") << 400;
        QTest::addRow("JSON without a query")
            << QJsonDocument(QJsonObject {{"variables"_L1, QJsonObject()}}).toJson() << 400;
        QTest::addRow("unclosed selection") << query("query Q { search(query: \"x\", type: ISSUE") << 200;
        QTest::addRow("fragment without a type") << query("fragment F on") << 200;
        QTest::addRow("stray punctuation") << query("} ) ] ... on") << 200;
        QTest::addRow("unknown operation") << query("query { viewer { login } }") << 200;
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        FakeGitHubServer server;
        QVERIFY(server.listen());
        const Http h = send("POST", at(server, u"/graphql"_s), body, {{"Authorization", "Bearer test-token"}});
        QCOMPARE(h.status, status);
        if (status == 200)
            QVERIFY2(!h.json().value("errors"_L1).toArray().isEmpty(), h.body.constData());
        else
            QCOMPARE(h.json().value("message"_L1).toString(), u"Problems parsing JSON"_s);
        QCOMPARE(get(at(server, u"/rate_limit"_s)).status, 200); // still serving
    }

    void filesQueryPages()
    {
        if (m_filesQuery.isEmpty())
            QSKIP("reference queries absent");
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(9, u"2026-03-31T00:00:00Z"_s, 250)});
        QVERIFY(server.listen());
        QJsonValue after = QJsonValue::Null;
        QStringList paths;
        QList<int> pageSizes;
        for (int guard = 0; guard < 10; ++guard) {
            const Http h = graphQl(at(server, u"/api/graphql"_s), m_filesQuery,
                {{"owner"_L1, "acme"_L1}, {"name"_L1, "widgets"_L1}, {"number"_L1, 9}, {"after"_L1, after}});
            const QJsonObject files = h.json()
                                          .value("data"_L1)
                                          .toObject()
                                          .value("repository"_L1)
                                          .toObject()
                                          .value("pullRequest"_L1)
                                          .toObject()
                                          .value("files"_L1)
                                          .toObject();
            QCOMPARE(files.value("totalCount"_L1).toInt(), 250);
            const QJsonArray nodes = files.value("nodes"_L1).toArray();
            pageSizes << int(nodes.size());
            for (const QJsonValue &n : nodes)
                paths << n.toObject().value("path"_L1).toString();
            if (!files.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool())
                break;
            after = files.value("pageInfo"_L1).toObject().value("endCursor"_L1);
        }
        QCOMPARE(pageSizes, (QList<int> {100, 100, 50}));
        QCOMPARE(QSet<QString>(paths.cbegin(), paths.cend()).size(), 250);
        QCOMPARE(server.requestCounts().value(u"graphql.files"_s), 3);

        const Http missing = graphQl(at(server, u"/graphql"_s), m_filesQuery,
            {{"owner"_L1, "acme"_L1}, {"name"_L1, "widgets"_L1}, {"number"_L1, 404}});
        QCOMPARE(
            missing.json().value("errors"_L1).toArray().at(0).toObject().value("type"_L1).toString(), u"NOT_FOUND"_s);
    }

    void graphQlNeedsTokenWhenTokensAreSet()
    {
        if (m_searchQuery.isEmpty())
            QSKIP("reference queries absent");
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        server.setTokens({{u"ghp_good"_s, u"alice"_s}});
        QVERIFY(server.listen());
        const QByteArray body
            = QJsonDocument(QJsonObject {
                                {"query"_L1, m_searchQuery},
                                {"variables"_L1, searchVars(u"repo:acme/widgets merged:2026-03-31"_s, 10)},
                            })
                  .toJson();
        QCOMPARE(send("POST", at(server, u"/graphql"_s), body).status, 401);
        const Http ok = send("POST", at(server, u"/graphql"_s), body, {{"Authorization", "bearer ghp_good"}});
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.json().value("data"_L1).toObject().value("search"_L1).toObject().value("issueCount"_L1).toInt(), 1);
    }
};

QTEST_MAIN(tst_FakeGitHubGraphQl)
#include "tst_fakegithubgraphql.moc"
