// SPDX-License-Identifier: MIT
#include "hostaccount.h"
#include "settingskeys.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using PrLens::HostAccount;
namespace HostAccounts = PrLens::HostAccounts;

class TestHostAccount : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void normalizeHost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << u"ghe.example.com"_s << u"ghe.example.com"_s;
        QTest::addRow("upper case and spaces") << u"  GHE.Example.COM "_s << u"ghe.example.com"_s;
        QTest::addRow("pasted URL") << u"https://ghe.example.com/org/repo"_s << u"ghe.example.com"_s;
        QTest::addRow("with port") << u"ghe.example.com:8443"_s << u"ghe.example.com:8443"_s;
        QTest::addRow("URL with port") << u"http://127.0.0.1:8080/api/v3"_s << u"127.0.0.1:8080"_s;
        QTest::addRow("trailing path") << u"ghe.example.com/api"_s << u"ghe.example.com"_s;
        QTest::addRow("space inside") << u"ghe example.com"_s << QString();
        QTest::addRow("two colons") << u"a:1:2"_s << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("user info") << u"github.com@evil.example"_s << QString();
        QTest::addRow("URL with user info") << u"https://github.com@evil.example/o/n"_s << QString();
        QTest::addRow("URL with user and password") << u"https://u:p@ghe.example.com"_s << QString();
        QTest::addRow("other scheme") << u"ftp://ghe.example.com"_s << QString();
        QTest::addRow("non-ASCII letters") << u"gité.example.com"_s << QString();
        QTest::addRow("port out of range") << u"ghe.example.com:70000"_s << QString();
        QTest::addRow("label starting with a dash") << u"-ghe.example.com"_s << QString();
    }
    void normalizeHost()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(HostAccount::normalizeHost(text), expected);
    }

    void unparsableHostHasNoAccount()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QVERIFY(!HostAccounts::find(settings, u"github.com@evil.example"_s).isValid());
        QVERIFY(HostAccounts::find(settings, QString()).isBuiltIn()); // a missing host is github.com, deliberately
        QCOMPARE(HostAccount::hostOrGitHubCom(u""), u"github.com"_s);
        QCOMPARE(HostAccount::hostOrGitHubCom(u"github.com@evil.example"), QString());
    }

    void defaults()
    {
        const HostAccount gh = HostAccount::gitHubCom();
        QVERIFY(gh.isBuiltIn());
        QVERIFY(gh.isValid());
        QCOMPARE(gh.apiUrl, QUrl(u"https://api.github.com"_s));
        const HostAccount ghe = HostAccount::enterprise(u"GHE.corp"_s, u"Corp"_s);
        QVERIFY(!ghe.isBuiltIn());
        QCOMPARE(ghe.host, u"ghe.corp"_s);
        QCOMPARE(ghe.apiUrl, QUrl(u"https://ghe.corp/api/v3"_s));
        QCOMPARE(ghe.graphqlUrl, QUrl(u"https://ghe.corp/api/graphql"_s));
        QCOMPARE(ghe.label(), u"Corp"_s);
        HostAccount bad = ghe;
        bad.apiUrl = QUrl(u"ftp://ghe.corp/"_s);
        QVERIFY(!bad.isValid());
    }

    void saveLoadRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        HostAccount custom = HostAccount::enterprise(u"git.corp:8443"_s, u"Corp Git"_s);
        custom.apiUrl = QUrl(u"https://git.corp:8443/custom/api"_s);
        const QList<HostAccount> saved {HostAccount::gitHubCom(), custom, HostAccount::enterprise(u"b.corp"_s)};
        {
            QSettings s(path, QSettings::IniFormat);
            HostAccounts::save(s, saved);
        }
        QSettings s(path, QSettings::IniFormat);
        QCOMPARE(HostAccounts::load(s), saved);
        QCOMPARE(HostAccounts::find(s, u"GIT.corp:8443"_s), custom);
        QCOMPARE(HostAccounts::find(s, QString()), HostAccount::gitHubCom());
        QCOMPARE(HostAccounts::find(s, u"unknown.corp"_s), HostAccount::enterprise(u"unknown.corp"_s));
        // Removing a host really removes it.
        HostAccounts::save(s, {HostAccount::gitHubCom()});
        QCOMPARE(HostAccounts::load(s), QList<HostAccount> {HostAccount::gitHubCom()});
    }

    void loadSkipsInvalidAndDuplicates()
    {
        QTemporaryDir dir;
        QSettings s(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        s.beginWriteArray(PrLens::SettingsKeys::hostsArray());
        const QStringList hosts {u"a.corp"_s, u"a.corp"_s, u"github.com"_s, u"bad host"_s};
        for (int i = 0; i < hosts.size(); ++i) {
            s.setArrayIndex(i);
            s.setValue(u"host"_s, hosts.at(i));
            s.setValue(u"apiUrl"_s, u"https://x/api/v3"_s);
            s.setValue(u"graphqlUrl"_s, u"https://x/api/graphql"_s);
        }
        s.endArray();
        const QList<HostAccount> loaded = HostAccounts::load(s);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0), HostAccount::gitHubCom());
        QCOMPARE(loaded.at(1).host, u"a.corp"_s);
    }
};

QTEST_GUILESS_MAIN(TestHostAccount)
#include "tst_hostaccount.moc"
