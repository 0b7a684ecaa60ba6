// SPDX-License-Identifier: MIT
#pragma once

#include "counteditem.h"

#include <QList>

#include <optional>

namespace PrLens {

struct WeekData;
class PathClassifier;

/// The figures of a week, as the summary cards and the report's table show them.
struct WeekFigures {
    int mergedPrs = 0;
    int highlighted = 0;
    int authors = 0;
    int additions = 0;
    int deletions = 0;
    int files = 0; ///< distinct paths touched (renames under the new path)
    double averageImportance = 0; ///< 0 when no PRs or importance not computed
};

/// The summary figures of a week, each traceable to its PRs.
struct WeekSummary : WeekFigures {
    QList<int> prs; ///< every merged PR, ascending
    QList<int> highlightedPrs;
    QList<CountedItem> byAuthor; ///< key = author, sorted by count

    /// Counts PRs, authors, lines and files (highlighted and importance are filled by the analysis).
    static WeekSummary of(const WeekData &week);
};

/// Change of every figure against the previous week (this − previous).
struct WeekDelta : WeekFigures {
    static WeekDelta between(const WeekSummary &current, const WeekSummary &previous);
};

} // namespace PrLens
