// SPDX-License-Identifier: MIT
#pragma once

#include "riskfinding.h"
#include "weekdata.h"

#include <QCoreApplication>
#include <QList>

namespace PrLens {

/// The week's completeness ledger: the source's entries (truncated, skipped, rate-limited …) plus one
/// NotEvaluated entry per rule and PR the analysis could not evaluate. Entries are stored language-neutral
/// (kind + what + args); describe() writes them in the current language.
class CompletenessLedger {
    Q_DECLARE_TR_FUNCTIONS(PrLens::CompletenessLedger)
public:
    static QList<LedgerEntry> merge(const QList<LedgerEntry> &source, const QList<NotEvaluated> &notEvaluated);
    /// The one entry of a week whose source has no review data (a git clone): the review-flow times are unknown.
    static LedgerEntry reviewFlowUnknown();
    /// Entries of one kind.
    static int count(const QList<LedgerEntry> &ledger, LedgerEntry::Kind kind);
    /// The entry as a sentence in the current language. Entries without arguments (cached before they were
    /// kept) show their stored English detail after the translated kind.
    static QString describe(const LedgerEntry &entry);
    /// The kind in the current language ("Truncated", "Not evaluated" …).
    static QString kindDisplay(LedgerEntry::Kind kind);
    /// Why a request failed, as stored in a ledger argument ("timeout", "http-502" …), in the current language.
    static QString failureDisplay(const QString &failureId);
    /// A request failure id (gitHubFailureId(): "timeout", "unauthorized", "http-502", …) as a few translated words.
    static QString failureReason(const QString &failureId);
};

} // namespace PrLens
