// SPDX-License-Identifier: MIT
#include "reviewflowreport.h"

#include "reporttext.h"
#include "weekanalysis.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

using T = ReportText;

constexpr int kSlowest = 5;
constexpr int kUnreviewedListed = 10;
constexpr int kReviewerRows = 10;
/// A tenth of the PRs waiting longer than this for a first review is worth a recommendation.
constexpr qint64 kLongWaitSeconds = 2 * 86400;

QString stateText(Review::State s)
{
    switch (s) {
    case Review::State::Approved:
        return ReviewFlowReport::tr("approved");
    case Review::State::ChangesRequested:
        return ReviewFlowReport::tr("requested changes");
    case Review::State::Dismissed:
        return ReviewFlowReport::tr("reviewed (dismissed later)");
    case Review::State::Pending:
        return ReviewFlowReport::tr("started a review");
    case Review::State::Commented:
        break;
    }
    return ReviewFlowReport::tr("commented");
}

QString timeText(const QDateTime &t)
{
    return ReviewFlowReport::tr("%1 UTC").arg(t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
}

QString medianCell(const DurationStats &s)
{
    return s.count > 0 ? ReviewFlowReport::duration(s.medianSeconds) : u"—"_s;
}

QString p90Cell(const DurationStats &s)
{
    return s.count > 0 ? ReviewFlowReport::duration(double(s.p90Seconds)) : u"—"_s;
}

} // namespace

QString ReviewFlowReport::duration(double seconds)
{
    const qint64 s = qint64(std::llround(std::abs(seconds)));
    if (s < 60)
        return tr("< 1 min");
    const qint64 minutes = s / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 d").arg(hours / 24);
}

QString ReviewFlowReport::durationChange(const std::optional<double> &seconds)
{
    if (!seconds)
        return u"—"_s;
    if (std::abs(*seconds) < 60)
        return u"±0"_s;
    return (*seconds > 0 ? u"+"_s : u"−"_s) + duration(*seconds);
}

QString ReviewFlowReport::summaryLine(const WeekAnalysis &a)
{
    const ReviewFlow &f = a.reviewFlow;
    if (!f.known)
        return {};
    return tr("Review flow: median %1 to a first review and %2 to merge; %n PR(s) merged without a review by "
              "another person.",
        nullptr, int(f.mergedWithoutReview.size()))
        .arg(medianCell(f.timeToFirstReview), medianCell(f.timeToMerge));
}

ReportSection ReviewFlowReport::section(const WeekAnalysis &a, const WeekData &week)
{
    const ReviewFlow &f = a.reviewFlow;
    ReportSection sec {u"review-flow"_s, tr("Review flow"), 2, {}};
    if (!f.known) {
        sec.blocks.append(ReportBlock::paragraph(a.pulls.isEmpty()
                ? tr("No pull request was merged this week.")
                : tr("Review times are unknown for this source: it does not record when pull requests were "
                     "opened, left draft or were reviewed, nor by whom. Load the week from GitHub to see them.")));
        return sec;
    }
    const std::optional<ReviewFlowDelta> &d = a.reviewFlowDelta;
    const QString noChange = u"—"_s;
    QList<QStringList> rows {
        {tr("Time to first review, median"), medianCell(f.timeToFirstReview),
            d ? durationChange(d->timeToFirstReviewMedian) : noChange},
        {tr("Time to first review, 90th percentile"), p90Cell(f.timeToFirstReview), noChange},
        {tr("Time to merge, median"), medianCell(f.timeToMerge), d ? durationChange(d->timeToMergeMedian) : noChange},
        {tr("Time to merge, 90th percentile"), p90Cell(f.timeToMerge), noChange},
        {tr("Merged without review"), QString::number(f.mergedWithoutReview.size()),
            d ? T::signedNumber(d->mergedWithoutReview) : noChange},
        {tr("Review rounds (changes requested, then approved)"), QString::number(f.rounds), noChange},
        {tr("Reviews by bots"), QString::number(f.botReviews), noChange},
        {tr("PRs by bots"), QString::number(f.botAuthoredPrs.size()), noChange},
    };
    sec.blocks.append(ReportBlock::table({tr("Figure"), tr("This week"), tr("Change")}, rows));
    sec.blocks.append(ReportBlock::paragraph(
        tr("Times run from when a PR was ready for review (when it left draft, else when it was opened) to the "
           "first review by a person other than its author (%1 of %n PR(s)) and to the merge (%2). Bots and the "
           "authors' own reviews are not counted as reviews.",
            nullptr, a.summary.mergedPrs)
            .arg(f.timeToFirstReview.count)
            .arg(f.timeToMerge.count)));

    QList<ReportItem> slow;
    for (const PrReviewFlow *p : f.slowest(kSlowest)) {
        ReportItem item = T::prItem(week.find(p->number), p->number, a.repo);
        item.details.append(p->waitedForReview ? tr("Waited %1 for a first review (%2); open %3")
                                                     .arg(duration(double(*p->waitedForReview)), p->firstReviewer,
                                                         p->openFor ? duration(double(*p->openFor)) : u"—"_s)
                                               : tr("Merged after %1 without a review by another person")
                                                     .arg(duration(double(p->openFor.value_or(0)))));
        slow.append(item);
    }
    if (!slow.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("The longest waits for a first review:")));
        sec.blocks.append(ReportBlock::list(slow));
    }
    if (!f.mergedWithoutReview.isEmpty()) {
        QList<ReportItem> items;
        for (int n : f.mergedWithoutReview.mid(0, kUnreviewedListed))
            items.append(T::prItem(week.find(n), n, a.repo));
        sec.blocks.append(ReportBlock::paragraph(
            tr("Merged without a review by another person: %n PR(s).", nullptr, int(f.mergedWithoutReview.size()))));
        sec.blocks.append(ReportBlock::list(items));
        if (f.mergedWithoutReview.size() > kUnreviewedListed)
            sec.blocks.append(
                ReportBlock::paragraph(tr("Also: %1.").arg(T::prList(f.mergedWithoutReview.mid(kUnreviewedListed)))));
    }
    if (!f.reviewers.isEmpty()) {
        QList<QStringList> load;
        for (const ReviewerLoad &r : f.reviewers.mid(0, kReviewerRows))
            load.append({r.login, QString::number(r.prs.size()), QString::number(r.reviews),
                r.medianResponseSeconds ? duration(*r.medianResponseSeconds) : u"—"_s});
        sec.blocks.append(ReportBlock::paragraph(
            tr("Reviewer load (people only; %n reviewer(s) in all):", nullptr, int(f.reviewers.size()))));
        sec.blocks.append(ReportBlock::table({tr("Reviewer"), tr("PRs"), tr("Reviews"), tr("Median response")}, load));
    }
    sec.blocks.append(ReportBlock::paragraph(f.bots.isEmpty()
            ? tr("No bot reviewed or wrote a pull request this week.")
            : tr("Bots, counted apart: %1; %2, %3%4.")
                  .arg(T::joinList(f.bots), tr("%n review(s)", nullptr, f.botReviews),
                      tr("%n PR(s)", nullptr, int(f.botAuthoredPrs.size())),
                      f.botAuthoredPrs.isEmpty() ? QString() : u" ("_s + T::prList(f.botAuthoredPrs) + u')')));
    return sec;
}

QList<ReportItem> ReviewFlowReport::recommendations(const WeekAnalysis &a)
{
    const ReviewFlow &f = a.reviewFlow;
    QList<ReportItem> items;
    if (!f.known)
        return items;
    if (!f.reviewers.isEmpty() && f.reviewedPrs >= 4 && 2 * f.reviewers.first().prs.size() >= f.reviewedPrs) {
        const ReviewerLoad &top = f.reviewers.first();
        items.append({{}, {},
            tr("Share the review load: %1 reviewed %2 of the %3 reviewed PRs. Code owners or a review rotation "
               "spread it.")
                .arg(top.login)
                .arg(top.prs.size())
                .arg(f.reviewedPrs),
            {}, {}});
    }
    if (!f.mergedWithoutReview.isEmpty())
        items.append(
            {{}, {}, tr("Ask for a review by another person before merging (branch protection can require one)."),
                {tr("Merged without review: %n PR(s): %1", nullptr, int(f.mergedWithoutReview.size()))
                        .arg(T::prList(f.mergedWithoutReview))},
                {}});
    if (f.timeToFirstReview.count > 0 && f.timeToFirstReview.p90Seconds > kLongWaitSeconds)
        items.append({{}, {},
            tr("Agree on a time to a first review: a tenth of the reviewed PRs waited %1 or longer.")
                .arg(duration(double(f.timeToFirstReview.p90Seconds))),
            {}, {}});
    return items;
}

QList<ReportItem> ReviewFlowReport::timeline(const PullRequest &pr, const PrReviewFlow &flow)
{
    QList<ReportItem> items;
    if (!flow.known)
        return items;
    struct Event {
        QDateTime at;
        QString text;
    };
    QList<Event> events;
    if (pr.createdAt.isValid())
        events.append({pr.createdAt,
            pr.readyForReviewAt.isValid() ? tr("Opened as a draft by %1").arg(pr.author)
                                          : tr("Opened by %1").arg(pr.author)});
    if (pr.readyForReviewAt.isValid())
        events.append({pr.readyForReviewAt, tr("Ready for review")});
    for (const Review &r : pr.reviews) {
        if (!r.submittedAt.isValid())
            continue;
        QString text = tr("%1 %2").arg(r.author, stateText(r.state));
        if (r.author.compare(pr.author, Qt::CaseInsensitive) == 0)
            text = tr("%1 (the author; not counted as a review)").arg(text);
        else if (flow.botReviewers.contains(r.author))
            text = tr("%1 (a bot; counted apart)").arg(text);
        events.append({r.submittedAt, text});
    }
    if (pr.mergedAt.isValid())
        events.append({pr.mergedAt, tr("Merged")});
    std::stable_sort(events.begin(), events.end(), [](const Event &x, const Event &y) { return x.at < y.at; });
    for (const Event &e : std::as_const(events))
        items.append({timeText(e.at), {}, e.text, {}, {}});
    QStringList figures;
    figures.append(flow.waitedForReview
            ? tr("waited %1 for a first review").arg(duration(double(*flow.waitedForReview)))
            : tr("no review by another person"));
    if (flow.openFor)
        figures.append(tr("open %1 until the merge").arg(duration(double(*flow.openFor))));
    if (flow.rounds > 0)
        figures.append(tr("%n review round(s)", nullptr, flow.rounds));
    if (!items.isEmpty())
        items.last().details.append(T::joinList(figures));
    return items;
}

} // namespace PrLens
