// SPDX-License-Identifier: MIT
#include "analysisjson.h"

#include "completenessledger.h"
#include "jsonwriter.h"
#include "riskengine.h"
#include "weekanalysis.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

void writeCounted(JsonWriter &w, QLatin1StringView name, const QList<CountedItem> &items)
{
    w.key(name);
    w.array(items, [&w](const CountedItem &i) {
        w.beginObject();
        w.member("key"_L1, i.key);
        w.member("display"_L1, i.display);
        w.member("count"_L1, i.count());
        w.member("prs"_L1, i.prs);
        w.endObject();
    });
}

template<typename Figures> void writeFigures(JsonWriter &w, const Figures &s)
{
    w.member("mergedPrs"_L1, s.mergedPrs);
    w.member("highlighted"_L1, s.highlighted);
    w.member("authors"_L1, s.authors);
    w.member("additions"_L1, s.additions);
    w.member("deletions"_L1, s.deletions);
    w.member("files"_L1, s.files);
    w.member("averageImportance"_L1, s.averageImportance);
}

void writeSummary(JsonWriter &w, QLatin1StringView name, const WeekSummary &s)
{
    w.key(name);
    w.beginObject();
    writeFigures(w, s);
    w.member("prs"_L1, s.prs);
    w.member("highlightedPrs"_L1, s.highlightedPrs);
    writeCounted(w, "byAuthor"_L1, s.byAuthor);
    w.endObject();
}

/// Seconds as a whole number when they are one (a median of two middle values may end in .5).
void writeSeconds(JsonWriter &w, double seconds)
{
    if (seconds == double(qint64(seconds)))
        w.value(qint64(seconds));
    else
        w.value(seconds);
}

void writeDurations(JsonWriter &w, QLatin1StringView name, const DurationStats &s)
{
    w.key(name);
    w.beginObject();
    w.member("count"_L1, s.count);
    w.key("medianSeconds"_L1);
    s.count > 0 ? writeSeconds(w, s.medianSeconds) : w.null();
    w.key("p90Seconds"_L1);
    s.count > 0 ? w.value(s.p90Seconds) : w.null();
    w.endObject();
}

/// "reviewFlow": the figures, or null when the source has no review data (never zeros for unknown times).
void writeReviewFlow(JsonWriter &w, const ReviewFlow &f)
{
    w.key("reviewFlow"_L1);
    if (!f.known) {
        w.null();
        return;
    }
    w.beginObject();
    writeDurations(w, "timeToFirstReview"_L1, f.timeToFirstReview);
    writeDurations(w, "timeToMerge"_L1, f.timeToMerge);
    w.member("mergedWithoutReview"_L1, f.mergedWithoutReview.size());
    w.key("reviewers"_L1);
    w.array(f.reviewers, [&w](const ReviewerLoad &r) {
        w.beginObject();
        w.member("login"_L1, r.login);
        w.member("prs"_L1, r.prs.size());
        w.member("reviews"_L1, r.reviews);
        w.key("medianResponseSeconds"_L1);
        r.medianResponseSeconds ? writeSeconds(w, *r.medianResponseSeconds) : w.null();
        w.endObject();
    });
    w.member("bots"_L1, f.bots);
    w.endObject();
}

void writeFinding(JsonWriter &w, const RiskFinding &f)
{
    const RiskRule *rule = RiskEngine::builtIn(f.ruleId);
    w.beginObject();
    w.member("rule"_L1, f.ruleId);
    w.member("severity"_L1, severityId(f.severity));
    w.key("facts"_L1);
    w.beginObject();
    for (const auto &[k, v] : f.facts) {
        w.key(QStringView(k));
        w.value(v);
    }
    w.endObject();
    w.key("evidence"_L1);
    w.array(f.evidence, [&w](const Evidence &e) {
        w.beginObject();
        w.member("text"_L1, e.text);
        if (!e.file.isEmpty())
            w.member("file"_L1, e.file);
        if (e.line > 0)
            w.member("line"_L1, e.line);
        if (!e.subject.isEmpty())
            w.member("subject"_L1, e.subject);
        w.endObject();
    });
    w.member("relatedPrs"_L1, f.relatedPrs);
    w.member("text"_L1, rule ? rule->describe(f) : QString());
    w.endObject();
}

void writeModuleTrend(JsonWriter &w, const ModuleTrend &trend)
{
    w.key("moduleTrend"_L1);
    w.beginObject();
    w.key("weeks"_L1);
    w.array(trend.weeks, [&w](const IsoWeek &week) { w.value(week.toString()); });
    w.key("rows"_L1);
    w.array(trend.rows, [&w](const ModuleTrend::Row &r) {
        w.beginObject();
        w.member("module"_L1, r.module);
        w.key("prsPerWeek"_L1);
        w.array(r.prsPerWeek, [&w](const QList<int> &prs) { w.value(prs); });
        w.endObject();
    });
    w.endObject();
}

QJsonObject parsed(const JsonWriter &w)
{
    return QJsonDocument::fromJson(w.bytes()).object();
}

} // namespace

void AnalysisJson::write(JsonWriter &w, const PrAnalysis &p)
{
    w.beginObject();
    w.member("number"_L1, p.number);
    w.member("tags"_L1, p.tags);
    w.member("size"_L1, SizeBuckets::name(p.size));
    w.member("effectiveLines"_L1, p.effectiveLines);
    w.member("modules"_L1, p.modules);
    w.key("importance"_L1);
    w.beginObject();
    w.member("score"_L1, p.importance.score);
    w.key("reasons"_L1);
    w.array(p.importance.reasons, [&w](const ImportanceReason &r) {
        w.beginObject();
        w.member("points"_L1, r.points);
        w.member("text"_L1, r.describe());
        w.endObject();
    });
    w.endObject();
    w.key("findings"_L1);
    w.array(p.findings, [&w](const RiskFinding &f) { writeFinding(w, f); });
    w.key("notEvaluated"_L1);
    w.array(p.notEvaluated, [&w](const NotEvaluated &n) {
        w.beginObject();
        w.member("rule"_L1, n.ruleId);
        w.member("reason"_L1, NotEvaluated::reasonId(n.reason));
        w.member("files"_L1, n.files);
        w.member("text"_L1, n.describe());
        w.endObject();
    });
    w.key("related"_L1);
    w.array(p.related, [&w](const RelatedPr &r) {
        w.beginObject();
        w.member("kind"_L1, RelatedPr::kindId(r.kind));
        w.member("number"_L1, r.number);
        w.member("title"_L1, r.title);
        w.member("week"_L1, r.week.toString());
        w.member("sharedFiles"_L1, r.sharedFiles);
        w.endObject();
    });
    w.member("theme"_L1, p.theme);
    w.member("highlighted"_L1, p.highlighted);
    w.endObject();
}

void AnalysisJson::writeWeekMembers(JsonWriter &w, const WeekAnalysis &a)
{
    w.member("repo"_L1, a.repo.key());
    w.member("week"_L1, a.week.toString());
    w.member("zone"_L1, a.zone.toString());
    writeSummary(w, "summary"_L1, a.summary);
    if (a.previous)
        writeSummary(w, "previous"_L1, *a.previous);
    if (a.delta) {
        w.key("delta"_L1);
        w.beginObject();
        writeFigures(w, *a.delta);
        w.endObject();
    }
    writeCounted(w, "tags"_L1, a.tags);
    w.member("untaggedPrs"_L1, a.untaggedPrs);
    writeCounted(w, "hotFiles"_L1, a.hot.files);
    writeCounted(w, "hotModules"_L1, a.hot.modules);
    w.member("moduleDepth"_L1, a.hot.moduleDepth);
    writeCounted(w, "excludedFiles"_L1, a.hot.excluded);
    w.member("exclusionPatterns"_L1, a.hot.excludedPatterns);
    writeModuleTrend(w, a.moduleTrend);
    QStringList core(a.coreFiles.begin(), a.coreFiles.end());
    core.sort();
    w.member("coreFiles"_L1, core);
    w.key("risks"_L1);
    w.array(a.risks, [&w](const RiskCount &r) {
        const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
        w.beginObject();
        w.member("rule"_L1, r.ruleId);
        w.member("severity"_L1, severityId(r.severity));
        w.member("title"_L1, rule ? rule->title() : r.ruleId);
        w.member("count"_L1, r.prs.size());
        w.member("prs"_L1, r.prs);
        w.member("notEvaluatedPrs"_L1, r.notEvaluatedPrs);
        w.endObject();
    });
    w.key("highlights"_L1);
    w.array(a.highlights, [&w](const ThemeGroup &g) {
        w.beginObject();
        w.member("theme"_L1, g.theme);
        w.member("display"_L1, g.display);
        w.member("prs"_L1, g.prs);
        w.endObject();
    });
    w.key("recommendations"_L1);
    w.array(a.recommendations, [&w](const Recommendation &r) {
        const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
        w.beginObject();
        w.member("rule"_L1, r.ruleId);
        w.member("severity"_L1, severityId(r.severity));
        w.member("prs"_L1, r.prs);
        w.member("text"_L1, rule ? rule->recommendation() : QString());
        w.endObject();
    });
    writeReviewFlow(w, a.reviewFlow);
    w.key("ledger"_L1);
    w.array(a.ledger, [&w](const LedgerEntry &e) {
        w.beginObject();
        w.member("kind"_L1, LedgerEntry::kindToString(e.kind));
        w.member("pr"_L1, e.prNumber);
        w.member("what"_L1, e.what);
        w.member("detail"_L1, e.detail);
        if (!e.args.isEmpty())
            w.member("args"_L1, e.args);
        w.member("text"_L1, CompletenessLedger::describe(e));
        w.endObject();
    });
}

QJsonObject AnalysisJson::toJson(const PrAnalysis &p)
{
    JsonWriter w;
    write(w, p);
    return parsed(w);
}

QJsonObject AnalysisJson::toJson(const WeekAnalysis &a)
{
    JsonWriter w;
    w.beginObject();
    writeWeekMembers(w, a);
    w.key("pulls"_L1);
    w.array(a.pulls, [&w](const PrAnalysis &p) { write(w, p); });
    w.endObject();
    return parsed(w);
}

} // namespace PrLens
