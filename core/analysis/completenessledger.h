// SPDX-License-Identifier: MIT
#pragma once

#include "riskfinding.h"
#include "weekdata.h"

#include <QList>

namespace PrLens {

/// The week's completeness ledger: the source's entries (truncated, skipped, rate-limited …) plus one
/// NotEvaluated entry per rule and PR the analysis could not evaluate.
struct CompletenessLedger {
    static QList<LedgerEntry> merge(const QList<LedgerEntry> &source, const QList<NotEvaluated> &notEvaluated);
    /// Entries of one kind.
    static int count(const QList<LedgerEntry> &ledger, LedgerEntry::Kind kind);
};

} // namespace PrLens
