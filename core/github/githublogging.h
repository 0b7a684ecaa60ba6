// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace PrLens {

/// Debug messages about the GitHub API: each request (method, kind, URL path; never a header). Off by default;
/// QT_LOGGING_RULES="prlens.github.debug=true" turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcGitHub)

} // namespace PrLens
