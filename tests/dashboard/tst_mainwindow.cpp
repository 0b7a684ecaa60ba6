// SPDX-License-Identifier: MIT
#include "../analysis/reviewflowweeks.h"
#include "accountspage.h"
#include "analysispage.h"
#include "analysissettings.h"
#include "countbarchart.h"
#include "filterchip.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "messagebar.h"
#include "overviewbrowser.h"
#include "prdetailpane.h"
#include "prfilterproxy.h"
#include "prtablemodel.h"
#include "reportrenderer.h"
#include "repoweekbar.h"
#include "settingskeys.h"
#include "summarycards.h"
#include "testdata.h"
#include "weekreportview.h"
#include "windowtestfixture.h"

#include <QAction>
#include <QFrame>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject, private WindowTestFixture {
    Q_OBJECT

private:
    static bool openAndWait(MainWindow &w, const RepoRef &repo, IsoWeek week, UtcOffset zone)
    {
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(repo, week, zone);
        return settled.wait(10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        if (!TestData::read(TestData::fastDeployPulls(), &m_pulls))
            QSKIP("the FastDeploy dataset is not available");
    }

    void init() { QSettings().clear(); }

    void showsTheWeek()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QVERIFY(w.hasData());
        QCOMPARE(parts(w).prModel()->rowCount(), 54);
        QCOMPARE(parts(w).summaryCards()->valueText(SummaryCards::MergedCard), u"54"_s);
        QVERIFY(!parts(w).tagChart()->isEmpty());
        QVERIFY(!parts(w).hotFileChart()->isEmpty());
        // The week has no review data: no review-flow card or chart stands empty beside the others.
        int cards = 0;
        for (const QFrame *card : w.findChildren<QFrame *>(u"summaryCard"_s))
            cards += card->isVisible() ? 1 : 0;
        QCOMPARE(cards, 6);
        int charts = 0;
        for (const DashboardChart *chart : w.findChildren<DashboardChart *>())
            charts += chart->isVisible() ? 1 : 0;
        QCOMPARE(charts, 4);
        QVERIFY(w.repoWeekBar()->statusText().contains(u"Cached"_s));
        QVERIFY(!w.highlightedPullRequests().isEmpty());
        QVERIFY(w.selectPullRequest(w.highlightedPullRequests().first()));
        QCOMPARE(parts(w).prView()->currentIndex().data(PrTableModel::NumberRole).toInt(),
            w.highlightedPullRequests().first());
        QVERIFY(!w.messageBar()->isVisible());
    }

    void weekReportIsOneClickAway()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        // No PR selected: the Week tab shows the week's report.
        PrDetailPane *pane = w.detailPane();
        QCOMPARE(pane->tabs()->currentIndex(), int(PrDetailPane::WeekTab));
        OverviewBrowser *browser = pane->weekReport()->browser();
        const QString text = browser->toPlainText();
        for (const QString &heading : {u"Executive summary"_s, u"Key changes"_s, u"Modules and themes"_s,
                 u"Risk observations"_s, u"Highlighted PRs"_s, u"Recommendations"_s})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        QVERIFY(text.contains(u"Weekly report: PaddlePaddle/FastDeploy, 2026-W14"_s));

        // A PR number selects the PR and shows it.
        const int number = w.highlightedPullRequests().first();
        QVERIFY(browser->toHtml().contains(u"href=\"prlens://pr/%1\""_s.arg(number)));
        Q_EMIT browser->anchorClicked(QUrl(u"prlens://pr/%1"_s.arg(number)));
        QCOMPARE(parts(w).prView()->currentIndex().data(PrTableModel::NumberRole).toInt(), number);
        QCOMPARE(pane->tabs()->currentIndex(), int(PrDetailPane::OverviewTab));

        // View › Weekly Report brings it back; a tag count filters the list like the tag chart's bar.
        parts(w).weekReportAction()->trigger();
        QCOMPARE(pane->tabs()->currentIndex(), int(PrDetailPane::WeekTab));
        const CountEntry tag = parts(w).tagChart()->entries().first();
        const QString link = ReportRenderer::appUrl(u"filter/tag/"_s + tag.key);
        QVERIFY(browser->toHtml().contains(u"href=\"%1\""_s.arg(link)));
        Q_EMIT browser->anchorClicked(QUrl(link));
        QCOMPARE(parts(w).prProxy()->chartFilter().kind, ChartFilter::Kind::Tag);
        QCOMPARE(parts(w).prProxy()->chartFilter().key, tag.key);
        QCOMPARE(parts(w).prProxy()->chartFilter().label, tag.label);
        QCOMPARE(parts(w).prProxy()->rowCount(), tag.count);
        const CountEntry risk = parts(w).riskChart()->entries().first();
        Q_EMIT browser->anchorClicked(QUrl(ReportRenderer::appUrl(u"filter/risk/"_s + risk.key)));
        QCOMPARE(parts(w).prProxy()->chartFilter().kind, ChartFilter::Kind::Risk);
        QCOMPARE(parts(w).prProxy()->rowCount(), risk.count);
    }

    void unknownPreviousWeekHasNoDelta()
    {
        // The dataset has nothing for the week before: no "▲ 54 vs last week" against an empty week.
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QVERIFY(w.weekView().data.pulls.size() > 0);
        for (auto card : {SummaryCards::MergedCard, SummaryCards::AuthorsCard, SummaryCards::FilesCard})
            QCOMPARE(parts(w).summaryCards()->deltaText(card), u"— no data for the week before"_s);
        QVERIFY(w.detailPane()->weekReport()->browser()->toPlainText().contains(u"No data for the week before"_s));
    }

    void chartClickFiltersTheList()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        const QList<CountEntry> tags = parts(w).tagChart()->entries();
        QVERIFY(!tags.isEmpty());
        QVERIFY(!parts(w).filterChip()->isVisible());

        parts(w).tagChart()->activateBar(0);
        QCOMPARE(parts(w).prProxy()->rowCount(), tags.first().count);
        QVERIFY(parts(w).filterChip()->isVisible());
        QCOMPARE(parts(w).filterChip()->text(), u"Tag: %1"_s.arg(tags.first().label));
        for (int r = 0; r < parts(w).prProxy()->rowCount(); ++r)
            QVERIFY(
                parts(w).prProxy()->index(r, 0).data(PrTableModel::TagsRole).toStringList().contains(tags.first().key));

        Q_EMIT parts(w).filterChip()->clearRequested();
        QCOMPARE(parts(w).prProxy()->rowCount(), parts(w).prModel()->rowCount());
        QVERIFY(!parts(w).filterChip()->isVisible());
    }

    void errorKeepsTheOldData()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        const int rows = parts(w).prModel()->rowCount();
        const QString merged = parts(w).summaryCards()->valueText(SummaryCards::MergedCard);
        QVERIFY(m_source);
        m_source->failWith = {LoadError::Kind::Network, u"Could not reach api.github.com. Check the connection."_s};

        QVERIFY(openAndWait(w, m_repo, m_week.next(), m_zone));
        QVERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w.messageBar()->text().contains(u"Could not reach"_s));
        QVERIFY(w.messageBar()->hasRetry());
        QCOMPARE(parts(w).prModel()->rowCount(), rows);
        QCOMPARE(parts(w).summaryCards()->valueText(SummaryCards::MergedCard), merged);
        QCOMPARE(w.weekView().data.week, m_week);

        // Retry after the fault is gone loads the week asked for and hides the bar.
        m_source->failWith = {};
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        Q_EMIT w.messageBar()->retryRequested();
        QVERIFY(settled.wait(10000));
        QVERIFY(!w.messageBar()->isVisible());
        QCOMPARE(w.weekView().data.week, m_week.next());
    }

    void restoresItsState()
    {
        QList<int> mainSizes;
        QList<int> listSizes;
        QRect geometry;
        {
            MainWindow w(factory());
            w.resize(1100, 760);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
            parts(w).mainSplitter()->setSizes({200, 400});
            parts(w).listSplitter()->setSizes({700, 300});
            mainSizes = parts(w).mainSplitter()->sizes();
            listSizes = parts(w).listSplitter()->sizes();
            geometry = w.geometry();
            w.close();
        }
        MainWindow w(factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.size(), geometry.size());
        QCOMPARE(parts(w).mainSplitter()->sizes(), mainSizes);
        QCOMPARE(parts(w).listSplitter()->sizes(), listSizes);
        QCOMPARE(w.repoWeekBar()->recentRepositories().value(0), m_repo.key());
        QCOMPARE(w.repoWeekBar()->zone(), m_zone);
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        QVERIFY(w.openLastSession());
        QVERIFY(settled.wait(10000));
        QCOMPARE(w.weekView().data.repo, m_repo);
        QCOMPARE(w.weekView().data.week, m_week);
        QCOMPARE(w.weekView().data.zone, m_zone);
    }

    void weekShortcutsMoveTheWeek()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.repoWeekBar()->previousWeekAction()->trigger();
        QVERIFY(settled.wait(10000));
        QCOMPARE(w.weekView().data.week, m_week.previous());
        w.repoWeekBar()->nextWeekAction()->trigger();
        QVERIFY(settled.wait(10000));
        QCOMPARE(w.weekView().data.week, m_week);
    }

    void settingsActionOpensTheDialog()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(parts(w).settingsAction());
        QVERIFY(parts(w).settingsAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        QVERIFY(!parts(w).settingsDialog());
        parts(w).settingsAction()->trigger();
        QVERIFY(parts(w).settingsDialog());
        QTRY_VERIFY(parts(w).settingsDialog()->isVisible());
        parts(w).settingsDialog()->reject();
        QTRY_VERIFY(!parts(w).settingsDialog()); // deleted on close
    }

    void appliedSettingsChangeTheWindow_data()
    {
        QTest::addColumn<int>("highlighted");
        QTest::addColumn<QString>("zone");
        QTest::addRow("highlighted count only") << 2 << QString();
        QTest::addRow("time zone only") << 0 << u"-05:00"_s;
        QTest::addRow("both") << 3 << u"+09:00"_s;
    }

    void appliedSettingsChangeTheWindow()
    {
        QFETCH(int, highlighted);
        QFETCH(QString, zone);
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        const qsizetype before = w.highlightedPullRequests().size();
        QVERIFY(before > 3);
        // What the user picks in the dialog: the pages read the settings when the dialog opens.
        const int wanted = highlighted > 0 ? highlighted : int(before);
        QSettings settings;
        settings.setValue(SettingsKeys::highlightedCount(), wanted);
        settings.setValue(SettingsKeys::weekUtcOffset(), zone.isEmpty() ? m_zone.toString() : zone);
        settings.sync();
        w.openSettings();
        QVERIFY(parts(w).settingsDialog());
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        parts(w).settingsDialog()->apply();
        QVERIFY(settled.wait(10000));
        QCOMPARE(int(w.highlightedPullRequests().size()), wanted);
        const UtcOffset expectedZone = zone.isEmpty() ? m_zone : *UtcOffset::parse(zone);
        QCOMPARE(w.repoWeekBar()->zone(), expectedZone);
        QCOMPARE(w.weekView().data.zone, expectedZone);
        QCOMPARE(w.weekView().data.week, m_week);
    }

    void botAccountsArePerRepository()
    {
        // The derived review week: "ci-helper" approves PR [2], whose author only comments on it.
        WeekData reviewed;
        QVERIFY(Test::reviewFlowWeek(&reviewed));
        const QList<PullRequest> pulls = reviewed.pulls;
        const int selfMerged = pulls.at(2).number;
        const QString helper = u"ci-helper"_s;
        MainWindow w([pulls](const RepoRef &, QObject *parent, LoadError *) -> WeekSource * {
            return new DatasetWeekSource(pulls, parent);
        });
        w.show();
        const auto isPerson = [&w, helper] {
            const ReviewFlow &flow = w.weekView().analysis.reviewFlow;
            const bool reviewer = std::any_of(flow.reviewers.cbegin(), flow.reviewers.cend(),
                [helper](const ReviewerLoad &r) { return r.login == helper; });
            const QList<CountEntry> bars = parts(w).reviewerChart()->entries();
            const bool charted
                = std::any_of(bars.cbegin(), bars.cend(), [helper](const CountEntry &e) { return e.key == helper; });
            return reviewer && charted && !flow.bots.contains(helper);
        };
        const auto isBot = [&w, helper, selfMerged] {
            const ReviewFlow &flow = w.weekView().analysis.reviewFlow;
            const QList<CountEntry> bars = parts(w).reviewerChart()->entries();
            return flow.bots.contains(helper) && flow.mergedWithoutReview.contains(selfMerged)
                && std::none_of(bars.cbegin(), bars.cend(), [helper](const CountEntry &e) { return e.key == helper; });
        };
        const RepoRef other = RepoRef::parseGitHub(u"octo/other"_s);
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QCOMPARE(parts(w).prModel()->rowCount(), int(pulls.size()));
        QVERIFY(w.weekView().analysis.reviewFlow.known);
        QVERIFY(isPerson());
        QVERIFY(!w.weekView().analysis.reviewFlow.mergedWithoutReview.contains(selfMerged));

        // Settings › Analysis edits the shown repository's list; applying it analyses the week again.
        w.openSettings(SettingsDialog::Page::Analysis);
        QVERIFY(parts(w).settingsDialog());
        AnalysisPage *page = parts(w).settingsDialog()->analysisPage();
        QVERIFY(page->botsEdit()->text().isEmpty());
        page->botsEdit()->setText(helper);
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        parts(w).settingsDialog()->apply();
        QVERIFY(settled.wait(10000));
        QVERIFY(isBot());
        QSettings settings;
        QCOMPARE(AnalysisSettings::bots(settings, m_repo.key()), QStringList {helper});
        QVERIFY(!settings.contains(SettingsKeys::botAccounts()));

        // Another repository does not get it.
        QVERIFY(openAndWait(w, other, m_week, m_zone));
        QVERIFY(isPerson());

        // A list saved for all repositories (as one was before the lists were kept per repository) still counts
        // where a repository has none of its own.
        settings.setValue(SettingsKeys::botAccounts(), QStringList {helper});
        settings.sync();
        QVERIFY(openAndWait(w, other, m_week, m_zone));
        QVERIFY(isBot());

        // Emptying the first repository's list makes the login a person there again; the common list stays.
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QVERIFY(isBot());
        w.openSettings(SettingsDialog::Page::Analysis);
        QCOMPARE(page->botsEdit()->text(), helper);
        page->botsEdit()->clear();
        parts(w).settingsDialog()->apply();
        QVERIFY(settled.wait(10000));
        QVERIFY(isPerson());
        QCOMPARE(QSettings().value(SettingsKeys::botAccounts()).toStringList(), QStringList {helper});
        QVERIFY(openAndWait(w, other, m_week, m_zone));
        QVERIFY(isBot());
    }

    void noticeStaysAfterTheLoad()
    {
        MainWindow w(factory());
        w.show();
        w.showNotice(u"No keychain is available; only public repositories can be read."_s);
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QVERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(w.messageBar()->text().contains(u"keychain"_s));
        QVERIFY(!w.messageBar()->hasRetry());
    }

    void unauthorizedOffersTheAccountsPage()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openAndWait(w, m_repo, m_week, m_zone));
        QVERIFY(m_source);
        m_source->failWith = {LoadError::Kind::Unauthorized,
            u"api.github.com answers only signed-in requests. Add a token for this host in Settings."_s};
        QVERIFY(openAndWait(w, m_repo, m_week.next(), m_zone));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(!w.messageBar()->actionText().isEmpty());
        QCOMPARE(w.weekView().data.week, m_week);

        Q_EMIT w.messageBar()->actionRequested();
        QVERIFY(parts(w).settingsDialog());
        QTRY_VERIFY(parts(w).settingsDialog()->isVisible());
        auto *tabs = parts(w).settingsDialog()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(parts(w).settingsDialog()->accountsPage()));

        // Closing the dialog loads again (with the token the user may have added).
        m_source->failWith = {};
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        parts(w).settingsDialog()->reject();
        QVERIFY(settled.wait(10000));
        QCOMPARE(w.weekView().data.week, m_week.next());
        QVERIFY(!w.messageBar()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
