// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "cliexitcode.h"
#include "clioptions.h"
#include "commandrun.h"
#include "weekcache.h"

#include <QObject>

#include <optional>

namespace PrLens::Cli {

class CliBackend;

/// Executes parsed "report" / "pr" options: loads the week through the cache, renders, writes.
class CliRunner : public QObject {
    Q_OBJECT
public:
    CliRunner(const CliOptions &options, CliBackend &backend, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Runs the command to its end and returns the process exit code.
    int exec();

private:
    void start();
    /// Opens the cache (says when it cannot); false when the run cannot go on without it.
    bool openCache(const QString &file);
    void startSource(const QString &token);
    void loadWeek(IsoWeek week);
    void onWeek(const PrLens::WeekData &data);
    void onPatches(int number, const QList<PrLens::FileChange> &files);
    void onWeekPatches(const PrLens::PullPatches &patches);
    void onWeekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    /// The cached weeks before @p week that the analysis reads (trends, related PRs, core files, the deltas).
    QList<WeekData> cachedHistory(IsoWeek week) const;
    void readHistory();
    void render();

    CliOptions m_options;
    CliBackend &m_backend;
    CommandRun m_run;
    WeekCache m_cache;
    bool m_cacheOpen = false;
    CachedWeekSource *m_source = nullptr;
    WeekData m_week;
    std::optional<QList<WeekData>> m_history; ///< read from the cache while the week is read from the source
    bool m_readingWeekPatches = false;
    AnalysisConfig m_config;
};

} // namespace PrLens::Cli
