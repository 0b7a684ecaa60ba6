// SPDX-License-Identifier: MIT
#pragma once

#include "proutcome.h"
#include "riskratio.h"
#include "weekdata.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

struct AnalysisConfig;

/// How a back-test counts.
struct BacktestOptions {
    int horizonWeeks = 4; ///< an outcome counts when the later PR is merged at most this many weeks after
    /// Below these a rule says "not enough data" instead of a lift: fewer than kMinGroup flagged or unflagged PRs
    /// (evaluated), or fewer than kMinBad bad outcomes in both groups together.
    int minGroup = 20;
    int minBad = 5;
};

/// One rule (or importance level) measured against the outcomes.
struct RuleBacktest {
    QString id; ///< rule id, or "importance-1" … "importance-5"
    int flagged = 0;
    int flaggedBad = 0;
    int unflagged = 0;
    int unflaggedBad = 0;
    int notEvaluated = 0; ///< PRs the rule could not evaluate (left out of both groups)
    RiskRatio ratio;
    bool enoughData = false;
    QList<int> flaggedBadPrs; ///< ascending

    /// ratio.lift when there is enough data, else nothing.
    bool hasLift() const { return enoughData && ratio.defined; }

    /// The entry of @p id in @p rules, or nullptr.
    static const RuleBacktest *find(const QList<RuleBacktest> &rules, const QString &id);
};

/// A PR of the back-tested weeks and what followed it.
struct BacktestPr {
    int number = 0;
    QString title; ///< untrusted text
    QString url;
    IsoWeek week;
    int importance = 1;
    QStringList firedRules;
    QList<PrOutcome> outcomes; ///< empty: nothing went wrong within the horizon
    bool horizonComplete = true; ///< the history read reaches the end of its horizon
};

/// Every rule back-tested over a range of weeks.
struct BacktestResult {
    RepoRef repo;
    IsoWeek first;
    IsoWeek last;
    UtcOffset zone;
    BacktestOptions options;
    QDateTime observedUntil; ///< end of the history read (outcomes are looked for until then)
    QList<BacktestPr> pulls; ///< the range's PRs by week, then number
    QList<RuleBacktest> rules; ///< every built-in rule, in report order
    QList<RuleBacktest> importance; ///< levels 1–5: PRs of that level against the others

    const RuleBacktest *rule(const QString &id) const;
    int badPrs() const;
    int incompleteHorizons() const;
};

/// Runs every built-in rule (also those switched off in @p config, so that they can be judged) on every PR of
/// the weeks @p first … @p last and counts which flagged and unflagged PRs were later reverted or fixed.
/// @p weeks: the range plus earlier weeks (core files, related PRs: AnalysisConfig::relatedWeeks) and later
/// weeks (the outcome horizon), any order. PRs need their patches for the diff rules and line-based fixes.
BacktestResult runBacktest(const QList<WeekData> &weeks, IsoWeek first, IsoWeek last, const AnalysisConfig &config,
    const BacktestOptions &options = {});

/// Splits PRs of several weeks (one WeekData spanning them, e.g. one `git log` over the range) into one WeekData
/// per ISO week from @p first to @p last, oldest first, empty weeks included.
QList<WeekData> splitIntoWeeks(const WeekData &range, IsoWeek first, IsoWeek last);

} // namespace PrLens
