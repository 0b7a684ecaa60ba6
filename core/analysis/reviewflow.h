// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace PrLens {

struct PullRequest;
struct WeekData;

/// Tells apps from people: GitHub's `Bot` type, a login ending in "[bot]", or a login configured as a bot
/// (AnalysisConfig::bots, compared without case).
class BotAccounts {
public:
    BotAccounts() = default;
    explicit BotAccounts(const QStringList &configured);
    bool isBot(const QString &login, bool typedBot) const;

private:
    QSet<QString> m_configured; ///< lower case
};

/// How long something took over a set of PRs: count, median and 90th percentile, in seconds.
struct DurationStats {
    int count = 0;
    double medianSeconds = 0; ///< the middle value; of an even count the mean of the two middle ones
    qint64 p90Seconds = 0; ///< nearest rank: the ⌈0.9·count⌉-th smallest value
    /// Both are 0 when count is 0: readers check count first.
    static DurationStats of(QList<qint64> seconds);
    friend bool operator==(const DurationStats &, const DurationStats &) = default;
};

/// One person's reviews over the week.
struct ReviewerLoad {
    QString login;
    QList<int> prs; ///< PRs they reviewed (not their own), ascending
    int reviews = 0; ///< submitted reviews on those PRs
    /// Median over their PRs of the time from the PR's start to their first review; absent without start times.
    std::optional<double> medianResponseSeconds;
};

/// The review flow of one PR. Its start is when it was ready for review: when it left draft, else when it was
/// opened.
struct PrReviewFlow {
    int number = 0;
    bool known = false; ///< the source had its reviews; the rest is empty otherwise
    bool authorIsBot = false;
    QDateTime start; ///< invalid when the source did not say when the PR was opened
    QDateTime firstReviewAt; ///< the first review by a person other than the author; invalid when none
    QString firstReviewer;
    std::optional<qint64> waitedForReview; ///< seconds from start to the first review (0 when reviewed as a draft)
    std::optional<qint64> openFor; ///< seconds from start to the merge
    bool reviewedByOther = false;
    int rounds = 0; ///< times "changes requested" was followed by an approval
    int botReviews = 0;
    QStringList botReviewers; ///< logins of the bots that reviewed it, first review first
};

/// The week's review flow: time to first review and to merge, PRs merged without review, review rounds,
/// reviewer load — people only; bots are counted apart. A PR's author reviewing their own PR is no review.
struct ReviewFlow {
    bool known = false; ///< false when the source has no review data (a git clone): there are no figures
    DurationStats timeToFirstReview;
    DurationStats timeToMerge;
    QList<int> mergedWithoutReview; ///< no review by a person other than the author, ascending
    QList<int> prsWithRounds; ///< PRs where changes were requested and then approved, ascending
    int rounds = 0;
    QList<ReviewerLoad> reviewers; ///< people, most PRs first, then most reviews, then login
    int reviewedPrs = 0; ///< PRs with a review by a person other than the author
    QStringList bots; ///< bot logins seen as authors or reviewers, sorted
    int botReviews = 0;
    QList<int> botAuthoredPrs; ///< ascending
    QList<PrReviewFlow> pulls; ///< in the order of WeekData::pulls

    const PrReviewFlow *find(int number) const;
    /// The PRs that waited longest for a first review (unreviewed ones by time to merge), longest first.
    QList<const PrReviewFlow *> slowest(int count) const;
    static ReviewFlow compute(const WeekData &week, const BotAccounts &bots);
    /// One PR's flow (the week figures are built from these).
    static PrReviewFlow of(const PullRequest &pr, const BotAccounts &bots);
};

/// Change of the review-flow figures against the previous week (this − previous).
struct ReviewFlowDelta {
    std::optional<double> timeToFirstReviewMedian; ///< absent when either week has no such time
    std::optional<double> timeToMergeMedian;
    int mergedWithoutReview = 0;
    /// Absent unless both weeks have review data.
    static std::optional<ReviewFlowDelta> between(const ReviewFlow &current, const ReviewFlow &previous);
};

} // namespace PrLens
