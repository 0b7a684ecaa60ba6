// SPDX-License-Identifier: MIT
#include "weekanalysis.h"

#include "analysislogging.h"
#include "completenessledger.h"
#include "parallelfor.h"
#include "tagextractor.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

bool PrAnalysis::hasFinding(const QString &ruleId) const
{
    return std::any_of(findings.begin(), findings.end(), [&](const RiskFinding &f) { return f.ruleId == ruleId; });
}

const PrAnalysis *WeekAnalysis::find(int number) const
{
    for (const PrAnalysis &p : pulls)
        if (p.number == number)
            return &p;
    return nullptr;
}

const RiskCount *WeekAnalysis::risk(const QString &ruleId) const
{
    for (const RiskCount &r : risks)
        if (r.ruleId == ruleId)
            return &r;
    return nullptr;
}

QSet<QString> computeCoreFiles(
    const QList<const WeekData *> &weeks, const PathClassifier &paths, int topN, int minPrs, const QStringList &globs)
{
    QHash<QString, QSet<int>> prsPerFile;
    QSet<QString> out;
    for (const WeekData *w : weeks) {
        for (const PullRequest &pr : w->pulls) {
            for (const FileChange &f : pr.files) {
                if (std::any_of(globs.begin(), globs.end(),
                        [&](const QString &g) { return PathClassifier::matches(g, f.path); }))
                    out.insert(f.path);
                if (paths.isExcluded(f.path) || PathClassifier::isTest(f.path)
                    || PathClassifier::isDocumentation(f.path))
                    continue;
                prsPerFile[f.path].insert(pr.number);
            }
        }
    }
    QList<CountedItem> items;
    for (auto it = prsPerFile.begin(); it != prsPerFile.end(); ++it)
        if (it.value().size() >= minPrs)
            items.append({it.key(), it.key(), QList<int>(it.value().begin(), it.value().end())});
    sortByCount(items);
    for (qsizetype i = 0; i < std::min<qsizetype>(topN, items.size()); ++i)
        out.insert(items.at(i).key);
    return out;
}

namespace {

/// Dominant tag, else the module with the most changed lines.
QString themeOf(const PullRequest &pr, const QStringList &tags, const PathClassifier &paths, int depth)
{
    static const QStringList generic
        = {u"bugfix"_s, u"feature"_s, u"optimization"_s, u"refactor"_s, u"other"_s, u"misc"_s, u"chore"_s, u"revert"_s};
    // a specific tag ("ROCm", "KVCache") says more than a kind of change ("Bugfix")
    for (const QString &t : tags)
        if (!generic.contains(t))
            return t;
    // the module with the most changed lines, program source first (tests and docs follow the code they serve)
    QHash<QString, int> lines;
    for (const FileChange &f : pr.files)
        if (!paths.isExcluded(f.path) && PathClassifier::isSource(f.path))
            lines[PathClassifier::moduleOf(f.path, depth)] += f.changes();
    if (lines.isEmpty())
        for (const FileChange &f : pr.files)
            if (!paths.isExcluded(f.path))
                lines[PathClassifier::moduleOf(f.path, depth)] += f.changes();
    QString best;
    for (auto it = lines.begin(); it != lines.end(); ++it)
        if (best.isEmpty() || it.value() > lines.value(best) || (it.value() == lines.value(best) && it.key() < best))
            best = it.key();
    if (!best.isEmpty())
        return best;
    return tags.isEmpty() ? QString() : tags.constFirst();
}

/// The weeks of the related window (this one first) for core files and trends, and the week before when it has
/// pull requests or direct commits.
struct RecentWeeks {
    QList<const WeekData *> weeks;
    const WeekData *previous = nullptr;
};

RecentWeeks recentWeeks(const WeekData &week, const QList<WeekData> &history, int relatedWeeks)
{
    RecentWeeks out {{&week}, nullptr};
    for (const WeekData &h : history) {
        if (h.week == week.week || week.week < h.week || h.week < week.week.addWeeks(-std::max(relatedWeeks, 1)))
            continue;
        out.weeks.append(&h);
        // An empty week is no base for a change: a source that does not cover it (a dataset, a clone's
        // shallow history) answers the same way, and "+199 against nothing" tells a reader nothing.
        if (h.week == week.week.previous() && (!h.pulls.isEmpty() || !h.direct.isEmpty()))
            out.previous = &h;
    }
    return out;
}

/// The PRs of every tag key and how often each spelling of it was used, collected while the PRs are analysed.
struct TagTally {
    QHash<QString, QSet<int>> prs;
    QHash<QString, QHash<QString, int>> spellings;
};

QStringList modulesOf(const PullRequest &pr, const AnalysisConfig &cfg)
{
    QStringList modules;
    for (const FileChange &f : pr.files) {
        if (cfg.paths.isExcluded(f.path))
            continue;
        const QString m = PathClassifier::moduleOf(f.path, cfg.moduleDepth);
        if (!modules.contains(m))
            modules.append(m);
    }
    return modules;
}

/// One PR's analysis, and the tags it was given as written (for the week's TagTally).
struct AnalyzedPr {
    PrAnalysis analysis;
    QList<TagOrigin> origins;
};

/// Reads only the PR, the configuration and what the context points to: the PRs of a week are analysed at once.
AnalyzedPr analyzePr(
    const PullRequest &pr, const AnalysisConfig &cfg, const RuleContext &ctx, const RelatedPrs &related)
{
    AnalyzedPr out;
    PrAnalysis &p = out.analysis;
    p.number = pr.number;
    out.origins = TagExtractor::origins(pr, cfg.tags);
    for (const TagOrigin &o : std::as_const(out.origins))
        if (!p.tags.contains(o.key))
            p.tags.append(o.key);
    p.effectiveLines = SizeBuckets::effectiveLines(pr, cfg.paths);
    p.size = SizeBuckets::of(p.effectiveLines);
    p.modules = modulesOf(pr, cfg);
    p.importance = Importance::of(pr, p.tags, cfg.paths, ctx.coreFiles, cfg.moduleDepth);
    for (const RuleResult &r : cfg.rules.evaluate(pr, ctx)) {
        if (r.outcome == RuleResult::Outcome::Fired)
            p.findings.append(r.finding);
        else if (r.outcome == RuleResult::Outcome::NotEvaluated)
            p.notEvaluated.append(r.notEvaluated);
    }
    p.related = related.of(pr.number);
    p.theme = themeOf(pr, p.tags, cfg.paths, cfg.moduleDepth);
    return out;
}

/// Counts a PR's tags, in the order the PRs come, so that the tally is the same however the PRs were analysed.
void countTags(TagTally *tally, const AnalyzedPr &pr)
{
    for (const TagOrigin &o : pr.origins)
        tally->spellings[o.key][o.raw] += 1;
    for (const QString &t : pr.analysis.tags)
        tally->prs[t].insert(pr.analysis.number);
}

/// Every PR of the week, in the week's order; the PRs are spread over the free cores (each is independent of the
/// others), the results then gathered in order.
QList<AnalyzedPr> analyzePrs(
    const QList<PullRequest> &pulls, const AnalysisConfig &cfg, const RuleContext &ctx, const RelatedPrs &related)
{
    QList<AnalyzedPr> out(pulls.size());
    AnalyzedPr *const results = out.data(); // each thread writes its own elements, the list is not touched
    // Small ranges: a PR with a large patch costs far more than one without.
    constexpr qsizetype Grain = 8;
    parallelFor(pulls.size(), Grain, [&](qsizetype begin, qsizetype end) {
        for (qsizetype i = begin; i < end; ++i)
            results[i] = analyzePr(pulls.at(i), cfg, ctx, related);
    });
    return out;
}

/// The tag distribution; display = configured/built-in, else the spelling used most.
QList<CountedItem> tagCounts(const TagTally &tally, const AnalysisConfig &cfg)
{
    QList<CountedItem> tags;
    for (auto it = tally.prs.begin(); it != tally.prs.end(); ++it) {
        QString display = cfg.tags.display(it.key());
        if (!cfg.tags.hasDisplay(it.key())) {
            const QHash<QString, int> &s = tally.spellings.value(it.key());
            for (auto sp = s.begin(); sp != s.end(); ++sp)
                if (display == it.key() || sp.value() > s.value(display)
                    || (sp.value() == s.value(display) && sp.key() < display))
                    display = sp.key();
        }
        tags.append({it.key(), display, QList<int>(it.value().begin(), it.value().end())});
    }
    sortByCount(tags);
    return tags;
}

/// One count per enabled rule: the PRs it fired on and the PRs it could not be evaluated on.
QList<RiskCount> riskCounts(const QList<PrAnalysis> &pulls, const AnalysisConfig &cfg)
{
    QList<RiskCount> risks;
    for (const RiskRule *rule : cfg.rules.rules()) {
        RiskCount rc {rule->id(), cfg.rules.severity(rule->id()), {}, {}};
        for (const PrAnalysis &p : pulls) {
            for (const RiskFinding &f : p.findings)
                if (f.ruleId == rc.ruleId) {
                    rc.prs.append(p.number);
                    rc.severity = std::max(rc.severity, f.severity);
                    break;
                }
            for (const NotEvaluated &n : p.notEvaluated)
                if (n.ruleId == rc.ruleId) {
                    rc.notEvaluatedPrs.append(p.number);
                    break;
                }
        }
        std::sort(rc.prs.begin(), rc.prs.end());
        std::sort(rc.notEvaluatedPrs.begin(), rc.notEvaluatedPrs.end());
        if (rc.prs.isEmpty())
            rc.severity = cfg.rules.severity(rule->id());
        risks.append(rc);
    }
    return risks;
}

/// Marks the top N by importance, then size, then number, as highlighted and groups them by theme.
void highlight(WeekAnalysis &a, int count)
{
    QList<PrAnalysis *> ranked;
    for (PrAnalysis &p : a.pulls)
        ranked.append(&p);
    std::stable_sort(ranked.begin(), ranked.end(), [](const PrAnalysis *x, const PrAnalysis *y) {
        if (x->importance.score != y->importance.score)
            return x->importance.score > y->importance.score;
        if (x->effectiveLines != y->effectiveLines)
            return x->effectiveLines > y->effectiveLines;
        return x->number < y->number;
    });
    if (ranked.size() > count)
        ranked.resize(count);
    for (PrAnalysis *p : std::as_const(ranked)) {
        p->highlighted = true;
        a.summary.highlightedPrs.append(p->number);
        auto g = std::find_if(
            a.highlights.begin(), a.highlights.end(), [&](const ThemeGroup &t) { return t.theme == p->theme; });
        if (g == a.highlights.end()) {
            const auto tagIt
                = std::find_if(a.tags.begin(), a.tags.end(), [&](const CountedItem &c) { return c.key == p->theme; });
            a.highlights.append({p->theme, tagIt == a.tags.end() ? p->theme : tagIt->display, {p->number}});
        } else {
            g->prs.append(p->number);
        }
    }
    a.summary.highlighted = int(a.summary.highlightedPrs.size());
    if (!a.pulls.isEmpty()) {
        double total = 0;
        for (const PrAnalysis &p : std::as_const(a.pulls))
            total += p.importance.score;
        a.summary.averageImportance = total / double(a.pulls.size());
    }
}

/// Recommendations from the rules that fired: high severity first, then more PRs.
QList<Recommendation> recommendationsOf(const QList<RiskCount> &risks)
{
    QList<Recommendation> out;
    for (const RiskCount &rc : risks)
        if (!rc.prs.isEmpty())
            out.append({rc.ruleId, rc.severity, rc.prs});
    std::stable_sort(out.begin(), out.end(), [](const Recommendation &x, const Recommendation &y) {
        if (x.severity != y.severity)
            return x.severity > y.severity;
        return x.prs.size() > y.prs.size();
    });
    return out;
}

} // namespace

WeekAnalysis analyzeWeek(const WeekData &week, const QList<WeekData> &history, const AnalysisConfig &cfg)
{
    qCDebug(lcAnalysis).noquote() << "analysing" << week.repo.displayName() << week.week.toString() << "with"
                                  << week.pulls.size() << "pull requests against" << history.size() << "earlier weeks";
    WeekAnalysis a;
    a.repo = week.repo;
    a.week = week.week;
    a.zone = week.zone;
    a.summary = WeekSummary::of(week);
    a.hot = HotFiles::compute(week.pulls, cfg.paths, cfg.moduleDepth);

    const RecentWeeks recent = recentWeeks(week, history, cfg.relatedWeeks);
    a.coreFiles = computeCoreFiles(recent.weeks, cfg.paths, cfg.coreTopFiles, cfg.coreMinPrs, cfg.coreGlobs);
    a.moduleTrend = ModuleTrend::compute(recent.weeks, cfg.paths, cfg.moduleDepth, cfg.trendModules);

    const RelatedPrs related(week, history, cfg.paths, cfg.relatedWeeks);
    RuleContext ctx;
    ctx.paths = &cfg.paths;
    ctx.coreFiles = a.coreFiles;
    ctx.index = &related.index();
    ctx.moduleDepth = cfg.moduleDepth;

    TagTally tally;
    QList<NotEvaluated> notEvaluated;
    a.pulls.reserve(week.pulls.size());
    for (AnalyzedPr &pr : analyzePrs(week.pulls, cfg, ctx, related)) {
        countTags(&tally, pr);
        if (pr.analysis.tags.isEmpty())
            a.untaggedPrs.append(pr.analysis.number);
        notEvaluated += pr.analysis.notEvaluated;
        a.pulls.append(std::move(pr.analysis));
    }
    std::sort(a.untaggedPrs.begin(), a.untaggedPrs.end());
    a.tags = tagCounts(tally, cfg);
    a.risks = riskCounts(a.pulls, cfg);
    highlight(a, cfg.highlightCount);
    a.recommendations = recommendationsOf(a.risks);

    a.reviewFlow = ReviewFlow::compute(week, BotAccounts(cfg.bots));
    for (qsizetype i = 0; i < a.pulls.size() && i < a.reviewFlow.pulls.size(); ++i)
        a.pulls[i].reviewFlow = a.reviewFlow.pulls.at(i);
    if (recent.previous) {
        // the previous week's figures without its own history: importance from the same rules
        const WeekAnalysis prev = analyzeWeek(*recent.previous, {}, cfg);
        a.previous = prev.summary;
        a.delta = WeekDelta::between(a.summary, prev.summary);
        a.reviewFlowDelta = ReviewFlowDelta::between(a.reviewFlow, prev.reviewFlow);
    }
    a.ledger = CompletenessLedger::merge(week.ledger, notEvaluated);
    if (!a.reviewFlow.known && !week.pulls.isEmpty())
        a.ledger.append(CompletenessLedger::reviewFlowUnknown());
    return a;
}

} // namespace PrLens
