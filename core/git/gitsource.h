// SPDX-License-Identifier: MIT
#pragma once

#include "gitlogparser.h"
#include "gitpatchsplitter.h"
#include "gitprocess.h"
#include "jobtracker.h"
#include "weeksource.h"

#include <QHash>
#include <QPointer>
#include <QProcess>

class QTemporaryDir;

#include <functional>
#include <memory>
#include <optional>

namespace PrLens {

/// Reads a week of merged pull requests from a local git clone (bare or with a work tree) through `git`.
///
/// A quick `git rev-list` lists the week's first-parent commits; `git log` runs, one per contiguous part of that
/// list and all at once, read their metadata and per-file figures. Squash commits "… (#N)" and merge commits
/// "Merge pull request #N from …" become pull requests, other commits direct changes.
/// Patches are read on demand per pull request and kept in memory per commit.
class GitSource : public WeekSource {
    Q_OBJECT
public:
    explicit GitSource(QObject *parent = nullptr);
    ~GitSource() override;

    /// The git executable to run; defaults to "git" found on PATH.
    void setGitProgram(const QString &program);
    QString gitProgram() const { return m_program; }

    /// How many `git log` processes one load may run at once to read the week's commits (at least 1); defaults
    /// to QThread::idealThreadCount(), at most kMaxParallelLogs. A part has at least kCommitsPerLog commits, so a
    /// quiet week is one run.
    void setMaxParallelLogs(int count);
    int maxParallelLogs() const { return m_maxParallelLogs; }

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    /// Reads the weeks @p first … @p last in one pass, as load() reads one (with patches when
    /// patchesWithWeek()): one listing and one set of `git log` runs for the whole range, not one per week.
    /// Emits rangeFinished() (instead of finished()) or failed().
    void loadRange(const RepoRef &repo, IsoWeek first, IsoWeek last, UtcOffset zone);
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    /// One `git log --no-walk -p` over the commits of the PRs still without patches (a week loaded without
    /// patchesWithWeek()).
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    void cancel() override;

    /// The ISO week (in @p zone) of the newest commit on @p branch (empty: remote HEAD, else HEAD), or nullopt
    /// when @p path is no repository or has no commit. Runs one quick `git log -1` synchronously.
    static std::optional<IsoWeek> latestWeekWithCommits(
        const QString &path, const QString &branch, UtcOffset zone, const QString &gitProgram = {});
    /// The top of the work tree (or the git directory of a bare repository) containing @p startDir, or empty.
    static QString findRepositoryRoot(const QString &startDir, const QString &gitProgram = {});

    /// How far before a week's start the walk goes, to tolerate small committer clock skew on the branch.
    static constexpr qint64 kClockSkewSlackSecs = 3600;
    /// The fewest commits worth a `git log` process of their own: below it, starting git costs more than it saves.
    static constexpr qsizetype kCommitsPerLog = 48;
    /// Beyond a few runs git's own start-up and the parsing on this side outweigh the gain, and a many-core
    /// machine should not see dozens of git processes for one week.
    static constexpr int kMaxParallelLogs = 8;

Q_SIGNALS:
    /// The pull requests and direct commits of every week loadRange() read, newest first; data.week is the
    /// first week of the range.
    void rangeFinished(const PrLens::WeekData &data);

private:
    struct LoadJob;
    struct PatchRequest {
        RepoRef repo;
        PullRequest pr;
    };

    /// The key of a commit in the first-parent and patch caches: clones are told apart by their path.
    static QString cacheKey(const RepoRef &repo, const QString &sha);
    /// The refs tried, in order, for @p branch (empty: the remote HEAD, then HEAD).
    static QStringList branchCandidates(const QString &branch);

    using StepDone = std::function<void(const GitProcess::Result &)>;
    /// Runs one git step of the load under way; @p done runs only while that load is still current.
    void runStep(const QStringList &args, StepDone done, const QByteArray &input = {});
    void fail(LoadError::Kind kind, const QString &message);
    bool failOnGitError(const GitProcess::Result &r);
    void killLoadProcesses();

    // A load's steps, in the order they run (gitsource.cpp defines them in this order). Each starts git and
    // hands what it read to the next; "beside" steps run alongside and are joined where named.
    //  1. probe          `rev-parse`: git and common directory, shallow or not; picks the branch candidates
    //  2. readRemoteUrl  beside 3–6: `config remote.origin.url`, for the web links; joined in 7
    //  3. listWeek       `rev-list` of the week on the first branch candidate that exists
    //  4. readAuthors    beside 5: the authors of the merged second parents; joined in 6
    //  5. readCommits    `git log` per part of the listing, each parsed on a pool thread; joined in 6
    //  6. keepWeek       once 4 and 5 are in: the commits inside the week, in listing order
    //  7. checkShallow   shallow clones only: fails when the history ends inside the week
    //  8. finishLoad     once 2 is in too: the week's pull requests and direct commits
    void probe();
    /// Goes on once the git directory is known: the branch to read, then the week's listing.
    void located(const QString &gitDir, const QString &commonDir, bool shallow);
    void onProbed(const GitProcess::Result &r);
    void readRemoteUrl();
    void listWeek();
    void onWeekListed(const GitProcess::Result &r);
    void readAuthors(const QList<ListedCommit> &listed);
    void onAuthorsRead(const GitProcess::Result &r);
    void readCommits(const QList<ListedCommit> &listed);
    /// @p file: where git wrote the part (then removed), or empty when it came through the pipe in @p r.
    void onCommitPartRead(qsizetype part, const GitProcess::Result &r, const QString &file);
    void keepWeekWhenAllRead();
    void keepWeek(const QList<GitCommit> &all);
    void checkShallow();
    void onShallowChecked(const GitProcess::Result &r);
    void finishLoad();

    void startPatchProcess(const QString &key, const QStringList &args, const QString &workDir);
    void deliverPatches(const QString &sha);
    /// @p commits: the commits git read, or nullopt when git failed (@p why says how).
    void onWeekPatchesRead(
        const QList<PullRequest> &pulls, const std::optional<QList<GitCommit>> &commits, const QString &why);
    /// A private folder for git to write what it reads into (scratch files instead of pipes), or null.
    static std::unique_ptr<QTemporaryDir> scratchFolder();
    /// The commits git wrote to @p file (read, then removed), or piped in @p piped when @p file is empty; nullopt
    /// when the file cannot be read.
    static std::optional<QList<GitCommit>> parseCommits(const QByteArray &piped, const QString &file);
    static QString unreadableOutput(const QString &file);

    QString m_program;
    int m_maxParallelLogs;
    std::unique_ptr<LoadJob> m_job;
    JobTracker m_load {this}; ///< the load under way: a new load, a failure or a cancel drops its steps
    QList<QPointer<QProcess>> m_loadProcesses;

    QHash<QString, QString> m_firstParent; ///< commit → first parent ("" for root) of loaded weeks
    QHash<QString, QList<GitFilePatch>> m_patchCache; ///< commit → its patches
    QHash<QString, QList<PatchRequest>> m_patchWaiting; ///< commit → requests waiting for its diff
    QList<QPointer<QProcess>> m_patchProcesses;
    JobTracker m_patchReads {this}; ///< the patch reads under way: a cancel drops them all
    bool m_weekPatchesBusy = false;
    std::unique_ptr<QTemporaryDir> m_weekPatchScratch; ///< where the week's patches are written, while read
};

} // namespace PrLens
