// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace PrLens {

/// The GraphQL documents PR Lens sends, and the request bodies built from them.
class GraphQlQueries {
public:
    /// Merged PRs of a search query, `first` per page, with labels, files, reviews and review threads.
    static QString mergedPullRequests();
    /// One follow-up page of a PR's files (100 per page).
    static QString pullRequestFiles();
    /// One follow-up page of a PR's reviews (100 per page).
    static QString pullRequestReviews();
    /// One follow-up page of a PR's review threads (100 per page, up to 100 comments each).
    static QString pullRequestReviewThreads();

    static QJsonObject searchBody(const QString &searchQuery, int first, const QString &after);
    static QJsonObject filesBody(const QString &owner, const QString &name, int number, const QString &after);
    static QJsonObject reviewsBody(const QString &owner, const QString &name, int number, const QString &after);
    static QJsonObject reviewThreadsBody(const QString &owner, const QString &name, int number, const QString &after);
};

} // namespace PrLens
