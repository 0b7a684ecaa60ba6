// SPDX-License-Identifier: MIT
// Runs the built prlens binary with its own cache and settings folders, without blocking the event loop
// (an in-process server may have to answer it).
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace PrLens::CliTest {

struct Result {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    /// stderr holds exactly one non-empty line.
    bool oneErrorLine() const { return err.endsWith('\n') && err.count('\n') == 1 && err.trimmed().size() > 10; }
};

inline QString binary()
{
    return QStringLiteral(PRLENS_BINARY_DIR "/app/prlens");
}

inline Result run(
    const QStringList &args, const QString &home, const QProcessEnvironment &extraEnv = {}, int timeoutMs = 240000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GITHUB_TOKEN"));
    env.remove(QStringLiteral("GH_TOKEN"));
    // GitHub's GraphQL API answers only signed-in requests: a token of the lowest precedence for either kind of
    // host, which a test's own GITHUB_TOKEN / GH_TOKEN / GH_ENTERPRISE_TOKEN overrides.
    env.insert(QStringLiteral("GH_TOKEN"), QStringLiteral("ghp_cli_tests_default_token"));
    env.insert(QStringLiteral("GITHUB_ENTERPRISE_TOKEN"), QStringLiteral("ghp_cli_tests_default_token"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QStringList extraKeys = extraEnv.keys();
    for (const QString &key : extraKeys)
        env.insert(key, extraEnv.value(key));
    p.setProcessEnvironment(env);
    p.setProgram(binary());
    p.setArguments(args);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    Result r;
    r.finished = done.wait(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace PrLens::CliTest
