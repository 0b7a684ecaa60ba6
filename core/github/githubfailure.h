// SPDX-License-Identifier: MIT
#pragma once

#include "weeksource.h"

namespace PrLens {

/// Why a request to GitHub failed for good, as a language-neutral id for the completeness ledger ("timeout",
/// "not-found", "bad-response", "unauthorized", "rate-limited", "http-502", "network"); shown to people through
/// CompletenessLedger::failureReason(). @p httpStatus is the answer's status, 0 when there was none.
QString gitHubFailureId(const LoadError &error, int httpStatus = 0);

} // namespace PrLens
