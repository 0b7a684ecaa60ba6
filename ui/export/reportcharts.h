// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"

#include <QList>
#include <QSize>

#include <memory>
#include <vector>

class QChart;

namespace PrLens {

class DashboardChart;

/// The weekly report's charts (tags, hot files, module trend, risks, time to merge, reviewer load) made from the
/// dashboard's chart entries (WeekView),
/// laid out at a fixed size in a light palette for print. Empty charts are left out.
class ReportCharts {
public:
    /// size: the layout size of each chart in logical pixels (the PDF scales it to the page keeping its aspect).
    ReportCharts(const QList<CountEntry> &tags, const QList<CountEntry> &hotFiles, const ModuleTrendData &trend,
        const QList<CountEntry> &risks, QSize size = defaultSize(), const QList<CountEntry> &mergeTimes = {},
        const QList<CountEntry> &reviewerLoad = {});
    static QSize defaultSize() { return QSize(760, 420); }
    ~ReportCharts();
    ReportCharts(const ReportCharts &) = delete;
    ReportCharts &operator=(const ReportCharts &) = delete;

    /// The charts in report order; owned by this object.
    QList<QChart *> charts() const;

private:
    std::vector<std::unique_ptr<DashboardChart>> m_views;
};

} // namespace PrLens
