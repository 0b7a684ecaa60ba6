// SPDX-License-Identifier: MIT
#include "weekview.h"

#include "riskengine.h"
#include "riskrule.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

RiskBadge::Severity badgeSeverity(Severity s)
{
    switch (s) {
    case Severity::Info:
        return RiskBadge::Severity::Low;
    case Severity::Warning:
        return RiskBadge::Severity::Medium;
    case Severity::High:
        return RiskBadge::Severity::High;
    }
    return RiskBadge::Severity::Medium;
}

QString ruleTitle(const QString &ruleId)
{
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    return rule ? rule->title() : ruleId;
}

QString ruleShortTitle(const QString &ruleId)
{
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    return rule ? rule->shortTitle() : ruleId;
}

RiskBadge badgeFor(const RiskFinding &f)
{
    RiskBadge b;
    b.ruleId = f.ruleId;
    b.name = ruleTitle(f.ruleId);
    b.shortName = ruleShortTitle(f.ruleId);
    b.severity = badgeSeverity(f.severity);
    QStringList lines;
    if (const RiskRule *rule = RiskEngine::builtIn(f.ruleId))
        lines.append(rule->describe(f));
    for (const Evidence &e : f.evidence.mid(0, 3)) {
        QString where = e.file;
        if (e.line > 0)
            where += u':' + QString::number(e.line);
        lines.append(where.isEmpty() ? e.text : e.text.isEmpty() ? where : where + u"  "_s + e.text.trimmed());
    }
    if (f.evidence.size() > 3) {
        // A named count: lupdate never finishes on a cast expression as translate()'s count argument.
        const int more = int(f.evidence.size() - 3);
        lines.append(QCoreApplication::translate("PrLens::WeekView", "… and %n more", nullptr, more));
    }
    b.evidence = lines.join(u'\n');
    return b;
}

QList<CountEntry> entriesOf(const QList<CountedItem> &items)
{
    QList<CountEntry> out;
    out.reserve(items.size());
    for (const CountedItem &i : items)
        if (i.count() > 0)
            out.append({i.key, i.display.isEmpty() ? i.key : i.display, i.count()});
    return out;
}

/// People who reviewed a PR, in the order of their first review: not the author, not a bot.
QStringList reviewersOf(const PullRequest &pr, const BotAccounts &bots)
{
    QStringList out;
    for (const Review &r : pr.reviews) {
        if (r.state == Review::State::Pending || r.author.compare(pr.author, Qt::CaseInsensitive) == 0
            || bots.isBot(r.author, r.authorIsBot) || out.contains(r.author))
            continue;
        out.append(r.author);
    }
    return out;
}

} // namespace

QStringList mergeTimeBuckets()
{
    return {u"1h"_s, u"1d"_s, u"3d"_s, u"1w"_s, u"more"_s};
}

QString mergeTimeBucket(qint64 seconds)
{
    constexpr qint64 hour = 3600;
    if (seconds < hour)
        return u"1h"_s;
    if (seconds < 24 * hour)
        return u"1d"_s;
    if (seconds < 72 * hour)
        return u"3d"_s;
    if (seconds < 168 * hour)
        return u"1w"_s;
    return u"more"_s;
}

QString mergeTimeBucketLabel(const QString &id)
{
    if (id == u"1h"_s)
        return QCoreApplication::translate("PrLens::WeekView", "< 1 hour");
    if (id == u"1d"_s)
        return QCoreApplication::translate("PrLens::WeekView", "< 1 day");
    if (id == u"3d"_s)
        return QCoreApplication::translate("PrLens::WeekView", "< 3 days");
    if (id == u"1w"_s)
        return QCoreApplication::translate("PrLens::WeekView", "< 1 week");
    return QCoreApplication::translate("PrLens::WeekView", "1 week or more");
}

WeekView buildWeekView(const WeekData &week, const QList<WeekData> &history, const AnalysisConfig &config)
{
    WeekView v;
    v.data = week;
    v.analysis = analyzeWeek(week, history, config);
    const WeekAnalysis &a = v.analysis;
    const BotAccounts bots(config.bots);

    QHash<QString, QString> tagDisplay;
    for (const CountedItem &t : a.tags)
        tagDisplay.insert(t.key, t.display.isEmpty() ? t.key : t.display);

    v.rows.reserve(week.pulls.size());
    for (int i = 0; i < week.pulls.size(); ++i) {
        PrRow row;
        row.pr = week.pulls.at(i);
        if (i < a.pulls.size()) {
            const PrAnalysis &p = a.pulls.at(i);
            row.tags = p.tags;
            for (const QString &t : p.tags)
                row.tagLabels.append(tagDisplay.value(t, t));
            row.modules = p.modules;
            row.importance = p.importance.score;
            QStringList reasons;
            for (const ImportanceReason &r : p.importance.reasons)
                reasons.append(r.describe());
            row.importanceReason = reasons.join(u"; "_s);
            for (const RiskFinding &f : p.findings)
                row.risks.append(badgeFor(f));
            row.highlighted = p.highlighted;
            row.reviewFlow = p.reviewFlow;
            if (p.reviewFlow.known)
                row.reviewers = reviewersOf(row.pr, bots);
        }
        v.rows.append(std::move(row));
    }

    // Commits without a PR (git sources) are listed too, as direct changes; the analysis covers PRs only.
    for (const PullRequest &commit : week.direct) {
        PrRow row;
        row.pr = commit;
        row.pr.isDirectCommit = true;
        v.rows.append(std::move(row));
    }

    v.figures = a.summary;
    if (a.previous)
        v.previous = *a.previous;
    v.tags = entriesOf(a.tags);
    v.hotFiles = entriesOf(a.hot.files);
    for (const RiskCount &r : a.risks)
        if (!r.prs.isEmpty())
            v.risks.append({r.ruleId, ruleTitle(r.ruleId), int(r.prs.size()), ruleShortTitle(r.ruleId)});
    std::stable_sort(
        v.risks.begin(), v.risks.end(), [](const CountEntry &x, const CountEntry &y) { return x.count > y.count; });
    if (a.reviewFlow.known) {
        QHash<QString, int> perBucket;
        for (const PrReviewFlow &f : a.reviewFlow.pulls)
            if (f.openFor)
                ++perBucket[mergeTimeBucket(*f.openFor)];
        // every bucket, also empty ones: the chart shows a distribution
        if (!perBucket.isEmpty())
            for (const QString &id : mergeTimeBuckets())
                v.mergeTimes.append({id, mergeTimeBucketLabel(id), perBucket.value(id)});
        for (const ReviewerLoad &r : a.reviewFlow.reviewers)
            v.reviewerLoad.append({r.login, r.login, int(r.prs.size())});
    }

    v.trend.weeks = a.moduleTrend.weeks;
    for (const ModuleTrend::Row &r : a.moduleTrend.rows) {
        v.trend.modules.append(r.module);
        QList<int> counts;
        for (const QList<int> &prs : r.prsPerWeek)
            counts.append(int(prs.size()));
        v.trend.counts.append(counts);
    }

    for (const PrRow &r : std::as_const(v.rows))
        if (r.highlighted)
            v.highlightedNumbers.append(r.pr.number);
    QHash<int, int> importance;
    for (const PrRow &r : std::as_const(v.rows))
        importance.insert(r.pr.number, r.importance);
    std::stable_sort(v.highlightedNumbers.begin(), v.highlightedNumbers.end(),
        [&importance](int x, int y) { return importance.value(x) > importance.value(y); });
    return v;
}

} // namespace PrLens
