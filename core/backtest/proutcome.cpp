// SPDX-License-Identifier: MIT
#include "proutcome.h"

#include "enumnames.h"
#include "patchlines.h"
#include "pullrequest.h"
#include "relatedprs.h"
#include "tagextractor.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr EnumName<PrOutcome::Kind> kOutcomeKinds[] = {
    {PrOutcome::Kind::Revert, u"revert"},
    {PrOutcome::Kind::Fix, u"fix"},
};

constexpr EnumName<PrOutcome::Reason> kOutcomeReasons[] = {
    {PrOutcome::Reason::RevertTitle, u"revert-title"},
    {PrOutcome::Reason::RevertCommit, u"reverts-commit"},
    {PrOutcome::Reason::RevertNames, u"revert-names-pr"},
    {PrOutcome::Reason::FixNames, u"fix-names-pr"},
    {PrOutcome::Reason::FixTouchesLines, u"fix-touches-lines"},
};

} // namespace

QString PrOutcome::kindId(Kind k)
{
    return enumName(kOutcomeKinds, k);
}

QString PrOutcome::reasonId(Reason r)
{
    return enumName(kOutcomeReasons, r);
}

QString PrOutcome::describe() const
{
    switch (reason) {
    case Reason::RevertTitle:
        return QCoreApplication::translate("PrLens::PrOutcome", "Reverted by #%1 (its title quotes this PR)").arg(by);
    case Reason::RevertCommit:
        return QCoreApplication::translate("PrLens::PrOutcome", "Reverted by #%1 (it reverts this PR's commit)")
            .arg(by);
    case Reason::RevertNames:
        return QCoreApplication::translate("PrLens::PrOutcome", "Reverted by #%1 (it names this PR)").arg(by);
    case Reason::FixNames:
        return QCoreApplication::translate("PrLens::PrOutcome", "Fixed by #%1 (a fix naming this PR)").arg(by);
    case Reason::FixTouchesLines:
        return QCoreApplication::translate(
            "PrLens::PrOutcome", "Fixed by #%1 (a fix changing %2 line %3 this PR added)")
            .arg(by)
            .arg(file)
            .arg(line);
    }
    return {};
}

namespace {

bool telling(QStringView line)
{
    return line.size() >= OutcomeFinder::kMinLineLength
        && std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString lineKey(const QString &path, QStringView text)
{
    return path + u'\n' + text.toString();
}

struct Finder {
    QHash<int, QList<PrOutcome>> out;
    qint64 horizonSecs = 0;
    PrIndex index;
    QHash<QString, int> addedBy; ///< file + '\n' + trimmed added line → the latest PR that added it

    bool within(const PullRequest &target, const PullRequest &later) const
    {
        if (!target.mergedAt.isValid() || !later.mergedAt.isValid())
            return true;
        const qint64 gap = target.mergedAt.secsTo(later.mergedAt);
        return gap >= 0 && gap <= horizonSecs;
    }

    void add(int target, const PrOutcome &o)
    {
        QList<PrOutcome> &list = out[target];
        const bool seen = std::any_of(
            list.begin(), list.end(), [&](const PrOutcome &x) { return x.kind == o.kind && x.by == o.by; });
        if (!seen)
            list.append(o);
    }

    bool acceptTarget(int n, const PullRequest &later) const
    {
        const PullRequest *t = index.byNumber.value(n);
        return t && n != later.number && within(*t, later);
    }

    void revert(const PullRequest &later, const RevertMatch &m)
    {
        static const PrOutcome::Reason reasons[] = {PrOutcome::Reason::RevertTitle, PrOutcome::Reason::RevertTitle,
            PrOutcome::Reason::RevertCommit, PrOutcome::Reason::RevertNames};
        if (acceptTarget(m.target, later))
            add(m.target, {PrOutcome::Kind::Revert, reasons[int(m.by)], later.number, m.evidence});
    }

    void fixByName(const PullRequest &later, int revertTarget)
    {
        QList<int> named = PrIndex::namedNumbers(later.title);
        for (int n : PrIndex::namedNumbers(later.body))
            if (!named.contains(n))
                named.append(n);
        for (int n : std::as_const(named)) {
            if (n == revertTarget || !acceptTarget(n, later))
                continue;
            const bool inTitle = PrIndex::namedNumbers(later.title).contains(n);
            add(n,
                {PrOutcome::Kind::Fix, PrOutcome::Reason::FixNames, later.number,
                    inTitle ? later.title : firstLineNaming(later.body, n)});
        }
    }

    static QString firstLineNaming(const QString &body, int n)
    {
        const QList<QStringView> lines = QStringView(body).split(u'\n');
        for (QStringView l : lines)
            if (PrIndex::namedNumbers(l).contains(n))
                return l.trimmed().left(300).toString();
        return {};
    }

    void fixByLines(const PullRequest &later, int revertTarget)
    {
        for (const FileChange &f : later.files) {
            if (!f.hasPatch)
                continue;
            const QString path = f.previousPath.isEmpty() ? f.path : f.previousPath;
            const PatchLines lines = PatchLines::parse(f.patch);
            for (const PatchLine &l : lines.removed) {
                const QStringView text = l.text.trimmed();
                if (!telling(text))
                    continue;
                const int n = addedBy.value(lineKey(path, text));
                if (n == 0 || n == revertTarget || !acceptTarget(n, later))
                    continue;
                add(n,
                    {PrOutcome::Kind::Fix, PrOutcome::Reason::FixTouchesLines, later.number, text.toString(), path,
                        l.line});
            }
        }
    }

    void remember(const PullRequest &pr)
    {
        for (const FileChange &f : pr.files) {
            if (!f.hasPatch)
                continue;
            const PatchLines lines = PatchLines::parse(f.patch);
            for (const PatchLine &l : lines.added)
                if (telling(l.text.trimmed()))
                    addedBy.insert(lineKey(f.path, l.text.trimmed()), pr.number);
        }
    }
};

} // namespace

QHash<int, QList<PrOutcome>> OutcomeFinder::find(
    const QList<const PullRequest *> &pulls, int horizonDays, const TagNormalizer &tags)
{
    QList<const PullRequest *> ordered;
    for (const PullRequest *p : pulls)
        if (p->number > 0)
            ordered.append(p);
    std::stable_sort(ordered.begin(), ordered.end(), [](const PullRequest *a, const PullRequest *b) {
        if (a->mergedAt != b->mergedAt)
            return a->mergedAt < b->mergedAt;
        return a->number < b->number;
    });
    Finder f;
    f.horizonSecs = qint64(std::max(horizonDays, 0)) * 86400;
    for (const PullRequest *p : std::as_const(ordered))
        f.index.add(*p);
    for (const PullRequest *later : std::as_const(ordered)) {
        const RevertMatch m = f.index.revertMatch(*later);
        if (m.target)
            f.revert(*later, m);
        const bool fixTagged = TagExtractor::tags(*later, tags).contains(u"bugfix"_s);
        if (fixTagged) {
            f.fixByName(*later, m.target);
            f.fixByLines(*later, m.target);
        } else if (const int t = f.index.followUpTarget(*later); t && t != m.target && f.acceptTarget(t, *later)) {
            f.add(t, {PrOutcome::Kind::Fix, PrOutcome::Reason::FixNames, later->number, later->title});
        }
        f.remember(*later);
    }
    return f.out;
}

} // namespace PrLens
