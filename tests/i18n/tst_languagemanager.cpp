// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestLanguageManager : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QSettings().clear();
    }

    void embedsTheChineseTranslation() { QVERIFY(QFile::exists(u":/i18n/prlens_zh_CN.qm"_s)); }

    void localeMapping_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::addRow("mainland Chinese") << u"zh_CN"_s << u"zh_CN"_s;
        QTest::addRow("Singapore Chinese") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::addRow("Taiwan Chinese stays English") << u"zh_TW"_s << u"en"_s;
        QTest::addRow("US English") << u"en_US"_s << u"en"_s;
        QTest::addRow("German falls back to English") << u"de_DE"_s << u"en"_s;
    }
    void localeMapping()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(LanguageManager::languageForLocale(locale), language);
    }

    void switchesAtRunTimeAndBack()
    {
        LanguageManager lm;
        QSignalSpy spy(&lm, &LanguageManager::languageChanged);
        QVERIFY(lm.setLanguage(u"en"_s));
        const QString english = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY(lm.setLanguage(u"zh_CN"_s));
        QCOMPARE(QLocale().name(), u"zh_CN"_s);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        QVERIFY(lm.setLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), english);
        QCOMPARE(spy.count(), 3);
        QVERIFY(!lm.setLanguage(u"fr"_s));
        QCOMPARE(lm.language(), u"en"_s);
    }

    void remembersTheChoice()
    {
        LanguageManager lm;
        QVERIFY(lm.setAndSaveLanguage(u"zh_CN"_s));
        QCOMPARE(LanguageManager::preferredLanguage(), u"zh_CN"_s);
        QVERIFY(lm.setAndSaveLanguage(u"en"_s));
        QCOMPARE(LanguageManager::preferredLanguage(), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
