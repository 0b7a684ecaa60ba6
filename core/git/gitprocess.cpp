// SPDX-License-Identifier: MIT
#include "gitprocess.h"

#include "gitlogging.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace PrLens::GitProcess {

QString Result::firstErrorLine() const
{
    const QString text = QString::fromUtf8(err).trimmed();
    const qsizetype nl = text.indexOf(u'\n');
    return nl < 0 ? text : text.first(nl);
}

QString defaultProgram()
{
    return QStandardPaths::findExecutable(u"git"_s);
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &name :
        {u"GIT_DIR"_s, u"GIT_WORK_TREE"_s, u"GIT_INDEX_FILE"_s, u"GIT_NAMESPACE"_s, u"GIT_OBJECT_DIRECTORY"_s,
            u"GIT_ALTERNATE_OBJECT_DIRECTORIES"_s, u"GIT_EXTERNAL_DIFF"_s, u"GIT_DIFF_OPTS"_s})
        env.remove(name);
    // git and whatever it may start (hooks, helpers, programs named in an untrusted clone's config) get no token.
    for (const auto &name : {u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s, u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s})
        env.remove(name);
    env.insert(u"LC_ALL"_s, u"C"_s);
    env.insert(u"LANGUAGE"_s, u"C"_s);
    env.insert(u"GIT_TERMINAL_PROMPT"_s, u"0"_s);
    env.insert(u"GIT_OPTIONAL_LOCKS"_s, u"0"_s);
    env.insert(u"GIT_PAGER"_s, u"cat"_s);
#ifdef Q_OS_LINUX
    // A week's read allocates and frees a lot (inflated objects, delta bases, diffs), and a page fault is dear on a
    // virtual machine: glibc's heap on transparent huge pages, grown 32 MB at a time, took the benchmark's typical
    // week of `git log -p` from about 3,800 page faults to 470, and a third less time (bench/README.md).
    // Another C library ignores the variable; a user's own setting is left as it is.
    if (!env.contains(u"GLIBC_TUNABLES"_s))
        env.insert(u"GLIBC_TUNABLES"_s, mallocTunables());
#endif
    return env;
}

QString mallocTunables()
{
    return u"glibc.malloc.hugetlb=1:glibc.malloc.top_pad=33554432"_s;
}

QStringList arguments(const QStringList &args)
{
    // A clone's config may ask for signatures on every log and show (log.showSignature), which runs gpg.program.
    return QStringList {u"-c"_s, u"log.showSignature=false"_s} + args;
}

QProcess *start(QObject *context, const QString &program, const QString &workDir, const QStringList &args,
    std::function<void(const Result &)> done, const QByteArray &input)
{
    qCDebug(lcGit).noquote() << "git" << args.join(u' ') << "in" << workDir;
    auto *process = new QProcess(context);
    process->setProcessEnvironment(environment());
    process->setWorkingDirectory(workDir);
    if (input.isEmpty())
        process->setStandardInputFile(QProcess::nullDevice());
    auto finish = [process, done = std::move(done)](bool started) {
        Result r;
        r.started = started;
        if (started) {
            r.crashed = process->exitStatus() == QProcess::CrashExit;
            r.exitCode = process->exitCode();
            r.out = process->readAllStandardOutput();
            r.err = process->readAllStandardError();
        }
        process->disconnect();
        process->deleteLater();
        done(r);
    };
    QObject::connect(process, &QProcess::finished, context, [finish] { finish(true); });
    QObject::connect(process, &QProcess::errorOccurred, context, [finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(false);
    });
    process->start(program, arguments(args));
    if (!input.isEmpty() && process->state() != QProcess::NotRunning) {
        // QProcess buffers the input and writes it as git reads; a failed start has already reported.
        process->write(input);
        process->closeWriteChannel();
    }
    return process;
}

Result run(const QString &program, const QString &workDir, const QStringList &args, int timeoutMs)
{
    qCDebug(lcGit).noquote() << "git" << args.join(u' ') << "in" << workDir << "(waiting for it)";
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(program, arguments(args));
    Result r;
    if (!process.waitForStarted())
        return r;
    r.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.crashed = true;
        return r;
    }
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace PrLens::GitProcess
