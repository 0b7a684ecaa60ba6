// SPDX-License-Identifier: MIT
#include "clitestrun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

/// `prlens report --demo` and `--embedded-default`: the bundled week as a report, offline, from the front end.
class TestCliDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

    static PrLens::CliTest::Result runIn(
        const QString &program, const QString &workDir, const QStringList &args, const QString &home)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            env.remove(name);
        env.insert(u"XDG_CACHE_HOME"_s, home + u"/cache"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(workDir);
        p.start(program, args);
        PrLens::CliTest::Result r;
        r.finished = p.waitForFinished(120000);
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void writesTheDemoWeeksReport()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--demo"_s, u"--format"_s, u"json"_s}, m_home.path());
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(!o.isEmpty(), r.out.left(300).constData());
        QCOMPARE(o.value("pulls"_L1).toArray().size(), 199);
    }

    void markdownNamesTheRepositoryAndWeek()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--demo"_s}, m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("vllm-project/vllm"));
        QVERIFY(r.out.contains("2026-W13"));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
    }

    void runsInTheFrontEndAlone()
    {
        // A front end copied away from prlens-app still writes it: the demo needs no network or windows.
        QTemporaryDir dir;
        const QString lone = dir.filePath(u"prlens"_s);
        QVERIFY(QFile::copy(PrLens::CliTest::binary(), lone));
        QVERIFY(QFile::setPermissions(lone, QFile::permissions(lone) | QFile::ExeUser));
        const auto r = runIn(lone, dir.path(), {u"report"_s, u"--demo"_s, u"--format"_s, u"html"_s}, m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("vllm-project/vllm"));
    }

    void anotherWeekIsNotFound()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--demo"_s, u"--week"_s, u"2026-W12"_s}, m_home.path());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY2(r.err.contains("2026-W13"), r.err.constData());
    }

    void demoExcludesOtherSources()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--demo"_s, u"--repo"_s, u"octo/hello"_s}, m_home.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }

    void embeddedDefaultOutsideAClone()
    {
        // Started in a folder that is no clone: what the window shows first, the demo week.
        QTemporaryDir plain;
        const auto r
            = runIn(PrLens::CliTest::binary(), plain.path(), {u"report"_s, u"--embedded-default"_s}, m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("vllm-project/vllm"));
        QVERIFY(r.out.contains("2026-W13"));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_clidemo.moc"
