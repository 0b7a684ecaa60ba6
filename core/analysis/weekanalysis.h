// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"
#include "counteditem.h"
#include "hotfiles.h"
#include "importance.h"
#include "relatedprs.h"
#include "reviewflow.h"
#include "riskfinding.h"
#include "sizebucket.h"
#include "weekdata.h"
#include "weeksummary.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace PrLens {

/// The analysis of one PR.
struct PrAnalysis {
    int number = 0;
    QStringList tags; ///< normalised keys, first occurrence first
    SizeBucket size = SizeBucket::XS;
    int effectiveLines = 0; ///< changed lines without excluded files
    QStringList modules; ///< distinct modules touched (excluded files left out)
    Importance importance;
    QList<RiskFinding> findings;
    QList<NotEvaluated> notEvaluated;
    QList<RelatedPr> related;
    QString theme; ///< dominant tag key, else the module with most changed lines
    bool highlighted = false;
    PrReviewFlow reviewFlow; ///< when it was ready, reviewed and merged (the same as in WeekAnalysis::reviewFlow)

    bool hasFinding(const QString &ruleId) const;
};

/// Risk observations of one rule over the week.
struct RiskCount {
    QString ruleId;
    Severity severity = Severity::Warning;
    QList<int> prs; ///< PRs the rule fired on, ascending (count == prs.size())
    QList<int> notEvaluatedPrs; ///< PRs the rule could not evaluate
};

/// Highlighted PRs sharing a theme.
struct ThemeGroup {
    QString theme; ///< tag key or module
    QString display;
    QList<int> prs; ///< by importance, highest first
};

/// Advice that follows from a rule's findings.
struct Recommendation {
    QString ruleId;
    Severity severity = Severity::Warning;
    QList<int> prs;
};

/// Everything the dashboard and the reports show for a week; every number keeps the PRs behind it.
struct WeekAnalysis {
    RepoRef repo;
    IsoWeek week;
    UtcOffset zone;
    WeekSummary summary;
    std::optional<WeekSummary> previous; ///< the week before, when in the history with data (not empty)
    std::optional<WeekDelta> delta;
    QList<PrAnalysis> pulls; ///< in the order of WeekData::pulls
    QList<CountedItem> tags; ///< tag distribution (PRs per tag), sorted by count
    QList<int> untaggedPrs;
    HotFiles hot;
    ModuleTrend moduleTrend; ///< history + this week
    QSet<QString> coreFiles;
    QList<RiskCount> risks; ///< one per enabled rule, in rule order (also when zero)
    QList<ThemeGroup> highlights;
    QList<Recommendation> recommendations; ///< rules that fired, high severity first, then by PR count
    ReviewFlow reviewFlow; ///< time to first review and to merge, reviewer load, bots apart
    std::optional<ReviewFlowDelta> reviewFlowDelta; ///< against the week before, when both have review data
    QList<LedgerEntry> ledger;
    /// Rule id → lift measured by a back-test of this repository (rules measured with enough data only); the
    /// weekly report orders its risk observations by it. Empty unless the caller sets it.
    QHash<QString, double> measuredLift;

    const PrAnalysis *find(int number) const;
    const RiskCount *risk(const QString &ruleId) const;
};

/// Computes the core files: the `topN` paths touched by the most PRs (at least `minPrs` each) over the weeks
/// given, leaving out excluded, test and documentation files; plus paths of those weeks matching `globs`.
QSet<QString> computeCoreFiles(
    const QList<const WeekData *> &weeks, const PathClassifier &paths, int topN, int minPrs, const QStringList &globs);

/// The entry point: analyses `week` against earlier weeks (`history`, any order, may be empty).
WeekAnalysis analyzeWeek(const WeekData &week, const QList<WeekData> &history, const AnalysisConfig &cfg);

} // namespace PrLens
