// SPDX-License-Identifier: MIT
#pragma once

#include "isoweek.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

struct PullRequest;
struct WeekData;
class PathClassifier;

/// A link from one PR to another.
struct RelatedPr {
    enum class Kind { Reverts, RevertedBy, FollowsUp, FollowedUpBy, SameFiles };
    Kind kind = Kind::SameFiles;
    int number = 0;
    QString title;
    IsoWeek week; ///< the week the other PR was merged in
    QStringList sharedFiles; ///< files both PRs touch

    static QString kindId(Kind k); ///< "reverts", "reverted-by", "follows-up", "followed-up-by", "same-files"
    QString describe() const; ///< translated
    friend bool operator==(const RelatedPr &, const RelatedPr &) = default;
};

/// How a revert was tied to the PR it reverts, and the text that shows it.
struct RevertMatch {
    enum class By { None, Title, Commit, Names };
    int target = 0;
    By by = By::None; ///< Title: Revert "<title>" (or its "(#N)"); Commit: "This reverts commit <sha>"; Names: "Reverts
                      ///< #N"
    QString evidence; ///< the title or body line that ties them (untrusted text)
};

/// PRs by number, merge commit and title, for resolving reverts and follow-ups.
struct PrIndex {
    QHash<int, const PullRequest *> byNumber;
    QHash<QString, int> byMergeSha;

    void add(const PullRequest &pr);

    /// The PR that `pr` reverts, or 0: title `Revert "…"` matched by the "(#N)" inside it, by the body's
    /// "This reverts commit <sha>" line, or by the quoted title (a trailing "…" allows a prefix match).
    int revertTarget(const PullRequest &pr) const;
    /// revertTarget() with how it was found; also "Reverts OWNER/NAME#N" / "Reverts #N" in the body of a revert.
    RevertMatch revertMatch(const PullRequest &pr) const;
    /// The earlier PR that `pr` fixes or follows up, or 0: "#N" in a title starting with a fix/follow-up word,
    /// or "fixes #N" / "follow-up of #N" / ".../pull/N" in the body, N being a known PR merged before `pr`.
    int followUpTarget(const PullRequest &pr) const;

    static bool isRevertTitle(QStringView title);
    /// The PR numbers a text names ("#N", ".../pull/N"), in order, without repeats.
    static QList<int> namedNumbers(QStringView text);
    /// Text inside Revert "…", without a trailing ellipsis or cut "(#…" suffix.
    static QString revertedTitle(QStringView title);

private:
    int quotedTitleTarget(const PullRequest &pr) const;
};

/// Links the PRs of a week to earlier PRs: reverts and follow-up fixes both ways, and PRs touching the same
/// files. Keeps pointers into `week` and `history`: they must outlive it.
class RelatedPrs {
public:
    /// `history` in any order; only PRs merged at most `weeks` weeks before `week` are linked.
    RelatedPrs(const WeekData &week, const QList<WeekData> &history, const PathClassifier &paths, int weeks);

    /// Links of one PR: reverts and follow-ups first, then same-file PRs by shared files (at most `limit`).
    QList<RelatedPr> of(int number, int limit = 5) const;
    const PrIndex &index() const { return m_index; }

private:
    struct Entry {
        const PullRequest *pr = nullptr;
        IsoWeek week;
        QStringList files; ///< excluded files left out
    };
    QHash<QString, QList<int>> m_byFile; ///< file → entry indices, ascending
    QList<Entry> m_entries; ///< merge time ascending
    QHash<int, int> m_position; ///< PR number → entry index
    QHash<int, QList<RelatedPr>> m_links; ///< reverts / follow-ups, both directions
    PrIndex m_index;
};

} // namespace PrLens
