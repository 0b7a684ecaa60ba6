// SPDX-License-Identifier: MIT
#include "builtinrules.h"
#include "pathclassifier.h"
#include "pullrequest.h"
#include "sizebucket.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString lineCounts(const FileChange &f)
{
    return u"+%1 −%2"_s.arg(f.additions).arg(f.deletions);
}

QString firstLine(const QString &text, int max = 160)
{
    QString line = text.section(u'\n', 0, 0).trimmed();
    if (line.size() > max)
        line = line.left(max - 1) + u'…';
    return line;
}

} // namespace

// ---- missing-tests ------------------------------------------------------------------------------------------------

MissingTestsRule::MissingTestsRule()
    : BuiltInRule({
          .id = u"missing-tests",
          .severity = Severity::Warning,
          .context = "PrLens::MissingTestsRule",
          .title = QT_TRANSLATE_NOOP("PrLens::MissingTestsRule", "Missing tests"),
          .shortTitle = nullptr,
          .explanation = QT_TRANSLATE_NOOP("PrLens::MissingTestsRule",
              "Program source changed (not examples, scripts or benchmarks) and no test file changed in the same "
              "pull request."),
          .recommendation = QT_TRANSLATE_NOOP(
              "PrLens::MissingTestsRule", "Ask the authors of these PRs for tests, or record why none are needed."),
      })
{
}

QString MissingTestsRule::describe(const RiskFinding &f) const
{
    return tr("%n source file(s) changed without a test change.", nullptr, f.fact(u"sources"_s).toInt());
}

RuleResult MissingTestsRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    QList<Evidence> sources;
    for (const FileChange &f : pr.files) {
        if (PathClassifier::isTest(f.path) || std::any_of(ctx.globs.begin(), ctx.globs.end(), [&](const QString &g) {
                return PathClassifier::matches(g, f.path);
            }))
            return {}; // a test changed
        if (f.status == FileChange::Status::Removed || !PathClassifier::isSource(f.path)
            || PathClassifier::isAuxiliary(f.path) || (ctx.paths && ctx.paths->isExcluded(f.path)))
            continue;
        sources.append({f.path, 0, lineCounts(f)});
    }
    if (sources.isEmpty()) {
        if (pr.filesTruncated())
            return notEvaluated(pr, NotEvaluated::Reason::FilesTruncated);
        return {};
    }
    if (pr.filesTruncated()) // an unlisted file may be a test
        return notEvaluated(pr, NotEvaluated::Reason::FilesTruncated);
    const int n = int(sources.size());
    return fired(pr, ctx, sources, {{u"sources"_s, QString::number(n)}});
}

// ---- core-path ----------------------------------------------------------------------------------------------------

CorePathRule::CorePathRule()
    : BuiltInRule({
          .id = u"core-path",
          .severity = Severity::Warning,
          .context = "PrLens::CorePathRule",
          .title = QT_TRANSLATE_NOOP("PrLens::CorePathRule", "Core path change"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::CorePathRule", "Core path"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::CorePathRule",
              "Touches a core file: one of the repository's most-changed source files over recent weeks, or a "
              "path matching the configured core globs."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::CorePathRule",
              "Have an owner of the core files review these PRs and watch them for regressions."),
      })
{
}

QString CorePathRule::describe(const RiskFinding &f) const
{
    return tr("Touches %n core file(s).", nullptr, f.fact(u"files"_s).toInt());
}

RuleResult CorePathRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    QList<Evidence> hits;
    for (const FileChange &f : pr.files) {
        const bool core = ctx.coreFiles.contains(f.path)
            || std::any_of(ctx.globs.begin(), ctx.globs.end(),
                [&](const QString &g) { return PathClassifier::matches(g, f.path); });
        if (core)
            hits.append({f.path, 0, lineCounts(f)});
    }
    if (hits.isEmpty())
        return {};
    const int n = int(hits.size());
    return fired(pr, ctx, hits, {{u"files"_s, QString::number(n)}});
}

// ---- large-change -------------------------------------------------------------------------------------------------

LargeChangeRule::LargeChangeRule()
    : BuiltInRule({
          .id = u"large-change",
          .severity = Severity::Warning,
          .context = "PrLens::LargeChangeRule",
          .title = QT_TRANSLATE_NOOP("PrLens::LargeChangeRule", "Large change"),
          .shortTitle = nullptr,
          .explanation = QT_TRANSLATE_NOOP("PrLens::LargeChangeRule",
              "Size buckets by changed lines, generated, lock and vendored files not counted: XS < 10, S < 30, "
              "M < 100, L < 500, XL < 1000, XXL ≥ 1000. Fires from XL; XXL is one severity higher."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::LargeChangeRule",
              "Split very large changes, or review them in several sittings with the author."),
      })
{
}

QString LargeChangeRule::describe(const RiskFinding &f) const
{
    return tr("%n changed line(s), size %1.", nullptr, f.fact(u"lines"_s).toInt()).arg(f.fact(u"bucket"_s));
}

RuleResult LargeChangeRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    static const PathClassifier defaults;
    const PathClassifier &paths = ctx.paths ? *ctx.paths : defaults;
    const int lines = SizeBuckets::effectiveLines(pr, paths);
    const SizeBucket bucket = SizeBuckets::of(lines);
    if (bucket < SizeBucket::XL)
        return {};
    QList<FileChange> files;
    for (const FileChange &f : pr.files)
        if (!paths.isExcluded(f.path))
            files.append(f);
    std::stable_sort(
        files.begin(), files.end(), [](const FileChange &a, const FileChange &b) { return a.changes() > b.changes(); });
    QList<Evidence> evidence;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, files.size()); ++i)
        evidence.append({files.at(i).path, 0, lineCounts(files.at(i))});
    RuleResult r
        = fired(pr, ctx, evidence, {{u"lines"_s, QString::number(lines)}, {u"bucket"_s, SizeBuckets::name(bucket)}});
    if (bucket == SizeBucket::XXL && r.finding.severity != Severity::High)
        r.finding.severity = Severity(int(r.finding.severity) + 1);
    return r;
}

// ---- unresolved-threads -------------------------------------------------------------------------------------------

UnresolvedThreadsRule::UnresolvedThreadsRule()
    : BuiltInRule({
          .id = u"unresolved-threads",
          .severity = Severity::Warning,
          .context = "PrLens::UnresolvedThreadsRule",
          .title = QT_TRANSLATE_NOOP("PrLens::UnresolvedThreadsRule", "Unresolved review threads"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::UnresolvedThreadsRule", "Open threads"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::UnresolvedThreadsRule",
              "Review threads were still unresolved when the pull request was merged."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::UnresolvedThreadsRule",
              "Go through the unresolved threads and open follow-up issues for the points still valid."),
      })
{
}

QString UnresolvedThreadsRule::describe(const RiskFinding &f) const
{
    const int unread = f.fact(u"unread"_s).toInt();
    if (unread > 0)
        return tr("%n review thread(s) unresolved at merge among those read; %1 more could not be read.", nullptr,
            f.fact(u"threads"_s).toInt())
            .arg(unread);
    return tr("%n review thread(s) unresolved at merge.", nullptr, f.fact(u"threads"_s).toInt());
}

RuleResult UnresolvedThreadsRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    if (!pr.reviewDataKnown)
        return notEvaluated(pr, NotEvaluated::Reason::ReviewDataUnknown);
    QList<Evidence> open;
    for (const ReviewThread &t : pr.reviewThreads) {
        if (t.isResolved)
            continue;
        const QString text = t.comments.isEmpty()
            ? QString()
            : u"%1: %2"_s.arg(t.comments.constFirst().author, firstLine(t.comments.constFirst().body));
        open.append({t.path, t.line ? t.line : t.originalLine, text});
    }
    if (open.isEmpty()) // an unread thread may be open
        return pr.reviewThreadsIncomplete() ? notEvaluated(pr, NotEvaluated::Reason::ReviewThreadsIncomplete)
                                            : RuleResult {};
    const int n = int(open.size());
    QList<std::pair<QString, QString>> facts {{u"threads"_s, QString::number(n)}};
    if (pr.reviewThreadsIncomplete())
        facts.append({u"unread"_s, QString::number(pr.reviewThreadCount - pr.reviewThreads.size())});
    return fired(pr, ctx, open, facts);
}

// ---- no-approval --------------------------------------------------------------------------------------------------

NoApprovalRule::NoApprovalRule()
    : BuiltInRule({
          .id = u"no-approval",
          .severity = Severity::Warning,
          .context = "PrLens::NoApprovalRule",
          .title = QT_TRANSLATE_NOOP("PrLens::NoApprovalRule", "Merged without approval"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::NoApprovalRule", "No approval"),
          .explanation
          = QT_TRANSLATE_NOOP("PrLens::NoApprovalRule", "No review approved the pull request before it was merged."),
          .recommendation = QT_TRANSLATE_NOOP(
              "PrLens::NoApprovalRule", "Review these PRs after the fact and check the branch protection settings."),
      })
{
}

QString NoApprovalRule::describe(const RiskFinding &f) const
{
    return tr("Merged with %n review(s), none approving.", nullptr, f.fact(u"reviews"_s).toInt());
}

RuleResult NoApprovalRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    if (!pr.reviewDataKnown)
        return notEvaluated(pr, NotEvaluated::Reason::ReviewDataUnknown);
    QList<Evidence> evidence;
    for (const Review &r : pr.reviews) {
        if (r.state == Review::State::Approved)
            return {};
        evidence.append({QString(), 0, u"%1: %2"_s.arg(r.author, Review::stateToString(r.state))});
    }
    // An unread review may be the approval: without it, "merged without approval" would be a guess.
    if (pr.reviewsIncomplete())
        return notEvaluated(pr, NotEvaluated::Reason::ReviewsIncomplete);
    const int n = int(pr.reviews.size());
    return fired(pr, ctx, evidence, {{u"reviews"_s, QString::number(n)}});
}

// ---- revert-follow-up ---------------------------------------------------------------------------------------------

RevertFollowUpRule::RevertFollowUpRule()
    : BuiltInRule({
          .id = u"revert-follow-up",
          .severity = Severity::Info,
          .context = "PrLens::RevertFollowUpRule",
          .title = QT_TRANSLATE_NOOP("PrLens::RevertFollowUpRule", "Revert or follow-up fix"),
          .shortTitle = QT_TRANSLATE_NOOP("PrLens::RevertFollowUpRule", "Revert/follow-up"),
          .explanation = QT_TRANSLATE_NOOP("PrLens::RevertFollowUpRule",
              "The pull request reverts an earlier one (title Revert \"…\") or fixes an earlier PR it names "
              "(\"Fix … #N\", \"fixes #N\", \"follow-up of #N\")."),
          .recommendation = QT_TRANSLATE_NOOP("PrLens::RevertFollowUpRule",
              "Find out why the earlier changes had to be reverted or fixed, and whether their tests missed it."),
      })
{
}

QString RevertFollowUpRule::describe(const RiskFinding &f) const
{
    const QString target = f.fact(u"target"_s);
    if (f.fact(u"kind"_s) == u"revert"_s)
        return target.isEmpty() ? tr("Reverts an earlier change (the original PR was not found).")
                                : tr("Reverts #%1.").arg(target);
    return tr("Follow-up fix of #%1.").arg(target);
}

RuleResult RevertFollowUpRule::evaluate(const PullRequest &pr, const RuleContext &ctx) const
{
    Evidence title {QString(), 0, pr.title};
    static const QRegularExpression revertLine(uR"(This reverts commit [0-9a-fA-F]{7,40})"_s);
    if (const QRegularExpressionMatch m = revertLine.match(pr.body); m.hasMatch())
        title.text = m.captured(0);
    if (PrIndex::isRevertTitle(pr.title)) {
        int target = ctx.index ? ctx.index->revertTarget(pr) : 0;
        if (!target) { // not loaded, but named in the quoted title: Revert "… (#38050)"
            static const QRegularExpression named(uR"re(\(#(\d+)\)"?\s*$)re"_s);
            target = named.match(pr.title.trimmed()).captured(1).toInt();
            if (target == pr.number)
                target = 0;
        }
        RuleResult r = fired(
            pr, ctx, {title}, {{u"kind"_s, u"revert"_s}, {u"target"_s, target ? QString::number(target) : QString()}});
        if (target)
            r.finding.relatedPrs = {target};
        return r;
    }
    const int target = ctx.index ? ctx.index->followUpTarget(pr) : 0;
    if (!target)
        return {};
    RuleResult r = fired(pr, ctx, {title}, {{u"kind"_s, u"follow-up"_s}, {u"target"_s, QString::number(target)}});
    r.finding.relatedPrs = {target};
    return r;
}

} // namespace PrLens
