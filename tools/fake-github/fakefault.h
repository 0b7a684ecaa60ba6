// SPDX-License-Identifier: MIT
#pragma once

#include "fakegithubserver.h"
#include "fakereply.h"

namespace PrLens {

/// Turns `reply` into the failure `rule` describes for a request of `path` and `query` (faults keep the
/// rate-limit resource of the answer they replace).
void applyFaultRule(
    const FaultRule &rule, const QString &path, const QUrlQuery &query, int rateLimit, FakeReply *reply);

} // namespace PrLens
