// SPDX-License-Identifier: MIT
// Switches the main window, open on a loaded week, to Simplified Chinese and back, and checks a sample of the
// texts shown in every area: menu, summary cards, chart titles and bars, table headers and risk badges, detail
// pane, message bar.
#include "../dashboard/mainwindowaccess.h"
#include "../dashboard/testdata.h"
#include "../dashboard/windowtestfixture.h"
#include "countbarchart.h"
#include "filterchip.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "moduletrendchart.h"
#include "overviewbrowser.h"
#include "prdetailpane.h"
#include "prtablemodel.h"
#include "riskbadgedelegate.h"
#include "summarycards.h"

#include <QChart>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestLanguageSwitch : public QObject, private WindowTestFixture {
    Q_OBJECT

private:
    static QStringList visibleLabelTexts(const QWidget *root)
    {
        QStringList texts;
        for (const QLabel *label : root->findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }

    static QAction *languageAction(MainWindow &w, const QString &code)
    {
        return w.findChild<QAction *>(u"language_"_s + code);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_languageswitch"_s);
        QSettings().clear();
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        if (!TestData::read(TestData::fastDeployPulls(), &m_pulls))
            QSKIP("the FastDeploy dataset is not available");
    }

    void switchesEveryArea_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("menuTitle");
        QTest::addColumn<QString>("mergedCard");
        QTest::addColumn<QString>("tagChartTitle");
        QTest::addColumn<QString>("fileChartTitle");
        QTest::addColumn<QString>("missingTests");
        QTest::addColumn<QString>("titleHeader");
        QTest::addColumn<QString>("importanceHeader");
        QTest::addColumn<QString>("overviewTab");
        QTest::addColumn<QString>("reportSection");
        QTest::addColumn<QString>("retry");
        QTest::addColumn<QString>("failure");
        QTest::addRow("to Simplified Chinese")
            << u"zh_CN"_s << u"语言(&L)"_s << u"合并的 PR"_s << u"标签"_s << u"热点文件"_s << u"缺少测试"_s << u"标题"_s
            << u"重要度"_s << u"概览"_s << u"风险与影响"_s << u"重试"_s << u"无法加载该周。"_s;
        QTest::addRow("back to English") << u"en"_s << u"&Language"_s << u"Merged PRs"_s << u"Tags"_s << u"Hot files"_s
                                         << u"Missing tests"_s << u"Title"_s << u"Importance"_s << u"Overview"_s
                                         << u"Risks and impact"_s << u"Retry"_s << u"The week could not be loaded."_s;
    }

    void switchesEveryArea()
    {
        QFETCH(QString, code);
        QFETCH(QString, menuTitle);
        QFETCH(QString, mergedCard);
        QFETCH(QString, tagChartTitle);
        QFETCH(QString, fileChartTitle);
        QFETCH(QString, missingTests);
        QFETCH(QString, titleHeader);
        QFETCH(QString, importanceHeader);
        QFETCH(QString, overviewTab);
        QFETCH(QString, reportSection);
        QFETCH(QString, retry);
        QFETCH(QString, failure);

        // Start in the other language, so each row really switches.
        QVERIFY(LanguageManager::instance()->setLanguage(code == u"en"_s ? u"zh_CN"_s : u"en"_s));
        MainWindow w(factory());
        w.resize(1400, 900);
        w.show();
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(m_repo, m_week, m_zone);
        QVERIFY(settled.wait(10000));
        QVERIFY(w.hasData());
        QVERIFY(w.selectPullRequest(w.highlightedPullRequests().first()));

        // A failed load without a message of its own shows the window's text in the message bar.
        QVERIFY(m_source);
        m_source->failWith = {LoadError::Kind::Network, QString()};
        w.reload(true);
        QVERIFY(settled.wait(10000));
        QVERIFY(w.messageBar()->isVisible());

        // Filter the list by the missing-tests bar: its chip names the rule in the new language after the switch.
        const QList<CountEntry> before = parts(w).riskChart()->entries();
        const auto missingTestsBar = std::find_if(
            before.cbegin(), before.cend(), [](const CountEntry &e) { return e.key == u"missing-tests"_s; });
        QVERIFY(missingTestsBar != before.cend());
        parts(w).riskChart()->activateBar(int(missingTestsBar - before.cbegin()));
        QVERIFY(parts(w).filterChip()->isVisibleTo(&w));

        // Switch through the menu, as a person would.
        QAction *action = languageAction(w, code);
        QVERIFY(action);
        QVERIFY(!action->isChecked());
        QSignalSpy changed(LanguageManager::instance(), &LanguageManager::languageChanged);
        action->trigger();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(LanguageManager::instance()->language(), code);
        QVERIFY(action->isChecked());
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), code);
        // The analysis of the shown week is rebuilt in the new language off the GUI thread.
        QTRY_VERIFY(!w.isLoading());

        const QMenu *menu = w.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(menu);
        QTRY_COMPARE(menu->title(), menuTitle);
        QVERIFY(visibleLabelTexts(parts(w).summaryCards()).contains(mergedCard));
        QCOMPARE(parts(w).tagChart()->chart()->title(), tagChartTitle);
        QCOMPARE(parts(w).hotFileChart()->chart()->title(), fileChartTitle);
        QVERIFY(!parts(w).moduleTrendChart()->chart()->title().isEmpty());
        // Risk bars and badges are named by the rules' short titles in the new language, never by their ids. The
        // menu has its new title, so the window has seen the change and started the new analysis: wait for it.
        QTRY_VERIFY(!w.isLoading());
        const QList<CountEntry> risks = parts(w).riskChart()->entries();
        QVERIFY(!risks.isEmpty());
        bool missingTestsShown = false;
        for (int i = 0; i < std::min<qsizetype>(risks.size(), parts(w).riskChart()->maxBars()); ++i) {
            QVERIFY2(parts(w).riskChart()->displayedLabel(i) != risks.at(i).key, qPrintable(risks.at(i).key));
            if (risks.at(i).key == u"missing-tests"_s) {
                QCOMPARE(parts(w).riskChart()->displayedLabel(i), missingTests);
                missingTestsShown = true;
            }
        }
        QVERIFY(missingTestsShown);
        QVERIFY2(parts(w).filterChip()->text().contains(missingTests), qPrintable(parts(w).filterChip()->text()));
        bool missingTestsBadge = false;
        for (int row = 0; row < parts(w).prModel()->rowCount(); ++row) {
            const QModelIndex index = parts(w).prModel()->index(row, PrTableModel::RisksColumn);
            for (const QVariant &risk : index.data(PrTableModel::RisksRole).toList()) {
                const QVariantMap r = risk.toMap();
                QVERIFY(RiskBadgeDelegate::badgeText(r) != r.value(u"ruleId"_s).toString());
                if (r.value(u"ruleId"_s).toString() == u"missing-tests"_s) {
                    QCOMPARE(RiskBadgeDelegate::badgeText(r), missingTests);
                    missingTestsBadge = true;
                }
            }
        }
        QVERIFY(missingTestsBadge);
        QCOMPARE(
            parts(w).prView()->model()->headerData(PrTableModel::TitleColumn, Qt::Horizontal).toString(), titleHeader);
        QCOMPARE(parts(w).prModel()->headerData(PrTableModel::ImportanceColumn, Qt::Horizontal).toString(),
            importanceHeader);
        QCOMPARE(w.detailPane()->tabs()->tabText(0), overviewTab);
        // The report of the selected PR is rebuilt from its data in the new language.
        QTRY_VERIFY2(w.detailPane()->overview()->toPlainText().contains(reportSection),
            qPrintable(w.detailPane()->overview()->toPlainText().left(400)));
        QStringList buttons;
        for (const QToolButton *button : w.messageBar()->findChildren<QToolButton *>())
            buttons << button->text();
        QVERIFY2(buttons.contains(retry), qPrintable(buttons.join(u',')));
        QVERIFY2(w.messageBar()->text().startsWith(failure), qPrintable(w.messageBar()->text()));

        // The window as shown, for a look by eye at clipped or missing glyphs (not compared).
        const QString shot = QCoreApplication::applicationDirPath() + u"/languageswitch-%1.png"_s.arg(code);
        QVERIFY2(w.grab().save(shot), qPrintable(shot));
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
