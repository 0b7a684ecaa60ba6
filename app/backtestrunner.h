// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "cliexitcode.h"
#include "clioptions.h"
#include "commandrun.h"
#include "weekcache.h"

#include <QObject>

namespace PrLens {
class GitSource;
}

namespace PrLens::Cli {

class CliBackend;

/// Executes "prlens backtest": reads the weeks back-tested, the weeks before them (core files, related PRs) and
/// the horizon after them, back-tests every risk rule and writes the result as JSON or Markdown.
///
/// A local clone is read with one `git log` over the whole range (GitSource::loadRange), unless every week is in
/// the cache (and no --refresh): then, as for GitHub, the weeks come one by one through the cached source.
/// Without --until the last week back-tested is the latest week whose horizon is over: the last complete week
/// (GitHub) or the latest week with commits (git), minus the horizon.
class BacktestRunner : public QObject {
    Q_OBJECT
public:
    BacktestRunner(const CliOptions &options, CliBackend &backend, QObject *parent = nullptr);
    ~BacktestRunner() override;

    /// Runs the command to its end and returns the process exit code.
    int exec();

private:
    void start();
    void plan(const QString &token);
    bool everyWeekCached() const;
    void readGitRange();
    void onRange(const PrLens::WeekData &data);
    void loadNextWeek();
    void onWeek(const PrLens::WeekData &data);
    void onWeekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    void write();

    CliOptions m_options;
    CliBackend &m_backend;
    CommandRun m_run;
    WeekCache m_cache;
    bool m_cacheOpen = false;
    AnalysisConfig m_config;
    QString m_token;
    IsoWeek m_first; ///< first week back-tested
    IsoWeek m_last; ///< last week back-tested
    IsoWeek m_readFirst; ///< first week read (history for the rules)
    IsoWeek m_readLast; ///< last week read (the horizon)
    IsoWeek m_next; ///< next week to load one by one
    QList<WeekData> m_weeks;
    WeekData m_current;
    WeekSource *m_source = nullptr;
    GitSource *m_git = nullptr;
};

} // namespace PrLens::Cli
