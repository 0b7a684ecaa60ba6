// SPDX-License-Identifier: MIT
#include "weeklyreport.h"

#include "completenessledger.h"
#include "reportlanguage.h"
#include "reporttext.h"
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
constexpr int kTableRows = 10;

QString changeCell(const WeekAnalysis &a, int WeekDelta::*field)
{
    return a.delta ? T::signedNumber((*a.delta).*field) : u"—"_s;
}

} // namespace

ReportDocument WeeklyReport::build(const WeekAnalysis &a, const WeekData &week)
{
    ReportDocument doc;
    doc.kind = u"weekly"_s;
    doc.language = ReportLanguage::current();
    doc.title = tr("Weekly report: %1, %2").arg(a.repo.displayName(), a.week.toString());
    doc.subtitle
        = tr("%1 to %2 (%3) · %n merged pull request(s)", nullptr, a.summary.mergedPrs)
              .arg(a.week.monday().toString(Qt::ISODate), a.week.sunday().toString(Qt::ISODate), a.zone.displayName());
    const WeekSummary &s = a.summary;
    const auto prOf = [&](int n) {
        return week.find(n);
    };
    const auto findingOf = [&](int n, const QString &rule) -> const RiskFinding * {
        const PrAnalysis *p = a.find(n);
        if (!p)
            return nullptr;
        for (const RiskFinding &f : p->findings)
            if (f.ruleId == rule)
                return &f;
        return nullptr;
    };

    // ---- Executive summary ----
    {
        ReportSection sec {u"executive-summary"_s, tr("Executive summary"), 2, {}};
        QList<ReportItem> items;
        items.append({{}, {},
            tr("%n pull request(s) merged, by %1.", nullptr, s.mergedPrs).arg(tr("%n author(s)", nullptr, s.authors)),
            {}, {}});
        items.append({{}, {},
            tr("%1 lines added and %2 deleted in %n file(s).", nullptr, s.files).arg(s.additions).arg(s.deletions), {},
            {}});
        if (s.mergedPrs > 0)
            items.append({{}, {},
                tr("%n highlighted PR(s); average importance %1 of 5.", nullptr, s.highlighted)
                    .arg(T::decimal(s.averageImportance)),
                {}, {}});
        if (a.delta)
            items.append({{}, {},
                tr("Against the previous week: %1 PRs, %2 authors, %3 lines added, %4 lines "
                   "deleted, %5 files.")
                    .arg(T::signedNumber(a.delta->mergedPrs), T::signedNumber(a.delta->authors),
                        T::signedNumber(a.delta->additions), T::signedNumber(a.delta->deletions),
                        T::signedNumber(a.delta->files)),
                {}, {}});
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
            items.append({{}, {}, tr("No risk rule fired."), {}, {}});
        } else {
            QStringList top;
            for (qsizetype i = 0; i < std::min<qsizetype>(3, fired.size()); ++i)
                top.append(
                    tr("%1 (%n PR(s))", nullptr, int(fired.at(i)->prs.size())).arg(T::ruleTitle(fired.at(i)->ruleId)));
            items.append({{}, {},
                tr("Risk rules fired on %n PR(s); most often: %1.", nullptr, int(risky.size())).arg(T::joinList(top)),
                {}, {}});
        }
        if (const RiskCount *rv = a.risk(u"revert-follow-up"_s); rv && !rv->prs.isEmpty())
            items.append({{}, {},
                tr("%n revert(s) or follow-up fix(es): %1.", nullptr, int(rv->prs.size())).arg(T::prList(rv->prs)), {},
                {}});
        const int notEvaluated = CompletenessLedger::count(a.ledger, LedgerEntry::Kind::NotEvaluated);
        if (notEvaluated > 0)
            items.append(
                {{}, {}, tr("%n rule check(s) could not be run; see Completeness.", nullptr, notEvaluated), {}, {}});
        sec.blocks.append(ReportBlock::list(items));

        const QString none = u"—"_s;
        QList<QStringList> rows = {
            {tr("Merged PRs"), QString::number(s.mergedPrs), changeCell(a, &WeekDelta::mergedPrs)},
            {tr("Highlighted"), QString::number(s.highlighted), changeCell(a, &WeekDelta::highlighted)},
            {tr("Authors"), QString::number(s.authors), changeCell(a, &WeekDelta::authors)},
            {tr("Lines added"), QString::number(s.additions), changeCell(a, &WeekDelta::additions)},
            {tr("Lines deleted"), QString::number(s.deletions), changeCell(a, &WeekDelta::deletions)},
            {tr("Files"), QString::number(s.files), changeCell(a, &WeekDelta::files)},
            {tr("Average importance"), T::decimal(s.averageImportance),
                a.delta ? T::signedDecimal(a.delta->averageImportance) : none},
        };
        sec.blocks.append(ReportBlock::table({tr("Figure"), tr("This week"), tr("Change")}, rows));
        doc.sections.append(sec);
    }

    // ---- Key changes ----
    {
        ReportSection sec {u"key-changes"_s, tr("Key changes"), 2, {}};
        if (a.tags.isEmpty()) {
            sec.blocks.append(ReportBlock::paragraph(tr("No pull request carries a tag this week.")));
        } else {
            QStringList top;
            for (qsizetype i = 0; i < std::min<qsizetype>(3, a.tags.size()); ++i)
                top.append(tr("%1 (%n PR(s))", nullptr, a.tags.at(i).count()).arg(a.tags.at(i).display));
            sec.blocks.append(ReportBlock::paragraph(tr("Most of the work was tagged %1.").arg(T::joinList(top))));
            QList<QStringList> rows;
            for (const CountedItem &t : a.tags)
                rows.append({t.display, QString::number(t.count()), T::prList(t.prs)});
            if (!a.untaggedPrs.isEmpty())
                rows.append({tr("(no tag)"), QString::number(a.untaggedPrs.size()), T::prList(a.untaggedPrs)});
            sec.blocks.append(ReportBlock::table({tr("Tag"), tr("PRs"), tr("Pull requests")}, rows));
        }
        // the largest changes
        QList<const PrAnalysis *> bySize;
        for (const PrAnalysis &p : a.pulls)
            bySize.append(&p);
        std::stable_sort(bySize.begin(), bySize.end(), [](const PrAnalysis *x, const PrAnalysis *y) {
            return x->effectiveLines != y->effectiveLines ? x->effectiveLines > y->effectiveLines
                                                          : x->number < y->number;
        });
        QList<ReportItem> largest;
        for (qsizetype i = 0; i < std::min<qsizetype>(5, bySize.size()); ++i) {
            const PrAnalysis *p = bySize.at(i);
            ReportItem item = T::prItem(prOf(p->number), p->number, a.repo);
            const PullRequest *pr = prOf(p->number);
            item.details.append(
                tr("Size %1: %2 in %n file(s)", nullptr, pr ? int(pr->files.size()) : 0)
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
                ReportItem item = T::prItem(prOf(p.number), p.number, a.repo);
                item.details.append(r.describe() + u": "_s + r.title);
                links.append(item);
            }
        }
        if (!links.isEmpty()) {
            sec.blocks.append(ReportBlock::paragraph(tr("Reverts and follow-up fixes:")));
            sec.blocks.append(ReportBlock::list(links));
        }
        doc.sections.append(sec);
    }

    // ---- Modules and themes ----
    {
        ReportSection sec {u"modules-and-themes"_s, tr("Modules and themes"), 2, {}};
        QList<QStringList> rows;
        for (qsizetype i = 0; i < std::min<qsizetype>(kTableRows, a.hot.modules.size()); ++i)
            rows.append({a.hot.modules.at(i).display, QString::number(a.hot.modules.at(i).count()),
                T::prList(a.hot.modules.at(i).prs)});
        sec.blocks.append(ReportBlock::paragraph(
            tr("Modules are the first %n directory level(s) of each path. The busiest modules:", nullptr,
                a.hot.moduleDepth)));
        sec.blocks.append(ReportBlock::table({tr("Module"), tr("PRs"), tr("Pull requests")}, rows));
        rows.clear();
        for (qsizetype i = 0; i < std::min<qsizetype>(kTableRows, a.hot.files.size()); ++i)
            rows.append({a.hot.files.at(i).display, QString::number(a.hot.files.at(i).count()),
                T::prList(a.hot.files.at(i).prs)});
        sec.blocks.append(ReportBlock::paragraph(tr("Hot files, by the number of PRs touching them:")));
        sec.blocks.append(ReportBlock::table({tr("File"), tr("PRs"), tr("Pull requests")}, rows));
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
        if (a.hot.excluded.isEmpty())
            sec.blocks.append(
                ReportBlock::paragraph(tr("No file was left out as generated, lock or vendored (filter: %1).")
                                           .arg(a.hot.excludedPatterns.join(u" "_s))));
        else
            sec.blocks.append(ReportBlock::paragraph(tr(
                "%n file(s) left out as generated, lock or vendored (filter: %1).", nullptr, int(a.hot.excluded.size()))
                                                         .arg(a.hot.excludedPatterns.join(u" "_s))));
        // themes of the highlighted PRs
        if (!a.highlights.isEmpty()) {
            QStringList themes;
            for (const ThemeGroup &g : a.highlights)
                themes.append(tr("%1 (%2)").arg(g.display, T::prList(g.prs)));
            sec.blocks.append(
                ReportBlock::paragraph(tr("Themes of the highlighted PRs: %1.").arg(T::joinList(themes))));
        }
        doc.sections.append(sec);
    }

    // ---- Risk observations ----
    {
        ReportSection sec {u"risk-observations"_s, tr("Risk observations"), 2, {}};
        QList<const RiskCount *> fired;
        QStringList quiet;
        for (const RiskCount &rc : a.risks) {
            if (rc.prs.isEmpty())
                quiet.append(T::ruleTitle(rc.ruleId));
            else
                fired.append(&rc);
        }
        std::stable_sort(fired.begin(), fired.end(), [](const RiskCount *x, const RiskCount *y) {
            return x->severity != y->severity ? x->severity > y->severity : x->prs.size() > y->prs.size();
        });
        sec.blocks.append(ReportBlock::paragraph(fired.isEmpty()
                ? tr("No risk rule fired this week.")
                : tr("%n rule(s) fired. Each observation lists every PR it fired on, the first ones "
                     "with their evidence.",
                    nullptr, int(fired.size()))));
        if (!quiet.isEmpty())
            sec.blocks.append(ReportBlock::paragraph(tr("No findings for: %1.").arg(T::joinList(quiet))));
        QList<ReportItem> notRun;
        for (const RiskCount &rc : a.risks) {
            if (rc.notEvaluatedPrs.isEmpty())
                continue;
            const int n = int(rc.notEvaluatedPrs.size());
            notRun.append({{}, {},
                n == s.mergedPrs
                    ? tr("%1: not evaluated on any of the %n PR(s)", nullptr, n).arg(T::ruleTitle(rc.ruleId))
                    : tr("%1: not evaluated on %n PR(s) (%2)", nullptr, n)
                          .arg(T::ruleTitle(rc.ruleId), T::prList(rc.notEvaluatedPrs)),
                {}, {}});
        }
        if (!notRun.isEmpty()) {
            sec.blocks.append(ReportBlock::paragraph(tr("Not evaluated, for lack of diff text or review data:")));
            sec.blocks.append(ReportBlock::list(notRun));
        }
        doc.sections.append(sec);

        for (const RiskCount *rc : std::as_const(fired)) {
            const RiskRule *rule = RiskEngine::builtIn(rc->ruleId);
            ReportSection sub {u"risk:"_s + rc->ruleId,
                tr("%1: %n PR(s)", nullptr, int(rc->prs.size())).arg(T::ruleTitle(rc->ruleId)), 3, {}};
            if (rule)
                sub.blocks.append(ReportBlock::paragraph(
                    tr("Severity %1. %2").arg(severityDisplay(rc->severity), rule->explanation())));
            QList<ReportItem> items;
            for (qsizetype i = 0; i < rc->prs.size(); ++i) {
                const int n = rc->prs.at(i);
                ReportItem item = T::prItem(prOf(n), n, a.repo);
                const RiskFinding *f = findingOf(n, rc->ruleId);
                if (f && rule) {
                    item.details.append(rule->describe(*f));
                    if (i < kDetailedFindings)
                        for (qsizetype e = 0; e < std::min<qsizetype>(kEvidencePerFinding, f->evidence.size()); ++e) {
                            const Evidence &ev = f->evidence.at(e);
                            if (ev.file.isEmpty() && prOf(n) && ev.text == prOf(n)->title)
                                continue; // the title is already shown
                            item.details.append(T::evidence(ev));
                        }
                }
                items.append(item);
            }
            sub.blocks.append(ReportBlock::list(items));
            doc.sections.append(sub);
        }
    }

    // ---- Highlighted PRs ----
    {
        ReportSection sec {u"highlighted-prs"_s, tr("Highlighted PRs"), 2, {}};
        sec.blocks.append(ReportBlock::paragraph(a.highlights.isEmpty()
                ? tr("No pull request was merged this week.")
                : tr("The %n most important PR(s) by size, breadth, core files, review activity "
                     "and tags, grouped by theme.",
                    nullptr, s.highlighted)));
        doc.sections.append(sec);
        for (const ThemeGroup &g : a.highlights) {
            ReportSection sub {u"theme:"_s + g.theme, g.display, 3, {}};
            QList<ReportItem> items;
            for (int n : g.prs) {
                const PrAnalysis *p = a.find(n);
                const PullRequest *pr = prOf(n);
                ReportItem item = T::prItem(pr, n, a.repo);
                if (p) {
                    QStringList reasons;
                    for (const ImportanceReason &r : p->importance.reasons)
                        reasons.append(r.describe());
                    item.details.append(reasons.isEmpty()
                            ? tr("Importance %1 of 5").arg(p->importance.score)
                            : tr("Importance %1 of 5: %2")
                                  .arg(QString::number(p->importance.score), T::joinList(reasons)));
                    if (pr)
                        item.details.append(
                            tr("Size %1: %2 in %n file(s)", nullptr, int(pr->files.size()))
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
            doc.sections.append(sub);
        }
    }

    // ---- Recommendations ----
    {
        ReportSection sec {u"recommendations"_s, tr("Recommendations"), 2, {}};
        QList<ReportItem> items;
        for (const Recommendation &r : a.recommendations) {
            const RiskRule *rule = RiskEngine::builtIn(r.ruleId);
            if (!rule)
                continue;
            items.append({{}, {}, rule->recommendation(),
                {tr("%1: %n PR(s): %2", nullptr, int(r.prs.size())).arg(rule->title(), T::prList(r.prs))}, {}});
        }
        if (CompletenessLedger::count(a.ledger, LedgerEntry::Kind::NotEvaluated) > 0)
            items.append({{}, {},
                tr("Load the missing diff text and review data, then rerun the checks listed under "
                   "Completeness."),
                {}, {}});
        if (items.isEmpty())
            sec.blocks.append(ReportBlock::paragraph(tr("Nothing to follow up: no rule fired and every check ran.")));
        else
            sec.blocks.append(ReportBlock::list(items, true));
        doc.sections.append(sec);
    }

    // ---- Completeness ----
    {
        ReportSection sec {u"completeness"_s, tr("Completeness"), 2, {}};
        if (a.ledger.isEmpty()) {
            sec.blocks.append(ReportBlock::paragraph(tr("Every PR was read in full and every check ran.")));
        } else {
            // one line per kind and subject, with the PRs behind it
            QList<std::pair<QString, QList<int>>> groups;
            for (const LedgerEntry &e : a.ledger) {
                QString label;
                if (e.what.startsWith(u"rule:"_s))
                    label = tr("%1 not evaluated").arg(T::ruleTitle(e.what.mid(5)));
                else
                    label = tr("%1: %2").arg(LedgerEntry::kindToString(e.kind), e.detail.isEmpty() ? e.what : e.detail);
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
                if (n > 0 && n == s.mergedPrs)
                    text = tr("%1: all %n PR(s)", nullptr, n).arg(label);
                else if (n > 0)
                    text = tr("%1: %n PR(s) (%2)", nullptr, n).arg(label, T::prList(prs));
                items.append({{}, {}, text, {}, {}});
            }
            sec.blocks.append(ReportBlock::list(items));
        }
        doc.sections.append(sec);
    }
    return doc;
}

} // namespace PrLens
