// SPDX-License-Identifier: MIT
#pragma once

#include "isoweek.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace PrLens {

/// A filter a chart asks the PR list to apply, e.g. "only PRs tagged bugfix".
struct ChartFilter {
    enum class Kind { None, Tag, File, Module, Risk, MergeTime, Reviewer };
    Kind kind = Kind::None;
    /// the value matched against the PR list (tag, path, module, rule id, time-to-merge bucket, reviewer login)
    QString key;
    QString label; ///< what the chip shows (e.g. the rule's name); falls back to key

    bool isActive() const { return kind != Kind::None && !key.isEmpty(); }
    friend bool operator==(const ChartFilter &, const ChartFilter &) = default;
};

/// One bar of a count chart.
struct CountEntry {
    QString key; ///< filter key
    QString label; ///< full text: the bar's name (elided as needed), the tooltip and the filter chip
    int count = 0;
    QString shortLabel = {}; ///< names the bar instead of label when set (a risk rule's short title)
    friend bool operator==(const CountEntry &, const CountEntry &) = default;
};

/// PR counts per module over consecutive weeks, oldest week first.
struct ModuleTrendData {
    QList<IsoWeek> weeks;
    QStringList modules;
    QList<QList<int>> counts; ///< counts[module][week]
    bool isEmpty() const { return weeks.isEmpty() || modules.isEmpty(); }
};

} // namespace PrLens

Q_DECLARE_METATYPE(PrLens::ChartFilter)
