// SPDX-License-Identifier: MIT
#pragma once

#include "backtest.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace PrLens {

/// A repository's last back-test, as the window shows it: per rule the counts and the lift, and the weeks.
struct BacktestSummary {
    QString repoKey;
    IsoWeek first;
    IsoWeek last;
    int horizonWeeks = 4;
    QDateTime measuredAt; ///< UTC
    QList<RuleBacktest> rules; ///< without flaggedBadPrs

    int weeks() const; ///< weeks from first to last, both included
    const RuleBacktest *rule(const QString &id) const;
    /// Rule id → lift, for the rules measured with enough data (the weekly report orders its risks by it).
    QHash<QString, double> lifts() const;

    static BacktestSummary of(const BacktestResult &result);
};

/// Keeps the last back-test of each repository in the settings (`prlens backtest` saves it; Settings › Analysis,
/// the risk badges' tooltips and the weekly report read it).
namespace BacktestStore {
void save(QSettings &settings, const BacktestSummary &summary);
std::optional<BacktestSummary> load(QSettings &settings, const QString &repoKey);
} // namespace BacktestStore

} // namespace PrLens
