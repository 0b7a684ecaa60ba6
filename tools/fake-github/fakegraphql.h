// SPDX-License-Identifier: MIT
#pragma once

#include "fakereply.h"

#include <QDateTime>
#include <QString>

namespace PrLens {

class FakeGitHubData;

/// The parts of a search string `repo:OWNER/NAME is:pr is:merged merged:A..B` the fake server understands.
struct FakeSearchQuery {
    QString owner;
    QString name;
    QDateTime from; ///< inclusive, UTC; invalid = open
    QDateTime to; ///< inclusive, UTC; invalid = open
    QString error; ///< set when the string cannot be served

    static FakeSearchQuery parse(QStringView q);
    bool matches(const QDateTime &mergedAtUtc) const;
};

/// Rate-limit state handed to the GraphQL answer for its rateLimit object.
struct FakeRateState {
    int limit = 5000;
    int used = 0; ///< before this request
    qint64 resetEpoch = 0;
};

/// Answers the two GraphQL operations PR Lens sends: MergedPRs (search) and PRFiles (a PR's files page).
struct FakeGraphQl {
    enum class Operation { Search, Files, Unknown };
    static Operation operationOf(const QByteArray &body);
    /// The cost in points GitHub's formula gives the request (at least 1).
    static int costOf(const QByteArray &body);
    static FakeReply answer(const FakeGitHubData &data, const QByteArray &body, const FakeRateState &rate);
    static QByteArray cursorFor(qsizetype offset);
    static qsizetype offsetFromCursor(const QString &cursor, bool *ok);
};

} // namespace PrLens
