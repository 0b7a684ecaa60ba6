// SPDX-License-Identifier: MIT
#include "githublogging.h"

namespace PrLens {

Q_LOGGING_CATEGORY(lcGitHub, "prlens.github", QtInfoMsg)

} // namespace PrLens
