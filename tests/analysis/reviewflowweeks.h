// SPDX-License-Identifier: MIT
// Derived test weeks for the review flow: real PRs of a shared dataset with review times added by hand.
#pragma once

#include "derivedweeks.h"

namespace PrLens::Test {

inline Review review(const QString &who, Review::State state, const QDateTime &at, bool typedBot = false)
{
    return Review {who, state, {}, at, typedBot};
}

/// Six real FastDeploy PRs of 2026-W14 (the dataset's first six) with hand-made review histories; the figures
/// they give are computed by hand in tst_reviewflow. Times are set relative to each PR's real merge time M.
///  [0] opened M−10 h; alice approves 2 h later                       → waited 2 h, open 10 h
///  [1] opened M−48 h as a draft, ready M−24 h; a typed bot comments 1 min after, the author answers,
///      bob requests changes at ready+4 h and approves at ready+6 h  → waited 4 h, open 24 h, 1 round, 1 bot review
///  [2] opened M−3 h; only the author and "ci-helper" (a configured bot) review → merged without review, open 3 h
///  [3] by dependabot[bot], opened M−1 h; alice approves 30 min later → waited 30 min, open 1 h
///  [4] opened M−30 h as a draft, ready M−20 h; alice comments on the draft (1 h after opening) and approves at
///      ready+1 h                                                      → waited 0, open 20 h
///  [5] opened M−48 h; no review at all                               → merged without review, open 48 h
inline bool reviewFlowWeek(WeekData *week)
{
    const std::optional<DerivedWeek> derived = derivedWeek(QStringLiteral("fastdeploy-2026-W14"));
    if (!derived || derived->week.pulls.size() < 6)
        return false;
    *week = derived->week;
    week->pulls.resize(6);
    constexpr qint64 h = 3600;
    using S = Review::State;
    for (PullRequest &pr : week->pulls) {
        pr.reviewDataKnown = true;
        pr.reviews.clear();
    }
    PullRequest *p = week->pulls.data();
    const auto at = [](const PullRequest &pr, qint64 secondsBeforeMerge) {
        return pr.mergedAt.addSecs(-secondsBeforeMerge);
    };

    p[0].createdAt = at(p[0], 10 * h);
    p[0].reviews = {review(QStringLiteral("alice"), S::Approved, p[0].createdAt.addSecs(2 * h))};

    p[1].createdAt = at(p[1], 48 * h);
    p[1].readyForReviewAt = at(p[1], 24 * h);
    const QDateTime ready1 = p[1].readyForReviewAt;
    p[1].reviews = {review(QStringLiteral("copilot-pull-request-reviewer"), S::Commented, ready1.addSecs(60), true),
        review(p[1].author, S::Commented, ready1.addSecs(120)),
        review(QStringLiteral("bob"), S::ChangesRequested, ready1.addSecs(4 * h)),
        review(QStringLiteral("bob"), S::Approved, ready1.addSecs(6 * h))};

    p[2].createdAt = at(p[2], 3 * h);
    p[2].reviews = {review(QStringLiteral("ci-helper"), S::Approved, p[2].createdAt.addSecs(h / 2)),
        review(p[2].author, S::Commented, p[2].createdAt.addSecs(h))};

    p[3].author = QStringLiteral("dependabot[bot]");
    p[3].createdAt = at(p[3], h);
    p[3].reviews = {review(QStringLiteral("alice"), S::Approved, p[3].createdAt.addSecs(h / 2))};

    p[4].createdAt = at(p[4], 30 * h);
    p[4].readyForReviewAt = at(p[4], 20 * h);
    p[4].reviews = {review(QStringLiteral("alice"), S::Commented, p[4].createdAt.addSecs(h)),
        review(QStringLiteral("alice"), S::Approved, p[4].readyForReviewAt.addSecs(h))};

    p[5].createdAt = at(p[5], 48 * h);
    return true;
}

} // namespace PrLens::Test
