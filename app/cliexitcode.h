// SPDX-License-Identifier: MIT
#pragma once

#include "weeksource.h"

namespace PrLens::Cli {

/// Exit codes of "prlens report" and "prlens pr" (documented in --help).
enum class ExitCode {
    Ok = 0,
    Failure = 1, ///< anything not listed below (a bad response, an I/O error of a source)
    Usage = 2, ///< bad arguments: unknown option, malformed week, zone or repository
    NotFound = 3, ///< unknown repository or PR, not a git repository, week not in the cache offline
    Network = 4, ///< server unreachable, timeouts, repeated server errors
    RateLimited = 5, ///< the API rate limit is exhausted
    Unauthorized = 6, ///< the token is missing, wrong or lacks access
    Output = 7, ///< the report could not be written
    ToolMissing = 8, ///< the git executable was not found
    Cancelled = 9, ///< interrupted
};

constexpr int toInt(ExitCode c)
{
    return static_cast<int>(c);
}

ExitCode exitCodeFor(LoadError::Kind kind);

} // namespace PrLens::Cli
