// SPDX-License-Identifier: MIT
#include "cachelogging.h"

namespace PrLens {

Q_LOGGING_CATEGORY(lcCache, "prlens.cache", QtInfoMsg)

} // namespace PrLens
