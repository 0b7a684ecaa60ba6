// SPDX-License-Identifier: MIT
#pragma once

#include "gitlogparser.h"
#include "gitpatchsplitter.h"
#include "gitprocess.h"
#include "weeksource.h"

#include <QHash>
#include <QPointer>
#include <QProcess>

#include <optional>

namespace PrLens {

/// Reads a week of merged pull requests from a local git clone (bare or with a work tree) through `git`.
///
/// One first-parent `git log` pass gives the week's metadata and per-file figures; squash commits "… (#N)" and
/// merge commits "Merge pull request #N from …" become pull requests, other commits direct changes.
/// Patches are read on demand per pull request and kept in memory per commit.
class GitSource : public WeekSource {
    Q_OBJECT
public:
    explicit GitSource(QObject *parent = nullptr);
    ~GitSource() override;

    /// The git executable to run; defaults to "git" found on PATH.
    void setGitProgram(const QString &program);
    QString gitProgram() const { return m_program; }

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    void cancel() override;

    /// The ISO week (in @p zone) of the newest commit on @p branch (empty: remote HEAD, else HEAD), or nullopt
    /// when @p path is no repository or has no commit. Runs one quick `git log -1` synchronously.
    static std::optional<IsoWeek> latestWeekWithCommits(
        const QString &path, const QString &branch, UtcOffset zone, const QString &gitProgram = {});
    /// The top of the work tree (or the git directory of a bare repository) containing @p startDir, or empty.
    static QString findRepositoryRoot(const QString &startDir, const QString &gitProgram = {});

    /// How far before a week's start the walk goes, to tolerate small committer clock skew on the branch.
    static constexpr qint64 kClockSkewSlackSecs = 3600;

private:
    struct LoadJob;
    struct PatchRequest {
        RepoRef repo;
        PullRequest pr;
    };

    void runStep(const QStringList &args, void (GitSource::*next)(const GitProcess::Result &));
    void fail(LoadError::Kind kind, const QString &message);
    bool failOnGitError(const GitProcess::Result &r);
    void killLoadProcesses();
    void readLog();

    void onProbed(const GitProcess::Result &r);
    void onLogRead(const GitProcess::Result &r);
    void onLogParsed(const QList<GitCommit> &all);
    void onSecondParentsRead(const GitProcess::Result &r);
    void onShallowChecked(const GitProcess::Result &r);
    void finishLoad();

    void startPatchProcess(const QString &key, const QStringList &args, const QString &workDir);
    void deliverPatches(const QString &sha);

    QString m_program;
    std::unique_ptr<LoadJob> m_job;
    quint64 m_generation = 0;
    QList<QPointer<QProcess>> m_loadProcesses;

    QHash<QString, QString> m_firstParent; ///< commit → first parent ("" for root) of loaded weeks
    QHash<QString, QList<GitFilePatch>> m_patchCache; ///< commit → its patches
    QHash<QString, QList<PatchRequest>> m_patchWaiting; ///< commit → requests waiting for its diff
    QList<QPointer<QProcess>> m_patchProcesses;
    quint64 m_patchGeneration = 0;
};

} // namespace PrLens
