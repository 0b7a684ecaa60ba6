// SPDX-License-Identifier: MIT
#include "riskratio.h"

#include <cmath>

namespace PrLens {

RiskRatio RiskRatio::katz(int flaggedBad, int flagged, int unflaggedBad, int unflagged)
{
    RiskRatio r;
    if (flagged <= 0 || unflagged <= 0 || flaggedBad + unflaggedBad <= 0)
        return r;
    double a = flaggedBad;
    double n1 = flagged;
    double c = unflaggedBad;
    double n0 = unflagged;
    if (flaggedBad == 0 || unflaggedBad == 0) {
        a += 0.5;
        c += 0.5;
        n1 += 1.0; // 0.5 to the bad and 0.5 to the good cell of each group
        n0 += 1.0;
    }
    constexpr double z = 1.959963984540054; // the 97.5 % quantile of the standard normal distribution
    const double rr = (a / n1) / (c / n0);
    const double se = std::sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n0);
    r.defined = true;
    r.lift = rr;
    r.low = std::exp(std::log(rr) - z * se);
    r.high = std::exp(std::log(rr) + z * se);
    return r;
}

} // namespace PrLens
