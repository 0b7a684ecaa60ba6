// SPDX-License-Identifier: MIT
#include "../analysis/reviewflowweeks.h"
#include "countbarchart.h"
#include "diffview.h"
#include "filessplitter.h"
#include "languagemanager.h"
#include "layoutactions.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "moduletrendchart.h"
#include "prdetailpane.h"
#include "prlistcolumns.h"
#include "prtablemodel.h"
#include "summarycards.h"
#include "testdata.h"
#include "windowtestfixture.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QValueAxis>

using namespace PrLens;
using namespace Qt::StringLiterals;

/// Room to read a diff: the charts row can be hidden, the details can take the whole window, and the Files & diff
/// tab gives the diff most of the height; all of it is remembered.
class TestWindowLayout : public QObject, private WindowTestFixture {
    Q_OBJECT

private:
    /// A 1280×800 window on the week, its most important PR on the Files & diff tab.
    bool openOnFiles(MainWindow &w)
    {
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(m_repo, m_week, m_zone);
        if (!settled.wait(10000) || w.highlightedPullRequests().isEmpty())
            return false;
        w.selectPullRequest(w.highlightedPullRequests().first());
        w.detailPane()->setCurrentTab(PrDetailPane::FilesTab);
        QCoreApplication::processEvents();
        return true;
    }

    static QAction *viewAction(MainWindow &w, const QString &name)
    {
        // Reached through the menu bar, as the user reaches it.
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->objectName() == name)
                        return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_windowlayout"_s);
        if (!TestData::read(TestData::fastDeployPulls(), &m_pulls))
            QSKIP("the FastDeploy dataset is not available");
    }

    void init() { QSettings().clear(); }

    void reviewDataFitsAt1280x800_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << u"en"_s;
        QTest::addRow("zh_CN") << u"zh_CN"_s;
    }

    /// Eight cards and six charts at 1280×800: every change line read whole, no axis labels run together, the PR
    /// list's title keeps its share and no column is cut by the list's edge.
    void reviewDataFitsAt1280x800()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        WeekData reviewed;
        QVERIFY(Test::reviewFlowWeek(&reviewed));
        const QList<PullRequest> pulls = reviewed.pulls;
        MainWindow w([pulls](const RepoRef &, QObject *parent, LoadError *) -> WeekSource * {
            return new DatasetWeekSource(pulls, parent);
        });
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(m_repo, m_week, m_zone);
        QVERIFY(settled.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(w.width(), 1280);

        int cards = 0;
        for (const QFrame *card : w.findChildren<QFrame *>(u"summaryCard"_s)) {
            if (!card->isVisible())
                continue;
            ++cards;
            const auto labels = card->findChildren<QLabel *>();
            const QLabel *delta = labels.last();
            const QRect room = delta->contentsRect();
            const QRect needed = delta->fontMetrics().boundingRect(
                QRect(0, 0, room.width(), 10000), delta->wordWrap() ? Qt::TextWordWrap : 0, delta->text());
            QVERIFY2(!delta->text().isEmpty() && needed.height() <= room.height() && needed.width() <= room.width(),
                qPrintable(u"\"%1\" needs %2×%3 in %4×%5"_s.arg(delta->text())
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(room.width())
                        .arg(room.height())));
        }
        QCOMPARE(cards, 8);

        const QList<DashboardChart *> charts = w.findChildren<DashboardChart *>();
        QCOMPARE(
            int(std::count_if(charts.cbegin(), charts.cend(), [](const DashboardChart *c) { return c->isVisible(); })),
            6);
        // The weeks' labels have a week's column each, or stand on end; here beside a legend of long module names.
        ModuleTrendChart *trend = parts(w).moduleTrendChart();
        ModuleTrendData modules;
        for (int week = 9; week <= 13; ++week)
            modules.weeks.append(IsoWeek(2026, week));
        for (int m = 0; m < 6; ++m) {
            modules.modules.append(u"vllm/model_executor/layer_%1"_s.arg(m));
            modules.counts.append({m + 1, 2, 3, 4, 5 + m});
        }
        trend->setTrend(modules);
        QCoreApplication::processEvents();
        const QBarCategoryAxis *weeks = trend->weekAxis();
        QVERIFY(weeks->count() >= 2);
        const double column = trend->chart()->plotArea().width() / weeks->count();
        QVERIFY2(weeks->labelsAngle() == -90
                || column >= QFontMetrics(weeks->labelsFont()).horizontalAdvance(weeks->at(0))
                        + QFontMetrics(weeks->labelsFont()).averageCharWidth(), // a gap between them
            qPrintable(u"%1 px a week"_s.arg(column)));
        // The counts' axes label each tick apart from the next.
        for (CountBarChart *chart : w.findChildren<CountBarChart *>()) {
            if (!chart->isVisible())
                continue;
            const QValueAxis *axis = chart->valueAxis();
            const double step = chart->chart()->plotArea().width() / std::max(1, axis->tickCount() - 1);
            const int label = QFontMetrics(axis->labelsFont()).horizontalAdvance(QString::number(qRound(axis->max())));
            QVERIFY2(step >= label + 4,
                qPrintable(
                    u"%1: %2 px a tick for \"%3\""_s.arg(chart->chart()->title()).arg(step).arg(qRound(axis->max()))));
        }

        // The title keeps its share; no column runs past the list's edge; every header's tooltip has it whole.
        QTableView *list = parts(w).prView();
        QVERIFY2(list->columnWidth(PrTableModel::TitleColumn) >= parts(w).prListColumns()->titleMinimum(),
            qPrintable(u"title %1 px"_s.arg(list->columnWidth(PrTableModel::TitleColumn))));
        QVERIFY(list->columnWidth(PrTableModel::TitleColumn) >= 8 * list->fontMetrics().horizontalAdvance(u'M'));
        QVERIFY2(list->horizontalHeader()->length() <= list->viewport()->width(),
            qPrintable(
                u"columns %1 px in %2 px"_s.arg(list->horizontalHeader()->length()).arg(list->viewport()->width())));
        for (int c = 0; c < PrTableModel::ColumnCount; ++c) {
            const QString header = list->model()->headerData(c, Qt::Horizontal).toString();
            QVERIFY(list->model()->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().startsWith(header));
        }
        // With a PR shown, as the screenshots show it, the window still fits 1280 px.
        QVERIFY(w.selectPullRequest(w.highlightedPullRequests().first()));
        QCoreApplication::processEvents();
        QCOMPARE(w.width(), 1280);
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
    }

    void diffGetsTheHeightAt1280x800()
    {
        MainWindow w(factory());
        w.resize(1280, 800);
        QVERIFY(openOnFiles(w));
        QCOMPARE(w.size(), QSize(1280, 800));
        QVERIFY(parts(w).chartSplitter()->isVisible());
        QVERIFY(w.detailPane()->diffView()->isVisible());
        // With the charts on show, the diff gets far more than a strip (it had 170 px); the file list keeps a few rows.
        QTRY_VERIFY2(w.detailPane()->diffView()->height() >= 220,
            qPrintable(u"diff height %1"_s.arg(w.detailPane()->diffView()->height())));
        QVERIFY(w.detailPane()->fileView()->height() >= 4 * w.detailPane()->fileView()->fontMetrics().height());
        QVERIFY(w.detailPane()->diffView()->height() > 2 * w.detailPane()->fileView()->height());

        // Without the charts, and with the details focused, it gets more still.
        const int withCharts = w.detailPane()->diffView()->height();
        parts(w).layoutActions()->setChartsShown(false);
        QTRY_VERIFY(w.detailPane()->diffView()->height() > withCharts + 100);
        parts(w).layoutActions()->setDetailFocused(true);
        QTRY_VERIFY2(w.detailPane()->diffView()->height() >= 500,
            qPrintable(u"focused diff height %1"_s.arg(w.detailPane()->diffView()->height())));
    }

    void chartsActionHidesTheCharts()
    {
        MainWindow w(factory());
        w.resize(1280, 800);
        QVERIFY(openOnFiles(w));
        QAction *charts = viewAction(w, u"showChartsAction"_s);
        QVERIFY(charts);
        QVERIFY(charts->isCheckable());
        QVERIFY(charts->isChecked());
        QVERIFY(!charts->shortcut().isEmpty());
        QVERIFY(!charts->text().isEmpty());
        QVERIFY(parts(w).chartSplitter()->isVisible());

        charts->trigger();
        QVERIFY(!parts(w).chartSplitter()->isVisible());
        QVERIFY(parts(w).summaryCards()->isVisible());
        QVERIFY(parts(w).prView()->isVisible());

        // The small button next to the cards does the same.
        auto *button = w.findChild<QToolButton *>(u"chartsButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->isChecked());
        button->click();
        QVERIFY(charts->isChecked());
        QVERIFY(parts(w).chartSplitter()->isVisible());

        // And the shortcut.
        w.activateWindow();
        QTest::keySequence(&w, charts->shortcut());
        QVERIFY(!parts(w).chartSplitter()->isVisible());
    }

    void focusActionGivesTheDetailsTheWindow()
    {
        MainWindow w(factory());
        w.resize(1280, 800);
        QVERIFY(openOnFiles(w));
        QAction *focus = viewAction(w, u"focusDetailAction"_s);
        QVERIFY(focus);
        QCOMPARE(focus->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
        const int detailWidth = w.detailPane()->width();

        w.activateWindow();
        QTest::keySequence(&w, focus->shortcut());
        QVERIFY(focus->isChecked());
        QVERIFY(!parts(w).chartSplitter()->isVisible());
        QVERIFY(!parts(w).summaryCards()->isVisible());
        QVERIFY(!parts(w).prView()->isVisible());
        QVERIFY(w.detailPane()->isVisible());
        QTRY_VERIFY(w.detailPane()->width() > detailWidth);
        QTRY_VERIFY(w.detailPane()->width() >= w.width() - 40);

        // Back: the whole dashboard as it was.
        QTest::keySequence(&w, focus->shortcut());
        QVERIFY(!focus->isChecked());
        QVERIFY(parts(w).chartSplitter()->isVisible());
        QVERIFY(parts(w).summaryCards()->isVisible());
        QVERIFY(parts(w).prView()->isVisible());
        QTRY_COMPARE(w.detailPane()->width(), detailWidth);

        // Hidden charts stay hidden when the focus ends; asking for the charts ends the focus.
        parts(w).layoutActions()->setChartsShown(false);
        parts(w).layoutActions()->setDetailFocused(true);
        parts(w).layoutActions()->setDetailFocused(false);
        QVERIFY(!parts(w).chartSplitter()->isVisible());
        QVERIFY(parts(w).prView()->isVisible());
        parts(w).layoutActions()->setDetailFocused(true);
        parts(w).layoutActions()->setChartsShown(true);
        QVERIFY(!parts(w).layoutActions()->detailFocused());
        QVERIFY(parts(w).chartSplitter()->isVisible());
        QVERIFY(parts(w).prView()->isVisible());
    }

    void layoutIsRemembered()
    {
        QList<int> filesSizes;
        QList<int> chartSizes;
        {
            MainWindow w(factory());
            w.resize(1280, 800);
            QVERIFY(openOnFiles(w));
            parts(w).chartSplitter()->setSizes({400, 300, 300, 200});
            chartSizes = parts(w).chartSplitter()->sizes();
            parts(w).layoutActions()->setChartsShown(false);
            QTest::qWait(50); // the new layout settles
            w.detailPane()->filesSplitter()->setSizes({200, 300});
            filesSizes = w.detailPane()->filesSplitter()->sizes();
            w.close();
        }
        {
            MainWindow w(factory());
            QVERIFY(openOnFiles(w));
            QVERIFY(!parts(w).layoutActions()->chartsShown());
            QVERIFY(!viewAction(w, u"showChartsAction"_s)->isChecked());
            QVERIFY(!parts(w).chartSplitter()->isVisible());
            QTRY_COMPARE(w.detailPane()->filesSplitter()->sizes(), filesSizes);
            parts(w).layoutActions()->setChartsShown(true);
            QCOMPARE(parts(w).chartSplitter()->sizes(), chartSizes);
            // The focus is not remembered: a new window shows the whole dashboard.
            parts(w).layoutActions()->setDetailFocused(true);
            w.close();
        }
        MainWindow w(factory());
        QVERIFY(openOnFiles(w));
        QVERIFY(!parts(w).layoutActions()->detailFocused());
        QVERIFY(parts(w).prView()->isVisible());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
