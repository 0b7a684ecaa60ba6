// SPDX-License-Identifier: MIT
#include "relatedprs.h"

#include "enumnames.h"
#include "pathclassifier.h"
#include "weekdata.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr EnumName<RelatedPr::Kind> kRelatedKinds[] = {
    {RelatedPr::Kind::Reverts, u"reverts"},
    {RelatedPr::Kind::RevertedBy, u"reverted-by"},
    {RelatedPr::Kind::FollowsUp, u"follows-up"},
    {RelatedPr::Kind::FollowedUpBy, u"followed-up-by"},
    {RelatedPr::Kind::SameFiles, u"same-files"},
};

} // namespace

QString RelatedPr::kindId(Kind k)
{
    return enumName(kRelatedKinds, k);
}

QString RelatedPr::describe() const
{
    switch (kind) {
    case Kind::Reverts:
        return QCoreApplication::translate("PrLens::RelatedPr", "Reverts #%1").arg(number);
    case Kind::RevertedBy:
        return QCoreApplication::translate("PrLens::RelatedPr", "Reverted by #%1").arg(number);
    case Kind::FollowsUp:
        return QCoreApplication::translate("PrLens::RelatedPr", "Follow-up fix of #%1").arg(number);
    case Kind::FollowedUpBy:
        return QCoreApplication::translate("PrLens::RelatedPr", "Fixed later by #%1").arg(number);
    case Kind::SameFiles:
        return QCoreApplication::translate(
            "PrLens::RelatedPr", "#%1 touched %n of the same file(s)", nullptr, int(sharedFiles.size()))
            .arg(number);
    }
    return {};
}

// ---- PrIndex ------------------------------------------------------------------------------------------------------

void PrIndex::add(const PullRequest &pr)
{
    if (pr.number <= 0)
        return;
    byNumber.insert(pr.number, &pr);
    if (!pr.mergeCommitSha.isEmpty())
        byMergeSha.insert(pr.mergeCommitSha.toLower(), pr.number);
}

bool PrIndex::isRevertTitle(QStringView title)
{
    // Revert "…" (GitHub's revert button), a [Revert] tag, or a title whose first word after the tags is "revert"
    static const QRegularExpression re(
        uR"(^\s*(?:revert\s*"|(?:\[[^\]]*\]\s*)*\[revert\]|(?:\[[^\]]*\]\s*)*revert\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.matchView(title).hasMatch();
}

QString PrIndex::revertedTitle(QStringView title)
{
    QStringView t = title.trimmed();
    if (!t.startsWith(u"Revert \"", Qt::CaseInsensitive))
        return {};
    t = t.mid(8); // after Revert "
    if (t.endsWith(u'"'))
        t.chop(1);
    QString s = t.toString().trimmed();
    static const QRegularExpression tail(uR"((\s*\(#\d*)?\s*(…|\.\.\.)$|\s*\(#\d*$)"_s);
    s.remove(tail);
    return s.trimmed();
}

int PrIndex::revertTarget(const PullRequest &pr) const
{
    return revertMatch(pr).target;
}

RevertMatch PrIndex::revertMatch(const PullRequest &pr) const
{
    if (!isRevertTitle(pr.title))
        return {};
    // 1. "(#N)" inside the quoted title
    static const QRegularExpression num(uR"(\(#(\d+)\))"_s);
    const QRegularExpressionMatch n = num.match(pr.title);
    if (n.hasMatch() && byNumber.contains(n.captured(1).toInt()) && n.captured(1).toInt() != pr.number)
        return {n.captured(1).toInt(), RevertMatch::By::Title, pr.title};
    // 2. "This reverts commit <sha>"
    static const QRegularExpression sha(uR"(reverts commit ([0-9a-fA-F]{7,40}))"_s);
    const QRegularExpressionMatch s = sha.match(pr.body);
    if (s.hasMatch()) {
        const QString wanted = s.captured(1).toLower();
        for (auto it = byMergeSha.begin(); it != byMergeSha.end(); ++it)
            if (it.key().startsWith(wanted) && it.value() != pr.number)
                return {it.value(), RevertMatch::By::Commit, s.captured(0)};
    }
    // 3. the quoted title (a prefix when the quote was cut)
    if (const int t = quotedTitleTarget(pr))
        return {t, RevertMatch::By::Title, pr.title};
    // 4. GitHub's revert button writes "Reverts OWNER/NAME#N" in the body
    static const QRegularExpression names(
        uR"(\breverts\s+(?:[\w.-]+/[\w.-]+)?#(\d+)|\breverts\s+https?://\S+/pull/(\d+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch b = names.match(pr.body);
    if (b.hasMatch()) {
        const int target = (b.captured(1).isEmpty() ? b.captured(2) : b.captured(1)).toInt();
        if (target != pr.number && byNumber.contains(target))
            return {target, RevertMatch::By::Names, b.captured(0)};
    }
    return {};
}

int PrIndex::quotedTitleTarget(const PullRequest &pr) const
{
    const QString quoted = revertedTitle(pr.title);
    if (quoted.isEmpty())
        return 0;
    const bool cut = pr.title.trimmed().endsWith(u"…\""_s) || pr.title.trimmed().endsWith(u"...\""_s)
        || pr.title.trimmed().endsWith(u'…') || pr.title.trimmed().endsWith(u"..."_s);
    int best = 0;
    for (auto it = byNumber.begin(); it != byNumber.end(); ++it) {
        const PullRequest *other = it.value();
        if (other->number == pr.number || isRevertTitle(other->title))
            continue;
        if (pr.mergedAt.isValid() && other->mergedAt.isValid() && other->mergedAt > pr.mergedAt)
            continue;
        const bool match = cut ? other->title.startsWith(quoted) : other->title == quoted;
        if (match && other->number > best) // the latest matching PR is the one reverted
            best = other->number;
    }
    return best;
}

QList<int> PrIndex::namedNumbers(QStringView text)
{
    static const QRegularExpression re(uR"((?:^|[^\w&])#(\d{1,9})\b|/pull/(\d{1,9})\b)"_s);
    QList<int> out;
    QRegularExpressionMatchIterator it = re.globalMatchView(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int n = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
        if (n > 0 && !out.contains(n))
            out.append(n);
    }
    return out;
}

int PrIndex::followUpTarget(const PullRequest &pr) const
{
    static const QRegularExpression titleRe(
        uR"(^\s*(?:\[[^\]]*\]\s*)*(?:fix(?:es|ed)?|hotfix|bugfix|follow[- ]?up)\b.*?#(\d+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bodyRe(
        uR"(\b(?:fix(?:es|ed)?|follow[- ]?up(?:\s+(?:to|of|on|for))?)\s*:?\s+(?:https?://[^\s/]+/[^\s/]+/[^\s/]+/pull/|#)(\d+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto accept = [&](int n) {
        if (n == pr.number || !byNumber.contains(n))
            return false;
        const PullRequest *other = byNumber.value(n);
        return !(pr.mergedAt.isValid() && other->mergedAt.isValid() && other->mergedAt >= pr.mergedAt);
    };
    const QRegularExpressionMatch t = titleRe.match(pr.title);
    if (t.hasMatch() && accept(t.captured(1).toInt()))
        return t.captured(1).toInt();
    QRegularExpressionMatchIterator it = bodyRe.globalMatch(pr.body);
    while (it.hasNext()) {
        const int n = it.next().captured(1).toInt();
        if (accept(n))
            return n;
    }
    return 0;
}

// ---- RelatedPrs ---------------------------------------------------------------------------------------------------

RelatedPrs::RelatedPrs(const WeekData &week, const QList<WeekData> &history, const PathClassifier &paths, int weeks)
{
    const IsoWeek earliest = week.week.addWeeks(-std::max(weeks, 0));
    const auto addWeek = [&](const WeekData &w) {
        if (w.week < earliest || week.week < w.week)
            return;
        for (const PullRequest &pr : w.pulls) {
            if (pr.number <= 0 || m_position.contains(pr.number))
                continue;
            Entry e {&pr, w.week, {}};
            for (const FileChange &f : pr.files)
                if (!paths.isExcluded(f.path))
                    e.files.append(f.path);
            m_position.insert(pr.number, -1);
            m_entries.append(e);
        }
    };
    addWeek(week);
    for (const WeekData &w : history)
        if (!(w.week == week.week))
            addWeek(w);
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.pr->mergedAt != b.pr->mergedAt)
            return a.pr->mergedAt < b.pr->mergedAt;
        return a.pr->number < b.pr->number;
    });
    for (int i = 0; i < m_entries.size(); ++i) {
        m_position.insert(m_entries.at(i).pr->number, i);
        m_index.add(*m_entries.at(i).pr);
        for (const QString &f : m_entries.at(i).files)
            m_byFile[f].append(i);
    }
    const auto link = [&](const Entry &from, int target, RelatedPr::Kind forward, RelatedPr::Kind backward) {
        const Entry &to = m_entries.at(m_position.value(target));
        QStringList shared;
        for (const QString &f : from.files)
            if (to.files.contains(f))
                shared.append(f);
        m_links[from.pr->number].append({forward, target, to.pr->title, to.week, shared});
        m_links[target].append({backward, from.pr->number, from.pr->title, from.week, shared});
    };
    for (const Entry &e : std::as_const(m_entries)) {
        if (const int r = m_index.revertTarget(*e.pr))
            link(e, r, RelatedPr::Kind::Reverts, RelatedPr::Kind::RevertedBy);
        else if (const int f = m_index.followUpTarget(*e.pr))
            link(e, f, RelatedPr::Kind::FollowsUp, RelatedPr::Kind::FollowedUpBy);
    }
}

QList<RelatedPr> RelatedPrs::of(int number, int limit) const
{
    QList<RelatedPr> out = m_links.value(number);
    const int pos = m_position.value(number, -1);
    if (pos < 0)
        return out;
    QSet<int> linked;
    for (const RelatedPr &r : std::as_const(out))
        linked.insert(r.number);
    // shared files per earlier entry, through the file index
    QHash<int, QStringList> shared;
    for (const QString &f : m_entries.at(pos).files) {
        for (int i : m_byFile.value(f)) {
            if (i >= pos)
                break; // earlier merges only
            if (!linked.contains(m_entries.at(i).pr->number))
                shared[i].append(f);
        }
    }
    QList<RelatedPr> same;
    same.reserve(shared.size());
    for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
        const Entry &other = m_entries.at(it.key());
        same.append({RelatedPr::Kind::SameFiles, other.pr->number, other.pr->title, other.week, it.value()});
    }
    std::sort(same.begin(), same.end(), [](const RelatedPr &a, const RelatedPr &b) {
        if (a.sharedFiles.size() != b.sharedFiles.size())
            return a.sharedFiles.size() > b.sharedFiles.size();
        return a.number > b.number; // most recent first
    });
    if (same.size() > limit)
        same.resize(limit);
    return out + same;
}

} // namespace PrLens
