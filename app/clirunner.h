// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "cliexitcode.h"
#include "clioptions.h"
#include "weekcache.h"

#include <QEventLoop>
#include <QObject>

namespace PrLens::Cli {

class CliBackend;

/// Executes parsed "report" / "pr" options: loads the week through the cache, renders, writes.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(const CliOptions &options, CliBackend &backend, QObject *parent = nullptr);
    ~CliRunner() override;

    /// Runs the command to its end and returns the process exit code.
    int exec();

private:
    void start();
    void startSource(const QString &token);
    void loadWeek(IsoWeek week);
    void onWeek(const PrLens::WeekData &data);
    void onPatches(int number, const QList<PrLens::FileChange> &files);
    void onWeekPatches(const PrLens::PullPatches &patches);
    void onWeekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    void onFailed(const PrLens::LoadError &error);
    void onProgress(int done, int total, const QString &text);
    QList<WeekData> cachedHistory() const;
    void render();
    void finish(ExitCode code, const QString &message = {});

    CliOptions m_options;
    CliBackend &m_backend;
    QEventLoop m_loop;
    int m_exitCode = 0;
    bool m_done = false;
    bool m_progressShown = false;
    bool m_interactive = false;
    WeekCache m_cache;
    bool m_cacheOpen = false;
    CachedWeekSource *m_source = nullptr;
    WeekData m_week;
    bool m_readingWeekPatches = false;
    AnalysisConfig m_config;
};

} // namespace PrLens::Cli
