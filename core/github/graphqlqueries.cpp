// SPDX-License-Identifier: MIT
#include "graphqlqueries.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("GraphQL query resource %s is missing from the build", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

QJsonValue cursor(const QString &after)
{
    return after.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(after);
}

/// A follow-up query of one PR's connection: the same variables for every kind.
QJsonObject pullRequestBody(const QString &query, const QString &operation, const QString &owner, const QString &name,
    int number, const QString &after)
{
    return QJsonObject {{"query"_L1, query}, {"operationName"_L1, operation},
        {"variables"_L1,
            QJsonObject {{"owner"_L1, owner}, {"name"_L1, name}, {"number"_L1, number}, {"after"_L1, cursor(after)}}}};
}

} // namespace

QString GraphQlQueries::mergedPullRequests()
{
    return readResource(u":/prlens/graphql/merged-prs-week.graphql"_s);
}

QString GraphQlQueries::pullRequestFiles()
{
    return readResource(u":/prlens/graphql/pr-files-page.graphql"_s);
}

QString GraphQlQueries::pullRequestReviews()
{
    return readResource(u":/prlens/graphql/pr-reviews-page.graphql"_s);
}

QString GraphQlQueries::pullRequestReviewThreads()
{
    return readResource(u":/prlens/graphql/pr-review-threads-page.graphql"_s);
}

QJsonObject GraphQlQueries::searchBody(const QString &searchQuery, int first, const QString &after)
{
    return QJsonObject {{"query"_L1, mergedPullRequests()}, {"operationName"_L1, "MergedPRs"_L1},
        {"variables"_L1, QJsonObject {{"q"_L1, searchQuery}, {"first"_L1, first}, {"after"_L1, cursor(after)}}}};
}

QJsonObject GraphQlQueries::filesBody(const QString &owner, const QString &name, int number, const QString &after)
{
    return pullRequestBody(pullRequestFiles(), u"PRFiles"_s, owner, name, number, after);
}

QJsonObject GraphQlQueries::reviewsBody(const QString &owner, const QString &name, int number, const QString &after)
{
    return pullRequestBody(pullRequestReviews(), u"PRReviews"_s, owner, name, number, after);
}

QJsonObject GraphQlQueries::reviewThreadsBody(
    const QString &owner, const QString &name, int number, const QString &after)
{
    return pullRequestBody(pullRequestReviewThreads(), u"PRReviewThreads"_s, owner, name, number, after);
}

} // namespace PrLens
