// SPDX-License-Identifier: MIT
#include "diffview.h"
#include "filessplitter.h"
#include "layoutactions.h"
#include "mainwindow.h"
#include "prdetailpane.h"
#include "summarycards.h"
#include "testdata.h"
#include "windowtestfixture.h"

#include <QAction>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace PrLens;
using namespace Qt::StringLiterals;

/// Room to read a diff: the charts row can be hidden, the details can take the whole window, and the Files & diff
/// tab gives the diff most of the height; all of it is remembered.
class TestWindowLayout : public QObject, private WindowTestFixture
{
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

    void init()
    {
        QSettings().clear();
    }

    void diffGetsTheHeightAt1280x800()
    {
        MainWindow w(factory());
        w.resize(1280, 800);
        QVERIFY(openOnFiles(w));
        QCOMPARE(w.size(), QSize(1280, 800));
        QVERIFY(w.chartSplitter()->isVisible());
        QVERIFY(w.detailPane()->diffView()->isVisible());
        // With the charts on show, the diff gets far more than a strip (it had 170 px); the file list keeps a few rows.
        QTRY_VERIFY2(w.detailPane()->diffView()->height() >= 220,
                     qPrintable(u"diff height %1"_s.arg(w.detailPane()->diffView()->height())));
        QVERIFY(w.detailPane()->fileView()->height() >= 4 * w.detailPane()->fileView()->fontMetrics().height());
        QVERIFY(w.detailPane()->diffView()->height() > 2 * w.detailPane()->fileView()->height());

        // Without the charts, and with the details focused, it gets more still.
        const int withCharts = w.detailPane()->diffView()->height();
        w.layoutActions()->setChartsShown(false);
        QTRY_VERIFY(w.detailPane()->diffView()->height() > withCharts + 100);
        w.layoutActions()->setDetailFocused(true);
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
        QVERIFY(w.chartSplitter()->isVisible());

        charts->trigger();
        QVERIFY(!w.chartSplitter()->isVisible());
        QVERIFY(w.summaryCards()->isVisible());
        QVERIFY(w.prView()->isVisible());

        // The small button next to the cards does the same.
        auto *button = w.findChild<QToolButton *>(u"chartsButton"_s);
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(!button->isChecked());
        button->click();
        QVERIFY(charts->isChecked());
        QVERIFY(w.chartSplitter()->isVisible());

        // And the shortcut.
        w.activateWindow();
        QTest::keySequence(&w, charts->shortcut());
        QVERIFY(!w.chartSplitter()->isVisible());
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
        QVERIFY(!w.chartSplitter()->isVisible());
        QVERIFY(!w.summaryCards()->isVisible());
        QVERIFY(!w.prView()->isVisible());
        QVERIFY(w.detailPane()->isVisible());
        QTRY_VERIFY(w.detailPane()->width() > detailWidth);
        QTRY_VERIFY(w.detailPane()->width() >= w.width() - 40);

        // Back: the whole dashboard as it was.
        QTest::keySequence(&w, focus->shortcut());
        QVERIFY(!focus->isChecked());
        QVERIFY(w.chartSplitter()->isVisible());
        QVERIFY(w.summaryCards()->isVisible());
        QVERIFY(w.prView()->isVisible());
        QTRY_COMPARE(w.detailPane()->width(), detailWidth);

        // Hidden charts stay hidden when the focus ends; asking for the charts ends the focus.
        w.layoutActions()->setChartsShown(false);
        w.layoutActions()->setDetailFocused(true);
        w.layoutActions()->setDetailFocused(false);
        QVERIFY(!w.chartSplitter()->isVisible());
        QVERIFY(w.prView()->isVisible());
        w.layoutActions()->setDetailFocused(true);
        w.layoutActions()->setChartsShown(true);
        QVERIFY(!w.layoutActions()->detailFocused());
        QVERIFY(w.chartSplitter()->isVisible());
        QVERIFY(w.prView()->isVisible());
    }

    void layoutIsRemembered()
    {
        QList<int> filesSizes;
        QList<int> chartSizes;
        {
            MainWindow w(factory());
            w.resize(1280, 800);
            QVERIFY(openOnFiles(w));
            w.chartSplitter()->setSizes({400, 300, 300, 200});
            chartSizes = w.chartSplitter()->sizes();
            w.layoutActions()->setChartsShown(false);
            QTest::qWait(50); // the new layout settles
            w.detailPane()->filesSplitter()->setSizes({200, 300});
            filesSizes = w.detailPane()->filesSplitter()->sizes();
            w.close();
        }
        {
            MainWindow w(factory());
            QVERIFY(openOnFiles(w));
            QVERIFY(!w.layoutActions()->chartsShown());
            QVERIFY(!viewAction(w, u"showChartsAction"_s)->isChecked());
            QVERIFY(!w.chartSplitter()->isVisible());
            QTRY_COMPARE(w.detailPane()->filesSplitter()->sizes(), filesSizes);
            w.layoutActions()->setChartsShown(true);
            QCOMPARE(w.chartSplitter()->sizes(), chartSizes);
            // The focus is not remembered: a new window shows the whole dashboard.
            w.layoutActions()->setDetailFocused(true);
            w.close();
        }
        MainWindow w(factory());
        QVERIFY(openOnFiles(w));
        QVERIFY(!w.layoutActions()->detailFocused());
        QVERIFY(w.prView()->isVisible());
    }
};

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
