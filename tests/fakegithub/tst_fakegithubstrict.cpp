// SPDX-License-Identifier: MIT
// The fake GitHub server refuses what GitHub refuses, with GitHub's own answers: no User-Agent, GraphQL without a
// token or under /api/v3, variables and arguments of the wrong type, too many possible nodes, unknown search
// qualifiers; it sends no dataset-only keys, and lays the API out as Enterprise Server or data residency does.
#include "fakegithubtestcase.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace PrLens;
using namespace FakeGitHubTest;

namespace {

/// A raw HTTP/1.1 request (QNetworkAccessManager always adds a User-Agent of its own); returns status and body.
/// The server runs in this thread, so the socket is driven by the event loop, never by blocking waits.
std::pair<int, QByteArray> rawGet(const FakeGitHubServer &server, const QByteArray &path)
{
    QTcpSocket socket;
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {0, {}};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            const qsizetype head = answer.indexOf("\r\n\r\n");
            if (head < 0)
                return socket.state() != QAbstractSocket::ConnectedState;
            static const QRegularExpression length(
                u"content-length:\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
            const auto m = length.match(QString::fromLatin1(answer.left(head)));
            return !m.hasMatch() || answer.size() - head - 4 >= m.captured(1).toLongLong()
                || socket.state() != QAbstractSocket::ConnectedState;
        },
        10000);
    const int status = answer.mid(9, 3).toInt();
    return {status, answer.mid(answer.indexOf("\r\n\r\n") + 4)};
}

} // namespace

class tst_FakeGitHubStrict : public FakeGitHubTestCase {
    Q_OBJECT

private Q_SLOTS:
    void requestsWithoutUserAgentAreRefused()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        const auto [status, body] = rawGet(server, "/rate_limit");
        QCOMPARE(status, 403);
        QCOMPARE(QJsonDocument::fromJson(body).object().value("message"_L1).toString(),
            u"Missing or invalid User Agent string. See http://developer.github.com/v3/#user-agent-required"_s);
        QCOMPARE(get(at(server, u"/rate_limit"_s)).status, 200);
    }

    void graphQlNeedsAToken()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http anonymous = graphQl(at(server, u"/graphql"_s), m_searchQuery,
            searchVars(u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s, 10), {});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.json().value("message"_L1).toString(), u"This endpoint requires you to be authenticated."_s);
    }

    void graphQlIsNotUnderApiV3()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/api/v3/graphql"_s), m_searchQuery, searchVars(u"repo:acme/widgets"_s, 10));
        QCOMPARE(h.status, 404);
        QCOMPARE(h.json().value("message"_L1).toString(), u"Not Found"_s);
    }

    void layouts_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        using L = FakeGitHubServer::Layout;
        QTest::addRow("enterprise server REST under /api/v3")
            << int(L::EnterpriseServer) << u"/api/v3/repos/acme/widgets"_s << 200;
        QTest::addRow("enterprise server has no REST at the root")
            << int(L::EnterpriseServer) << u"/repos/acme/widgets"_s << 404;
        QTest::addRow("enterprise server GraphQL") << int(L::EnterpriseServer) << u"/api/graphql"_s << 200;
        QTest::addRow("enterprise server has no /graphql") << int(L::EnterpriseServer) << u"/graphql"_s << 404;
        QTest::addRow("data residency REST at the root") << int(L::Cloud) << u"/repos/acme/widgets"_s << 200;
        QTest::addRow("data residency has no /api/v3") << int(L::Cloud) << u"/api/v3/repos/acme/widgets"_s << 404;
        QTest::addRow("data residency GraphQL") << int(L::Cloud) << u"/graphql"_s << 200;
        QTest::addRow("data residency has no /api/graphql") << int(L::Cloud) << u"/api/graphql"_s << 404;
    }
    void layouts()
    {
        QFETCH(int, layout);
        QFETCH(QString, path);
        QFETCH(int, status);
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout(layout));
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = path.endsWith("graphql"_L1)
            ? graphQl(at(server, path), m_searchQuery,
                  searchVars(u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s, 10))
            : get(at(server, path));
        QCOMPARE(h.status, status);
    }

    void variableTypesAreChecked_data()
    {
        QTest::addColumn<QJsonObject>("variables");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("explanation");
        const QString q = u"repo:acme/widgets is:pr is:merged merged:2026-03-30..2026-04-05"_s;
        QTest::addRow("first as a string") << QJsonObject {{"q"_L1, q}, {"first"_L1, "50"_L1}}
                                           << u"Variable $first of type Int! was provided invalid value"_s
                                           << u"Could not coerce value \"50\" to Int"_s;
        QTest::addRow("first missing") << QJsonObject {{"q"_L1, q}}
                                       << u"Variable $first of type Int! was provided invalid value"_s
                                       << u"Expected value to not be null"_s;
        QTest::addRow("query as a number")
            << QJsonObject {{"q"_L1, 5}, {"first"_L1, 10}}
            << u"Variable $q of type String! was provided invalid value"_s << u"Could not coerce value 5 to String"_s;
    }
    void variableTypesAreChecked()
    {
        QFETCH(QJsonObject, variables);
        QFETCH(QString, message);
        QFETCH(QString, explanation);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery, variables);
        QCOMPARE(h.status, 200);
        const QJsonObject e = h.json().value("errors"_L1).toArray().at(0).toObject();
        QCOMPARE(e.value("message"_L1).toString(), message);
        QCOMPARE(e.value("extensions"_L1)
                     .toObject()
                     .value("problems"_L1)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("explanation"_L1)
                     .toString(),
            explanation);
        QVERIFY(!h.json().contains("data"_L1));
    }

    void literalArgumentTypesAreChecked()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        QString query = m_searchQuery;
        query.replace(u"labels(first: 20)"_s, u"labels(first: \"20\")"_s);
        QVERIFY(query != m_searchQuery);
        const Http h = graphQl(at(server, u"/graphql"_s), query, searchVars(u"repo:acme/widgets"_s, 10));
        QCOMPARE(h.json().value("errors"_L1).toArray().at(0).toObject().value("message"_L1).toString(),
            u"Argument 'first' on Field 'labels' has an invalid value (\"20\"). Expected type 'Int'."_s);
    }

    void tooManyPossibleNodesAreRefused()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        QString query = m_searchQuery;
        query.replace(u"comments(first: 20)"_s, u"comments(first: 100)"_s);
        query.replace(u"reviewThreads(first: 20)"_s, u"reviewThreads(first: 100)"_s);
        QVERIFY(query != m_searchQuery);
        const Http h = graphQl(at(server, u"/graphql"_s), query, searchVars(u"repo:acme/widgets"_s, 50));
        const QJsonObject e = h.json().value("errors"_L1).toArray().at(0).toObject();
        QCOMPARE(e.value("type"_L1).toString(), u"MAX_NODE_LIMIT_EXCEEDED"_s);
        QVERIFY2(e.value("message"_L1).toString().startsWith("This query requests up to 513,050 possible nodes"_L1),
            qPrintable(e.value("message"_L1).toString()));
        QVERIFY(e.value("message"_L1).toString().endsWith("which exceeds the maximum limit of 500,000."_L1));
    }

    void unknownSearchQualifiersAreRefused()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, {makePull(1, u"2026-03-31T00:00:00Z"_s)});
        QVERIFY(server.listen());
        const Http h = graphQl(at(server, u"/graphql"_s), m_searchQuery,
            searchVars(u"repo:acme/widgets is:pr mergedat:2026-03-30..2026-04-05"_s, 10));
        const QJsonObject e = h.json().value("errors"_L1).toArray().at(0).toObject();
        QCOMPARE(e.value("type"_L1).toString(), u"INVALID"_s);
        QVERIFY2(e.value("message"_L1).toString().contains("mergedat"_L1), h.body.constData());
        const Http badIs
            = graphQl(at(server, u"/graphql"_s), m_searchQuery, searchVars(u"repo:acme/widgets is:pull-request"_s, 10));
        QVERIFY(!badIs.json().value("errors"_L1).toArray().isEmpty());
    }

    void datasetOnlyKeysAreNotSent()
    {
        FakeGitHubServer server;
        QJsonObject pull = makePull(1, u"2026-03-31T00:00:00Z"_s, 2);
        QJsonArray files = pull.value("files"_L1).toArray();
        QJsonObject binary = files.at(0).toObject();
        binary.insert("binary"_L1, true);
        files.replace(0, binary);
        QJsonObject cut = files.at(1).toObject();
        cut.insert("patch_truncated"_L1, true);
        cut.insert("patch_total_lines"_L1, 90000);
        files.replace(1, cut);
        pull.insert("files"_L1, files);
        server.addPulls(u"acme"_s, u"widgets"_s, {pull});
        QVERIFY(server.listen());
        const Http h = get(at(server, u"/repos/acme/widgets/pulls/1/files"_s));
        QCOMPARE(h.status, 200);
        const QJsonArray sent = h.array();
        QCOMPARE(sent.size(), 2);
        for (const QJsonValue &v : sent) {
            const QJsonObject f = v.toObject();
            for (const QLatin1StringView key : {"binary"_L1, "patch_truncated"_L1, "patch_total_lines"_L1})
                QVERIFY2(!f.contains(key), qPrintable(QString(key)));
        }
        QVERIFY(!sent.at(0).toObject().contains("patch"_L1)); // a binary file: no patch
        QVERIFY(sent.at(1).toObject().contains("patch"_L1)); // what the dataset kept, as GitHub sends a patch
        // A binary file changes no lines as GitHub counts them; a too-large one keeps its counts.
        QCOMPARE(sent.at(0).toObject().value("changes"_L1).toInt(), 0);
        QVERIFY(sent.at(1).toObject().value("changes"_L1).toInt() > 0);
    }

    void layoutOptionOfTheExecutable()
    {
        const QString exe = QStringLiteral(PRLENS_BINARY_DIR) + u"/tools/fake-github/prlens-fake-github"_s;
        if (!QFile::exists(exe))
            QSKIP("prlens-fake-github not built");
        QProcess proc;
        proc.start(exe, {u"--layout"_s, u"mainframe"_s});
        QVERIFY(proc.waitForFinished(10000));
        QCOMPARE(proc.exitCode(), 2);
        QVERIFY(proc.readAllStandardError().contains("mainframe"));
    }
};

QTEST_GUILESS_MAIN(tst_FakeGitHubStrict)
#include "tst_fakegithubstrict.moc"
