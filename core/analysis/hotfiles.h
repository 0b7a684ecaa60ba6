// SPDX-License-Identifier: MIT
#pragma once

#include "counteditem.h"
#include "isoweek.h"

#include <QList>
#include <QString>

namespace PrLens {

struct PullRequest;
struct WeekData;
class PathClassifier;

/// Files and modules touched by the most PRs in a week, and what the filter left out.
struct HotFiles {
    QList<CountedItem> files; ///< key = path (renames count under the new path), sorted by count
    QList<CountedItem> modules; ///< key = PathClassifier::moduleOf(path, depth), sorted by count
    QList<CountedItem> excluded; ///< key = path, display = the pattern that excluded it
    QStringList excludedPatterns; ///< the filter in force, to show it
    int moduleDepth = 2;

    static HotFiles compute(const QList<PullRequest> &pulls, const PathClassifier &paths, int moduleDepth);
};

/// PRs per module over several weeks, oldest first.
struct ModuleTrend {
    struct Row {
        QString module;
        QList<QList<int>> prsPerWeek; ///< one list of PR numbers per entry of weeks
        int total() const;
    };
    QList<IsoWeek> weeks;
    QList<Row> rows; ///< the `topModules` modules with the most PRs over all weeks, most first

    /// `weeks` in any order; the result is sorted oldest first.
    static ModuleTrend compute(
        const QList<const WeekData *> &weeks, const PathClassifier &paths, int moduleDepth, int topModules);
};

} // namespace PrLens
