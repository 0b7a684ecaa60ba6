// SPDX-License-Identifier: MIT
#pragma once

#include "fakereply.h"
#include "fakesearchquery.h"

#include <QDateTime>
#include <QString>

namespace PrLens {

class FakeGitHubData;
class FakeGraphQlSchema;

/// Rate-limit state handed to the GraphQL answer for its rateLimit object.
struct FakeRateState {
    int limit = 5000;
    int used = 0; ///< before this request
    qint64 resetEpoch = 0;
};

/// Answers the GraphQL operations PR Lens sends: MergedPRs (search) and the follow-up pages of one PR's files
/// (PRFiles), reviews (PRReviews) and review threads (PRReviewThreads).
struct FakeGraphQl {
    enum class Operation { Search, Files, Reviews, ReviewThreads, Unknown };
    static Operation operationOf(const QByteArray &body);
    /// The cost in points GitHub's formula gives the request (at least 1).
    static int costOf(const QByteArray &body);
    /// With a schema, a query selecting a field GitHub does not have gets GitHub's `undefinedField` error.
    static FakeReply answer(const FakeGitHubData &data, const QByteArray &body, const FakeRateState &rate,
        const FakeGraphQlSchema *schema = nullptr);
    static QByteArray cursorFor(qsizetype offset);
    static qsizetype offsetFromCursor(const QString &cursor, bool *ok);
};

} // namespace PrLens
