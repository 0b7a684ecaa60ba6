// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"
#include "weekdata.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace PrLens {

/// Turns GitHub's GraphQL pull-request nodes and REST file lists into model types.
class PullRequestParser {
public:
    struct Parsed {
        PullRequest pr;
        bool moreFiles = false; ///< files.pageInfo.hasNextPage: follow-up pages needed
        QString filesCursor; ///< files.pageInfo.endCursor
        QList<LedgerEntry> ledger; ///< first-page cuts of labels, reviews, threads and comments
    };

    /// A search node of the MergedPRs query; nullopt when it is not a pull request.
    static std::optional<Parsed> fromGraphQl(const QJsonObject &node);
    /// `files.nodes` of either query.
    static QList<FileChange> filesFromGraphQl(const QJsonArray &nodes);
    /// A REST `pulls/{n}/files` array (with `patch` where GitHub sends one).
    static QList<FileChange> filesFromRest(const QJsonArray &files);
    /// The known files with patches filled in from REST files of the same path; REST files not yet known are
    /// appended. Files REST sends without a patch (binary, too large) keep hasPatch false.
    static QList<FileChange> mergePatches(const QList<FileChange> &known, const QList<FileChange> &rest);
};

} // namespace PrLens
