// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>

namespace PrLens {

struct RiskCount;
struct WeekAnalysis;
struct WeekData;

/// Writes the weekly report in the current language (the installed translator):
/// Executive summary · Key changes · Modules and themes · Risk observations · Review flow · Highlighted PRs ·
/// Recommendations.
/// Every count is followed by the PRs behind it; table counts carry in-app links (ReportBlock::cellLinks).
class WeeklyReport {
    Q_DECLARE_TR_FUNCTIONS(PrLens::WeeklyReport)
public:
    /// `week` must be the WeekData `analysis` was computed from (titles, authors, URLs).
    static ReportDocument build(const WeekAnalysis &analysis, const WeekData &week);

private:
    struct Input;
    static ReportSection executiveSummary(const Input &in);
    static ReportSection keyChanges(const Input &in);
    static ReportSection modulesAndThemes(const Input &in);
    static QList<ReportSection> riskObservations(const Input &in);
    static ReportSection riskRule(const Input &in, const RiskCount &rc);
    static QList<ReportSection> highlightedPrs(const Input &in);
    static ReportSection recommendations(const Input &in);
    static ReportSection completeness(const Input &in);
};

} // namespace PrLens
