// SPDX-License-Identifier: MIT
#pragma once

#include "reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace PrLens {

struct BacktestResult;
struct RuleBacktest;

/// A back-test in words, in the installed language: one line per rule for tooltips and settings, and the report
/// `prlens backtest --format md` writes (rendered by ReportRenderer, which escapes PR titles and evidence).
class BacktestText {
    Q_DECLARE_TR_FUNCTIONS(PrLens::BacktestText)
public:
    /// "In this repository over the last 26 weeks, PRs flagged “missing tests” were reverted or fixed 2.1× as
    /// often — 41 of 380 vs 38 of 1,120." or, without enough data, that there is not enough.
    static QString liftSentence(const RuleBacktest &rule, int weeks);
    /// "2.1× (1.4–3.2)", or "not enough data".
    static QString liftShort(const RuleBacktest &rule);
    /// The title of a rule or of an importance level ("importance-3" → "Importance 3").
    static QString title(const QString &id);
    static ReportDocument report(const BacktestResult &result);
};

} // namespace PrLens
