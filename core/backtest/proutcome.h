// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace PrLens {

struct PullRequest;
class TagNormalizer;

/// Something that went wrong with a merged PR later: it was reverted, or a later fix points at it.
struct PrOutcome {
    enum class Kind { Revert, Fix };
    /// Why the later PR counts: Revert "<title>", "This reverts commit <sha>", a revert naming #N, a fix-tagged PR
    /// naming #N (or a "Fix … #N" follow-up), a fix-tagged PR changing lines this PR added.
    enum class Reason { RevertTitle, RevertCommit, RevertNames, FixNames, FixTouchesLines };
    Kind kind = Kind::Revert;
    Reason reason = Reason::RevertTitle;
    int by = 0; ///< the later PR
    QString evidence; ///< the text that ties them: a title, a body line, a changed line (untrusted text)
    QString file = {}; ///< FixTouchesLines: the file
    int line = 0; ///< FixTouchesLines: the line in the old file the fix changed

    static QString kindId(Kind k); ///< "revert", "fix"
    static QString reasonId(
        Reason r); ///< "revert-title", "reverts-commit", "revert-names-pr", "fix-names-pr", "fix-touches-lines"
    QString describe() const; ///< translated one line, without the evidence
    friend bool operator==(const PrOutcome &, const PrOutcome &) = default;
};

/// Finds, for every PR of a history, the reverts and fixes that followed within a horizon.
///
/// Reverts: PrIndex::revertMatch() (Revert "<title>", "This reverts commit <sha>", "Reverts #N"). Fixes: a later
/// PR tagged bugfix (labels, "[Bugfix]", "fix:", synonyms) naming the PR (#N, …/pull/N) in its title or body, or
/// a "Fix … #N" follow-up (PrIndex::followUpTarget()); or a bugfix-tagged PR removing or changing a line the PR
/// added: same file, same text (trimmed, at least kMinLineLength characters with a letter or digit), the latest
/// earlier PR that added that text being the one named. Needs patches for the last kind only.
class OutcomeFinder {
public:
    /// Lines shorter than this ("}", "return;", "else:") are too common to tie two PRs.
    static constexpr int kMinLineLength = 8;

    /// @p pulls: every PR of the history, any order; pointers are kept only during the call.
    static QHash<int, QList<PrOutcome>> find(
        const QList<const PullRequest *> &pulls, int horizonDays, const TagNormalizer &tags);
};

} // namespace PrLens
