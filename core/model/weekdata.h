// SPDX-License-Identifier: MIT
#pragma once

#include "isoweek.h"
#include "pullrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

/// Which repository to read: a GitHub (or GitHub Enterprise) repository, a local git clone, or a week of a
/// public GitHub repository bundled with the program (a demo, read offline).
struct RepoRef {
    enum class Kind { GitHub, LocalGit, Demo };
    Kind kind = Kind::GitHub;
    QString host = QStringLiteral("github.com"); ///< GitHub host name; "github.com" for the public one
    QString owner;
    QString name;
    QString gitPath; ///< for LocalGit: the clone's directory
    QString branch; ///< for LocalGit: empty = remote HEAD or current branch

    /// Parses "owner/name", "HOST/owner/name" or "https://HOST/owner/name". Returns an invalid ref on failure.
    static RepoRef parseGitHub(QStringView text);
    static RepoRef localGit(const QString &path, const QString &branch = {});
    /// The bundled copy of github.com/OWNER/NAME (see DemoWeekSource).
    static RepoRef demo(const QString &owner, const QString &name);
    bool isValid() const;
    /// "owner/name", "HOST/owner/name", "demo:owner/name" or the clone's path — also the cache key.
    QString key() const;
    QString displayName() const;
    /// Web URL of a pull request, or empty for local clones without a GitHub remote.
    QString pullUrl(int number) const;

    friend bool operator==(const RepoRef &, const RepoRef &) = default;
};

/// One line of the completeness ledger: something the numbers do not fully cover, and why.
struct LedgerEntry {
    enum class Kind { Truncated, Skipped, NotEvaluated, RateLimited, Retried, Partial };
    Kind kind = Kind::Partial;
    int prNumber = 0; ///< 0 when it concerns the whole week
    QString what; ///< machine-readable subject, e.g. "files", "patch", "reviewThreads", "rule:missing-tests"
    QString detail; ///< the same in English, for logs and JSON readers; reports translate kind + what + args
    /// Language-neutral arguments of the sentence that kind + what name (e.g. {"12", "30"} for "12 of 30 files"),
    /// so reports write it in their own language. Empty in entries cached before they were kept: those show detail.
    QStringList args = {};
    friend bool operator==(const LedgerEntry &, const LedgerEntry &) = default;

    static QString kindToString(Kind k);
    static Kind kindFromString(QStringView s);
    void writeJson(JsonWriter &w) const;
};

/// The patches of one pull request, as a source read them for the whole week (see WeekSource::loadWeekPatches).
struct PullPatches {
    int number = 0;
    QList<FileChange> files; ///< the PR's files, with patch text where the source has one
    QList<PatchValidator> validators; ///< to revalidate them later; empty when the source has none
    friend bool operator==(const PullPatches &, const PullPatches &) = default;
};

/// Everything a source delivered for one repository and ISO week.
struct WeekData {
    RepoRef repo;
    IsoWeek week;
    UtcOffset zone;
    QDateTime fetchedAt; ///< when the source was read (UTC)
    bool fromCache = false;
    QList<PullRequest> pulls; ///< merged PRs, newest merge first
    QList<PullRequest> direct; ///< direct commits (git sources only)
    QList<LedgerEntry> ledger;

    WeekRange range() const { return WeekRange::of(week, zone); }
    const PullRequest *find(int number) const;
    PullRequest *find(int number);
    /// Puts @p patches into their PR (files, validators, patchesLoaded); false when the PR is not in the week.
    bool applyPatches(const PullPatches &patches);
    /// PRs whose patches are not loaded yet.
    int pullsWithoutPatches() const;

    void writeJson(JsonWriter &w) const; ///< lossless, for the cache
    QJsonObject toJson() const;
    static WeekData fromJson(const QJsonObject &o);
};

} // namespace PrLens
