// SPDX-License-Identifier: MIT
// The window loads a week from an Enterprise-Server-shaped and a data-residency-shaped loopback host, configured as a
// user does it: Settings › Accounts, add the host, correct the URLs it pre-fills, apply; then open HOST/OWNER/NAME.
#include "accountspage.h"
#include "fakegithubserver.h"
#include "githubsource.h"
#include "hostaccount.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "messagebar.h"
#include "prtablemodel.h"
#include "settingsdialog.h"
#include "sourcefactory.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

QJsonArray weekOfPulls(int count)
{
    QJsonArray pulls;
    for (int i = 1; i <= count; ++i) {
        const QString merged = u"2026-04-0%1T10:00:00Z"_s.arg(1 + i % 4);
        pulls.append(QJsonObject {{"number"_L1, i}, {"title"_L1, u"Change %1"_s.arg(i)}, {"body"_L1, "body"_L1},
            {"user"_L1, QJsonObject {{"login"_L1, u"dev%1"_s.arg(i % 3)}}},
            {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(i)}, {"state"_L1, "closed"_L1},
            {"created_at"_L1, "2026-03-25T10:00:00Z"_L1}, {"merged_at"_L1, merged}, {"labels"_L1, QJsonArray {}},
            {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}}}, {"additions"_L1, 1}, {"deletions"_L1, 0},
            {"changed_files"_L1, 1},
            {"files"_L1,
                QJsonArray {QJsonObject {{"filename"_L1, u"src/f%1.cpp"_s.arg(i)}, {"status"_L1, "modified"_L1},
                    {"additions"_L1, 1}, {"deletions"_L1, 0}, {"changes"_L1, 1},
                    {"patch"_L1, "@@ -1 +1,2 @@\n+x"_L1}}}}});
    }
    return pulls;
}

/// What the app does for a GitHub repository: the host's saved URLs from Settings › Accounts, and a token.
WeekLoader::SourceFactory appFactory()
{
    return [](const RepoRef &repo, QObject *parent, LoadError *) -> WeekSource * {
        SourceFactory::Options options;
        options.token = u"test-token"_s;
        QSettings settings;
        SourceFactory::applyHostSettings(&options, settings, repo);
        auto *source = SourceFactory::createUncached(repo, options, parent);
        if (auto *github = qobject_cast<GitHubSource *>(source)) {
            RequestPolicy policy;
            policy.maxTries = 2;
            policy.retryBaseDelayMs = 10;
            github->setPolicy(policy);
        }
        return source;
    };
}

} // namespace

class TestMainWindowEnterprise : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PullPatches>();
        qRegisterMetaType<QList<LedgerEntry>>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindowenterprise"_s);
    }

    void init() { QSettings().clear(); }
    void cleanup() { QSettings().clear(); }

    void hostConfiguredInSettingsLoads_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("prefilledRest");
        QTest::addColumn<QString>("prefilledGraphQl");
        QTest::addColumn<QString>("restPath"); ///< what the user corrects the pre-filled URLs to, on the loopback
        QTest::addColumn<QString>("graphQlPath");
        QTest::addRow("Enterprise Server")
            << int(FakeGitHubServer::Layout::EnterpriseServer) << u"ghe.acme.test"_s
            << u"https://ghe.acme.test/api/v3"_s << u"https://ghe.acme.test/api/graphql"_s << u"/api/v3"_s
            << u"/api/graphql"_s;
        QTest::addRow("data residency") << int(FakeGitHubServer::Layout::Cloud) << u"acme.ghe.com"_s
                                        << u"https://api.acme.ghe.com"_s << u"https://api.acme.ghe.com/graphql"_s
                                        << QString() << u"/graphql"_s;
    }
    void hostConfiguredInSettingsLoads()
    {
        QFETCH(int, layout);
        QFETCH(QString, host);
        QFETCH(QString, prefilledRest);
        QFETCH(QString, prefilledGraphQl);
        QFETCH(QString, restPath);
        QFETCH(QString, graphQlPath);
        FakeGitHubServer server;
        server.setLayout(FakeGitHubServer::Layout(layout));
        server.addPulls(u"acme"_s, u"widgets"_s, weekOfPulls(6));
        QVERIFY(server.listen() != 0);

        {
            SettingsDialog dialog;
            dialog.show();
            AccountsPage *page = dialog.accountsPage();
            QVERIFY(page->addHost(host));
            // The URLs GitHub documents for this kind of host are pre-filled…
            QCOMPARE(page->apiUrlEdit()->text(), prefilledRest);
            QCOMPARE(page->graphqlUrlEdit()->text(), prefilledGraphQl);
            // …and the user points them at where the server really is (here the loopback), as typed.
            const QString root = server.baseUrl().toString();
            page->apiUrlEdit()->clear();
            QTest::keyClicks(page->apiUrlEdit(), root + restPath);
            Q_EMIT page->apiUrlEdit()->editingFinished();
            page->graphqlUrlEdit()->clear();
            QTest::keyClicks(page->graphqlUrlEdit(), root + graphQlPath);
            Q_EMIT page->graphqlUrlEdit()->editingFinished();
            dialog.apply();
        }

        MainWindow w(appFactory());
        w.show();
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(RepoRef::parseGitHub(QString(host + u"/acme/widgets"_s)), IsoWeek(2026, 14), UtcOffset(0));
        QVERIFY(settled.wait(60000));
        QVERIFY2(w.hasData(), qPrintable(w.messageBar()->text()));
        QCOMPARE(parts(w).prModel()->rowCount(), 6);
        QVERIFY2(!w.messageBar()->isVisible() || w.messageBar()->kind() != MessageBar::Kind::Error,
            qPrintable(w.messageBar()->text()));
        QVERIFY(server.requestCounts().value(u"graphql.search"_s) >= 1);
    }
};

QTEST_MAIN(TestMainWindowEnterprise)
#include "tst_mainwindowenterprise.moc"
