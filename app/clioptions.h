// SPDX-License-Identifier: MIT
#pragma once

#include "cachedweeksource.h"
#include "isoweek.h"
#include "sourcefactory.h"
#include "weekdata.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PrLens::Cli {

/// What "prlens backtest" measures: --weeks weeks ending with --until, outcomes within --horizon weeks.
struct BacktestRange {
    int weeks = 26;
    std::optional<IsoWeek> until; ///< absent: the latest week whose horizon is over (see BacktestRunner)
    int horizon = 4;
};

/// The parsed arguments of "prlens report" / "prlens pr" / "prlens backtest".
struct CliOptions {
    enum class Command { Report, Pr, Backtest };
    enum class Format { Json, Markdown, Html, Pdf };

    Command command = Command::Report;
    RepoRef repo;
    std::optional<IsoWeek> week; ///< absent: the latest week with commits (git), the last complete week (GitHub),
                                 ///< the bundled week (demo)
    UtcOffset zone; ///< the demo's own zone for --demo without --tz
    QUrl apiUrl; ///< empty: the repository host's API
    QUrl graphQlUrl; ///< empty: derived from the API URL (…/api/v3 → …/api/graphql) or the host
    Format format = Format::Markdown;
    QString language; ///< empty: the saved or system language
    QString outputFile; ///< empty: standard output
    QString paper; ///< PDF paper, "a4" or "letter"; empty: from the system locale
    CachedWeekSource::Policy policy = CachedWeekSource::Policy::CacheFirst;
    QString cacheFile; ///< empty: the saved cache location, else the default cache file
    QString configFile; ///< per-repository analysis JSON; empty: the saved override file, if any
    int number = 0; ///< pr: the PR number
    bool patches = true; ///< report: read every PR's patches so the diff rules run (--no-patches: not)
    BacktestRange backtest; ///< backtest: the weeks and the horizon

    /// True when the format draws text with fonts (PDF), so the process needs a GUI application object.
    static bool needsGui(const QStringList &arguments);
};

/// The outcome of parsing: options, or help to print, or a translated one-line error.
struct CliParseResult {
    std::optional<CliOptions> options;
    QString helpText; ///< set for --help
    QString error; ///< set for bad arguments
};

/// The week a GitHub report covers when --week is absent: the last complete ISO week in @p zone, i.e. the
/// week before the one containing @p nowUtc (a weekly cron job's natural default).
IsoWeek lastCompleteWeek(const QDateTime &nowUtc, UtcOffset zone);

/// What a command's week source is made with: the API and GraphQL URLs given, the cache policy and @p token.
SourceFactory::Options sourceOptions(const CliOptions &options, const QString &token);

/// Parses arguments as given to the process ("prlens", "report", …).
CliParseResult parseArguments(const QStringList &arguments);

} // namespace PrLens::Cli
