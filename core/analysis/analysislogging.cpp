// SPDX-License-Identifier: MIT
#include "analysislogging.h"

namespace PrLens {

Q_LOGGING_CATEGORY(lcAnalysis, "prlens.analysis", QtInfoMsg)

} // namespace PrLens
