// SPDX-License-Identifier: MIT
// GitSource: the diffs of single pull requests, read on demand and kept per commit.
#include "gitlogging.h"
#include "gitlogparser.h"
#include "gitpatchsplitter.h"
#include "gitprocess.h"
#include "gitsource.h"

#include <QHash>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace PrLens {

void GitSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    const QString sha = pr.mergeCommitSha;
    if (sha.isEmpty() || repo.kind != RepoRef::Kind::LocalGit) {
        m_patchReads.later([this, number = pr.number] {
            Q_EMIT failed(LoadError {LoadError::Kind::BadInput,
                tr("Pull request #%1 has no commit in this clone to read a diff from.").arg(number)});
        });
        return;
    }
    const QString key = cacheKey(repo, sha);
    QList<PatchRequest> &waiting = m_patchWaiting[key];
    waiting.append(PatchRequest {repo, pr});
    if (m_patchCache.contains(key)) {
        m_patchReads.later([this, key] { deliverPatches(key); });
        return;
    }
    if (waiting.size() > 1)
        return; // the diff is already being read
    const auto parent = m_firstParent.constFind(key);
    startPatchProcess(key,
        parent != m_firstParent.cend() ? GitPatchSplitter::diffArguments(*parent, sha)
                                       : GitPatchSplitter::showArguments(sha),
        repo.gitPath);
}

void GitSource::startPatchProcess(const QString &key, const QStringList &args, const QString &workDir)
{
    QProcess *p = GitProcess::start(
        this, m_program, workDir, args, m_patchReads.guard([this, key](const GitProcess::Result &r) {
            m_patchProcesses.removeAll(nullptr);
            if (!r.ok()) {
                const QList<PatchRequest> requests = m_patchWaiting.take(key);
                const QString detail = r.started ? r.firstErrorLine() : m_program;
                for (const PatchRequest &req : requests)
                    Q_EMIT failed(LoadError {r.started ? LoadError::Kind::Io : LoadError::Kind::ToolMissing,
                        tr("The diff of #%1 could not be read with git: %2").arg(req.pr.number).arg(detail)});
                return;
            }
            m_patchCache.insert(key, GitPatchSplitter::split(r.out));
            deliverPatches(key);
        }));
    m_patchProcesses.append(p);
}

void GitSource::deliverPatches(const QString &key)
{
    const QList<PatchRequest> requests = m_patchWaiting.take(key);
    const QList<GitFilePatch> patches = m_patchCache.value(key);
    for (const PatchRequest &req : requests)
        Q_EMIT patchesLoaded(req.pr.number, GitPatchSplitter::apply(req.pr.files, patches));
}

void GitSource::loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls)
{
    QList<PullRequest> wanted;
    QByteArray shas;
    for (const PullRequest &pr : pulls) {
        if (pr.patchesLoaded || pr.mergeCommitSha.isEmpty())
            continue;
        wanted.append(pr);
        shas += pr.mergeCommitSha.toLatin1() + '\n';
    }
    if (wanted.isEmpty() || repo.kind != RepoRef::Kind::LocalGit) {
        QList<LedgerEntry> ledger;
        for (const PullRequest &pr : std::as_const(wanted))
            ledger.append(patchesNotRead(pr.number, u"no clone to read them from"_s));
        m_patchReads.later([this, ledger] { Q_EMIT weekPatchesFinished(ledger); });
        return;
    }
    m_weekPatchesBusy = true;
    Q_EMIT progress(0, int(wanted.size()), tr("Reading patches: %1 of %2…").arg(0).arg(wanted.size()));
    // Written to a file and parsed on a pool thread: a busy week's patches are megabytes, and the window stays
    // responsive meanwhile.
    m_weekPatchScratch = scratchFolder();
    const QString file = m_weekPatchScratch ? m_weekPatchScratch->filePath(u"week-patches"_s) : QString();
    m_patchProcesses.append(GitProcess::start(this, m_program, repo.gitPath, GitLogParser::commitArguments(true, file),
        m_patchReads.guard([this, wanted, file](const GitProcess::Result &r) {
            if (!r.ok()) {
                onWeekPatchesRead(wanted, std::nullopt, r.started ? r.firstErrorLine() : m_program);
                return;
            }
            m_patchReads.run([out = r.out, file](const JobTracker::Ticket &) { return parseCommits(out, file); },
                [this, wanted, file](const std::optional<QList<GitCommit>> &commits) {
                    onWeekPatchesRead(wanted, commits, commits ? QString() : unreadableOutput(file));
                });
        }),
        shas));
}

void GitSource::onWeekPatchesRead(
    const QList<PullRequest> &pulls, const std::optional<QList<GitCommit>> &commits, const QString &why)
{
    m_weekPatchesBusy = false;
    m_weekPatchScratch.reset();
    m_patchProcesses.removeAll(nullptr);
    QHash<QString, const GitCommit *> bySha;
    if (commits) {
        for (const GitCommit &c : *commits)
            bySha.insert(c.sha, &c);
    } else {
        qCDebug(lcGit).noquote() << "the week's patches were not read:" << why;
    }
    QList<LedgerEntry> ledger;
    for (const PullRequest &pr : pulls) {
        const auto it = bySha.constFind(pr.mergeCommitSha);
        if (it == bySha.cend()) {
            ledger.append(patchesNotRead(pr.number, commits ? u"commit not in the clone"_s : u"git failed"_s));
            continue;
        }
        Q_EMIT weekPatchesLoaded({pr.number, (*it)->files, {}});
    }
    const int n = int(pulls.size());
    Q_EMIT progress(n, n, tr("Reading patches: %1 of %2…").arg(n).arg(n));
    Q_EMIT weekPatchesFinished(ledger);
}

} // namespace PrLens
