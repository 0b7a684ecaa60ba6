// SPDX-License-Identifier: MIT
// The window over the real GitHub source and a loopback server: a server that fails after the first load leaves
// the week on show and says so in the message bar.
#include "fakegithubserver.h"
#include "githubsource.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "messagebar.h"
#include "prdetailpane.h"
#include "prtablemodel.h"
#include "weekreportview.h"

#include <QDir>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestMainWindowGitHub : public QObject {
    Q_OBJECT

private:
    const RepoRef m_repo = RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy");
    const IsoWeek m_week {2026, 14};
    const UtcOffset m_zone {8 * 3600};

    static WeekLoader::SourceFactory factory(const QUrl &apiUrl)
    {
        return [apiUrl](const RepoRef &, QObject *parent, LoadError *) -> WeekSource * {
            auto *github = new GitHubSource(parent);
            github->setApiUrl(apiUrl);
            github->setToken(u"test-token"_s);
            RequestPolicy policy;
            policy.maxTries = 2;
            policy.retryBaseDelayMs = 10;
            github->setPolicy(policy);
            return github;
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<PullPatches>();
        qRegisterMetaType<QList<LedgerEntry>>();
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindowgithub"_s);
    }

    void init() { QSettings().clear(); }

    void serverFaultKeepsTheWeek_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addRow("HTTP 502 forever") << int(FaultRule::Kind::ServerError) << 502;
        QTest::addRow("not found") << int(FaultRule::Kind::NotFound) << 404;
    }

    void serverFaultKeepsTheWeek()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        const QString dir
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;
        if (!QDir(dir).exists())
            QSKIP("the FastDeploy dataset is not available");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);

        MainWindow w(factory(server.baseUrl()));
        w.show();
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(m_repo, m_week, m_zone);
        QVERIFY(settled.wait(60000));
        QVERIFY(w.hasData());
        const int rows = parts(w).prModel()->rowCount();
        QVERIFY(rows > 0);
        QVERIFY(!w.messageBar()->isVisible());

        FaultRule fault;
        fault.kind = FaultRule::Kind(kind);
        fault.status = status;
        fault.times = -1;
        server.addFault(fault);
        w.open(m_repo, m_week.next(), m_zone);
        QVERIFY(settled.wait(60000));
        QVERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w.messageBar()->hasRetry());
        QVERIFY(w.messageBar()->text().contains(m_week.toString()));
        QCOMPARE(parts(w).prModel()->rowCount(), rows);
        QCOMPARE(w.weekView().data.week, m_week);
        QVERIFY(server.totalRequests() > 0);
    }

    void patchRulesFillInAsPatchesArrive()
    {
        // The week shows as soon as its pull requests are in; the diff rules' findings come with the patches,
        // and the selected PR stays selected while the analysis runs again.
        const QString dir
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;
        if (!QDir(dir).exists())
            QSKIP("the FastDeploy dataset is not available");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        server.setLatencyMs(40);
        MainWindow w(factory(server.baseUrl()));
        w.show();
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        QSignalSpy patchesDone(w.loader(), &WeekLoader::weekPatchesFinished);
        w.open(m_repo, m_week, m_zone);
        QVERIFY(QTest::qWaitFor([&] { return w.hasData(); }, 60000));
        QVERIFY(patchesDone.isEmpty()); // on show before the patches
        QVERIFY(w.weekView().data.pullsWithoutPatches() > 0);
        // The week's report says the diff rules wait for patches, not that their checks could not be run.
        QVERIFY(w.detailPane()->weekReport()->waitsForPatches());
        QVERIFY(w.selectPullRequest(7161));
        QVERIFY(settled.wait(60000));
        QCOMPARE(patchesDone.size(), 1);
        QCOMPARE(w.weekView().data.pullsWithoutPatches(), 0);
        QVERIFY(!w.detailPane()->weekReport()->waitsForPatches());
        QCOMPARE(parts(w).prView()->currentIndex().data(PrTableModel::NumberRole).toInt(), 7161);
        const PrAnalysis *pr = w.weekView().analysis.find(7161);
        QVERIFY(pr);
        QVERIFY(std::any_of(pr->findings.cbegin(), pr->findings.cend(),
            [](const RiskFinding &f) { return f.ruleId == u"new-env-var"; }));
        QVERIFY(!w.messageBar()->isVisible());
    }

    void cancelDuringPatchesKeepsTheWeek()
    {
        const QString dir
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;
        if (!QDir(dir).exists())
            QSKIP("the FastDeploy dataset is not available");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        server.setLatencyMs(60);
        MainWindow w(factory(server.baseUrl()));
        w.show();
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        QSignalSpy arrived(w.loader(), &WeekLoader::weekPatchesLoaded);
        QSignalSpy patchesDone(w.loader(), &WeekLoader::weekPatchesFinished);
        w.open(m_repo, m_week, m_zone);
        QVERIFY(QTest::qWaitFor([&] { return w.hasData() && arrived.size() >= 3; }, 60000));
        const int rows = parts(w).prModel()->rowCount();
        w.loader()->cancel();
        QVERIFY(settled.wait(60000));
        QCOMPARE(patchesDone.size(), 1);
        QVERIFY(w.hasData());
        QCOMPARE(parts(w).prModel()->rowCount(), rows);
        // What is missing is in the ledger, PR by PR, and the message bar says so.
        const int missing = w.weekView().data.pullsWithoutPatches();
        QVERIFY(missing > 0);
        const QList<LedgerEntry> ledger = patchesDone.first().first().value<QList<LedgerEntry>>();
        QCOMPARE(int(ledger.size()), missing);
        for (const LedgerEntry &e : ledger) {
            QCOMPARE(e.kind, LedgerEntry::Kind::Skipped);
            QVERIFY(e.detail.endsWith(u"cancelled"_s));
            QVERIFY(!w.weekView().data.find(e.prNumber)->patchesLoaded);
        }
        QVERIFY(std::any_of(w.weekView().analysis.ledger.cbegin(), w.weekView().analysis.ledger.cend(),
            [](const LedgerEntry &e) { return e.what == u"patch"; }));
        QVERIFY(w.messageBar()->isVisible());
        QVERIFY(w.messageBar()->text().contains(QString::number(missing)));
    }
};

QTEST_MAIN(TestMainWindowGitHub)
#include "tst_mainwindowgithub.moc"
