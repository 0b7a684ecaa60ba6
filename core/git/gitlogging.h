// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace PrLens {

/// Debug messages about git: each process started (its arguments). Off by default;
/// QT_LOGGING_RULES="prlens.git.debug=true" turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcGit)

} // namespace PrLens
