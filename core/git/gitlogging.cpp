// SPDX-License-Identifier: MIT
#include "gitlogging.h"

namespace PrLens {

Q_LOGGING_CATEGORY(lcGit, "prlens.git", QtInfoMsg)

} // namespace PrLens
