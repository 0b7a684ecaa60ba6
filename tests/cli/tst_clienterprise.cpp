// SPDX-License-Identifier: MIT
// The command line against an Enterprise-Server-shaped and a data-residency-shaped loopback host, with the URLs a
// user gives: --repo HOST/OWNER/NAME and --api-url …/api/v3 (GraphQL then at …/api/graphql), the data-residency
// API root, --graphql-url, and a 404 that names the URLs used.
#include "clitestrun.h"
#include "fakegithubserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

QJsonArray weekOfPulls(int count)
{
    QJsonArray pulls;
    for (int i = 1; i <= count; ++i) {
        pulls.append(QJsonObject {{"number"_L1, i}, {"title"_L1, u"Change %1"_s.arg(i)}, {"body"_L1, "body"_L1},
            {"user"_L1, QJsonObject {{"login"_L1, u"dev%1"_s.arg(i % 3)}}},
            {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(i)}, {"state"_L1, "closed"_L1},
            {"created_at"_L1, "2026-03-25T10:00:00Z"_L1}, {"merged_at"_L1, u"2026-04-0%1T10:00:00Z"_s.arg(1 + i % 4)},
            {"labels"_L1, QJsonArray {}}, {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}}}, {"additions"_L1, 1},
            {"deletions"_L1, 0}, {"changed_files"_L1, 1},
            {"files"_L1,
                QJsonArray {QJsonObject {{"filename"_L1, u"src/f%1.cpp"_s.arg(i)}, {"status"_L1, "modified"_L1},
                    {"additions"_L1, 1}, {"deletions"_L1, 0}, {"changes"_L1, 1},
                    {"patch"_L1, "@@ -1 +1,2 @@\n+x"_L1}}}}});
    }
    return pulls;
}

} // namespace

class TestCliEnterprise : public QObject {
    Q_OBJECT
    QTemporaryDir m_home;

    CliTest::Result report(const QString &repo, const QStringList &urls, const QString &cache)
    {
        return CliTest::run(QStringList {u"report"_s, u"--repo"_s, repo, u"--week"_s, u"2026-W14"_s, u"--tz"_s,
                                u"+00:00"_s, u"--format"_s, u"json"_s, u"--cache"_s, m_home.filePath(cache)}
                + urls,
            m_home.path());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo::exists(CliTest::binary()), "the prlens binary is not built"); }

    void hostsLoad_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("apiPath");
        QTest::addColumn<QString>("graphQlPath"); ///< empty: no --graphql-url
        QTest::addRow("Enterprise Server, --api-url …/api/v3")
            << int(FakeGitHubServer::Layout::EnterpriseServer) << u"ghe.acme.test"_s << u"/api/v3"_s << QString();
        QTest::addRow("Enterprise Server, --graphql-url") << int(FakeGitHubServer::Layout::EnterpriseServer)
                                                          << u"ghe.acme.test"_s << u"/api/v3/"_s << u"/api/graphql"_s;
        QTest::addRow("data residency, API root")
            << int(FakeGitHubServer::Layout::Cloud) << u"acme.ghe.com"_s << QString() << QString();
    }
    void hostsLoad()
    {
        QFETCH(int, layout);
        QFETCH(QString, host);
        QFETCH(QString, apiPath);
        QFETCH(QString, graphQlPath);
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout(layout));
        server.addPulls(u"acme"_s, u"widgets"_s, weekOfPulls(5));
        QVERIFY(server.listen() != 0);
        const QString root = server.baseUrl().toString();
        QStringList urls {u"--api-url"_s, root + apiPath};
        if (!graphQlPath.isEmpty())
            urls << u"--graphql-url"_s << root + graphQlPath;
        const CliTest::Result r = report(
            host + u"/acme/widgets"_s, urls, QString::fromLatin1(QTest::currentDataTag()).left(10) + u".sqlite"_s);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("pulls"_L1).toArray().size(), 5);
        for (const auto &req : server.requests())
            QVERIFY2(!req.path.startsWith("/api/v3/graphql"_L1), qPrintable(req.path));
    }

    void notFoundNamesTheUrls()
    {
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout::EnterpriseServer);
        server.addPulls(u"acme"_s, u"widgets"_s, weekOfPulls(2));
        QVERIFY(server.listen() != 0);
        const QString root = server.baseUrl().toString();
        const CliTest::Result r = report(u"ghe.acme.test/acme/widgets"_s, {u"--api-url"_s, root}, u"nf.sqlite"_s);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(r.err.contains(QString(root + u"/graphql"_s).toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains("--graphql-url"), r.err.constData());
    }

    void helpNamesTheEnterpriseUrls()
    {
        const CliTest::Result r = CliTest::run({u"report"_s, u"--help"_s}, m_home.path());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--graphql-url"));
        QVERIFY(r.out.contains("/api/v3"));
        QVERIFY(r.out.contains("api.SUBDOMAIN.ghe.com"));
    }
};

QTEST_GUILESS_MAIN(TestCliEnterprise)
#include "tst_clienterprise.moc"
