// SPDX-License-Identifier: MIT
// Time to a painted window: `prlens-app --demo` against a minimal Qt Widgets program (startup_minimal), each
// started as a process until its window's first expose has been painted (PRLENS_STARTUP_TRACE=exit makes it
// say so on stderr and quit). Needs a display: run under `xvfb-run -a`.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

/// Milliseconds from starting @p program to its "painted" line, and the steps it marked on the way.
std::optional<double> timeToPaint(
    const QString &program, const QStringList &args, const QProcessEnvironment &env, QStringList *steps)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    QByteArray err;
    std::optional<double> painted;
    const auto seen = [&] {
        err += p.readAllStandardError();
        if (err.contains(" painted\n"))
            painted = double(t.nsecsElapsed()) / 1e6;
    };
    // The program quits right after saying so: its output may come only with its end.
    while (!painted && t.elapsed() < 30000) {
        if (p.waitForReadyRead(20))
            seen();
        else if (p.state() == QProcess::NotRunning) {
            seen();
            break;
        }
    }
    if (!p.waitForFinished(30000))
        p.kill();
    err += p.readAllStandardError();
    if (steps)
        *steps = QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts).filter(u"startup: "_s);
    return painted;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    int reps = 11;
    QString prlens = QStringLiteral(PRLENS_APP_PATH);
    QString minimal = QStringLiteral(PRLENS_MINIMAL_PATH);
    bool verbose = false;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--reps"_s && i + 1 < args.size())
            reps = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == u"--prlens"_s && i + 1 < args.size())
            prlens = args.at(++i);
        else if (args.at(i) == u"--steps"_s)
            verbose = true;
        else {
            out() << "usage: bench_startup [--reps N] [--prlens PATH] [--steps]\n";
            return 2;
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        out() << "bench_startup needs an X display: run it under xvfb-run -a\n";
        return 2;
    }
    // A home of its own: no saved window state, settings or cache of the user's. The first (unmeasured) run of
    // each program fills the demo week's cache and the system's file cache.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PRLENS_STARTUP_TRACE"_s, u"exit"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    const QStringList prlensArgs {u"--demo"_s, u"--lang"_s, u"en"_s};

    QList<double> a;
    QList<double> b;
    QStringList steps;
    for (int i = -1; i < reps; ++i) { // alternating, so that a slow moment hits both
        const auto m = timeToPaint(minimal, {}, env, nullptr);
        const auto p = timeToPaint(prlens, prlensArgs, env, &steps);
        if (!m || !p) {
            out() << "a program did not paint its window within 30 s\n" << steps.join(u'\n') << '\n';
            return 1;
        }
        if (i >= 0) {
            b.append(*m);
            a.append(*p);
        }
    }
    const double mm = median(b);
    const double pm = median(a);
    out() << "time to a painted window, median of " << reps << " runs:\n";
    out() << "  minimal Qt Widgets program: " << QString::number(mm, 'f', 1) << " ms\n";
    out() << "  prlens-app --demo:          " << QString::number(pm, 'f', 1) << " ms ("
          << QString::number(pm / mm, 'f', 2) << "x; target <= 1.5x)\n";
    if (verbose)
        out() << "steps of the last prlens-app run (ms since main):\n  " << steps.join(u"\n  "_s) << '\n';
    return 0;
}
