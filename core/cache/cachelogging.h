// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace PrLens {

/// Debug messages about the week cache: each write (which repository, week or pull request). Off by default;
/// QT_LOGGING_RULES="prlens.cache.debug=true" turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcCache)

} // namespace PrLens
