// SPDX-License-Identifier: MIT
#include "clitestrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

/// The `prlens` front end: it runs commands on local clones itself, linked without the network and windowing
/// libraries, and hands everything else to the full program (prlens-app) beside it.
class TestCliFrontEnd : public QObject {
    Q_OBJECT
private:
    static QProcessEnvironment withoutDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        return env;
    }

    static PrLens::CliTest::Result start(
        const QString &program, const QStringList &args, const QProcessEnvironment &env)
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(program, args);
        PrLens::CliTest::Result r;
        r.finished = p.waitForFinished(60000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void linksNoNetworkOrWindowingLibraries()
    {
        const QString readelf = QStandardPaths::findExecutable(u"readelf"_s);
        if (readelf.isEmpty())
            QSKIP("readelf (binutils) is not installed");
        const auto r = start(readelf, {u"-d"_s, PrLens::CliTest::binary()}, QProcessEnvironment::systemEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("libQt6Core"), r.out.constData());
        for (const char *heavy : {"libQt6Network", "libQt6Gui", "libQt6Widgets", "libQt6Charts", "qt6keychain"})
            QVERIFY2(!r.out.contains(heavy), heavy);
    }

    void versionAndHelpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("--version") << u"--version"_s << QByteArray("prlens ");
        QTest::addRow("--help") << u"--help"_s << QByteArray("--screenshot");
        QTest::addRow("report --help") << u"report"_s << QByteArray("--git");
    }

    void versionAndHelpWithoutDisplay()
    {
        QFETCH(QString, flag);
        QFETCH(QByteArray, expected);
        QStringList args {flag};
        if (flag == u"report")
            args.append(u"--help"_s);
        const auto r = start(PrLens::CliTest::binary(), args, withoutDisplay());
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(expected), r.out.constData());
    }

    void saysWhenTheFullProgramIsMissing()
    {
        // A front end copied away from prlens-app: GitHub needs the full program, which is not there.
        QTemporaryDir dir;
        const QString lone = dir.filePath(u"prlens"_s);
        QVERIFY(QFile::copy(PrLens::CliTest::binary(), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::permissions(lone) | QFile::ExeUser));
        QTemporaryDir home;
        QProcessEnvironment env = withoutDisplay();
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        const auto r = start(lone, {u"report"_s, u"--repo"_s, u"octo/hello"_s, u"--week"_s, u"2026-W14"_s}, env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(r.err.contains("prlens-app was not found"), r.err.constData());
    }

    void saysWhenTheGitHubModuleIsMissing()
    {
        // The programs copied without the module beside them that holds the GitHub code (prlens-github.so).
        QTemporaryDir dir;
        const QString appDir = QFileInfo(PrLens::CliTest::binary()).absolutePath();
        for (const QString &name : {u"prlens"_s, u"prlens-app"_s}) {
            QVERIFY(QFile::copy(QDir(appDir).filePath(name), dir.filePath(name)));
            QVERIFY(QFile::setPermissions(dir.filePath(name), QFile::permissions(dir.filePath(name)) | QFile::ExeUser));
        }
        QTemporaryDir home;
        QProcessEnvironment env = withoutDisplay();
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"GH_TOKEN"_s, u"ghp_not_sent_anywhere"_s);
        const auto r = start(dir.filePath(u"prlens"_s),
            {u"report"_s, u"--repo"_s, u"octo/hello"_s, u"--week"_s, u"2026-W14"_s, u"--api-url"_s,
                u"http://127.0.0.1:9"_s},
            env);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(r.err.contains("prlens-github.so") && r.err.contains("Reinstall PR Lens"), r.err.constData());
        QVERIFY2(!r.err.contains("ghp_not_sent_anywhere"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliFrontEnd)
#include "tst_clifrontend.moc"
