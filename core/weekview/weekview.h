// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"
#include "weekanalysis.h"
#include "weekdata.h"

#include <QList>
#include <QString>

#include <optional>

namespace PrLens {

/// One risk finding on a PR as the list shows it: which rule fired, how bad, and on what.
struct RiskBadge {
    enum class Severity { Low, Medium, High };
    QString ruleId; ///< stable id, used by chart filters
    QString name; ///< translated rule name
    QString shortName; ///< translated short rule name, for the badge
    Severity severity = Severity::Medium;
    QString evidence; ///< file:line and text, untrusted
};

/// A PR with what the analysis says about it.
struct PrRow {
    PullRequest pr;
    QStringList tags; ///< normalised tag keys (what chart filters match)
    QStringList tagLabels; ///< the same tags as shown
    QStringList modules;
    int importance = 1; ///< 1..5
    QString importanceReason;
    QList<RiskBadge> risks;
    bool highlighted = false;
    PrReviewFlow reviewFlow; ///< waited for review, open for (known only where the source has review data)
    QStringList reviewers; ///< people who reviewed it: not its author, no bots
};

/// The time-to-merge buckets of the distribution chart, shortest first: ids "1h", "1d", "3d", "1w", "more".
QStringList mergeTimeBuckets();
/// The bucket of a time to merge in seconds.
QString mergeTimeBucket(qint64 seconds);
/// A bucket's name in the current language ("< 1 h", "1 week or more").
QString mergeTimeBucketLabel(const QString &id);

/// Everything the dashboard shows for one week, derived from the week and the weeks before it.
struct WeekView {
    WeekData data;
    WeekAnalysis analysis;
    QList<PrRow> rows;
    WeekFigures figures;
    std::optional<WeekFigures> previous; ///< the week before, when loaded
    QList<CountEntry> tags;
    QList<CountEntry> hotFiles;
    QList<CountEntry> risks;
    QList<CountEntry> mergeTimes; ///< PRs per time-to-merge bucket, shortest first; empty without review data
    QList<CountEntry> reviewerLoad; ///< PRs reviewed per person, most first
    ModuleTrendData trend;
    QList<int> highlightedNumbers; ///< most important first
};

/// Analyses a week against earlier weeks (any order, may be empty) and shapes the result for the dashboard.
/// Texts (rule names, reasons) are in the current language: build again after a language change.
WeekView buildWeekView(const WeekData &week, const QList<WeekData> &history, const AnalysisConfig &config = {});

} // namespace PrLens
