// SPDX-License-Identifier: MIT
#include "reviewflow.h"

#include "weekdata.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

bool sameLogin(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// The reviews that count for the flow, oldest first: submitted (not pending) and with a time.
QList<const Review *> submitted(const PullRequest &pr)
{
    QList<const Review *> out;
    for (const Review &r : pr.reviews)
        if (r.state != Review::State::Pending && r.submittedAt.isValid())
            out.append(&r);
    std::stable_sort(
        out.begin(), out.end(), [](const Review *x, const Review *y) { return x->submittedAt < y->submittedAt; });
    return out;
}

std::optional<double> median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    return DurationStats::of(std::move(values)).medianSeconds;
}

} // namespace

BotAccounts::BotAccounts(const QStringList &configured)
{
    for (const QString &login : configured)
        if (!login.trimmed().isEmpty())
            m_configured.insert(login.trimmed().toLower());
}

bool BotAccounts::isBot(const QString &login, bool typedBot) const
{
    return typedBot || login.endsWith("[bot]"_L1, Qt::CaseInsensitive) || m_configured.contains(login.toLower());
}

DurationStats DurationStats::of(QList<qint64> seconds)
{
    DurationStats s;
    s.count = int(seconds.size());
    if (seconds.isEmpty())
        return s;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    s.medianSeconds
        = n % 2 ? double(seconds.at(n / 2)) : (double(seconds.at(n / 2 - 1)) + double(seconds.at(n / 2))) / 2.0;
    const qsizetype rank = (9 * n + 9) / 10; // ⌈0.9·n⌉ in whole numbers
    s.p90Seconds = seconds.at(std::max<qsizetype>(rank, 1) - 1);
    return s;
}

PrReviewFlow ReviewFlow::of(const PullRequest &pr, const BotAccounts &bots)
{
    PrReviewFlow f;
    f.number = pr.number;
    f.known = pr.reviewDataKnown && !pr.isDirectCommit;
    f.authorIsBot = bots.isBot(pr.author, pr.authorIsBot);
    if (!f.known)
        return f;
    f.start = pr.readyForReviewAt.isValid() ? pr.readyForReviewAt : pr.createdAt;
    if (f.start.isValid() && pr.mergedAt.isValid())
        f.openFor = std::max<qint64>(0, f.start.secsTo(pr.mergedAt));
    bool changesRequested = false;
    for (const Review *r : submitted(pr)) {
        if (sameLogin(r->author, pr.author))
            continue; // answering on one's own PR is no review
        if (bots.isBot(r->author, r->authorIsBot)) {
            ++f.botReviews;
            if (!f.botReviewers.contains(r->author))
                f.botReviewers.append(r->author);
            continue;
        }
        if (!f.reviewedByOther) {
            f.reviewedByOther = true;
            f.firstReviewAt = r->submittedAt;
            f.firstReviewer = r->author;
            if (f.start.isValid())
                f.waitedForReview = std::max<qint64>(0, f.start.secsTo(r->submittedAt));
        }
        if (r->state == Review::State::ChangesRequested) {
            changesRequested = true;
        } else if (r->state == Review::State::Approved && changesRequested) {
            ++f.rounds;
            changesRequested = false;
        }
    }
    return f;
}

ReviewFlow ReviewFlow::compute(const WeekData &week, const BotAccounts &bots)
{
    ReviewFlow flow;
    QList<qint64> waited;
    QList<qint64> open;
    struct Load {
        QList<int> prs;
        int reviews = 0;
        QList<qint64> response;
    };
    QHash<QString, Load> load; // by lower-case login
    QHash<QString, QString> spelling;
    QSet<QString> botLogins;
    flow.pulls.reserve(week.pulls.size());
    for (const PullRequest &pr : week.pulls) {
        PrReviewFlow f = of(pr, bots);
        if (!f.known) {
            flow.pulls.append(f);
            continue;
        }
        flow.known = true;
        if (f.authorIsBot) {
            flow.botAuthoredPrs.append(pr.number);
            botLogins.insert(pr.author);
        }
        if (f.waitedForReview)
            waited.append(*f.waitedForReview);
        if (f.openFor)
            open.append(*f.openFor);
        if (f.reviewedByOther)
            ++flow.reviewedPrs;
        else
            flow.mergedWithoutReview.append(pr.number);
        if (f.rounds > 0)
            flow.prsWithRounds.append(pr.number);
        flow.rounds += f.rounds;
        flow.botReviews += f.botReviews;
        QSet<QString> seenHere;
        for (const Review *r : submitted(pr)) {
            if (sameLogin(r->author, pr.author))
                continue;
            if (bots.isBot(r->author, r->authorIsBot)) {
                botLogins.insert(r->author);
                continue;
            }
            const QString key = r->author.toLower();
            Load &l = load[key];
            spelling.insert(key, r->author);
            ++l.reviews;
            if (seenHere.contains(key))
                continue;
            seenHere.insert(key);
            l.prs.append(pr.number);
            if (f.start.isValid())
                l.response.append(std::max<qint64>(0, f.start.secsTo(r->submittedAt)));
        }
        flow.pulls.append(f);
    }
    // A week from a source without review data (a clone) has no figures, not zeros.
    if (!flow.known) {
        ReviewFlow none;
        none.pulls = flow.pulls;
        return none;
    }
    flow.timeToFirstReview = DurationStats::of(waited);
    flow.timeToMerge = DurationStats::of(open);
    for (auto it = load.begin(); it != load.end(); ++it) {
        ReviewerLoad r;
        r.login = spelling.value(it.key());
        r.prs = it->prs;
        std::sort(r.prs.begin(), r.prs.end());
        r.reviews = it->reviews;
        r.medianResponseSeconds = median(it->response);
        flow.reviewers.append(r);
    }
    std::sort(flow.reviewers.begin(), flow.reviewers.end(), [](const ReviewerLoad &x, const ReviewerLoad &y) {
        if (x.prs.size() != y.prs.size())
            return x.prs.size() > y.prs.size();
        if (x.reviews != y.reviews)
            return x.reviews > y.reviews;
        return x.login < y.login;
    });
    flow.bots = QStringList(botLogins.begin(), botLogins.end());
    flow.bots.sort();
    for (QList<int> *list : {&flow.mergedWithoutReview, &flow.prsWithRounds, &flow.botAuthoredPrs})
        std::sort(list->begin(), list->end());
    return flow;
}

const PrReviewFlow *ReviewFlow::find(int number) const
{
    for (const PrReviewFlow &p : pulls)
        if (p.number == number)
            return &p;
    return nullptr;
}

QList<const PrReviewFlow *> ReviewFlow::slowest(int count) const
{
    QList<const PrReviewFlow *> out;
    for (const PrReviewFlow &p : pulls)
        if (p.known && (p.waitedForReview || (!p.reviewedByOther && p.openFor)))
            out.append(&p);
    // an unreviewed PR waited its whole time open
    const auto waited = [](const PrReviewFlow *p) {
        return p->waitedForReview ? *p->waitedForReview : *p->openFor;
    };
    std::stable_sort(out.begin(), out.end(), [&waited](const PrReviewFlow *x, const PrReviewFlow *y) {
        return waited(x) != waited(y) ? waited(x) > waited(y) : x->number < y->number;
    });
    if (out.size() > count)
        out.resize(count);
    return out;
}

std::optional<ReviewFlowDelta> ReviewFlowDelta::between(const ReviewFlow &current, const ReviewFlow &previous)
{
    if (!current.known || !previous.known)
        return std::nullopt;
    ReviewFlowDelta d;
    if (current.timeToFirstReview.count > 0 && previous.timeToFirstReview.count > 0)
        d.timeToFirstReviewMedian = current.timeToFirstReview.medianSeconds - previous.timeToFirstReview.medianSeconds;
    if (current.timeToMerge.count > 0 && previous.timeToMerge.count > 0)
        d.timeToMergeMedian = current.timeToMerge.medianSeconds - previous.timeToMerge.medianSeconds;
    d.mergedWithoutReview = int(current.mergedWithoutReview.size() - previous.mergedWithoutReview.size());
    return d;
}

} // namespace PrLens
