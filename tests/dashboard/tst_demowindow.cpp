// SPDX-License-Identifier: MIT
#include "demoweeksource.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "messagebar.h"
#include "prtablemodel.h"
#include "repoweekbar.h"
#include "sourcefactory.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace PrLens;

/// The window on the bundled demo week: marked "Demo", greeting a first run, and not remembered as a session.
class TestDemoWindow : public QObject {
    Q_OBJECT
private:
    static WeekLoader::SourceFactory factory()
    {
        return [](const RepoRef &repo, QObject *parent, LoadError *) -> WeekSource * {
            return SourceFactory::createLocal(repo, nullptr, {}, parent);
        };
    }

    static bool openDemo(MainWindow &w)
    {
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(DemoWeekSource::repo(), DemoWeekSource::week(), DemoWeekSource::zone());
        while (w.isLoading() || settled.isEmpty()) {
            if (!settled.wait(20000))
                return false;
        }
        return w.hasData();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_demowindow"_s);
    }

    void init() { QSettings().clear(); }

    void isMarkedDemo()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openDemo(w));
        QCOMPARE(parts(w).prModel()->rowCount(), 199);
        QVERIFY2(w.windowTitle().startsWith(u"Demo: vllm-project/vllm · 2026-W13"_s), qPrintable(w.windowTitle()));
        QVERIFY(w.repoWeekBar()->demoBadge()->isVisible());
        QCOMPARE(w.repoWeekBar()->demoBadge()->text(), u"Demo"_s);
        QCOMPARE(w.repoWeekBar()->repository(), DemoWeekSource::repo());
        // Typing another repository takes the badge away.
        w.repoWeekBar()->findChild<QComboBox *>()->setEditText(u"octo/hello"_s);
        QVERIFY(!w.repoWeekBar()->demoBadge()->isVisible());
    }

    void welcomeOffersBothWaysOut()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openDemo(w));
        w.showWelcome();
        MessageBar *bar = w.messageBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Information);
        QVERIFY2(bar->text().contains(u"demo"_s), qPrintable(bar->text()));
        QCOMPARE(bar->actionText(), u"Open a GitHub repository…"_s);
        QCOMPARE(bar->extraAction(), parts(w).openCloneAction());
        QCOMPARE(parts(w).openCloneAction()->text(), u"Open a local clone…"_s);
        // "Open a GitHub repository…" puts the repository field in front of the user, text selected to replace.
        Q_EMIT bar->actionRequested();
        auto *field = w.repoWeekBar()->findChild<QComboBox *>();
        QCOMPARE(field->lineEdit()->selectedText(), field->currentText());
        QVERIFY(parts(w).settingsDialog() == nullptr);
    }

    void firstFrameComesBeforeIconsAndCalendar()
    {
        MainWindow w(factory());
        auto *browse = w.repoWeekBar()->findChild<QToolButton *>(u"browseButton"_s);
        auto *weekButton = w.repoWeekBar()->findChild<QToolButton *>(u"weekButton"_s);
        QVERIFY(browse && weekButton);
        // Looking icons up in the theme and making the calendar are left until the first frame is on screen.
        QVERIFY(browse->icon().isNull());
        QVERIFY(!w.repoWeekBar()->findChild<QCalendarWidget *>());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!browse->icon().isNull());
        QVERIFY(!w.repoWeekBar()->findChild<QCalendarWidget *>());
        // The calendar is made when the week picker opens, on the week shown; a day picked loads its week.
        w.repoWeekBar()->setWeek(IsoWeek(2026, 13));
        Q_EMIT weekButton->menu()->aboutToShow();
        auto *calendar = w.repoWeekBar()->findChild<QCalendarWidget *>();
        QVERIFY(calendar);
        QCOMPARE(calendar->selectedDate(), QDate(2026, 3, 23));
        QSignalSpy load(w.repoWeekBar(), &RepoWeekBar::loadRequested);
        Q_EMIT calendar->clicked(QDate(2026, 4, 2));
        QCOMPARE(load.size(), 1);
        QCOMPARE(w.repoWeekBar()->week(), IsoWeek(2026, 14));
        Q_EMIT weekButton->menu()->aboutToShow();
        QCOMPARE(w.repoWeekBar()->findChildren<QCalendarWidget *>().size(), 1);
    }

    void windowUsesNoStyleSheets()
    {
        // Style sheets put a style of their own in front of every widget they touch, which the first frame pays
        // for: the cards, badges and bars paint their rounded frames directly, and a week's deltas use palettes.
        MainWindow w(factory());
        w.show();
        QVERIFY(openDemo(w));
        const QList<QWidget *> widgets = w.findChildren<QWidget *>();
        for (const QWidget *widget : widgets)
            QVERIFY2(widget->styleSheet().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY(qApp->styleSheet().isEmpty());
    }

    void demoIsNotTheLastSession()
    {
        {
            MainWindow w(factory());
            w.show();
            QVERIFY(openDemo(w));
            w.saveSettings();
        }
        QVERIFY(QSettings().value(u"session/repository"_s).toString().isEmpty());
        MainWindow again(factory());
        QVERIFY(!again.openLastSession());
    }
};

QTEST_MAIN(TestDemoWindow)
#include "tst_demowindow.moc"
