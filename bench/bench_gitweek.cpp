// SPDX-License-Identifier: MIT
// Loading the busiest and a typical week of a large history with GitSource versus plain
// `git log --first-parent --numstat` over the same range, and with every PR's patch versus plain
// `git log --first-parent -p`, in the same run (median of several repetitions); the latter also with the malloc
// settings PR Lens gives its git runs (GitProcess::mallocTunables()), to show how much of the gain is git's own.
// Usage: bench_gitweek [REPO_PATH] [--reps N] [--prlens PATH] [--phases]. With the prlens executable (by default the
// one built beside this benchmark, when present) `prlens report --git` is timed as well, end to end (report as JSON,
// --refresh so that the source is read every time, with a scratch cache); with --phases also step by step (its
// PRLENS_TRACE lines: the median time of each step since main). Without a path, or with the path of a folder
// that does not exist yet, a synthetic history of 20,000 first-parent commits (squash and merge style pull requests,
// direct commits, renames, removals) is made with `git fast-import` and packed with `git gc` (in a temporary folder, or
// at the path given, to reuse it in later runs). Prints figures; never fails on timing.
#include "gitprocess.h"
#include "gitsource.h"
#include "synthetichistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace PrLens;
using namespace Qt::StringLiterals;
using SyntheticHistory::runGit;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Loads @p week with GitSource once; returns the time in ms, or a negative value (and @p error) on failure.
double timeSource(const QString &repo, IsoWeek week, int maxParallelLogs, bool patches, WeekData *data, QString *error)
{
    GitSource source;
    source.setPatchesWithWeek(patches);
    if (maxParallelLogs > 0)
        source.setMaxParallelLogs(maxParallelLogs);
    QEventLoop loop;
    QObject::connect(&source, &WeekSource::finished, &loop, [&](const WeekData &d) {
        *data = d;
        loop.quit();
    });
    QObject::connect(&source, &WeekSource::failed, &loop, [&](const LoadError &e) {
        *error = e.message;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    source.load(RepoRef::localGit(repo), week, UtcOffset());
    loop.exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    return error->isEmpty() ? ms : -1;
}

// Runs git with @p args in @p repo, its output written to @p outputFile (as PR Lens's own runs write theirs: no
// pipe to wait on), with the malloc settings PR Lens gives git when @p tuned; returns the time in ms.
double timeGit(
    const QString &gitProgram, const QString &repo, const QStringList &args, bool tuned, const QString &outputFile)
{
    QProcess p;
    p.setWorkingDirectory(repo);
    p.setStandardOutputFile(outputFile);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (tuned)
        env.insert(u"GLIBC_TUNABLES"_s, GitProcess::mallocTunables());
    else
        env.remove(u"GLIBC_TUNABLES"_s);
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(gitProgram, args);
    p.waitForFinished(-1);
    return timer.nsecsElapsed() / 1e6;
}

// Runs `prlens` with @p args @p reps times with PRLENS_TRACE set and prints the median time of each step it traces
// (milliseconds since its main), in the order of the steps.
void printPhases(const QString &prlens, const QStringList &args, int reps)
{
    QStringList order;
    QHash<QString, std::vector<double>> at;
    for (int r = 0; r < reps; ++r) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PRLENS_TRACE"_s, u"1"_s);
        p.setProcessEnvironment(env);
        p.start(prlens, args);
        p.waitForFinished(-1);
        const QList<QByteArray> lines = p.readAllStandardError().split('\n');
        for (const QByteArray &line : lines) {
            if (!line.startsWith("trace: "))
                continue;
            const qsizetype space = line.indexOf(' ', 7);
            const QString step = QString::fromUtf8(line.sliced(space + 1));
            if (!at.contains(step))
                order.append(step);
            at[step].push_back(line.sliced(7, space - 7).toDouble());
        }
    }
    std::printf("  step by step (median ms since main, %d runs):", reps);
    for (const QString &step : std::as_const(order))
        std::printf("%s %s %.1f", &step == &order.first() ? "" : ",", qPrintable(step), median(at.value(step)));
    std::printf("\n");
}

// Times GitSource (as configured, and with a single git log run) and the plain git log baseline on one week;
// returns false when GitSource fails.
bool measure(const QString &repo, const QString &gitProgram, const QString &prlens, IsoWeek week, int reps, bool phases)
{
    const WeekRange range = WeekRange::of(week, UtcOffset());
    const QStringList baselineArgs {u"log"_s, u"--first-parent"_s, u"--numstat"_s,
        u"--since=@%1"_s.arg(range.start.toSecsSinceEpoch()), u"--until=@%1"_s.arg(range.end.toSecsSinceEpoch() - 1)};
    // Plain -p, without --numstat (which would make git produce every diff a second time).
    QStringList patchBaselineArgs = baselineArgs;
    patchBaselineArgs.replace(2, u"-p"_s);
    std::vector<double> sourceMs;
    std::vector<double> singleMs;
    std::vector<double> baselineMs;
    std::vector<double> patchSourceMs;
    std::vector<double> patchBaselineMs;
    std::vector<double> tunedBaselineMs;
    std::vector<double> reportMs;
    std::vector<double> metadataReportMs;
    QTemporaryDir scratch;
    const QStringList reportArgs {u"report"_s, u"--git"_s, repo, u"--week"_s, week.toString(), u"--tz"_s, u"+00:00"_s,
        u"--format"_s, u"json"_s, u"--refresh"_s, u"--cache"_s, scratch.filePath(u"cache.sqlite"_s), u"-o"_s,
        scratch.filePath(u"report.json"_s)};
    qsizetype pulls = 0;
    qsizetype direct = 0;
    qsizetype fileEntries = 0;
    qsizetype baselineBytes = 0;
    bool reportFailed = false;
    // The report as a process, in the same rotation as its baselines (a machine's speed drifts within a run).
    const auto timeReport = [&](bool metadataOnly) {
        if (prlens.isEmpty() || reportFailed)
            return;
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(prlens, metadataOnly ? reportArgs + QStringList {u"--no-patches"_s} : reportArgs);
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            std::printf("prlens report --git could not be timed (exit %d): %s\n", p.exitCode(),
                p.readAllStandardError().trimmed().constData());
            reportMs.clear();
            metadataReportMs.clear();
            reportFailed = true;
            return;
        }
        (metadataOnly ? metadataReportMs : reportMs).push_back(timer.nsecsElapsed() / 1e6);
    };
    for (int r = 0; r < reps; ++r) {
        // Rotate the order so that no side always runs on a warmer cache.
        for (int step = 0; step < 8; ++step) {
            const int side = (step + r) % 8;
            if (side == 6 || side == 7) {
                timeReport(side == 7);
            } else if (side == 3 || side == 5) {
                // Plain, and (5) with the malloc settings PR Lens gives its own git runs: how much of the gain is
                // git's own.
                (side == 3 ? patchBaselineMs : tunedBaselineMs)
                    .push_back(timeGit(gitProgram, repo, patchBaselineArgs, side == 5, scratch.filePath(u"log"_s)));
            } else if (side != 2) {
                WeekData data;
                QString error;
                const double ms = timeSource(repo, week, side == 1 ? 1 : 0, side == 4, &data, &error);
                if (ms < 0) {
                    std::fprintf(stderr, "GitSource failed: %s\n", qPrintable(error));
                    return false;
                }
                (side == 0 ? sourceMs : side == 1 ? singleMs : patchSourceMs).push_back(ms);
                pulls = data.pulls.size();
                direct = data.direct.size();
                fileEntries = 0;
                for (const auto *list : {&data.pulls, &data.direct})
                    for (const PullRequest &pr : *list)
                        fileEntries += pr.files.size();
            } else {
                baselineMs.push_back(timeGit(gitProgram, repo, baselineArgs, false, scratch.filePath(u"log"_s)));
                baselineBytes = QFileInfo(scratch.filePath(u"log"_s)).size();
            }
        }
    }
    const double s = median(sourceMs);
    const double b = median(baselineMs);
    std::printf("GitSource: %lld pull requests + %lld direct commits, %lld file entries\n", qlonglong(pulls),
        qlonglong(direct), qlonglong(fileEntries));
    std::printf("baseline : git log --first-parent --numstat over the same range, %lld bytes of output\n",
        qlonglong(baselineBytes));
    const auto ratio = [b](double x) {
        return b > 0 ? x / b : 0.0;
    };
    std::printf("median of %d runs (target <= 1.5x git log):\n", reps);
    std::printf("  git log --first-parent --numstat   %9.1f ms   1.00x (baseline)\n", b);
    std::printf("  GitSource load (up to %d git logs)  %9.1f ms   %.2fx\n", GitSource().maxParallelLogs(), s, ratio(s));
    std::printf("  GitSource load, one git log run     %9.1f ms   %.2fx\n", median(singleMs), ratio(median(singleMs)));
    if (!metadataReportMs.empty()) {
        const double p = median(metadataReportMs);
        std::printf("  prlens report --git --no-patches    %9.1f ms   %.2fx\n", p, ratio(p));
    }
    const double bp = median(patchBaselineMs);
    const auto ratioP = [bp](double x) {
        return bp > 0 ? x / bp : 0.0;
    };
    std::printf("with every patch (target: full report <= 1.3x git log -p):\n");
    std::printf("  git log --first-parent -p          %9.1f ms   1.00x (baseline)\n", bp);
    std::printf("  the same, with PR Lens's git malloc %9.1f ms   %.2fx\n", median(tunedBaselineMs),
        ratioP(median(tunedBaselineMs)));
    std::printf("  GitSource load with patches        %9.1f ms   %.2fx\n", median(patchSourceMs),
        ratioP(median(patchSourceMs)));
    if (!reportMs.empty()) {
        const double p = median(reportMs);
        std::printf("  prlens report --git (JSON, process) %9.1f ms   %.2fx\n", p, ratioP(p));
        if (phases)
            printPhases(prlens, reportArgs, reps);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const auto [repo, reps, prlens] = SyntheticHistory::prepare(app.arguments(), 7, tmp, 20000);
    const QString gitProgram = QStandardPaths::findExecutable(u"git"_s);

    // The busiest ISO week (UTC) of the first-parent history.
    QHash<QString, int> perWeek;
    const QList<QByteArray> times = runGit(repo, {u"log"_s, u"--first-parent"_s, u"--format=%ct"_s}).split('\n');
    for (const QByteArray &t : times) {
        if (!t.isEmpty())
            ++perWeek[IsoWeek::containing(QDateTime::fromSecsSinceEpoch(t.toLongLong(), QTimeZone::UTC), UtcOffset())
                    .toString()];
    }
    if (perWeek.isEmpty()) {
        std::fprintf(stderr, "no commits in %s\n", qPrintable(repo));
        return 2;
    }
    std::printf("repository: %s (%lld first-parent commits)\n", qPrintable(repo), qlonglong(times.size() - 1));
    // The busiest week, and a typical one (the median number of commits per week with commits).
    QList<std::pair<int, QString>> counts;
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it)
        counts.append({it.value(), it.key()});
    std::sort(counts.begin(), counts.end());
    const std::pair<int, QString> typical = counts.at(counts.size() / 2);
    for (const auto &[label, entry] : {std::pair {"busiest", counts.last()}, std::pair {"typical", typical}}) {
        std::printf("\n%s week: %s with %d commits\n", label, qPrintable(entry.second), entry.first);
        if (!measure(
                repo, gitProgram, prlens, *IsoWeek::parse(entry.second), reps, app.arguments().contains(u"--phases"_s)))
            return 2;
    }
    return 0;
}
