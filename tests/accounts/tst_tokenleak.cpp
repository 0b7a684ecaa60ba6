// SPDX-License-Identifier: MIT
// A recognisable token goes the window's way — system keychain → GitHub source → week cache — through a full
// week load and a patch load against the loopback GitHub server, with a redirect to another host on the way.
// Afterwards no file PR Lens wrote, no log line and no loaded data holds the token, and only the API host saw
// an Authorization header.
#include "cachedweeksource.h"
#include "fakegithubserver.h"
#include "githubsource.h"
#include "tokenstore.h"
#include "weekcache.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {
QStringList g_log;
void collect(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // The loopback server's own request log is the test's stand-in for GitHub, not PR Lens.
    if (context.category && QByteArrayView(context.category).startsWith("qt.httpserver"))
        return;
    g_log.append(message);
}
} // namespace

class TestTokenLeak : public QObject {
    Q_OBJECT

    // Files under root whose bytes contain needle.
    static QStringList filesContaining(const QString &root, const QByteArray &needle)
    {
        QStringList hits;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Needs a D-Bus session with gnome-keyring unlocked: run through scripts/test or dbus-run-session.");
    }

    void tokenStaysWithTheApiHost()
    {
        const QString datasetDir
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s;
        if (!QFileInfo::exists(datasetDir + u"/pulls.json"_s))
            QSKIP("The shared FastDeploy dataset is not available.");

        const QString token = u"ghp_LEAKCHECK_"_s + QString::number(QDateTime::currentMSecsSinceEpoch());
        FakeGitHubServer api;
        FakeGitHubServer other;
        QString error;
        QVERIFY2(api.addDataset(datasetDir, &error), qPrintable(error));
        QVERIFY2(other.addDataset(datasetDir, &error), qPrintable(error));
        QVERIFY(api.listen() != 0);
        const quint16 otherPort = other.listen();
        QVERIFY(otherPort != 0);
        api.setTokens({{token, u"leakcheck"_s}});
        FaultRule redirect; // same machine, another host name: another origin
        redirect.kind = FaultRule::Kind::Redirect;
        redirect.times = -1;
        redirect.pathContains = u"/files"_s;
        redirect.redirectTo = u"http://localhost:%1"_s.arg(otherPort);
        api.addFault(redirect);

        // The token is saved and read back the way the settings dialog and the window do.
        const QString host = u"127.0.0.1:"_s + QString::number(api.baseUrl().port());
        TokenStore store;
        QSignalSpy written(&store, &TokenStore::tokenWritten);
        store.writeToken(host, token);
        QVERIFY(written.wait(20000));
        QString readBack;
        TokenStore::readToken(host, this, [&readBack](const QString &t, const QString &) { readBack = t; });
        QTRY_COMPARE_WITH_TIMEOUT(readBack, token, 20000);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        g_log.clear();
        QLoggingCategory::setFilterRules(u"*.debug=true"_s); // whatever anything logs, it is checked
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        WeekData week;
        {
            WeekCache cache;
            QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));
            auto *github = new GitHubSource;
            github->setApiUrl(api.baseUrl());
            github->setToken(readBack);
            CachedWeekSource source(github, &cache);
            source.setPolicy(CachedWeekSource::Policy::Refresh);
            QSignalSpy finished(&source, &WeekSource::finished);
            QSignalSpy failed(&source, &WeekSource::failed);
            source.load(
                RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy"_s), IsoWeek(2026, 14), *UtcOffset::parse(u"+08:00"_s));
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
            const QString why = failed.isEmpty() ? QString() : failed.first().first().value<LoadError>().message;
            QVERIFY2(failed.isEmpty(), qPrintable(why));
            week = finished.first().first().value<WeekData>();
            QVERIFY(!week.pulls.isEmpty());
            // The files of a PR are redirected to another host: refused, not followed.
            QSignalSpy patchesFailed(&source, &WeekSource::failed);
            source.loadPatches(week.repo, week.pulls.first());
            QVERIFY(patchesFailed.wait(20000));
            QVERIFY(patchesFailed.first().first().value<LoadError>().message.contains(u"another address"_s));
            cache.close();
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QSettings().sync();

        const QByteArray needle = token.toUtf8();
        QCOMPARE(filesContaining(dir.path(), needle), QStringList());
        QCOMPARE(filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), needle),
            QStringList());
        QCOMPARE(filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), needle),
            QStringList());
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(QString(line).replace(token, u"<TOKEN>"_s).left(400)));
        QVERIFY(!QJsonDocument(week.toJson()).toJson().contains(needle));

        const auto apiRequests = api.requests();
        QVERIFY(!apiRequests.isEmpty());
        for (const auto &r : apiRequests)
            QCOMPARE(r.headers.value("authorization"), "Bearer " + needle);
        const auto otherRequests = other.requests();
        QVERIFY2(otherRequests.isEmpty(), "a redirect to another host was followed");

        QSignalSpy deleted(&store, &TokenStore::tokenDeleted);
        store.deleteToken(host);
        QVERIFY(deleted.wait(20000));
    }
};

QTEST_GUILESS_MAIN(TestTokenLeak)
#include "tst_tokenleak.moc"
