// SPDX-License-Identifier: MIT
#include "analysisjson.h"

#include "riskengine.h"
#include "weekanalysis.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QJsonArray numbers(const QList<int> &prs)
{
    QJsonArray a;
    for (int n : prs)
        a.append(n);
    return a;
}

QJsonArray counted(const QList<CountedItem> &items)
{
    QJsonArray a;
    for (const CountedItem &i : items)
        a.append(QJsonObject {
            {"key"_L1, i.key}, {"display"_L1, i.display}, {"count"_L1, i.count()}, {"prs"_L1, numbers(i.prs)}});
    return a;
}

QJsonObject summaryJson(const WeekSummary &s)
{
    return {{"mergedPrs"_L1, s.mergedPrs}, {"highlighted"_L1, s.highlighted}, {"authors"_L1, s.authors},
        {"additions"_L1, s.additions}, {"deletions"_L1, s.deletions}, {"files"_L1, s.files},
        {"averageImportance"_L1, s.averageImportance}, {"prs"_L1, numbers(s.prs)},
        {"highlightedPrs"_L1, numbers(s.highlightedPrs)}, {"byAuthor"_L1, counted(s.byAuthor)}};
}

QJsonObject findingJson(const RiskFinding &f)
{
    QJsonObject facts;
    for (const auto &[k, v] : f.facts)
        facts.insert(k, v);
    QJsonArray evidence;
    for (const Evidence &e : f.evidence) {
        QJsonObject o {{"text"_L1, e.text}};
        if (!e.file.isEmpty())
            o.insert("file"_L1, e.file);
        if (e.line > 0)
            o.insert("line"_L1, e.line);
        evidence.append(o);
    }
    const RiskRule *rule = RiskEngine::builtIn(f.ruleId);
    return {{"rule"_L1, f.ruleId}, {"severity"_L1, severityId(f.severity)}, {"facts"_L1, facts},
        {"evidence"_L1, evidence}, {"relatedPrs"_L1, numbers(f.relatedPrs)},
        {"text"_L1, rule ? rule->describe(f) : QString()}};
}

} // namespace

QJsonObject AnalysisJson::toJson(const PrAnalysis &p)
{
    QJsonArray reasons;
    for (const ImportanceReason &r : p.importance.reasons)
        reasons.append(QJsonObject {{"points"_L1, r.points}, {"text"_L1, r.describe()}});
    QJsonArray findings;
    for (const RiskFinding &f : p.findings)
        findings.append(findingJson(f));
    QJsonArray notEvaluated;
    for (const NotEvaluated &n : p.notEvaluated)
        notEvaluated.append(QJsonObject {{"rule"_L1, n.ruleId}, {"reason"_L1, NotEvaluated::reasonId(n.reason)},
            {"files"_L1, QJsonArray::fromStringList(n.files)}, {"text"_L1, n.describe()}});
    QJsonArray related;
    for (const RelatedPr &r : p.related)
        related.append(
            QJsonObject {{"kind"_L1, RelatedPr::kindId(r.kind)}, {"number"_L1, r.number}, {"title"_L1, r.title},
                {"week"_L1, r.week.toString()}, {"sharedFiles"_L1, QJsonArray::fromStringList(r.sharedFiles)}});
    return {{"number"_L1, p.number}, {"tags"_L1, QJsonArray::fromStringList(p.tags)},
        {"size"_L1, SizeBuckets::name(p.size)}, {"effectiveLines"_L1, p.effectiveLines},
        {"modules"_L1, QJsonArray::fromStringList(p.modules)},
        {"importance"_L1, QJsonObject {{"score"_L1, p.importance.score}, {"reasons"_L1, reasons}}},
        {"findings"_L1, findings}, {"notEvaluated"_L1, notEvaluated}, {"related"_L1, related}, {"theme"_L1, p.theme},
        {"highlighted"_L1, p.highlighted}};
}

QJsonObject AnalysisJson::toJson(const WeekAnalysis &a)
{
    QJsonObject o {{"repo"_L1, a.repo.key()}, {"week"_L1, a.week.toString()}, {"zone"_L1, a.zone.toString()},
        {"summary"_L1, summaryJson(a.summary)}};
    if (a.previous)
        o.insert("previous"_L1, summaryJson(*a.previous));
    if (a.delta)
        o.insert("delta"_L1,
            QJsonObject {{"mergedPrs"_L1, a.delta->mergedPrs}, {"highlighted"_L1, a.delta->highlighted},
                {"authors"_L1, a.delta->authors}, {"additions"_L1, a.delta->additions},
                {"deletions"_L1, a.delta->deletions}, {"files"_L1, a.delta->files},
                {"averageImportance"_L1, a.delta->averageImportance}});
    o.insert("tags"_L1, counted(a.tags));
    o.insert("untaggedPrs"_L1, numbers(a.untaggedPrs));
    o.insert("hotFiles"_L1, counted(a.hot.files));
    o.insert("hotModules"_L1, counted(a.hot.modules));
    o.insert("moduleDepth"_L1, a.hot.moduleDepth);
    o.insert("excludedFiles"_L1, counted(a.hot.excluded));
    o.insert("exclusionPatterns"_L1, QJsonArray::fromStringList(a.hot.excludedPatterns));
    QJsonArray weeks;
    for (const IsoWeek &w : a.moduleTrend.weeks)
        weeks.append(w.toString());
    QJsonArray rows;
    for (const ModuleTrend::Row &r : a.moduleTrend.rows) {
        QJsonArray perWeek;
        for (const QList<int> &w : r.prsPerWeek)
            perWeek.append(numbers(w));
        rows.append(QJsonObject {{"module"_L1, r.module}, {"prsPerWeek"_L1, perWeek}});
    }
    o.insert("moduleTrend"_L1, QJsonObject {{"weeks"_L1, weeks}, {"rows"_L1, rows}});
    QStringList core(a.coreFiles.begin(), a.coreFiles.end());
    core.sort();
    o.insert("coreFiles"_L1, QJsonArray::fromStringList(core));
    QJsonArray risks;
    for (const RiskCount &r : a.risks) {
        const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
        risks.append(QJsonObject {{"rule"_L1, r.ruleId}, {"severity"_L1, severityId(r.severity)},
            {"title"_L1, rule ? rule->title() : r.ruleId}, {"count"_L1, int(r.prs.size())}, {"prs"_L1, numbers(r.prs)},
            {"notEvaluatedPrs"_L1, numbers(r.notEvaluatedPrs)}});
    }
    o.insert("risks"_L1, risks);
    QJsonArray themes;
    for (const ThemeGroup &g : a.highlights)
        themes.append(QJsonObject {{"theme"_L1, g.theme}, {"display"_L1, g.display}, {"prs"_L1, numbers(g.prs)}});
    o.insert("highlights"_L1, themes);
    QJsonArray recs;
    for (const Recommendation &r : a.recommendations) {
        const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
        recs.append(QJsonObject {{"rule"_L1, r.ruleId}, {"severity"_L1, severityId(r.severity)},
            {"prs"_L1, numbers(r.prs)}, {"text"_L1, rule ? rule->recommendation() : QString()}});
    }
    o.insert("recommendations"_L1, recs);
    QJsonArray ledger;
    for (const LedgerEntry &e : a.ledger)
        ledger.append(QJsonObject {{"kind"_L1, LedgerEntry::kindToString(e.kind)}, {"pr"_L1, e.prNumber},
            {"what"_L1, e.what}, {"detail"_L1, e.detail}});
    o.insert("ledger"_L1, ledger);
    QJsonArray pulls;
    for (const PrAnalysis &p : a.pulls)
        pulls.append(toJson(p));
    o.insert("pulls"_L1, pulls);
    return o;
}

} // namespace PrLens
