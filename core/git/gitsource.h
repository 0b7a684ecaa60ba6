// SPDX-License-Identifier: MIT
#pragma once

#include "gitlogparser.h"
#include "gitpatchsplitter.h"
#include "gitprocess.h"
#include "weeksource.h"

#include <QHash>
#include <QPointer>
#include <QProcess>

#include <functional>
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
    void runStep(const QStringList &args, StepDone next, const QByteArray &input = {});
    void fail(LoadError::Kind kind, const QString &message);
    bool failOnGitError(const GitProcess::Result &r);
    void killLoadProcesses();

    void onProbed(const GitProcess::Result &r);
    void readRemoteUrl();
    void listWeek();
    void onWeekListed(const GitProcess::Result &r);
    void readAuthors(const QList<ListedCommit> &listed);
    void onAuthorsRead(const GitProcess::Result &r);
    void readCommits(const QList<ListedCommit> &listed);
    void onCommitPartRead(qsizetype part, const GitProcess::Result &r);
    void continueWhenAllRead();
    void onCommitsRead(const QList<GitCommit> &all);
    void onShallowChecked(const GitProcess::Result &r);
    void finishLoad();

    void startPatchProcess(const QString &key, const QStringList &args, const QString &workDir);
    void deliverPatches(const QString &sha);
    void onWeekPatchesRead(const QList<PullRequest> &pulls, const GitProcess::Result &r);

    QString m_program;
    int m_maxParallelLogs;
    std::unique_ptr<LoadJob> m_job;
    quint64 m_generation = 0;
    QList<QPointer<QProcess>> m_loadProcesses;

    QHash<QString, QString> m_firstParent; ///< commit → first parent ("" for root) of loaded weeks
    QHash<QString, QList<GitFilePatch>> m_patchCache; ///< commit → its patches
    QHash<QString, QList<PatchRequest>> m_patchWaiting; ///< commit → requests waiting for its diff
    QList<QPointer<QProcess>> m_patchProcesses;
    quint64 m_patchGeneration = 0;
    bool m_weekPatchesBusy = false;
};

} // namespace PrLens
