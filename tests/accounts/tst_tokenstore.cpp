// SPDX-License-Identifier: MIT
// TokenStore against a real Secret Service (gnome-keyring in a private D-Bus session; scripts/test sets one up)
// and, through a helper process, against no keychain at all.
#include "tokenstore.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using PrLens::TokenStore;

class TestTokenStore : public QObject {
    Q_OBJECT

private:
    // Unique per run so that a keyring shared with other runs never mixes tokens.
    QString host(const char *name) const { return QString::fromLatin1(name) + u'.' + m_suffix + u".example"_s; }
    static QString readToken(TokenStore &store, const QString &host)
    {
        QSignalSpy read(&store, &TokenStore::tokenRead);
        QSignalSpy failed(&store, &TokenStore::failed);
        store.readToken(host);
        if (!QTest::qWaitFor([&] { return read.count() + failed.count() > 0; }, 20000))
            return u"<timeout>"_s;
        if (!failed.isEmpty())
            return u"<failed: "_s + failed.first().at(1).toString() + u'>';
        if (read.first().at(0).toString() != host)
            return u"<wrong host>"_s;
        return read.first().at(1).toString();
    }
    // Empty on success, else what went wrong (the keychain's message, e.g. a locked keyring).
    static QString outcome(QSignalSpy &done, QSignalSpy &failed, const QString &host)
    {
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 20000))
            return u"timeout"_s;
        if (!failed.isEmpty())
            return failed.first().at(1).toString();
        return done.first().at(0).toString() == host ? QString() : u"wrong host"_s;
    }
    static QString writeToken(TokenStore &store, const QString &host, const QString &token)
    {
        QSignalSpy written(&store, &TokenStore::tokenWritten);
        QSignalSpy failed(&store, &TokenStore::failed);
        store.writeToken(host, token);
        return outcome(written, failed, host);
    }
    static QString deleteToken(TokenStore &store, const QString &host)
    {
        QSignalSpy deleted(&store, &TokenStore::tokenDeleted);
        QSignalSpy failed(&store, &TokenStore::failed);
        store.deleteToken(host);
        return outcome(deleted, failed, host);
    }

    QString m_suffix = QUuid::createUuid().toString(QUuid::Id128).left(12);

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Needs a D-Bus session with gnome-keyring unlocked: run through scripts/test or dbus-run-session.");
    }

    void storeReadReplaceDelete_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("replacement");
        QTest::addRow("classic tokens") << u"ghp_first0000000000000000000000000000"_s
                                        << u"ghp_second000000000000000000000000000"_s
                                        << u"ghp_replaced00000000000000000000000000"_s;
        QTest::addRow("fine-grained tokens")
            << u"github_pat_11AAAAAAA0first_xyz"_s << u"github_pat_11BBBBBBB0second_xyz"_s
            << u"github_pat_11CCCCCCC0third_xyz"_s;
        QTest::addRow("non-ASCII and spaces") << u"tök en 1"_s << u"令牌 2"_s << u"tok\u00e9n 3"_s;
    }

    void storeReadReplaceDelete()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, replacement);
        TokenStore store;
        const QString a = host("alpha") + QString::fromLatin1(QTest::currentDataTag()).left(3);
        const QString b = host("beta") + QString::fromLatin1(QTest::currentDataTag()).left(3);

        QCOMPARE(writeToken(store, a, first), QString());
        QCOMPARE(writeToken(store, b, second), QString());
        QCOMPARE(readToken(store, a), first);
        QCOMPARE(readToken(store, b), second);

        QCOMPARE(writeToken(store, a, replacement), QString());
        QCOMPARE(readToken(store, a), replacement);
        QCOMPARE(readToken(store, b), second); // no cross-talk between hosts

        QCOMPARE(deleteToken(store, a), QString());
        QCOMPARE(readToken(store, a), QString());
        QCOMPARE(readToken(store, b), second);
        QCOMPARE(deleteToken(store, b), QString());
        QCOMPARE(readToken(store, b), QString());
        QVERIFY(store.isAvailable());
        QCOMPARE(store.pendingJobs(), 0);
    }

    void missingTokenReadsEmptyAndDeletes()
    {
        TokenStore store;
        const QString h = host("never-stored");
        QCOMPARE(readToken(store, h), QString());
        QCOMPARE(deleteToken(store, h), QString());
    }

    void hostKeyIsCaseInsensitive()
    {
        TokenStore store;
        const QString h = host("casing");
        QCOMPARE(writeToken(store, h.toUpper(), u"ghp_case"_s), QString());
        QCOMPARE(readToken(store, h), u"ghp_case"_s);
        QCOMPARE(deleteToken(store, h), QString());
    }

    void oneShotReadCallsBack()
    {
        TokenStore store;
        const QString h = host("oneshot");
        QCOMPARE(writeToken(store, h, u"ghp_oneshot"_s), QString());
        QObject context;
        QString got = u"<not called>"_s;
        TokenStore::readToken(h, &context, [&got](const QString &token, const QString &) { got = token; });
        QTRY_COMPARE_WITH_TIMEOUT(got, u"ghp_oneshot"_s, 20000);
        QCOMPARE(deleteToken(store, h), QString());
        got = u"<not called>"_s;
        TokenStore::readToken(h, &context, [&got](const QString &token, const QString &) { got = token; });
        QTRY_COMPARE_WITH_TIMEOUT(got, QString(), 20000);
    }

    void oneShotReadDroppedWithContext()
    {
        int calls = 0;
        {
            QObject context;
            TokenStore::readToken(host("gone"), &context, [&calls](const QString &, const QString &) { ++calls; });
        }
        QTest::qWait(200); // let the keychain job finish; its result must go nowhere
        QCOMPARE(calls, 0);
    }

    void tokenNeverInSettings()
    {
        TokenStore store;
        const QString h = host("settings");
        const QString token = u"ghp_SETTINGSCHECK_0123456789"_s;
        QSettings().setValue(u"probe/written"_s, true); // make sure a settings file exists
        QCOMPARE(writeToken(store, h, token), QString());
        QSettings().sync();
        const QStringList roots {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)};
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
            }
        }
        QCOMPARE(deleteToken(store, h), QString());
    }

    void withoutSecretService_data()
    {
        QTest::addColumn<bool>("fallback");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("no fallback: explains, works unauthenticated")
            << false
            << QStringList {u"failed: "_s + TokenStore::unavailableMessage(), u"available: no"_s,
                   u"oneshot token: none"_s, u"oneshot notice: "_s + TokenStore::unavailableMessage()};
        QTest::addRow("fallback allowed by the user: unencrypted file")
            << true << QStringList {u"read: same"_s, u"available: no"_s, u"oneshot token: same"_s};
    }

    void withoutSecretService()
    {
        QFETCH(bool, fallback);
        QFETCH(QStringList, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "KDE_FULL_SESSION",
                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, home.path()); // no "bus" socket there
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"PRLENS_PROBE_TRACE_CREATES"_s, home.path()); // umask 0, and every file created is reported
        QProcess probe;
        probe.setProcessEnvironment(env);
        QStringList args;
        if (fallback)
            args << u"--fallback"_s;
        const QString token = u"ghp_PROBE_0123456789"_s;
        args << host("nokeychain") << token;
        probe.start(QStringLiteral(PRLENS_TOKENSTORE_PROBE), args);
        QVERIFY(probe.waitForFinished(90000));
        const QString out = QString::fromUtf8(probe.readAllStandardOutput());
        QCOMPARE(probe.exitCode(), 0);
        QVERIFY2(!out.contains(token), qPrintable(out));
        for (const QString &line : std::as_const(expected))
            QVERIFY2(out.contains(line), qPrintable(out));
        // Only with the user's consent does the token land on disk, and then only in the dedicated file.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QStringList holders;
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(token.toUtf8()))
                holders << QFileInfo(f.fileName()).fileName();
        }
        QCOMPARE(holders, fallback ? QStringList {u"unencrypted-tokens.ini"_s} : QStringList {});
        // The token file is owner-only from its creation on, whatever the umask: never 0644 first, then 0600.
        const QString tokenFolder = home.filePath(u"config/PRLensProbe/tokenstore_probe"_s);
        const QStringList created = QString::fromUtf8(probe.readAllStandardError()).split(u'\n');
        int tokenFiles = 0;
        for (const QString &line : created) {
            if (!line.startsWith(u"created: "_s) || !line.contains(tokenFolder) || line.contains(u".lock "_s))
                continue;
            ++tokenFiles;
            const uint mode = line.section(u' ', -1).toUInt(nullptr, 8);
            QVERIFY2((mode & 077) == 0, qPrintable(line));
        }
        QVERIFY2(!fallback || tokenFiles > 0, qPrintable(created.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
