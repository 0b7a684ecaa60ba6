// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "sourcefactory.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QCoreApplication;
class QObject;

namespace PrLens::Cli {

struct CliOptions;

/// What the command line needs beyond reading a local clone into text: the GitHub source with its token, and the
/// PDF writer with its widgets. The full program provides all of it (FullCliBackend); the `prlens` front end
/// provides local clones only (LocalCliBackend), so it starts without loading the network and windowing
/// libraries and hands every other command to the full program.
class CliBackend {
public:
    using TokenCallback = std::function<void(const QString &token, const QString &notice)>;
    using WaitedTokenCallback = std::function<void(const QString &token, const QString &notice, bool timedOut)>;
    /// How long a command waits for the system keychain before it loads without a token.
    static constexpr int KeychainWaitMs = 15000;

    virtual ~CliBackend() = default;
    /// True when this backend can run @p options; else run() calls handOver(). By default: everything.
    virtual bool handles(const CliOptions &options) const;
    /// Runs the command with the program that can (the full program); returns an exit code only on failure.
    virtual int handOver();
    /// The application object: a QApplication when @p needsGui (PDF output), else a QCoreApplication. By
    /// default always a QCoreApplication.
    virtual std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool needsGui);
    /// The source for @p repo behind @p cache (may be null), with the host's saved settings applied.
    virtual CachedWeekSource *createSource(
        const RepoRef &repo, WeekCache *cache, SourceFactory::Options options, QObject *parent)
        = 0;
    /// Finds the token for @p host (environment, then keychain) and calls @p done once on @p context's thread.
    /// By default there is none.
    virtual void resolveToken(const QString &host, QObject *context, TokenCallback done);
    /// resolveToken(), but a keychain that does not answer (a locked wallet waiting for its password) must not
    /// hang a cron job: after @p waitMs @p done gets no token, the notice that the keychain did not answer and
    /// timedOut = true. @p done is called once.
    void resolveTokenWaiting(
        const QString &host, QObject *context, WaitedTokenCallback done, int waitMs = KeychainWaitMs);
    /// Writes the weekly report as a PDF; on failure returns false and sets *error to one translated line. By
    /// default PDF is not available.
    virtual bool writePdf(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
        const AnalysisConfig &config, QString *error);
};

} // namespace PrLens::Cli
