// SPDX-License-Identifier: MIT
// The whole command line with a recognisable token — from the environment or from the system keychain — against
// the loopback GitHub server, in an isolated home: every report format is written, then every file PR Lens
// wrote and its output are searched for the token. The token reaches the API host only; GraphQL redirected to
// another host name arrives there without Authorization; a github.com variable never feeds an Enterprise host.
#include "fakegithubserver.h"
#include "tokenstore.h"

#include <QDirIterator>
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

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// The Enterprise host's own token in the run that also has github.com's token in the environment.
const QString kEnterpriseToken = u"ghp_enterprise_host_token_0123456789"_s;

Run runPrlens(const QStringList &args, const QString &home, const QHash<QString, QString> &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GITHUB_TOKEN", "GH_TOKEN", "GH_ENTERPRISE_TOKEN", "GITHUB_ENTERPRISE_TOKEN"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_STATE_HOME"_s, home + u"/state"_s);
    env.insert(u"TMPDIR"_s, home + u"/tmp"_s);
    QDir(home).mkpath(u"tmp"_s);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(home);
    QSignalSpy done(&p, &QProcess::finished);
    p.start(QStringLiteral(PRLENS_BINARY_DIR "/app/prlens"), args);
    Run r;
    if (!done.wait(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList filesContaining(const QString &root, const QByteArray &needle, int *fileCount)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ++*fileCount;
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}
} // namespace

class TestCliTokenLeak : public QObject {
    Q_OBJECT

    const QString m_host = u"leak-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10) + u".example"_s;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!QFileInfo::exists(kDataset + u"/pulls.json"_s))
            QSKIP("The shared FastDeploy dataset is not available.");
        if (!QFileInfo::exists(QStringLiteral(PRLENS_BINARY_DIR "/app/prlens")))
            QSKIP("The prlens executable is not built.");
    }

    void fullLoadLeaksNothing_data()
    {
        QTest::addColumn<QString>("origin"); // env | keychain | wrong-host
        QTest::addRow("token from GITHUB_TOKEN") << u"env"_s;
        QTest::addRow("token from the system keychain") << u"keychain"_s;
        QTest::addRow("github.com variable, Enterprise repository") << u"wrong-host"_s;
    }

    void fullLoadLeaksNothing()
    {
        QFETCH(QString, origin);
        const bool keychain = origin == u"keychain"_s;
        if (keychain && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("Needs a D-Bus session with gnome-keyring unlocked: run through scripts/test or dbus-run-session.");
        const QString token = u"ghp_LEAKCHECK_"_s + QUuid::createUuid().toString(QUuid::Id128);

        FakeGitHubServer api;
        FakeGitHubServer other;
        QString error;
        QVERIFY2(api.addDataset(kDataset, &error), qPrintable(error));
        QVERIFY2(other.addDataset(kDataset, &error), qPrintable(error));
        QVERIFY(api.listen() != 0);
        const quint16 otherPort = other.listen();
        QVERIFY(otherPort != 0);

        QHash<QString, QString> env;
        QString repo = u"PaddlePaddle/FastDeploy"_s;
        TokenStore store;
        if (origin == u"env"_s) {
            env.insert(u"GITHUB_TOKEN"_s, token);
        } else if (keychain) {
            repo = m_host + u"/PaddlePaddle/FastDeploy"_s;
            QSignalSpy written(&store, &TokenStore::tokenWritten);
            store.writeToken(m_host, token);
            QVERIFY(written.wait(20000));
        } else {
            repo = m_host + u"-none/PaddlePaddle/FastDeploy"_s;
            env.insert(u"GITHUB_TOKEN"_s, token);
            env.insert(u"GH_TOKEN"_s, token);
            // GitHub's GraphQL API answers only signed-in requests: the Enterprise host gets its own token.
            env.insert(u"GH_ENTERPRISE_TOKEN"_s, kEnterpriseToken);
        }

        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QStringList formats {u"json"_s, u"md"_s, u"html"_s, u"pdf"_s};
        QByteArray output;
        for (const QString &format : formats) {
            const QString file = home.filePath(u"report."_s + format);
            const Run r
                = runPrlens({u"report"_s, u"--repo"_s, repo, u"--api-url"_s, api.baseUrl().toString(), u"--week"_s,
                                u"2026-W14"_s, u"--tz"_s, u"+08:00"_s, u"--format"_s, format, u"-o"_s, file},
                    home.path(), env);
            QVERIFY2(r.exitCode == 0 || (format == u"pdf"_s && r.exitCode == 2), r.err.constData());
            output += r.out + r.err;
            if (r.exitCode == 0)
                QVERIFY2(QFileInfo(file).size() > 0, qPrintable(format));
        }
        // One more run to stdout, in the other language.
        const Run md
            = runPrlens({u"report"_s, u"--repo"_s, repo, u"--api-url"_s, api.baseUrl().toString(), u"--week"_s,
                            u"2026-W14"_s, u"--tz"_s, u"+08:00"_s, u"--format"_s, u"md"_s, u"--lang"_s, u"zh_CN"_s},
                home.path(), env);
        QVERIFY2(md.exitCode == 0, md.err.constData());
        QVERIFY(!md.out.isEmpty());
        output += md.out + md.err;

        // A redirect to the same machine under another host name (another origin) is refused, not followed.
        FaultRule redirect;
        redirect.kind = FaultRule::Kind::Redirect;
        redirect.times = -1;
        redirect.pathContains = u"/graphql"_s;
        redirect.redirectTo = u"http://localhost:%1"_s.arg(otherPort);
        api.addFault(redirect);
        const Run redirected = runPrlens({u"report"_s, u"--repo"_s, repo, u"--api-url"_s, api.baseUrl().toString(),
                                             u"--week"_s, u"2026-W15"_s, u"--tz"_s, u"+08:00"_s, u"--refresh"_s},
            home.path(), env);
        QVERIFY2(redirected.exitCode == 1, redirected.err.constData());
        QVERIFY2(redirected.err.contains("another address"), redirected.err.constData());
        output += redirected.out + redirected.err;

        const QByteArray needle = token.toUtf8();
        QVERIFY2(!output.contains(needle), "the token is in the output");
        int files = 0;
        QCOMPARE(filesContaining(home.path(), needle, &files), QStringList());
        QVERIFY(files >= 4); // reports and the cache at least

        const auto apiRequests = api.requests();
        const auto otherRequests = other.requests();
        QVERIFY(!apiRequests.isEmpty());
        QVERIFY2(otherRequests.isEmpty(), "a redirect to another host was followed");
        for (const auto &r : apiRequests) {
            if (origin == u"wrong-host"_s)
                QCOMPARE(r.headers.value("authorization"), "Bearer " + kEnterpriseToken.toUtf8());
            else
                QCOMPARE(r.headers.value("authorization"), "Bearer " + needle);
        }

        if (keychain) {
            QSignalSpy deleted(&store, &TokenStore::tokenDeleted);
            store.deleteToken(m_host);
            QVERIFY(deleted.wait(20000));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliTokenLeak)
#include "tst_clitokenleak.moc"
