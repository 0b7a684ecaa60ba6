// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace PrLens {

/// Runs the git executable directly (no shell) with a predictable environment, asynchronously or, for quick
/// queries, synchronously.
namespace GitProcess {

struct Result {
    bool started = false; ///< false when the executable could not be started
    bool crashed = false; ///< killed or crashed
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return started && !crashed && exitCode == 0; }
    /// First line of stderr, for logs and error details.
    QString firstErrorLine() const;
};

/// "git" found on PATH, or empty when it is missing.
QString defaultProgram();

/// The environment git runs with: C locale, no prompts, no pager, no inherited GIT_DIR, no GitHub token variables;
/// on Linux, unless set already, GLIBC_TUNABLES = mallocTunables().
QProcessEnvironment environment();
/// glibc's malloc settings for git's runs: the heap on transparent huge pages, grown 32 MB at a time.
QString mallocTunables();
/// @p args behind the options every git run gets: no signature checks (gpg never runs for an untrusted clone).
QStringList arguments(const QStringList &args);

/// Starts git in @p workDir. @p done is called once on @p context's thread (unless the process is deleted
/// first); the process is a child of @p context and deletes itself afterwards. Kill it to cancel.
/// git reads @p input on its standard input (then end of file); without input, standard input is empty.
QProcess *start(QObject *context, const QString &program, const QString &workDir, const QStringList &args,
    std::function<void(const Result &)> done, const QByteArray &input = {});

/// Runs git to completion, for quick queries (e.g. one `git log -1`). Kills it after @p timeoutMs.
Result run(const QString &program, const QString &workDir, const QStringList &args, int timeoutMs = 10000);

} // namespace GitProcess
} // namespace PrLens
