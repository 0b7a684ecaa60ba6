// SPDX-License-Identifier: MIT
#include "weeklyreport.h"

#include "completenessledger.h"
#include "reportlanguage.h"
#include "reporttext.h"
#include "reviewflowreport.h"
#include "riskengine.h"
#include "weekanalysis.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

using T = ReportText;

/// Findings of a rule shown with details; the remaining PRs of the rule are listed with their titles only.
constexpr int kDetailedFindings = 5;
constexpr int kEvidencePerFinding = 3;
constexpr int kExamplesPerRule = 3;
constexpr int kTableRows = 10;

QString changeCell(const WeekAnalysis &a, int WeekDelta::*field)
{
    return a.delta ? T::signedNumber((*a.delta).*field) : u"—"_s;
}

QString filterLink(const QString &kind, const QString &key)
{
    return u"filter/%1/%2"_s.arg(kind, key);
}

/// A "name · count · PRs" table whose counts filter the PR list by `kind` and whose PR numbers select PRs.
ReportBlock countTable(
    const QString &nameHeader, const QList<CountedItem> &items, const QString &kind, qsizetype maxRows = -1)
{
    QList<QStringList> rows;
    QList<QStringList> links;
    for (qsizetype i = 0; i < items.size() && (maxRows < 0 || i < maxRows); ++i) {
        const CountedItem &c = items.at(i);
        rows.append({c.display.isEmpty() ? c.key : c.display, QString::number(c.count()), T::prList(c.prs)});
        links.append({QString(), filterLink(kind, c.key), u"prs"_s});
    }
    return ReportBlock::table({nameHeader, WeeklyReport::tr("PRs"), WeeklyReport::tr("Pull requests")}, rows, links);
}

} // namespace

struct WeeklyReport::Input {
    const WeekAnalysis &a;
    const WeekData &week;

    const PullRequest *pr(int n) const { return week.find(n); }
    const RiskFinding *finding(int n, const QString &rule) const
    {
        const PrAnalysis *p = a.find(n);
        if (!p)
            return nullptr;
        for (const RiskFinding &f : p->findings)
            if (f.ruleId == rule)
                return &f;
        return nullptr;
    }
};

ReportDocument WeeklyReport::build(const WeekAnalysis &a, const WeekData &week)
{
    const Input in {a, week};
    ReportDocument doc;
    doc.kind = u"weekly"_s;
    doc.language = ReportLanguage::current();
    doc.title = tr("Weekly report: %1, %2").arg(a.repo.displayName(), a.week.toString());
    doc.subtitle
        = tr("%1 to %2 (%3) · %n merged pull request(s)", nullptr, a.summary.mergedPrs)
              .arg(a.week.monday().toString(Qt::ISODate), a.week.sunday().toString(Qt::ISODate), a.zone.displayName());
    doc.sections.append(executiveSummary(in));
    doc.sections.append(keyChanges(in));
    doc.sections.append(modulesAndThemes(in));
    doc.sections.append(riskObservations(in));
    doc.sections.append(ReviewFlowReport::section(a, week));
    doc.sections.append(highlightedPrs(in));
    doc.sections.append(recommendations(in));
    doc.sections.append(completeness(in));
    return doc;
}

ReportSection WeeklyReport::executiveSummary(const Input &in)
{
    const WeekAnalysis &a = in.a;
    const WeekSummary &s = a.summary;
    ReportSection sec {u"executive-summary"_s, tr("Executive summary"), 2, {}};
    QList<ReportItem> items;
    const auto add = [&items](const QString &text) {
        items.append({{}, {}, text, {}, {}});
    };
    add(tr("%n pull request(s) merged, by %1.", nullptr, s.mergedPrs).arg(tr("%n author(s)", nullptr, s.authors)));
    add(tr("%1 lines added and %2 deleted in %n file(s).", nullptr, s.files).arg(s.additions).arg(s.deletions));
    if (s.mergedPrs > 0)
        add(tr("%n highlighted PR(s); average importance %1 of 5.", nullptr, s.highlighted)
                .arg(T::decimal(s.averageImportance)));
    if (a.delta)
        add(tr("Against the previous week: %1 PRs, %2 authors, %3 lines added, %4 lines "
               "deleted, %5 files.")
                .arg(T::signedNumber(a.delta->mergedPrs), T::signedNumber(a.delta->authors),
                    T::signedNumber(a.delta->additions), T::signedNumber(a.delta->deletions),
                    T::signedNumber(a.delta->files)));
    else
        add(tr("No data for the week before: changes against it are not shown."));
    QSet<int> risky;
    QList<const RiskCount *> fired;
    for (const RiskCount &rc : a.risks) {
        if (rc.prs.isEmpty())
            continue;
        fired.append(&rc);
        risky.unite(QSet<int>(rc.prs.begin(), rc.prs.end()));
    }
    std::stable_sort(fired.begin(), fired.end(),
        [](const RiskCount *x, const RiskCount *y) { return x->prs.size() > y->prs.size(); });
    if (fired.isEmpty()) {
        add(tr("No risk rule fired."));
    } else {
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, fired.size()); ++i)
            top.append(
                tr("%1 (%n PR(s))", nullptr, int(fired.at(i)->prs.size())).arg(T::ruleTitle(fired.at(i)->ruleId)));
        add(tr("Risk rules fired on %n PR(s); most often: %1.", nullptr, int(risky.size())).arg(T::joinList(top)));
    }
    if (const RiskCount *rv = a.risk(u"revert-follow-up"_s); rv && !rv->prs.isEmpty())
        add(tr("%n revert(s) or follow-up fix(es): %1.", nullptr, int(rv->prs.size())).arg(T::prList(rv->prs)));
    if (const QString flow = ReviewFlowReport::summaryLine(a); !flow.isEmpty())
        add(flow);
    if (const int n = CompletenessLedger::count(a.ledger, LedgerEntry::Kind::NotEvaluated); n > 0)
        add(tr("%n rule check(s) could not be run; see Completeness.", nullptr, n));
    sec.blocks.append(ReportBlock::list(items));

    QList<QStringList> rows = {
        {tr("Merged PRs"), QString::number(s.mergedPrs), changeCell(a, &WeekDelta::mergedPrs)},
        {tr("Highlighted"), QString::number(s.highlighted), changeCell(a, &WeekDelta::highlighted)},
        {tr("Authors"), QString::number(s.authors), changeCell(a, &WeekDelta::authors)},
        {tr("Lines added"), QString::number(s.additions), changeCell(a, &WeekDelta::additions)},
        {tr("Lines deleted"), QString::number(s.deletions), changeCell(a, &WeekDelta::deletions)},
        {tr("Files"), QString::number(s.files), changeCell(a, &WeekDelta::files)},
        {tr("Average importance"), T::decimal(s.averageImportance),
            a.delta ? T::signedDecimal(a.delta->averageImportance) : u"—"_s},
    };
    sec.blocks.append(ReportBlock::table({tr("Figure"), tr("This week"), tr("Change")}, rows));
    return sec;
}

ReportSection WeeklyReport::keyChanges(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"key-changes"_s, tr("Key changes"), 2, {}};
    if (a.tags.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("No pull request carries a tag this week.")));
    } else {
        QStringList top;
        for (qsizetype i = 0; i < std::min<qsizetype>(3, a.tags.size()); ++i)
            top.append(tr("%1 (%n PR(s))", nullptr, a.tags.at(i).count()).arg(a.tags.at(i).display));
        sec.blocks.append(ReportBlock::paragraph(tr("Most of the work was tagged %1.").arg(T::joinList(top))));
        ReportBlock table = countTable(tr("Tag"), a.tags, u"tag"_s);
        if (!a.untaggedPrs.isEmpty()) {
            table.rows.append({tr("(no tag)"), QString::number(a.untaggedPrs.size()), T::prList(a.untaggedPrs)});
            table.cellLinks.append({QString(), QString(), u"prs"_s});
        }
        sec.blocks.append(table);
    }
    // the largest changes
    QList<const PrAnalysis *> bySize;
    for (const PrAnalysis &p : a.pulls)
        bySize.append(&p);
    std::stable_sort(bySize.begin(), bySize.end(), [](const PrAnalysis *x, const PrAnalysis *y) {
        return x->effectiveLines != y->effectiveLines ? x->effectiveLines > y->effectiveLines : x->number < y->number;
    });
    QList<ReportItem> largest;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, bySize.size()); ++i) {
        const PrAnalysis *p = bySize.at(i);
        const PullRequest *pr = in.pr(p->number);
        ReportItem item = T::prItem(pr, p->number, a.repo);
        item.details.append(tr("Size %1: %2 in %n file(s)", nullptr, pr ? int(pr->files.size()) : 0)
                .arg(SizeBuckets::name(p->size), pr ? T::lines(pr->additions, pr->deletions) : QString()));
        if (!p->modules.isEmpty())
            item.details.append(tr("Modules: %1").arg(p->modules.mid(0, 4).join(u", "_s)));
        largest.append(item);
    }
    if (!largest.isEmpty()) {
        sec.blocks.append(
            ReportBlock::paragraph(tr("The largest changes (generated, lock and vendored files not counted):")));
        sec.blocks.append(ReportBlock::list(largest));
    }
    // reverts and follow-ups
    QList<ReportItem> links;
    for (const PrAnalysis &p : a.pulls) {
        for (const RelatedPr &r : p.related) {
            if (r.kind != RelatedPr::Kind::Reverts && r.kind != RelatedPr::Kind::FollowsUp)
                continue;
            ReportItem item = T::prItem(in.pr(p.number), p.number, a.repo);
            item.details.append(r.describe() + u": "_s + r.title);
            links.append(item);
        }
    }
    if (!links.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("Reverts and follow-up fixes:")));
        sec.blocks.append(ReportBlock::list(links));
    }
    return sec;
}

ReportSection WeeklyReport::modulesAndThemes(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"modules-and-themes"_s, tr("Modules and themes"), 2, {}};
    sec.blocks.append(ReportBlock::paragraph(tr(
        "Modules are the first %n directory level(s) of each path. The busiest modules:", nullptr, a.hot.moduleDepth)));
    sec.blocks.append(countTable(tr("Module"), a.hot.modules, u"module"_s, kTableRows));
    sec.blocks.append(ReportBlock::paragraph(tr("Hot files, by the number of PRs touching them:")));
    sec.blocks.append(countTable(tr("File"), a.hot.files, u"file"_s, kTableRows));
    if (a.moduleTrend.weeks.size() > 1) {
        QStringList header {tr("Module")};
        for (const IsoWeek &w : a.moduleTrend.weeks)
            header.append(w.toString());
        QList<QStringList> trend;
        for (const ModuleTrend::Row &r : a.moduleTrend.rows) {
            QStringList row {r.module};
            for (const QList<int> &w : r.prsPerWeek)
                row.append(QString::number(w.size()));
            trend.append(row);
        }
        sec.blocks.append(ReportBlock::paragraph(
            tr("PRs per module over the last %n week(s):", nullptr, int(a.moduleTrend.weeks.size()))));
        sec.blocks.append(ReportBlock::table(header, trend));
    }
    const QString filter = a.hot.excludedPatterns.join(u" "_s);
    sec.blocks.append(ReportBlock::paragraph(a.hot.excluded.isEmpty()
            ? tr("No file was left out as generated, lock or vendored (filter: %1).").arg(filter)
            : tr("%n file(s) left out as generated, lock or vendored (filter: %1).", nullptr,
                  int(a.hot.excluded.size()))
                  .arg(filter)));
    // themes of the highlighted PRs
    if (!a.highlights.isEmpty()) {
        QStringList themes;
        for (const ThemeGroup &g : a.highlights)
            themes.append(tr("%1 (%2)").arg(g.display, T::prList(g.prs)));
        sec.blocks.append(ReportBlock::paragraph(tr("Themes of the highlighted PRs: %1.").arg(T::joinList(themes))));
    }
    return sec;
}

QList<ReportSection> WeeklyReport::riskObservations(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"risk-observations"_s, tr("Risk observations"), 2, {}};
    QList<const RiskCount *> fired;
    QStringList quiet;
    for (const RiskCount &rc : a.risks) {
        if (rc.prs.isEmpty())
            quiet.append(T::ruleTitle(rc.ruleId));
        else
            fired.append(&rc);
    }
    std::stable_sort(fired.begin(), fired.end(), [&a](const RiskCount *x, const RiskCount *y) {
        // Measured lift first (how much more often this repository's flagged PRs were reverted or fixed), then
        // severity and count for the rules without a measurement.
        const bool xm = a.measuredLift.contains(x->ruleId);
        const bool ym = a.measuredLift.contains(y->ruleId);
        if (xm != ym)
            return xm;
        if (xm && a.measuredLift.value(x->ruleId) != a.measuredLift.value(y->ruleId))
            return a.measuredLift.value(x->ruleId) > a.measuredLift.value(y->ruleId);
        return x->severity != y->severity ? x->severity > y->severity : x->prs.size() > y->prs.size();
    });
    sec.blocks.append(ReportBlock::paragraph(fired.isEmpty()
            ? tr("No risk rule fired this week.")
            : tr("%n rule(s) fired. Each observation lists every PR it fired on, the first ones "
                 "with their evidence.",
                  nullptr, int(fired.size()))));
    if (!fired.isEmpty()) {
        QList<QStringList> rows;
        QList<QStringList> links;
        const bool measured = !a.measuredLift.isEmpty();
        for (const RiskCount *rc : std::as_const(fired)) {
            // the PRs themselves are listed under each rule below; the count filters the PR list
            rows.append({T::ruleTitle(rc->ruleId), severityDisplay(rc->severity), QString::number(rc->prs.size())});
            links.append({QString(), QString(), filterLink(u"risk"_s, rc->ruleId)});
            if (measured) {
                const auto lift = a.measuredLift.constFind(rc->ruleId);
                //: a rule's measured lift, e.g. "2.1×"
                rows.last().append(
                    lift == a.measuredLift.cend() ? tr("not measured") : tr("%1×").arg(T::decimal(*lift)));
                links.last().append(QString());
            }
        }
        QStringList header {tr("Rule"), tr("Severity"), tr("PRs")};
        if (measured)
            header.append(tr("Measured lift"));
        sec.blocks.append(ReportBlock::table(header, rows, links));
    }
    if (!quiet.isEmpty())
        sec.blocks.append(ReportBlock::paragraph(tr("No findings for: %1.").arg(T::joinList(quiet))));
    QList<ReportItem> notRun;
    for (const RiskCount &rc : a.risks) {
        if (rc.notEvaluatedPrs.isEmpty())
            continue;
        const int n = int(rc.notEvaluatedPrs.size());
        notRun.append({{}, {},
            n == a.summary.mergedPrs
                ? tr("%1: not evaluated on any of the %n PR(s)", nullptr, n).arg(T::ruleTitle(rc.ruleId))
                : tr("%1: not evaluated on %n PR(s) (%2)", nullptr, n)
                      .arg(T::ruleTitle(rc.ruleId), T::prList(rc.notEvaluatedPrs)),
            {}, {}});
    }
    if (!notRun.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("Not evaluated, for lack of diff text or review data:")));
        sec.blocks.append(ReportBlock::list(notRun));
    }
    QList<ReportSection> out {sec};
    for (const RiskCount *rc : std::as_const(fired))
        out.append(riskRule(in, *rc));
    return out;
}

ReportSection WeeklyReport::riskRule(const Input &in, const RiskCount &rc)
{
    const RiskRule *rule = RiskEngine::builtIn(rc.ruleId);
    ReportSection sub {
        u"risk:"_s + rc.ruleId, tr("%1: %n PR(s)", nullptr, int(rc.prs.size())).arg(T::ruleTitle(rc.ruleId)), 3, {}};
    if (rule)
        sub.blocks.append(
            ReportBlock::paragraph(tr("Severity %1. %2").arg(severityDisplay(rc.severity), rule->explanation())));
    // The most telling lines first: one per PR, distinct subjects, before the per-PR list.
    QList<ReportItem> examples;
    QSet<QString> subjects;
    for (int n : rc.prs) {
        const RiskFinding *f = in.finding(n, rc.ruleId);
        for (const Evidence &ev : f ? f->evidence : QList<Evidence>()) {
            if (ev.subject.isEmpty() || ev.file.isEmpty() || subjects.contains(ev.subject))
                continue;
            subjects.insert(ev.subject);
            // no lead: the PRs listed under the heading are the ones below, each once
            examples.append({{}, {}, tr("%1 (%2)").arg(T::evidenceExample(ev), T::prRef(n)), {}, {}});
            break;
        }
        if (examples.size() >= kExamplesPerRule)
            break;
    }
    if (!examples.isEmpty()) {
        sub.blocks.append(ReportBlock::paragraph(tr("For example:")));
        sub.blocks.append(ReportBlock::list(examples));
    }
    QList<ReportItem> items;
    for (qsizetype i = 0; i < rc.prs.size(); ++i) {
        const int n = rc.prs.at(i);
        ReportItem item = T::prItem(in.pr(n), n, in.a.repo);
        const RiskFinding *f = in.finding(n, rc.ruleId);
        if (f && rule) {
            item.details.append(rule->describe(*f));
            for (qsizetype e = 0;
                i < kDetailedFindings && e < std::min<qsizetype>(kEvidencePerFinding, f->evidence.size()); ++e) {
                const Evidence &ev = f->evidence.at(e);
                if (ev.file.isEmpty() && in.pr(n) && ev.text == in.pr(n)->title)
                    continue; // the title is already shown
                item.details.append(T::evidence(ev));
            }
        }
        items.append(item);
    }
    sub.blocks.append(ReportBlock::list(items));
    return sub;
}

QList<ReportSection> WeeklyReport::highlightedPrs(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"highlighted-prs"_s, tr("Highlighted PRs"), 2, {}};
    sec.blocks.append(ReportBlock::paragraph(a.highlights.isEmpty()
            ? tr("No pull request was merged this week.")
            : tr("The %n most important PR(s) by size, breadth, core files, review activity "
                 "and tags, grouped by theme.",
                  nullptr, a.summary.highlighted)));
    QList<ReportSection> out {sec};
    for (const ThemeGroup &g : a.highlights) {
        ReportSection sub {u"theme:"_s + g.theme, g.display, 3, {}};
        QList<ReportItem> items;
        for (int n : g.prs) {
            const PrAnalysis *p = a.find(n);
            const PullRequest *pr = in.pr(n);
            ReportItem item = T::prItem(pr, n, a.repo);
            if (p) {
                QStringList reasons;
                for (const ImportanceReason &r : p->importance.reasons)
                    reasons.append(r.describe());
                item.details.append(reasons.isEmpty()
                        ? tr("Importance %1 of 5").arg(p->importance.score)
                        : tr("Importance %1 of 5: %2").arg(QString::number(p->importance.score), T::joinList(reasons)));
                if (pr)
                    item.details.append(tr("Size %1: %2 in %n file(s)", nullptr, int(pr->files.size()))
                            .arg(SizeBuckets::name(p->size), T::lines(pr->additions, pr->deletions)));
                QStringList risks;
                for (const RiskFinding &f : p->findings)
                    risks.append(T::ruleTitle(f.ruleId));
                if (!risks.isEmpty())
                    item.details.append(tr("Risks: %1").arg(T::joinList(risks)));
                QStringList related;
                for (const RelatedPr &r : p->related)
                    if (r.kind != RelatedPr::Kind::SameFiles)
                        related.append(r.describe());
                if (!related.isEmpty())
                    item.details.append(tr("Related: %1").arg(T::joinList(related)));
            }
            items.append(item);
        }
        sub.blocks.append(ReportBlock::list(items));
        out.append(sub);
    }
    return out;
}

ReportSection WeeklyReport::recommendations(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"recommendations"_s, tr("Recommendations"), 2, {}};
    QList<ReportItem> items;
    for (const Recommendation &r : a.recommendations) {
        const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
        if (!rule)
            continue;
        items.append({{}, {}, rule->recommendation(),
            {tr("%1: %n PR(s): %2", nullptr, int(r.prs.size())).arg(rule->title(), T::prList(r.prs))}, {}});
    }
    items.append(ReviewFlowReport::recommendations(a));
    if (CompletenessLedger::count(a.ledger, LedgerEntry::Kind::NotEvaluated) > 0)
        items.append({{}, {},
            tr("Load the missing diff text and review data, then rerun the checks listed under "
               "Completeness."),
            {}, {}});
    if (items.isEmpty())
        sec.blocks.append(ReportBlock::paragraph(tr("Nothing to follow up: no rule fired and every check ran.")));
    else
        sec.blocks.append(ReportBlock::list(items, true));
    return sec;
}

ReportSection WeeklyReport::completeness(const Input &in)
{
    const WeekAnalysis &a = in.a;
    ReportSection sec {u"completeness"_s, tr("Completeness"), 2, {}};
    if (a.ledger.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("Every PR was read in full and every check ran.")));
        return sec;
    }
    // one line per kind and subject, with the PRs behind it
    QList<std::pair<QString, QList<int>>> groups;
    for (const LedgerEntry &e : a.ledger) {
        const QString label = e.what.startsWith(u"rule:"_s) ? tr("%1 not evaluated").arg(T::ruleTitle(e.what.mid(5)))
                                                            : CompletenessLedger::describe(e);
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) { return g.first == label; });
        if (it == groups.end())
            groups.append({label, e.prNumber ? QList<int> {e.prNumber} : QList<int> {}});
        else if (e.prNumber && !it->second.contains(e.prNumber))
            it->second.append(e.prNumber);
    }
    QList<ReportItem> items;
    for (auto &[label, prs] : groups) {
        std::sort(prs.begin(), prs.end());
        const int n = int(prs.size());
        QString text = label;
        if (n > 0 && n == a.summary.mergedPrs)
            text = tr("%1: all %n PR(s)", nullptr, n).arg(label);
        else if (n > 0)
            text = tr("%1: %n PR(s) (%2)", nullptr, n).arg(label, T::prList(prs));
        items.append({{}, {}, text, {}, {}});
    }
    sec.blocks.append(ReportBlock::list(items));
    return sec;
}

} // namespace PrLens
