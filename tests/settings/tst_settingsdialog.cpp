// SPDX-License-Identifier: MIT
// The settings dialog: what each page writes to the settings (never a token), validation against the loopback
// GitHub server, runtime retranslation, nothing clipped in either language (screenshots in the build folder).
#include "accountspage.h"
#include "analysispage.h"
#include "analysissettings.h"
#include "cachepage.h"
#include "fakegithubserver.h"
#include "generalpage.h"
#include "languagemanager.h"
#include "settingsdialog.h"
#include "settingskeys.h"
#include "tokenchecker.h"
#include "tokenstore.h"
#include "weekcache.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TestSettingsDialog : public QObject {
    Q_OBJECT

    static QString settingsText()
    {
        QSettings settings;
        settings.sync();
        QFile f(settings.fileName());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // Every label and button shows its whole text: its width is at least what it asks for.
    static QStringList clippedWidgets(QWidget *root)
    {
        QStringList clipped;
        const auto widgets = root->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            auto *label = qobject_cast<QLabel *>(w);
            if (label && label->wordWrap())
                continue;
            if (!label && !qobject_cast<QAbstractButton *>(w))
                continue;
            if (qobject_cast<QLineEdit *>(w->parentWidget())) // a line edit's own clear button
                continue;
            if (w->width() < w->minimumSizeHint().width()) {
                const QString text = label ? label->text() : static_cast<QAbstractButton *>(w)->text();
                clipped << u"%1 \"%2\" (%3 < %4)"_s.arg(QString::fromLatin1(w->metaObject()->className()), text)
                               .arg(w->width())
                               .arg(w->minimumSizeHint().width());
            }
        }
        return clipped;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_settingsdialog"_s);
        QSettings().clear();
        LanguageManager::instance()->setLanguage(u"en"_s);
    }

    void cleanup()
    {
        QSettings().clear();
        LanguageManager::instance()->setLanguage(u"en"_s);
    }

    void accountsAddSaveRemove()
    {
        SettingsDialog dialog;
        AccountsPage *page = dialog.accountsPage();
        QCOMPARE(page->accounts().size(), 1);
        QVERIFY(page->accounts().first().isBuiltIn());
        QVERIFY(page->apiUrlEdit()->isReadOnly()); // github.com is built in
        QVERIFY(!page->addHost(u"not a host"_s));
        QVERIFY(page->addHost(u"https://GHE.example.com/org/repo"_s));
        QVERIFY(!page->addHost(u"ghe.example.com"_s)); // no duplicates
        QCOMPARE(page->currentRow(), 1);
        QVERIFY(!page->apiUrlEdit()->isReadOnly());
        page->apiUrlEdit()->setText(u"https://ghe.example.com:8443/api/v3"_s);
        Q_EMIT page->apiUrlEdit()->editingFinished();
        dialog.apply();
        QSettings settings;
        const QList<HostAccount> stored = HostAccounts::load(settings);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(1).host, u"ghe.example.com"_s);
        QCOMPARE(stored.at(1).apiUrl, QUrl(u"https://ghe.example.com:8443/api/v3"_s));
        QCOMPARE(stored.at(1).graphqlUrl, QUrl(u"https://ghe.example.com/api/graphql"_s));
        // A broken URL is refused and the last good one kept.
        page->apiUrlEdit()->setText(u"ghe.example.com/api"_s);
        Q_EMIT page->apiUrlEdit()->editingFinished();
        QCOMPARE(page->accounts().at(1).apiUrl, QUrl(u"https://ghe.example.com:8443/api/v3"_s));
    }

    void validateShowsLoginScopesAndRate_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("good token") << u"ghp_VALID_abc"_s
                                    << QStringList {u"carol"_s, u"repo"_s, u"read:org"_s, u"of 4321"_s};
        QTest::addRow("bad token") << u"ghp_BAD_abc"_s << QStringList {u"401"_s, u"Bad credentials"_s};
    }
    void validateShowsLoginScopesAndRate()
    {
        QFETCH(QString, token);
        QFETCH(QStringList, expected);
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setRateLimit(4321);
        server.setTokens({{u"ghp_VALID_abc"_s, u"carol"_s}});
        SettingsDialog dialog;
        AccountsPage *page = dialog.accountsPage();
        const QUrl base = server.baseUrl();
        QVERIFY(page->addHost(base.host() + u':' + QString::number(base.port())));
        page->apiUrlEdit()->setText(base.toString() + u"/api/v3"_s);
        Q_EMIT page->apiUrlEdit()->editingFinished();
        page->tokenEdit()->setText(token);
        QVERIFY(page->validateButton()->isEnabled());
        QSignalSpy done(page->validator(), &TokenChecker::finished);
        QSignalSpy failed(page->validator(), &TokenChecker::failed);
        page->validateButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(done.count() + failed.count() > 0, 20000);
        const QString status = page->tokenStatusLabel()->text();
        for (const QString &part : std::as_const(expected))
            QVERIFY2(status.contains(part), qPrintable(status));
        QVERIFY(!status.contains(token));
        QCOMPARE(page->tokenEdit()->echoMode(), QLineEdit::Password);
        dialog.apply();
        QVERIFY(!settingsText().contains(token));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(page->tokenStore()->pendingJobs(), 0, 20000);
        const QStringList clipped = clippedWidgets(&dialog);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u"; "_s)));
        const QString outDir = QStringLiteral(PRLENS_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(outDir);
        const QString shot = failed.isEmpty() ? u"valid"_s : u"rejected"_s;
        QVERIFY(dialog.grab().save(outDir + u"/settings-accounts-"_s + shot + u"-en.png"_s));
        if (!failed.isEmpty())
            return;
        // The result is described again in the new language, with the same facts.
        QVERIFY(LanguageManager::instance()->setLanguage(u"zh_CN"_s));
        QTRY_VERIFY(page->tokenStatusLabel()->text() != status);
        QVERIFY(page->tokenStatusLabel()->text().contains(u"carol"_s));
        QVERIFY(page->tokenStatusLabel()->text().contains(u"权限范围"_s));
        QApplication::processEvents(); // the posted layout request after retranslation
        const QStringList clippedZh = clippedWidgets(&dialog);
        QVERIFY2(clippedZh.isEmpty(), qPrintable(clippedZh.join(u"; "_s)));
        QVERIFY(dialog.grab().save(outDir + u"/settings-accounts-valid-zh_CN.png"_s));
    }

    void generalPageWritesKeysAndSwitchesLanguage()
    {
        SettingsDialog dialog;
        GeneralPage *page = dialog.generalPage();
        page->timeZoneCombo()->setCurrentIndex(page->timeZoneCombo()->findData(u"+08:00"_s));
        page->highlightedSpin()->setValue(7);
        page->languageCombo()->setCurrentIndex(page->languageCombo()->findData(u"zh_CN"_s));
        const QString englishTitle = dialog.windowTitle();
        dialog.apply();
        QSettings settings;
        QCOMPARE(settings.value(SettingsKeys::weekUtcOffset()).toString(), u"+08:00"_s);
        QCOMPARE(settings.value(SettingsKeys::highlightedCount()).toInt(), 7);
        QCOMPARE(settings.value(SettingsKeys::language()).toString(), u"zh_CN"_s);
        QCOMPARE(LanguageManager::instance()->language(), u"zh_CN"_s);
        QTRY_VERIFY(dialog.windowTitle() != englishTitle); // retranslated at run time
        SettingsDialog reopened;
        QCOMPARE(reopened.generalPage()->timeZoneCombo()->currentData().toString(), u"+08:00"_s);
        QCOMPARE(reopened.generalPage()->highlightedSpin()->value(), 7);
    }

    void analysisPageWritesRules()
    {
        SettingsDialog dialog;
        AnalysisPage *page = dialog.analysisPage();
        QTreeWidget *tree = page->ruleTree();
        QCOMPARE(tree->topLevelItemCount(), AnalysisPage::builtInRules().size());
        tree->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        auto *severity = qobject_cast<QComboBox *>(tree->itemWidget(tree->topLevelItem(1), 1));
        QVERIFY(severity);
        severity->setCurrentIndex(severity->findData(u"high"_s));
        page->overrideEdit()->setText(u"/tmp/rules.json"_s);
        dialog.apply();
        QSettings settings;
        const QString first = AnalysisPage::builtInRules().at(0).id;
        const QString second = AnalysisPage::builtInRules().at(1).id;
        settings.beginGroup(SettingsKeys::riskRulesGroup());
        QCOMPARE(settings.value(first + u"/enabled"_s).toBool(), false);
        QCOMPARE(settings.value(second + u"/enabled"_s).toBool(), true);
        QCOMPARE(settings.value(second + u"/severity"_s).toString(), u"high"_s);
        settings.endGroup();
        QCOMPARE(settings.value(SettingsKeys::ruleOverrideFile()).toString(), u"/tmp/rules.json"_s);
        SettingsDialog reopened;
        QCOMPARE(reopened.analysisPage()->ruleTree()->topLevelItem(0)->checkState(0), Qt::Unchecked);
    }

    void analysisPageWritesBotAccounts()
    {
        SettingsDialog dialog;
        QLineEdit *bots = dialog.analysisPage()->botsEdit();
        QVERIFY(bots);
        bots->setText(u" fastdeploy-bot, ci-runner  FastDeploy-Bot,,"_s);
        dialog.apply();
        QSettings settings;
        // trimmed, split on commas and spaces, without duplicates (logins compare without case)
        QCOMPARE(settings.value(SettingsKeys::botAccounts()).toStringList(),
            (QStringList {u"fastdeploy-bot"_s, u"ci-runner"_s}));
        // the analysis the window and the command line run counts them as bots
        QCOMPARE(AnalysisSettings::load(settings).bots, (QStringList {u"fastdeploy-bot"_s, u"ci-runner"_s}));
        SettingsDialog reopened;
        QCOMPARE(reopened.analysisPage()->botsEdit()->text(), u"fastdeploy-bot, ci-runner"_s);
        reopened.analysisPage()->botsEdit()->clear();
        reopened.apply();
        QVERIFY(!QSettings().contains(SettingsKeys::botAccounts()));
    }

    void analysisPageKeepsBotsPerRepository()
    {
        QSettings().setValue(SettingsKeys::botAccounts(), QStringList {u"old-bot"_s});
        SettingsDialog dialog;
        AnalysisPage *page = dialog.analysisPage();
        // A repository without its own list shows the common one, and keeps following it while it is not edited.
        page->setRepository(u"octo/a"_s, u"octo/a"_s);
        QCOMPARE(page->botsEdit()->text(), u"old-bot"_s);
        dialog.apply();
        QSettings settings;
        QVERIFY(!AnalysisSettings::hasOwnBots(settings, u"octo/a"_s));
        QCOMPARE(AnalysisSettings::load(settings, u"octo/a"_s).bots, QStringList {u"old-bot"_s});

        page->botsEdit()->setText(u"a-bot"_s);
        dialog.apply();
        QCOMPARE(AnalysisSettings::load(settings, u"octo/a"_s).bots, QStringList {u"a-bot"_s});
        QCOMPARE(AnalysisSettings::load(settings, u"octo/b"_s).bots, QStringList {u"old-bot"_s});
        QCOMPARE(settings.value(SettingsKeys::botAccounts()).toStringList(), QStringList {u"old-bot"_s});

        page->setRepository(u"octo/b"_s, u"octo/b"_s);
        QCOMPARE(page->botsEdit()->text(), u"old-bot"_s);
        page->setRepository(u"octo/a"_s, u"octo/a"_s);
        QCOMPARE(page->botsEdit()->text(), u"a-bot"_s);
        // An emptied list is the repository's own: no configured bots there, the common list stays for the rest.
        page->botsEdit()->clear();
        dialog.apply();
        QVERIFY(AnalysisSettings::hasOwnBots(settings, u"octo/a"_s));
        QVERIFY(AnalysisSettings::load(settings, u"octo/a"_s).bots.isEmpty());
        QCOMPARE(AnalysisSettings::load(settings, u"octo/b"_s).bots, QStringList {u"old-bot"_s});
        // The override file's "bots" add to the repository's list.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"rules.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"bots": ["json-bot"]})");
        file.close();
        QCOMPARE(AnalysisSettings::load(settings, u"octo/b"_s, file.fileName()).bots,
            (QStringList {u"old-bot"_s, u"json-bot"_s}));
        settings.remove(SettingsKeys::botAccounts());
        settings.remove(SettingsKeys::repositoryBotAccounts(u"octo/a"_s));
    }

    void cachePageShowsSizeAndClears()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.sqlite"_s);
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            WeekData week;
            week.repo = RepoRef::parseGitHub(u"octo/demo"_s);
            week.week = IsoWeek(2026, 14);
            week.fetchedAt = QDateTime::currentDateTimeUtc();
            PullRequest pr;
            pr.number = 1;
            pr.title = u"A change"_s;
            week.pulls.append(pr);
            QVERIFY2(cache.storeWeek(week), qPrintable(cache.lastError()));
            QCOMPARE(cache.entries().size(), 1);
        }
        QSettings().setValue(SettingsKeys::cacheLocation(), path);
        SettingsDialog dialog;
        CachePage *page = dialog.cachePage();
        QCOMPARE(page->cachePath(), path);
        QVERIFY(page->clearButton()->isEnabled());
        QVERIFY(page->sizeLabel()->text() != u"Empty"_s);
        page->clearCache(false);
        WeekCache check;
        QVERIFY(check.open(path));
        QCOMPARE(check.entries().size(), 0);
    }

    void nothingClipped_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << u"en"_s;
        QTest::addRow("Simplified Chinese") << u"zh_CN"_s;
    }
    void nothingClipped()
    {
        QFETCH(QString, language);
        QVERIFY(LanguageManager::instance()->setLanguage(language));
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_COMPARE_WITH_TIMEOUT(dialog.accountsPage()->tokenStore()->pendingJobs(), 0, 20000);
        const QString outDir = QStringLiteral(PRLENS_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(outDir);
        const QStringList pages {u"accounts"_s, u"general"_s, u"analysis"_s, u"cache"_s};
        for (int i = 0; i < pages.size(); ++i) {
            dialog.showPage(static_cast<SettingsDialog::Page>(i));
            QApplication::processEvents();
            const QStringList clipped = clippedWidgets(&dialog);
            QVERIFY2(clipped.isEmpty(), qPrintable(pages.at(i) + u": "_s + clipped.join(u"; "_s)));
            QVERIFY(dialog.grab().save(outDir + u"/settings-"_s + pages.at(i) + u'-' + language + u".png"_s));
        }
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
