// SPDX-License-Identifier: MIT
// GitSource: the diffs of single pull requests, read on demand and kept per commit.
#include "gitsource.h"

#include "gitpatchsplitter.h"
#include "gitprocess.h"

using namespace Qt::StringLiterals;

namespace PrLens {

void GitSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    const QString sha = pr.mergeCommitSha;
    const quint64 generation = m_patchGeneration;
    if (sha.isEmpty() || repo.kind != RepoRef::Kind::LocalGit) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, number = pr.number] {
                if (generation == m_patchGeneration)
                    Q_EMIT failed(LoadError {LoadError::Kind::BadInput,
                        tr("Pull request #%1 has no commit in this clone to read a diff from.").arg(number)});
            },
            Qt::QueuedConnection);
        return;
    }
    const QString key = cacheKey(repo, sha);
    QList<PatchRequest> &waiting = m_patchWaiting[key];
    waiting.append(PatchRequest {repo, pr});
    if (m_patchCache.contains(key)) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, key] {
                if (generation == m_patchGeneration)
                    deliverPatches(key);
            },
            Qt::QueuedConnection);
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
    const quint64 generation = m_patchGeneration;
    QProcess *p
        = GitProcess::start(this, m_program, workDir, args, [this, generation, key](const GitProcess::Result &r) {
              if (generation != m_patchGeneration)
                  return;
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
          });
    m_patchProcesses.append(p);
}

void GitSource::deliverPatches(const QString &key)
{
    const QList<PatchRequest> requests = m_patchWaiting.take(key);
    const QList<GitFilePatch> patches = m_patchCache.value(key);
    for (const PatchRequest &req : requests)
        Q_EMIT patchesLoaded(req.pr.number, GitPatchSplitter::apply(req.pr.files, patches));
}

} // namespace PrLens
