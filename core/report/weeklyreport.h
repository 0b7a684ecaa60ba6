// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace PrLens {

struct WeekAnalysis;
struct WeekData;

/// Writes the weekly report in the current language (the installed translator):
/// Executive summary · Key changes · Modules and themes · Risk observations · Highlighted PRs · Recommendations.
/// Every count is followed by the PRs behind it.
class WeeklyReport {
    Q_DECLARE_TR_FUNCTIONS(PrLens::WeeklyReport)
public:
    /// `week` must be the WeekData `analysis` was computed from (titles, authors, URLs).
    static ReportDocument build(const WeekAnalysis &analysis, const WeekData &week);
};

} // namespace PrLens
