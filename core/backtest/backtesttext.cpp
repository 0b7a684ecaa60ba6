// SPDX-License-Identifier: MIT
#include "backtesttext.h"

#include "backtest.h"
#include "reporttext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString times(double d)
{
    return BacktestText::tr("%1×").arg(QLocale().toString(d, 'f', 1));
}

QString count(int n)
{
    return QLocale().toString(n);
}

} // namespace

QString BacktestText::title(const QString &id)
{
    if (id.startsWith(u"importance-"_s))
        return tr("Importance %1").arg(id.mid(11));
    return ReportText::ruleTitle(id);
}

QString BacktestText::liftShort(const RuleBacktest &r)
{
    if (!r.hasLift())
        return tr("not enough data");
    //: %1 = the lift ("2.1×"), %2 and %3 = the 95 % interval's ends
    return tr("%1 (%2–%3)")
        .arg(times(r.ratio.lift), QLocale().toString(r.ratio.low, 'f', 1), QLocale().toString(r.ratio.high, 'f', 1));
}

QString BacktestText::liftSentence(const RuleBacktest &r, int weeks)
{
    if (!r.hasLift())
        return tr("In this repository over the last %n week(s), too few PRs were flagged “%1” to measure how "
                  "often they went wrong (%2 flagged).",
            nullptr, weeks)
            .arg(title(r.id), count(r.flagged));
    //: %1 = rule title, %2 = lift ("2.1×"), %3 of %4 flagged PRs vs %5 of %6 unflagged PRs were reverted or fixed
    return tr("In this repository over the last %n week(s), PRs flagged “%1” were reverted or fixed %2 as often — "
              "%3 of %4 vs %5 of %6.",
        nullptr, weeks)
        .arg(title(r.id), times(r.ratio.lift), count(r.flaggedBad), count(r.flagged), count(r.unflaggedBad),
            count(r.unflagged));
}

namespace {

ReportBlock ruleTable(const QList<RuleBacktest> &rules)
{
    const QStringList header {BacktestText::tr("Rule"), BacktestText::tr("Flagged"),
        BacktestText::tr("Reverted or fixed"), BacktestText::tr("Not flagged"), BacktestText::tr("Reverted or fixed"),
        BacktestText::tr("Lift (95 % interval)")};
    QList<QStringList> rows;
    for (const RuleBacktest &r : rules)
        rows.append({BacktestText::title(r.id), count(r.flagged), count(r.flaggedBad), count(r.unflagged),
            count(r.unflaggedBad), BacktestText::liftShort(r)});
    return ReportBlock::table(header, rows);
}

} // namespace

ReportDocument BacktestText::report(const BacktestResult &r)
{
    ReportDocument doc;
    doc.kind = u"backtest"_s;
    doc.language = QLocale().name();
    doc.title
        = tr("Risk rules back-tested: %1, %2 – %3").arg(r.repo.displayName(), r.first.toString(), r.last.toString());
    doc.subtitle = tr("%n PR(s); reverted or fixed within %1 week(s): %2", nullptr, int(r.pulls.size()))
                       .arg(r.options.horizonWeeks)
                       .arg(count(r.badPrs()));
    ReportSection method {u"method"_s, tr("Method"), 2, {}};
    method.blocks.append(ReportBlock::paragraph(
        tr("A PR went wrong when, within %1 week(s) of its merge, a later PR reverted it (Revert \"title\", \"This "
           "reverts commit\", or naming it) or a later bugfix PR named it (#N) or changed lines it added. Lift = the "
           "share of flagged PRs that went wrong divided by the share of the other PRs; the interval is Katz's 95 % "
           "log interval. Fewer than %2 flagged or unflagged PRs, or fewer than %3 that went wrong, is not enough "
           "data.")
            .arg(r.options.horizonWeeks)
            .arg(r.options.minGroup)
            .arg(r.options.minBad)));
    if (const int n = r.incompleteHorizons())
        method.blocks.append(ReportBlock::paragraph(
            tr("%n PR(s) were merged less than the horizon before the end of the history read; what happened to "
               "them later is not known yet.",
                nullptr, n)));
    doc.sections.append(method);
    doc.sections.append({u"rules"_s, tr("Rules"), 2, {ruleTable(r.rules)}});
    doc.sections.append({u"importance"_s, tr("Importance levels"), 2, {ruleTable(r.importance)}});
    ReportSection bad {u"outcomes"_s, tr("PRs reverted or fixed later"), 2, {}};
    QList<ReportItem> items;
    for (const BacktestPr &p : r.pulls) {
        if (p.outcomes.isEmpty())
            continue;
        ReportItem item {ReportText::prRef(p.number), p.url, p.title, {}, {}};
        for (const PrOutcome &o : p.outcomes)
            item.details.append(tr("%1: %2").arg(o.describe(), o.evidence));
        items.append(item);
    }
    bad.blocks.append(items.isEmpty() ? ReportBlock::paragraph(tr("None.")) : ReportBlock::list(items));
    doc.sections.append(bad);
    return doc;
}

} // namespace PrLens
