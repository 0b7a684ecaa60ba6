// SPDX-License-Identifier: MIT
// Which token the command line uses for a host: the environment first, else the keychain; a github.com
// variable never feeds an Enterprise host.
#include "tokenresolver.h"
#include "tokenstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using PrLens::TokenResolver;
using PrLens::TokenStore;

class TestTokenResolver : public QObject {
    Q_OBJECT

    const QString m_ghe = u"ghe-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10) + u".example"_s;
    const QStringList m_variables {
        u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s, u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s};

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Needs a D-Bus session with gnome-keyring unlocked: run through scripts/test or dbus-run-session.");
        TokenStore store;
        QSignalSpy written(&store, &TokenStore::tokenWritten);
        store.writeToken(m_ghe, u"ghe_from_keychain"_s);
        QVERIFY(written.wait(20000));
    }

    void cleanupTestCase()
    {
        TokenStore store;
        QSignalSpy deleted(&store, &TokenStore::tokenDeleted);
        store.deleteToken(m_ghe);
        deleted.wait(20000);
    }

    void init()
    {
        for (const QString &v : m_variables)
            qunsetenv(v.toLatin1().constData());
    }

    void resolve_data()
    {
        QTest::addColumn<bool>("enterprise");
        QTest::addColumn<QStringList>("environment"); // NAME=value
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("origin");
        using O = TokenResolver::Origin;
        QTest::addRow("github.com: GITHUB_TOKEN")
            << false << QStringList {u"GITHUB_TOKEN=gh_env_1"_s} << u"gh_env_1"_s << int(O::Environment);
        QTest::addRow("github.com: GH_TOKEN")
            << false << QStringList {u"GH_TOKEN=gh_env_2"_s} << u"gh_env_2"_s << int(O::Environment);
        QTest::addRow("github.com: GITHUB_TOKEN wins")
            << false << QStringList {u"GH_TOKEN=second"_s, u"GITHUB_TOKEN=first"_s} << u"first"_s
            << int(O::Environment);
        QTest::addRow("Enterprise: its own variable")
            << true << QStringList {u"GITHUB_TOKEN=gh_env"_s, u"GH_ENTERPRISE_TOKEN=ghe_env"_s} << u"ghe_env"_s
            << int(O::Environment);
        QTest::addRow("Enterprise: a github.com variable is not used, the keychain is")
            << true << QStringList {u"GITHUB_TOKEN=gh_env"_s, u"GH_TOKEN=gh_env"_s} << u"ghe_from_keychain"_s
            << int(O::Keychain);
        QTest::addRow("github.com: blank variable ignored")
            << false << QStringList {u"GITHUB_TOKEN=  "_s} << QString() << int(O::None);
    }

    void unparsableHostGetsNoToken_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("user info") << u"github.com@127.0.0.1"_s;
        QTest::addRow("URL with user info") << u"https://github.com@127.0.0.1/o/n"_s;
        QTest::addRow("space") << u"github.com x"_s;
    }
    void unparsableHostGetsNoToken()
    {
        QFETCH(QString, host);
        for (const QString &v : m_variables)
            qputenv(v.toLatin1().constData(), "must_not_be_used");
        QVERIFY(TokenResolver::environmentVariables(host).isEmpty());
        QVERIFY(TokenResolver::environmentToken(host).isEmpty());
        bool called = false;
        QString token = u"unset"_s;
        QObject context;
        TokenResolver::resolve(host, &context, [&](const QString &t, TokenResolver::Origin o, const QString &) {
            called = true;
            token = t;
            QCOMPARE(o, TokenResolver::Origin::None);
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        QCOMPARE(token, QString());
        // A missing host is github.com, deliberately.
        QCOMPARE(TokenResolver::environmentVariables(QString()), (QStringList {u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s}));
    }

    void resolve()
    {
        QFETCH(bool, enterprise);
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QFETCH(int, origin);
        for (const QString &pair : std::as_const(environment)) {
            const qsizetype eq = pair.indexOf(u'=');
            qputenv(pair.left(eq).toLatin1().constData(), pair.mid(eq + 1).toUtf8());
        }
        // github.com's keychain entry is whatever the user has; only check it is not consulted when env is set.
        const QString host = enterprise ? m_ghe : u"github.com"_s;
        bool called = false;
        QString token;
        int gotOrigin = -1;
        QObject context;
        TokenResolver::resolve(host, &context, [&](const QString &t, TokenResolver::Origin o, const QString &) {
            called = true;
            token = t;
            gotOrigin = int(o);
        });
        if (origin == int(TokenResolver::Origin::Environment))
            QVERIFY(called); // answered at once, without the keychain
        QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
        if (!enterprise && origin == int(TokenResolver::Origin::None)) {
            QVERIFY(gotOrigin != int(TokenResolver::Origin::Environment));
            return;
        }
        QCOMPARE(token, expected);
        QCOMPARE(gotOrigin, origin);
    }
};

QTEST_GUILESS_MAIN(TestTokenResolver)
#include "tst_tokenresolver.moc"
