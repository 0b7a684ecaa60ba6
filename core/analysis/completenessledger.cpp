// SPDX-License-Identifier: MIT
#include "completenessledger.h"

#include "riskengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString reasonText(const QString &reasonId, int files)
{
    for (NotEvaluated::Reason r : {NotEvaluated::Reason::PatchMissing, NotEvaluated::Reason::PatchTruncated,
             NotEvaluated::Reason::ReviewDataUnknown, NotEvaluated::Reason::FilesTruncated,
             NotEvaluated::Reason::ReviewsIncomplete, NotEvaluated::Reason::ReviewThreadsIncomplete}) {
        if (NotEvaluated::reasonId(r) == reasonId) {
            NotEvaluated n;
            n.reason = r;
            n.files = QStringList(files, QString());
            return n.describe();
        }
    }
    return reasonId;
}

/// Why a PR's patches were not read (WeekSource::patchesNotRead's reasons), in the current language.
QString patchReasonText(const QString &why)
{
    static const QHash<QString, const char *> reasons {
        {u"--no-patches"_s,
            QT_TRANSLATE_NOOP(
                "PrLens::CompletenessLedger", "skipped with --no-patches; the rules that read diff text did not run")},
        {u"this source reads no patches"_s,
            QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "this source reads no patches")},
        {u"not in the cache"_s, QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "not in the cache")},
        {u"no clone to read them from"_s,
            QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "no clone to read them from")},
        {u"commit not in the clone"_s,
            QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "the commit is not in the clone")},
        {u"git failed"_s, QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "git failed")},
        {u"cancelled"_s, QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "cancelled")},
        {u"not read"_s, QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "not read")},
        {u"the source failed"_s, QT_TRANSLATE_NOOP("PrLens::CompletenessLedger", "the source failed")},
    };
    const char *text = reasons.value(why);
    return text ? QCoreApplication::translate("PrLens::CompletenessLedger", text)
                : CompletenessLedger::failureReason(why);
}

QString ruleTitle(const QString &ruleId)
{
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    return rule ? rule->title() : ruleId;
}

} // namespace

QList<LedgerEntry> CompletenessLedger::merge(const QList<LedgerEntry> &source, const QList<NotEvaluated> &notEvaluated)
{
    QList<LedgerEntry> out = source;
    // One entry per distinct (kind, PR, what, detail): a set keeps the merge linear in busy weeks.
    const auto keyOf = [](const LedgerEntry &e) {
        return u"%1\x1f%2\x1f%3\x1f%4"_s.arg(int(e.kind)).arg(e.prNumber).arg(e.what, e.detail);
    };
    QSet<QString> seen;
    seen.reserve(out.size() + notEvaluated.size());
    for (const LedgerEntry &e : std::as_const(out))
        seen.insert(keyOf(e));
    for (const NotEvaluated &n : notEvaluated) {
        LedgerEntry e;
        e.kind = LedgerEntry::Kind::NotEvaluated;
        e.prNumber = n.prNumber;
        e.what = u"rule:"_s + n.ruleId;
        // English detail for JSON readers; reports translate the reason id and list the files from args
        e.detail = NotEvaluated::reasonId(n.reason);
        if (!n.files.isEmpty())
            e.detail += u": "_s + n.files.join(u", "_s);
        e.args = QStringList {NotEvaluated::reasonId(n.reason)} + n.files;
        if (!seen.contains(keyOf(e))) {
            seen.insert(keyOf(e));
            out.append(e);
        }
    }
    return out;
}

LedgerEntry CompletenessLedger::reviewFlowUnknown()
{
    // Skipped, not NotEvaluated: it is no rule check, and reports count the rule checks that could not run.
    return {LedgerEntry::Kind::Skipped, 0, u"reviewFlow"_s,
        u"review flow not measured: the source has no review times"_s, {u"no-review-data"_s}};
}

int CompletenessLedger::count(const QList<LedgerEntry> &ledger, LedgerEntry::Kind kind)
{
    return int(std::count_if(ledger.begin(), ledger.end(), [kind](const LedgerEntry &e) { return e.kind == kind; }));
}

QString CompletenessLedger::kindDisplay(LedgerEntry::Kind kind)
{
    switch (kind) {
    case LedgerEntry::Kind::Truncated:
        return tr("Truncated");
    case LedgerEntry::Kind::Skipped:
        return tr("Skipped");
    case LedgerEntry::Kind::NotEvaluated:
        return tr("Not evaluated");
    case LedgerEntry::Kind::RateLimited:
        return tr("Rate limited");
    case LedgerEntry::Kind::Retried:
        return tr("Retried");
    case LedgerEntry::Kind::Partial:
        break;
    }
    return tr("Partial");
}

QString CompletenessLedger::failureReason(const QString &failureId)
{
    if (failureId == u"timeout"_s)
        return tr("no answer in time");
    if (failureId == u"not-found"_s)
        return tr("not found");
    if (failureId == u"bad-response"_s)
        return tr("unreadable answer");
    if (failureId == u"unauthorized"_s)
        return tr("the token was refused");
    if (failureId == u"rate-limited"_s)
        return tr("the rate limit is used up");
    if (failureId == u"network"_s)
        return tr("network error");
    if (failureId.startsWith(u"http-"_s))
        return tr("HTTP %1").arg(failureId.mid(5));
    return failureId; // written by an older version in English
}

QString CompletenessLedger::failureDisplay(const QString &failureId)
{
    if (failureId.isEmpty())
        return tr("GitHub listed no more");
    return tr("reading the rest failed: %1").arg(failureReason(failureId));
}

QString CompletenessLedger::describe(const LedgerEntry &e)
{
    const QStringList &a = e.args;
    const auto arg = [&a](int i) {
        return a.value(i);
    };
    const auto num = [&a](int i) {
        return a.value(i).toInt();
    };
    if (e.what.startsWith(u"rule:"_s) && !a.isEmpty())
        return tr("%1: %2").arg(ruleTitle(e.what.mid(5)), reasonText(arg(0), int(a.size() - 1)));
    if (a.isEmpty() && e.kind != LedgerEntry::Kind::Partial)
        return tr("%1: %2").arg(kindDisplay(e.kind), e.detail.isEmpty() ? e.what : e.detail);
    const QString w = e.what;
    if (e.kind == LedgerEntry::Kind::Skipped && w == u"reviewFlow"_s)
        return tr("Review flow not measured: this source has no review times (when PRs were opened, left draft "
                  "and were reviewed, and by whom).");
    if (e.kind == LedgerEntry::Kind::Skipped && w == u"patch"_s && a.size() == 1)
        return tr("Patches not read: %1.").arg(patchReasonText(arg(0)));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"files"_s)
        return tr("File list cut: GitHub listed %1 of %2 files.").arg(arg(0), arg(1));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"patch"_s)
        return tr("Diff text cut: patches of %1 of %2 files (GitHub lists at most %3).").arg(arg(0), arg(1), arg(2));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"labels"_s)
        return tr("Labels cut: the first %1 of %2 were read.").arg(arg(0), arg(1));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"reviews"_s)
        return tr("Reviews cut: %1 of %2 read; %3.").arg(arg(0), arg(1), failureDisplay(arg(2)));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"reviewThreads"_s)
        return tr("Review threads cut: %1 of %2 read; %3.").arg(arg(0), arg(1), failureDisplay(arg(2)));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"reviewComments"_s)
        return tr("Comments cut in %n review thread(s): %1.", nullptr, num(0)).arg(a.mid(1).join(u", "_s));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"search"_s && a.size() > 2)
        return tr("Search cut: %1 PRs announced in one range with the week already split into %3 ranges; GitHub "
                  "lists only %2.")
            .arg(arg(0), arg(1), arg(2));
    if (e.kind == LedgerEntry::Kind::Truncated && w == u"search"_s)
        return tr("Search cut: %1 PRs merged within one second; GitHub lists only %2.").arg(arg(0), arg(1));
    if (e.kind == LedgerEntry::Kind::Partial && w == u"search"_s)
        return tr("Search incomplete: GitHub answered a search page with errors.");
    if (e.kind == LedgerEntry::Kind::Retried && w == u"requests"_s)
        return tr("%n request(s) retried after errors.", nullptr, num(0));
    if (e.kind == LedgerEntry::Kind::RateLimited) {
        const QDateTime until = QDateTime::fromString(arg(1), Qt::ISODate);
        const QString when = until.isValid() ? QLocale().toString(until.toLocalTime(), QLocale::ShortFormat) : arg(1);
        return w == u"secondaryRateLimit"_s
            ? tr("Waited %n second(s) after GitHub asked to slow down (until %1).", nullptr, num(0)).arg(when)
            : tr("Waited %n second(s) for the rate limit (until %1).", nullptr, num(0)).arg(when);
    }
    return tr("%1: %2").arg(kindDisplay(e.kind), e.detail.isEmpty() ? e.what : e.detail);
}

} // namespace PrLens
