// SPDX-License-Identifier: MIT
#include "prreport.h"

#include "pathclassifier.h"
#include "reportlanguage.h"
#include "reporttext.h"
#include "reviewflowreport.h"
#include "riskengine.h"
#include "weekanalysis.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

using T = ReportText;

/// The description without squash noise (Co-authored-by / Signed-off-by trailers), cut at `max` characters.
QString motivationText(const QString &body, int max = 800)
{
    static const QRegularExpression trailer(uR"(^\s*(Co-authored-by|Signed-off-by|Reviewed-by):.*$)"_s,
        QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comment(uR"(<!--.*?-->)"_s, QRegularExpression::DotMatchesEverythingOption);
    QString text = body;
    text.remove(comment);
    text.remove(trailer);
    text = text.trimmed();
    if (text.size() > max)
        text = text.left(max - 1) + u'…';
    return text;
}

} // namespace

QString PrReport::keyHunk(const PullRequest &pr, QString *path, int maxLines)
{
    struct Candidate {
        int rank = 0; // 2 = source, 1 = other, 0 = tests/excluded
        int changed = 0;
        QString path;
        QString hunk;
    };
    static const PathClassifier paths;
    Candidate best;
    bool found = false;
    for (const FileChange &f : pr.files) {
        if (!f.hasPatch || f.patch.isEmpty())
            continue;
        const int rank = paths.isExcluded(f.path) || PathClassifier::isTest(f.path) ? 0
            : PathClassifier::isSource(f.path)                                      ? 2
                                                                                    : 1;
        const QStringList lines = f.patch.split(u'\n');
        QStringList current;
        int changed = 0;
        const auto consider = [&] {
            if (current.isEmpty())
                return;
            if (!found || rank > best.rank || (rank == best.rank && changed > best.changed)) {
                QStringList shown = current.mid(0, maxLines);
                if (current.size() > maxLines)
                    shown.append(u"…"_s);
                best = {rank, changed, f.path, shown.join(u'\n')};
                found = true;
            }
        };
        for (const QString &l : lines) {
            if (l.startsWith(u"@@"_s)) {
                consider();
                current = {l};
                changed = 0;
                continue;
            }
            current.append(l);
            if (l.startsWith(u'+') || l.startsWith(u'-'))
                ++changed;
        }
        consider();
    }
    if (path)
        *path = best.path;
    return best.hunk;
}

ReportDocument PrReport::build(const PullRequest &pr, const PrAnalysis &a, const RepoRef &repo, int moduleDepth)
{
    ReportDocument doc;
    doc.kind = u"pull-request"_s;
    doc.language = ReportLanguage::current();
    doc.title = tr("#%1 %2").arg(QString::number(pr.number), pr.title);
    const QString url = T::prUrl(pr, repo);
    doc.subtitle = pr.mergedAt.isValid()
        ? tr("Merged %1 by %2 · %3").arg(pr.mergedAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s), pr.author, url)
        : tr("By %1 · %2").arg(pr.author, url);
    doc.sections.append(summary(pr, a));
    doc.sections.append(motivation(pr));
    doc.sections.append(implementation(pr, moduleDepth));
    doc.sections.append(keyHunkSection(pr));
    doc.sections.append(reviewHighlights(pr, a));
    doc.sections.append(risksAndImpact(a));
    doc.sections.append(relatedPrs(a, repo));
    return doc;
}

ReportSection PrReport::summary(const PullRequest &pr, const PrAnalysis &a)
{
    ReportSection sec {u"summary"_s, tr("Summary"), 2, {}};
    QStringList tags;
    const TagNormalizer names; // built-in display forms ("bugfix" → "Bugfix")
    for (const QString &t : a.tags)
        tags.append(names.display(t));
    sec.blocks.append(
        ReportBlock::paragraph(tr("%1 in %n file(s), size %2, importance %3 of 5.", nullptr, int(pr.files.size()))
                .arg(T::lines(pr.additions, pr.deletions), SizeBuckets::name(a.size),
                    QString::number(a.importance.score))));
    QList<ReportItem> items;
    if (!tags.isEmpty())
        items.append({{}, {}, tr("Tags: %1").arg(tags.join(u", "_s)), {}, {}});
    if (!a.modules.isEmpty())
        items.append({{}, {}, tr("Modules: %1").arg(a.modules.join(u", "_s)), {}, {}});
    for (const ImportanceReason &r : a.importance.reasons)
        items.append({{}, {}, r.describe(), {}, {}});
    if (!items.isEmpty())
        sec.blocks.append(ReportBlock::list(items));
    return sec;
}

ReportSection PrReport::motivation(const PullRequest &pr)
{
    ReportSection sec {u"motivation"_s, tr("Motivation"), 2, {}};
    const QString text = motivationText(pr.body);
    sec.blocks.append(
        text.isEmpty() ? ReportBlock::paragraph(tr("The description is empty.")) : ReportBlock::code(text, u"text"_s));
    return sec;
}

ReportSection PrReport::implementation(const PullRequest &pr, int moduleDepth)
{
    ReportSection sec {u"implementation"_s, tr("Implementation breakdown"), 2, {}};
    struct Module {
        QString name;
        int additions = 0, deletions = 0;
        QStringList files;
    };
    QList<Module> modules;
    for (const FileChange &f : pr.files) {
        const QString m = PathClassifier::moduleOf(f.path, moduleDepth);
        auto it = std::find_if(modules.begin(), modules.end(), [&](const Module &x) { return x.name == m; });
        if (it == modules.end()) {
            modules.append({m, 0, 0, {}});
            it = modules.end() - 1;
        }
        it->additions += f.additions;
        it->deletions += f.deletions;
        it->files.append(tr("%1 (%2)").arg(f.path, T::lines(f.additions, f.deletions)));
    }
    std::stable_sort(modules.begin(), modules.end(),
        [](const Module &x, const Module &y) { return x.additions + x.deletions > y.additions + y.deletions; });
    QList<QStringList> rows;
    QList<ReportItem> items;
    for (const Module &m : modules) {
        rows.append({m.name, QString::number(m.files.size()), u"+%1"_s.arg(m.additions), u"−%1"_s.arg(m.deletions)});
        items.append({{}, {}, m.name, m.files, {}});
    }
    if (pr.filesTruncated())
        sec.blocks.append(ReportBlock::paragraph(
            tr("The source listed %1 of %n changed file(s).", nullptr, pr.changedFiles).arg(pr.files.size())));
    sec.blocks.append(ReportBlock::table({tr("Module"), tr("Files"), tr("Added"), tr("Deleted")}, rows));
    sec.blocks.append(ReportBlock::list(items));
    return sec;
}

ReportSection PrReport::keyHunkSection(const PullRequest &pr)
{
    ReportSection sec {u"key-hunk"_s, tr("Key hunk"), 2, {}};
    QString path;
    const QString hunk = keyHunk(pr, &path);
    if (hunk.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("No diff text is loaded for this pull request.")));
    } else {
        sec.blocks.append(ReportBlock::paragraph(path));
        sec.blocks.append(ReportBlock::code(hunk, u"diff"_s));
    }
    return sec;
}

ReportSection PrReport::reviewHighlights(const PullRequest &pr, const PrAnalysis &a)
{
    ReportSection sec {u"review"_s, tr("Review highlights"), 2, {}};
    if (!pr.reviewDataKnown) {
        sec.blocks.append(ReportBlock::paragraph(tr("This source has no review data (reviews and threads are "
                                                    "only known from GitHub).")));
        return sec;
    }
    int approvals = 0;
    for (const Review &r : pr.reviews)
        approvals += r.state == Review::State::Approved ? 1 : 0;
    int unresolved = 0;
    for (const ReviewThread &t : pr.reviewThreads)
        unresolved += t.isResolved ? 0 : 1;
    sec.blocks.append(ReportBlock::paragraph(tr("%n review(s), %1; %2.", nullptr, int(pr.reviews.size()))
            .arg(tr("%n approval(s)", nullptr, approvals),
                tr("%n thread(s) unresolved at merge", nullptr, unresolved))));
    if (pr.reviewsIncomplete())
        sec.blocks.append(
            ReportBlock::paragraph(tr("Only %1 of %n review(s) could be read from the source.", nullptr, pr.reviewCount)
                    .arg(pr.reviews.size())));
    if (pr.reviewThreadsIncomplete())
        sec.blocks.append(ReportBlock::paragraph(
            tr("Only %1 of %n review thread(s) could be read from the source.", nullptr, pr.reviewThreadCount)
                .arg(pr.reviewThreads.size())));
    if (const QList<ReportItem> items = reviewItems(pr); !items.isEmpty())
        sec.blocks.append(ReportBlock::list(items));
    const QList<ReportItem> timeline = ReviewFlowReport::timeline(pr, a.reviewFlow);
    if (!timeline.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("Timeline:")));
        sec.blocks.append(ReportBlock::list(timeline));
    }
    return sec;
}

QList<ReportItem> PrReport::reviewItems(const PullRequest &pr)
{
    QList<ReportItem> items;
    for (const ReviewThread &t : pr.reviewThreads) {
        if (t.comments.isEmpty())
            continue;
        ReportItem item;
        item.lead = t.isResolved ? tr("Resolved") : tr("Unresolved");
        item.text = t.line > 0 ? tr("%1, line %2").arg(t.path).arg(t.line) : t.path;
        for (const ReviewComment &c : t.comments.mid(0, 4))
            item.details.append(tr("%1: %2").arg(c.author, c.body.simplified().left(300)));
        items.append(item);
    }
    for (const Review &r : pr.reviews)
        if (!r.body.trimmed().isEmpty())
            items.append({Review::stateToString(r.state), {}, tr("%1: %2").arg(r.author, r.body.simplified().left(300)),
                {}, {}});
    return items;
}

ReportSection PrReport::risksAndImpact(const PrAnalysis &a)
{
    ReportSection sec {u"risks"_s, tr("Risks and impact"), 2, {}};
    QList<ReportItem> items;
    for (const RiskFinding &f : a.findings) {
        const RiskRule *rule = RiskEngine::builtIn(f.ruleId);
        ReportItem item;
        item.lead = T::ruleTitle(f.ruleId);
        item.text = rule ? tr("(%1) %2").arg(severityDisplay(f.severity), rule->describe(f)) : QString();
        for (const Evidence &e : f.evidence.mid(0, 8))
            item.details.append(T::evidence(e));
        if (f.evidence.size() > 8)
            item.details.append(tr("… and %n more", nullptr, int(f.evidence.size() - 8)));
        items.append(item);
    }
    for (const NotEvaluated &n : a.notEvaluated)
        items.append({T::ruleTitle(n.ruleId), {}, n.describe(), n.files.mid(0, 5), {}});
    if (items.isEmpty())
        sec.blocks.append(ReportBlock::paragraph(tr("No risk rule fired and every check ran.")));
    else
        sec.blocks.append(ReportBlock::list(items));
    return sec;
}

ReportSection PrReport::relatedPrs(const PrAnalysis &a, const RepoRef &repo)
{
    ReportSection sec {u"related"_s, tr("Related PRs"), 2, {}};
    QList<ReportItem> items;
    for (const RelatedPr &r : a.related) {
        ReportItem item;
        item.lead = T::prRef(r.number);
        item.url = repo.pullUrl(r.number);
        item.text = r.title;
        item.details.append(tr("%1 (%2)").arg(r.describe(), r.week.toString()));
        if (r.kind == RelatedPr::Kind::SameFiles)
            item.details.append(r.sharedFiles.mid(0, 5).join(u", "_s));
        items.append(item);
    }
    if (items.isEmpty())
        sec.blocks.append(ReportBlock::paragraph(tr("No earlier PR in the loaded weeks touches the same files.")));
    else
        sec.blocks.append(ReportBlock::list(items));
    return sec;
}

} // namespace PrLens
