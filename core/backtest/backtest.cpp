// SPDX-License-Identifier: MIT
#include "backtest.h"

#include "analysisconfig.h"
#include "weekanalysis.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

const RuleBacktest *RuleBacktest::find(const QList<RuleBacktest> &rules, const QString &id)
{
    for (const RuleBacktest &r : rules)
        if (r.id == id)
            return &r;
    return nullptr;
}

const RuleBacktest *BacktestResult::rule(const QString &id) const
{
    return RuleBacktest::find(rules, id);
}

int BacktestResult::badPrs() const
{
    return int(std::count_if(pulls.begin(), pulls.end(), [](const BacktestPr &p) { return !p.outcomes.isEmpty(); }));
}

int BacktestResult::incompleteHorizons() const
{
    return int(std::count_if(pulls.begin(), pulls.end(), [](const BacktestPr &p) { return !p.horizonComplete; }));
}

QList<WeekData> splitIntoWeeks(const WeekData &range, IsoWeek first, IsoWeek last)
{
    QList<WeekData> out;
    QMap<IsoWeek, qsizetype> at;
    for (IsoWeek w = first; !(last < w); w = w.next()) {
        WeekData d;
        d.repo = range.repo;
        d.week = w;
        d.zone = range.zone;
        d.fetchedAt = range.fetchedAt;
        d.fromCache = range.fromCache;
        at.insert(w, out.size());
        out.append(d);
    }
    const auto place = [&](const PullRequest &pr, bool direct) {
        const auto it = at.constFind(IsoWeek::containing(pr.mergedAt, range.zone));
        if (it != at.cend())
            (direct ? out[*it].direct : out[*it].pulls).append(pr);
    };
    for (const PullRequest &pr : range.pulls)
        place(pr, false);
    for (const PullRequest &pr : range.direct)
        place(pr, true);
    return out;
}

namespace {

/// Counts one group split: PRs where @p flagged says true (nullopt: not evaluated) against the rest.
template<typename Flag>
RuleBacktest count(const QString &id, const QList<BacktestPr> &pulls, Flag flagged, const BacktestOptions &o)
{
    RuleBacktest r;
    r.id = id;
    for (const BacktestPr &p : pulls) {
        const std::optional<bool> f = flagged(p);
        const bool bad = !p.outcomes.isEmpty();
        if (!f) {
            ++r.notEvaluated;
        } else if (*f) {
            ++r.flagged;
            if (bad) {
                ++r.flaggedBad;
                r.flaggedBadPrs.append(p.number);
            }
        } else {
            ++r.unflagged;
            r.unflaggedBad += bad ? 1 : 0;
        }
    }
    std::sort(r.flaggedBadPrs.begin(), r.flaggedBadPrs.end());
    r.ratio = RiskRatio::katz(r.flaggedBad, r.flagged, r.unflaggedBad, r.unflagged);
    r.enoughData = r.flagged >= o.minGroup && r.unflagged >= o.minGroup && r.flaggedBad + r.unflaggedBad >= o.minBad;
    return r;
}

AnalysisConfig everyRuleOn(const AnalysisConfig &config)
{
    AnalysisConfig all = config;
    for (const QString &id : RiskEngine::builtInIds()) {
        RuleOverride o = all.rules.override(id);
        o.enabled = true;
        all.rules.setOverride(id, o);
    }
    return all;
}

} // namespace

BacktestResult runBacktest(const QList<WeekData> &weeks, IsoWeek first, IsoWeek last, const AnalysisConfig &config,
    const BacktestOptions &options)
{
    BacktestResult result;
    result.first = first;
    result.last = last;
    result.options = options;
    QList<const WeekData *> ordered;
    for (const WeekData &w : weeks)
        ordered.append(&w);
    std::sort(ordered.begin(), ordered.end(), [](const WeekData *a, const WeekData *b) { return a->week < b->week; });
    if (!ordered.isEmpty()) {
        result.repo = ordered.first()->repo;
        result.zone = ordered.first()->zone;
        result.observedUntil = ordered.last()->range().end;
    }

    // Outcomes over everything read; flags and importance for the range's weeks.
    QList<const PullRequest *> all;
    for (const WeekData *w : std::as_const(ordered))
        for (const PullRequest &pr : w->pulls)
            all.append(&pr);
    const QHash<int, QList<PrOutcome>> outcomes = OutcomeFinder::find(all, options.horizonWeeks * 7, config.tags);

    const AnalysisConfig cfg = everyRuleOn(config);
    const int back = std::max(cfg.relatedWeeks, 1);
    QHash<QString, QHash<int, std::optional<bool>>> flags; // rule → PR → fired (nullopt: not evaluated)
    for (const WeekData *w : std::as_const(ordered)) {
        if (w->week < first || last < w->week)
            continue;
        QList<WeekData> history;
        for (const WeekData *h : std::as_const(ordered))
            if (h->week < w->week && !(h->week < w->week.addWeeks(-back)))
                history.append(*h);
        const WeekAnalysis a = analyzeWeek(*w, history, cfg);
        for (qsizetype i = 0; i < a.pulls.size(); ++i) {
            const PrAnalysis &pa = a.pulls.at(i);
            const PullRequest &pr = w->pulls.at(i);
            BacktestPr p {pr.number, pr.title, pr.url, w->week, pa.importance.score, {}, outcomes.value(pr.number),
                pr.mergedAt.addDays(qint64(options.horizonWeeks) * 7) <= result.observedUntil};
            for (const RiskFinding &f : pa.findings)
                if (!p.firedRules.contains(f.ruleId))
                    p.firedRules.append(f.ruleId);
            for (const QString &id : RiskEngine::builtInIds())
                flags[id][pr.number] = pa.hasFinding(id);
            for (const NotEvaluated &ne : pa.notEvaluated)
                if (!pa.hasFinding(ne.ruleId))
                    flags[ne.ruleId][pr.number] = std::nullopt;
            result.pulls.append(p);
        }
    }
    std::stable_sort(result.pulls.begin(), result.pulls.end(), [](const BacktestPr &a, const BacktestPr &b) {
        return a.week < b.week || (a.week == b.week && a.number < b.number);
    });
    for (const QString &id : RiskEngine::builtInIds()) {
        const QHash<int, std::optional<bool>> &f = flags[id];
        result.rules.append(
            count(id, result.pulls, [&](const BacktestPr &p) { return f.value(p.number, false); }, options));
    }
    for (int level = 1; level <= 5; ++level) {
        result.importance.append(count(
            u"importance-%1"_s.arg(level), result.pulls,
            [level](const BacktestPr &p) { return std::optional<bool>(p.importance == level); }, options));
    }
    return result;
}

} // namespace PrLens
