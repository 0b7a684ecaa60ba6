// SPDX-License-Identifier: MIT
#pragma once

namespace PrLens {

/// The rate ratio ("lift") of bad outcomes among flagged PRs against unflagged ones, with a 95 % interval.
///
/// Method: the Katz log interval for a risk ratio, exp(ln RR ± 1.96 · √(1/a − 1/n₁ + 1/c − 1/n₀)), a = flagged bad
/// of n₁ flagged, c = unflagged bad of n₀ unflagged. When a or c is 0 the estimate and the interval are computed
/// with 0.5 added to each of the four cells (Haldane–Anscombe), so they stay finite.
struct RiskRatio {
    bool defined = false; ///< false when either group is empty or no PR had a bad outcome
    double lift = 0;
    double low = 0;
    double high = 0;

    static RiskRatio katz(int flaggedBad, int flagged, int unflaggedBad, int unflagged);
};

} // namespace PrLens
