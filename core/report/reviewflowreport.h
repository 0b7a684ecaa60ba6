// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

#include <optional>

namespace PrLens {

struct PrReviewFlow;
struct PullRequest;
struct WeekAnalysis;
struct WeekData;

/// The review-flow parts of the reports, in the current language: the weekly report's "Review flow" section
/// and its recommendations, the PR report's timeline, and durations as people read them.
class ReviewFlowReport {
    Q_DECLARE_TR_FUNCTIONS(PrLens::ReviewFlowReport)
public:
    /// Figures with their change, the slowest PRs, the PRs merged without review, reviewer load and bots; from a
    /// source without review data a note instead of figures.
    static ReportSection section(const WeekAnalysis &analysis, const WeekData &week);
    /// Advice that follows from the figures (one reviewer carrying half the load, unreviewed merges, long waits).
    static QList<ReportItem> recommendations(const WeekAnalysis &analysis);
    /// One line for the executive summary; empty when the source has no review data.
    static QString summaryLine(const WeekAnalysis &analysis);
    /// The PR's timeline: opened, ready for review, each review (bots and the author's own marked), merged.
    static QList<ReportItem> timeline(const PullRequest &pr, const PrReviewFlow &flow);

    /// "45 min", "3 h 20 min", "2 d 4 h"; "< 1 min" below a minute.
    static QString duration(double seconds);
    /// A duration's change: "+2 h", "−45 min", "±0"; "—" when absent.
    static QString durationChange(const std::optional<double> &seconds);
};

} // namespace PrLens
