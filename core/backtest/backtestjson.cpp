// SPDX-License-Identifier: MIT
#include "backtestjson.h"

#include "backtest.h"
#include "jsonwriter.h"

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

void writeRule(JsonWriter &w, const RuleBacktest &r)
{
    w.beginObject();
    w.member("id"_L1, r.id);
    w.member("flagged"_L1, r.flagged);
    w.member("flaggedBad"_L1, r.flaggedBad);
    w.member("unflagged"_L1, r.unflagged);
    w.member("unflaggedBad"_L1, r.unflaggedBad);
    w.member("notEvaluated"_L1, r.notEvaluated);
    w.member("enoughData"_L1, r.hasLift());
    for (const auto &[name, v] : {std::pair {"lift"_L1, r.ratio.lift}, std::pair {"liftLow"_L1, r.ratio.low},
             std::pair {"liftHigh"_L1, r.ratio.high}}) {
        w.key(name);
        if (r.hasLift())
            w.value(v);
        else
            w.null();
    }
    w.member("flaggedBadPrs"_L1, r.flaggedBadPrs);
    w.endObject();
}

void writeOutcome(JsonWriter &w, const PrOutcome &o)
{
    w.beginObject();
    w.member("kind"_L1, PrOutcome::kindId(o.kind));
    w.member("by"_L1, o.by);
    w.member("reason"_L1, PrOutcome::reasonId(o.reason));
    w.member("evidence"_L1, o.evidence);
    if (!o.file.isEmpty()) {
        w.member("file"_L1, o.file);
        w.member("line"_L1, o.line);
    }
    w.endObject();
}

} // namespace

QString BacktestJson::methodDescription()
{
    return u"risk ratio (lift) of reverted-or-fixed PRs, flagged against unflagged, with the Katz log 95% interval; "
           u"0.5 added to each cell when a bad count is 0"_s;
}

QByteArray BacktestJson::toJson(const BacktestResult &r)
{
    JsonWriter w(JsonWriter::Style::Indented);
    w.beginObject();
    w.member("repository"_L1, r.repo.key());
    w.member("from"_L1, r.first.toString());
    w.member("to"_L1, r.last.toString());
    w.member("tz"_L1, r.zone.toString());
    w.member("horizonWeeks"_L1, r.options.horizonWeeks);
    w.member("observedUntil"_L1, r.observedUntil);
    w.member("method"_L1, methodDescription());
    w.key("minimum"_L1);
    w.beginObject();
    w.member("flagged"_L1, r.options.minGroup);
    w.member("unflagged"_L1, r.options.minGroup);
    w.member("bad"_L1, r.options.minBad);
    w.endObject();
    w.member("prs"_L1, int(r.pulls.size()));
    w.member("prsWithBadOutcome"_L1, r.badPrs());
    w.member("prsWithIncompleteHorizon"_L1, r.incompleteHorizons());
    w.key("rules"_L1);
    w.array(r.rules, [&](const RuleBacktest &x) { writeRule(w, x); });
    w.key("importance"_L1);
    w.array(r.importance, [&](const RuleBacktest &x) { writeRule(w, x); });
    w.key("pulls"_L1);
    w.beginArray();
    for (const BacktestPr &p : r.pulls) {
        if (p.outcomes.isEmpty())
            continue;
        w.beginObject();
        w.member("number"_L1, p.number);
        w.member("title"_L1, p.title);
        w.member("week"_L1, p.week.toString());
        w.member("importance"_L1, p.importance);
        w.member("rules"_L1, p.firedRules);
        w.key("outcomes"_L1);
        w.array(p.outcomes, [&](const PrOutcome &o) { writeOutcome(w, o); });
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

} // namespace PrLens
