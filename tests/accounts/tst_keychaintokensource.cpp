// SPDX-License-Identifier: MIT
// The window's way to a token: KeychainTokenSource reads the repository host's token from the keychain before a
// load, so the loopback GitHub server sees it; with no token or no keychain at all it loads public data.
#include "fakegithubserver.h"
#include "githubsource.h"
#include "githubsupport.h"
#include "keychaintokensource.h"
#include "tokenstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {
const QString kDataset
    = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;

struct Outcome {
    bool finished = false;
    int pulls = 0;
    LoadError error;
    QStringList notices;
    int patched = -1; ///< PRs whose patches the week's patch phase delivered; -1: the phase did not end
    int patchesUnread = 0;
};

/// A GitHub source for @p api, as the window's source factory wraps it.
GitHubSource *github(const QUrl &api)
{
    auto *source = new GitHubSource;
    source->setApiUrl(api);
    return source;
}

Outcome loadWeek(const QUrl &api, const QString &host)
{
    GitHubSource *inner = github(api);
    KeychainTokenSource source(inner, GitHubSupport::tokenSetter(inner));
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy failed(&source, &WeekSource::failed);
    QSignalSpy notices(&source, &KeychainTokenSource::notice);
    source.load(RepoRef::parseGitHub(QString(host + u"/PaddlePaddle/FastDeploy"_s)), IsoWeek(2026, 14),
        *UtcOffset::parse(u"+08:00"_s));
    Outcome o;
    if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 60000)) {
        o.error.message = u"timeout"_s;
        return o;
    }
    o.finished = !finished.isEmpty();
    if (o.finished) {
        // The window reads the week's patches through this wrapper too: they must reach the GitHub source.
        const WeekData week = finished.first().first().value<WeekData>();
        o.pulls = int(week.pulls.size());
        QSignalSpy patches(&source, &WeekSource::weekPatchesLoaded);
        QSignalSpy patchesDone(&source, &WeekSource::weekPatchesFinished);
        source.loadWeekPatches(week.repo, week.pulls);
        if (patchesDone.wait(60000)) {
            o.patched = int(patches.size());
            o.patchesUnread = int(patchesDone.first().first().value<QList<LedgerEntry>>().size());
        }
    } else {
        o.error = failed.first().first().value<LoadError>();
    }
    for (const auto &n : std::as_const(notices))
        o.notices << n.first().toString();
    return o;
}
} // namespace

class TestKeychainTokenSource : public QObject {
    Q_OBJECT

    const QString m_host = u"kc-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10) + u".example"_s;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(kDataset + u"/pulls.json"_s))
            QSKIP("The shared FastDeploy dataset is not available.");
    }

    void storedTokenIsSent_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addRow("token in the keychain") << u"ghp_KEYCHAIN_0123456789"_s;
        QTest::addRow("no token stored") << QString();
    }
    void storedTokenIsSent()
    {
        if (!qEnvironmentVariableIsSet("PRLENS_NO_KEYCHAIN_CHILD")
            && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Needs a D-Bus session with gnome-keyring unlocked: run through scripts/test or dbus-run-session.");
        if (qEnvironmentVariableIsSet("PRLENS_NO_KEYCHAIN_CHILD"))
            QSKIP("Runs in the parent process only.");
        QFETCH(QString, token);
        TokenStore store;
        QSignalSpy done(&store, token.isEmpty() ? &TokenStore::tokenDeleted : &TokenStore::tokenWritten);
        if (token.isEmpty())
            store.deleteToken(m_host);
        else
            store.writeToken(m_host, token);
        QVERIFY(done.wait(20000));

        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(kDataset, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        const Outcome o = loadWeek(server.baseUrl(), m_host);
        if (token.isEmpty()) {
            // Sent without a token, which GitHub's GraphQL API refuses: the error asks for one.
            QVERIFY(!o.finished);
            QCOMPARE(o.error.kind, LoadError::Kind::Unauthorized);
            QVERIFY2(o.error.message.contains("Add a token"_L1), qPrintable(o.error.message));
        } else {
            QVERIFY2(o.finished, qPrintable(o.error.message));
            QVERIFY(o.pulls > 0);
            QCOMPARE(o.patched, o.pulls);
            QCOMPARE(o.patchesUnread, 0);
        }
        QCOMPARE(o.notices, QStringList());
        const auto requests = server.requests();
        if (!token.isEmpty()) // the week's patches went through the wrapper too
            QVERIFY(std::any_of(
                requests.cbegin(), requests.cend(), [](const auto &r) { return r.path.endsWith(u"/files"_s); }));
        for (const auto &r : requests) {
            if (token.isEmpty())
                QVERIFY(!r.headers.contains("authorization"));
            else
                QCOMPARE(r.headers.value("authorization"), "Bearer " + token.toUtf8());
        }
        if (!token.isEmpty()) {
            QSignalSpy deleted(&store, &TokenStore::tokenDeleted);
            store.deleteToken(m_host);
            QVERIFY(deleted.wait(20000));
        }
    }

    void cancelWhileReadingTheKeychain()
    {
        GitHubSource *inner = github(QUrl(u"http://127.0.0.1:9"_s));
        KeychainTokenSource source(inner, GitHubSupport::tokenSetter(inner));
        QSignalSpy failed(&source, &WeekSource::failed);
        QSignalSpy finished(&source, &WeekSource::finished);
        source.load(RepoRef::parseGitHub(QString(m_host + u"/o/n"_s)), IsoWeek(2026, 14), UtcOffset());
        source.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        QTest::qWait(300); // the keychain answer arrives and must start nothing
        QCOMPARE(failed.size(), 1);
        QCOMPARE(finished.size(), 0);
    }

    // Run by withoutSecretService() in a child process that has no session bus.
    void publicDataWithoutKeychain()
    {
        if (!qEnvironmentVariableIsSet("PRLENS_NO_KEYCHAIN_CHILD"))
            QSKIP("Runs in the child process started by withoutSecretService().");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(kDataset, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        const Outcome o = loadWeek(server.baseUrl(), m_host);
        // The request goes out without a token (GitHub's GraphQL API then asks for one) and the notice says why.
        QVERIFY(!o.finished);
        QCOMPARE(o.error.kind, LoadError::Kind::Unauthorized);
        QCOMPARE(o.notices, QStringList {TokenStore::unavailableMessage()});
        for (const auto &r : server.requests())
            QVERIFY(!r.headers.contains("authorization"));
    }

    void withoutSecretService()
    {
        if (qEnvironmentVariableIsSet("PRLENS_NO_KEYCHAIN_CHILD"))
            QSKIP("Runs in the parent process only.");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "KDE_FULL_SESSION",
                 "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_SESSION_VERSION"})
            env.remove(QString::fromLatin1(name));
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
        env.insert(u"PRLENS_NO_KEYCHAIN_CHILD"_s, u"1"_s);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"publicDataWithoutKeychain"_s});
        QVERIFY(child.waitForFinished(120000));
        const QString out = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitCode() == 0, qPrintable(out));
        QVERIFY2(out.contains(u"PASS   : TestKeychainTokenSource::publicDataWithoutKeychain()"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenSource)
#include "tst_keychaintokensource.moc"
