// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace PrLens {

/// Debug messages about the analysis: each week analysed (how many pull requests, against how many weeks). Off by
/// default; QT_LOGGING_RULES="prlens.analysis.debug=true" turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcAnalysis)

} // namespace PrLens
