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
        bool moreReviews = false; ///< reviews.pageInfo.hasNextPage: follow-up pages needed
        QString reviewsCursor; ///< reviews.pageInfo.endCursor
        /// Follow-up thread pages needed: more threads, or threads whose comments the first page cut.
        bool moreThreads = false;
        /// Where the thread follow-ups start; empty with moreThreads = read all threads again from the start
        /// (with more comments each), because the first page cut comments.
        QString threadsCursor;
        QStringList cutComments; ///< threads of the first page whose comments were cut (see ThreadPage)
        QList<LedgerEntry> ledger; ///< first-page cuts that no follow-up query reads (labels), files refused
    };
    /// The threads of one `reviewThreads.nodes` page.
    struct ThreadPage {
        QList<ReviewThread> threads;
        /// One line per thread whose comments were cut: "PATH:LINE (READ of TOTAL comments)".
        QStringList cutComments;
    };

    /// A search node of the MergedPRs query; nullopt when it is not a pull request, or when it is one whose numbers
    /// cannot be right (number not in 1…2³¹−1, negative or out-of-range line or file counts) — then @p refused
    /// says why, in English for the ledger.
    static std::optional<Parsed> fromGraphQl(const QJsonObject &node, QString *refused = nullptr);
    /// True when a PR's web @p url ("https://HOST/OWNER/NAME/pull/NUMBER") names @p owner / @p name (GitHub
    /// compares them without case) and @p number: the search answer is checked against what was asked for.
    static bool isPullOf(const QString &url, const QString &owner, const QString &name, int number);
    /// `files.nodes` of either query. Files with negative or out-of-range line counts are left out and named in
    /// @p refused ("PATH: reason").
    static QList<FileChange> filesFromGraphQl(const QJsonArray &nodes, QStringList *refused = nullptr);
    /// `reviews.nodes` of the MergedPRs or PRReviews query.
    static QList<Review> reviewsFromGraphQl(const QJsonArray &nodes);
    /// `reviewThreads.nodes` of the MergedPRs or PRReviewThreads query.
    static ThreadPage threadsFromGraphQl(const QJsonArray &nodes);
    /// A REST `pulls/{n}/files` array (with `patch` where GitHub sends one).
    static QList<FileChange> filesFromRest(const QJsonArray &files, QStringList *refused = nullptr);
    /// Ledger lines (Skipped, "files") for the files a page refused.
    static QList<LedgerEntry> refusedFiles(int number, const QStringList &refused);
    /// The known files with patches filled in from REST files of the same path; REST files not yet known are
    /// appended. Files REST sends without a patch (binary, too large) keep hasPatch false.
    static QList<FileChange> mergePatches(const QList<FileChange> &known, const QList<FileChange> &rest);
};

} // namespace PrLens
