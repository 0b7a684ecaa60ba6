// SPDX-License-Identifier: MIT
// A 26-week back-test of a synthetic 5,000-PR history (bench/synthetichistory.h, with known reverts and bugfix
// PRs), next to one `git log --first-parent -p` over the same weeks: median of several repetitions of
// - the floor: `git log --first-parent -p` over the weeks the back-test reads (26 + 4 before + 4 after);
// - reading those weeks with GitSource::loadRange (one listing, git log parts in parallel, patches included);
// - the back-test itself (every rule on every PR, outcomes) on the weeks read;
// - `prlens backtest --git … --format json` end to end, when the prlens executable is there.
// Usage: bench_backtest [REPO_PATH] [--reps N] [--prlens PATH]. A path that does not exist yet gets the history
// (to reuse it in later runs). Prints figures; never fails on timing.
#include "analysisconfig.h"
#include "backtest.h"
#include "gitsource.h"
#include "synthetichistory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace PrLens;
using namespace Qt::StringLiterals;
using SyntheticHistory::runGit;

namespace {

constexpr int kWeeks = 26;
constexpr int kHorizon = 4;
constexpr int kHistoryWeeks = 4;
/// 34 weeks at one first-parent commit every 2,800 s: about 5,000 pull requests in the 26 weeks back-tested.
constexpr int kCommits = 7400;
constexpr qint64 kStepSecs = 2800;

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

bool readRange(const QString &repo, IsoWeek first, IsoWeek last, WeekData *out)
{
    GitSource source;
    source.setPatchesWithWeek(true);
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&source, &GitSource::rangeFinished, &loop, [&](const WeekData &d) {
        *out = d;
        ok = true;
        loop.quit();
    });
    QObject::connect(&source, &WeekSource::failed, &loop, [&](const LoadError &e) {
        std::fprintf(stderr, "load failed: %s\n", qPrintable(e.message));
        loop.quit();
    });
    source.loadRange(RepoRef::localGit(repo), first, last, UtcOffset());
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const auto [repo, reps, prlens]
        = SyntheticHistory::prepare(app.arguments(), 3, tmp, kCommits, {kStepSecs, false, true});
    const QByteArray tipTime = runGit(repo, {u"log"_s, u"-1"_s, u"--format=%ct"_s}).trimmed();
    const IsoWeek latest
        = IsoWeek::containing(QDateTime::fromSecsSinceEpoch(tipTime.toLongLong(), QTimeZone::UTC), UtcOffset());
    const IsoWeek last = latest.addWeeks(-kHorizon);
    const IsoWeek first = last.addWeeks(-(kWeeks - 1));
    const IsoWeek readFirst = first.addWeeks(-kHistoryWeeks);
    const QDateTime since = WeekRange::of(readFirst, UtcOffset()).start;
    const QDateTime until = WeekRange::of(latest, UtcOffset()).end;
    std::printf("back-test %s … %s, reading %s … %s\n", qPrintable(first.toString()), qPrintable(last.toString()),
        qPrintable(readFirst.toString()), qPrintable(latest.toString()));

    std::vector<double> floor, read, analyse, cli;
    BacktestResult result;
    qsizetype floorBytes = 0;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        floorBytes = runGit(repo,
            {u"log"_s, u"--first-parent"_s, u"-p"_s, u"--since=%1"_s.arg(since.toSecsSinceEpoch()),
                u"--until=%1"_s.arg(until.toSecsSinceEpoch() - 1), u"main"_s})
                         .size();
        floor.push_back(msSince(t));

        t.restart();
        WeekData range;
        if (!readRange(repo, readFirst, latest, &range))
            return 2;
        read.push_back(msSince(t));
        t.restart();
        BacktestOptions options;
        options.horizonWeeks = kHorizon;
        result = runBacktest(splitIntoWeeks(range, readFirst, latest), first, last, AnalysisConfig(), options);
        analyse.push_back(msSince(t));

        if (!prlens.isEmpty() && QFileInfo(prlens).isExecutable()) {
            QTemporaryDir home;
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
            env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
            p.setProcessEnvironment(env);
            t.restart();
            p.start(prlens,
                {u"backtest"_s, u"--git"_s, repo, u"--weeks"_s, QString::number(kWeeks), u"--until"_s, last.toString(),
                    u"--horizon"_s, QString::number(kHorizon), u"--tz"_s, u"+00:00"_s, u"--format"_s, u"json"_s,
                    u"-o"_s, home.filePath(u"out.json"_s)});
            p.waitForFinished(-1);
            if (p.exitCode() != 0) {
                std::fprintf(stderr, "prlens backtest failed: %s\n", p.readAllStandardError().constData());
                return 2;
            }
            cli.push_back(msSince(t));
        }
    }
    std::printf("PRs back-tested: %lld; reverted or fixed within %d weeks: %d\n", qlonglong(result.pulls.size()),
        kHorizon, result.badPrs());
    if (const RuleBacktest *rule = result.rule(u"missing-tests"_s))
        std::printf("missing-tests: %d of %d flagged vs %d of %d not flagged\n", rule->flaggedBad, rule->flagged,
            rule->unflaggedBad, rule->unflagged);
    const double f = median(floor);
    std::printf("median of %d runs:\n", reps);
    std::printf("  git log --first-parent -p (floor, %.1f MB)   %8.0f ms\n", double(floorBytes) / 1e6, f);
    std::printf(
        "  GitSource::loadRange with patches           %8.0f ms  (%.2f× the floor)\n", median(read), median(read) / f);
    std::printf("  runBacktest (rules + outcomes)              %8.0f ms\n", median(analyse));
    std::printf("  read + back-test                            %8.0f ms  (%.2f× the floor)\n",
        median(read) + median(analyse), (median(read) + median(analyse)) / f);
    if (!cli.empty())
        std::printf("  prlens backtest --git (end to end)          %8.0f ms  (%.2f× the floor)\n", median(cli),
            median(cli) / f);
    return 0;
}
