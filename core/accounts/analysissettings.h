// SPDX-License-Identifier: MIT
#pragma once

#include "analysisconfig.h"

#include <QString>

class QSettings;

namespace PrLens {

/// The analysis configuration the user saved (Settings › Analysis), shared by the window and the command line.
namespace AnalysisSettings {
/// Defaults, then the saved rules (enabled, severity), highlighted-PR count and bot accounts, then the per-repository
/// override JSON: @p overrideFile when given (the command line's --config), else the saved override file.
/// A missing or malformed override file leaves the rest applied and sets *error (one line, says what to do).
AnalysisConfig load(QSettings &settings, const QString &overrideFile = {}, QString *error = nullptr);
} // namespace AnalysisSettings

} // namespace PrLens
