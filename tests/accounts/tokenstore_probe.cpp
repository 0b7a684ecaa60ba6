// SPDX-License-Identifier: MIT
// tokenstore_probe [--fallback] HOST TOKEN: writes then reads TOKEN for HOST and prints what happened,
// one "event: detail" line each. Used to check TokenStore where no keychain exists.
// With PRLENS_PROBE_TRACE_CREATES=DIR it runs with a umask of 0 and reports on standard error every file it
// creates under DIR, with the mode asked for ("created: PATH MODE"): nothing the umask could hide.
#include "settingskeys.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const char *s_tracePrefix = nullptr;

void noteCreate(const char *path, int flags, mode_t mode)
{
    if (!s_tracePrefix || !path || !(flags & (O_CREAT | O_TMPFILE)))
        return;
    if (std::strncmp(path, s_tracePrefix, std::strlen(s_tracePrefix)) != 0)
        return;
    char line[4200];
    const int n = std::snprintf(line, sizeof line, "created: %s%s %o\n", path,
        (flags & O_TMPFILE) == O_TMPFILE ? " (unnamed)" : "", unsigned(mode));
    if (n > 0 && ::write(STDERR_FILENO, line, std::min<size_t>(size_t(n), sizeof line - 1)) < 0)
        return; // nothing to do about a closed standard error
}

mode_t modeArgument(int flags, va_list args)
{
    return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? mode_t(va_arg(args, int)) : 0;
}

template<typename Fn> Fn next(const char *name)
{
    return reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, name));
}

} // namespace

// Every way Qt opens a file, seen before libc does it. Only what an open really creates is reported: Qt also
// opens existing files with O_CREAT (QSettings does), where the mode means nothing.
#define PRLENS_TRACED_OPEN(name, dirArg, ...)                                                                          \
    va_list args;                                                                                                      \
    va_start(args, flags);                                                                                             \
    const mode_t mode = modeArgument(flags, args);                                                                     \
    va_end(args);                                                                                                      \
    const bool existed = (flags & O_TMPFILE) != O_TMPFILE && ::faccessat(dirArg, path, F_OK, AT_EACCESS) == 0;         \
    static const auto real = next<decltype(&name)>(#name);                                                             \
    const int fd = real(__VA_ARGS__, mode);                                                                            \
    if (fd >= 0 && !existed)                                                                                           \
        noteCreate(path, flags, mode);                                                                                 \
    return fd;

extern "C" int open(const char *path, int flags, ...)
{
    PRLENS_TRACED_OPEN(open, AT_FDCWD, path, flags)
}

extern "C" int open64(const char *path, int flags, ...)
{
    PRLENS_TRACED_OPEN(open64, AT_FDCWD, path, flags)
}

extern "C" int openat(int dir, const char *path, int flags, ...)
{
    PRLENS_TRACED_OPEN(openat, dir, dir, path, flags)
}

extern "C" int openat64(int dir, const char *path, int flags, ...)
{
    PRLENS_TRACED_OPEN(openat64, dir, dir, path, flags)
}

int main(int argc, char **argv)
{
    s_tracePrefix = std::getenv("PRLENS_PROBE_TRACE_CREATES");
    if (s_tracePrefix)
        ::umask(0);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PRLensProbe"_s);
    QCoreApplication::setApplicationName(u"tokenstore_probe"_s);
    QStringList args = app.arguments().mid(1);
    const bool fallback = args.removeAll(u"--fallback"_s) > 0;
    if (args.size() != 2)
        return 2;
    const QString host = args.at(0);
    const QString token = args.at(1);

    QTextStream out(stdout);
    // Finally the one-shot read the window and the command line use: token and notice.
    auto oneShotThenQuit = [&] {
        PrLens::TokenStore::readToken(host, &app, [&](const QString &t, const QString &notice) {
            out << "oneshot token: " << (t.isEmpty() ? "none" : t == token ? "same" : "different") << Qt::endl;
            out << "oneshot notice: " << notice << Qt::endl;
            app.exit(0);
        });
    };
    PrLens::TokenStore store;
    store.setInsecureFallbackAllowed(fallback);
    QSettings().setValue(PrLens::SettingsKeys::insecureTokenFallback(), fallback); // the one-shot read follows it
    QObject::connect(&store, &PrLens::TokenStore::failed, &app, [&](const QString &, const QString &message) {
        out << "failed: " << message << Qt::endl;
        out << "available: " << (store.isAvailable() ? "yes" : "no") << Qt::endl;
        oneShotThenQuit();
    });
    QObject::connect(&store, &PrLens::TokenStore::tokenWritten, &app, [&](const QString &h) {
        out << "written: " << h << Qt::endl;
        store.readToken(h);
    });
    QObject::connect(&store, &PrLens::TokenStore::tokenRead, &app, [&](const QString &, const QString &t) {
        out << "read: " << (t == token ? "same" : "different") << Qt::endl;
        out << "available: " << (store.isAvailable() ? "yes" : "no") << Qt::endl;
        oneShotThenQuit();
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "timeout" << Qt::endl;
        app.exit(1);
    });
    store.writeToken(host, token);
    return app.exec();
}
