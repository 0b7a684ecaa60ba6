// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace PrLens {

struct BacktestResult;

/// The back-test as JSON: the range, the method, per rule and importance level flagged / flaggedBad /
/// unflagged / unflaggedBad / lift / liftLow / liftHigh (null when there is not enough data), and every PR with a
/// bad outcome with its outcomes (kind, by, reason, evidence).
namespace BacktestJson {
QByteArray toJson(const BacktestResult &result);
/// The method, in English, as the JSON states it.
QString methodDescription();
} // namespace BacktestJson

} // namespace PrLens
