// SPDX-License-Identifier: MIT
#include "cliexitcode.h"

namespace PrLens::Cli {

ExitCode exitCodeFor(LoadError::Kind kind)
{
    switch (kind) {
    case LoadError::Kind::None:
        return ExitCode::Ok;
    case LoadError::Kind::Network:
    case LoadError::Kind::Timeout:
        return ExitCode::Network;
    case LoadError::Kind::NotFound:
    case LoadError::Kind::NotARepository:
        return ExitCode::NotFound;
    case LoadError::Kind::Unauthorized:
        return ExitCode::Unauthorized;
    case LoadError::Kind::RateLimited:
        return ExitCode::RateLimited;
    case LoadError::Kind::BadInput:
        return ExitCode::Usage;
    case LoadError::Kind::ToolMissing:
        return ExitCode::ToolMissing;
    case LoadError::Kind::Cancelled:
        return ExitCode::Cancelled;
    case LoadError::Kind::BadResponse:
    case LoadError::Kind::Io:
        break;
    }
    return ExitCode::Failure;
}

} // namespace PrLens::Cli
