// SPDX-License-Identifier: MIT
#include "githubweekpatches.h"

#include "githubfailure.h"
#include "githubpatchloader.h"
#include "weeksource.h"

using namespace Qt::StringLiterals;

namespace PrLens {

GitHubWeekPatches::GitHubWeekPatches(
    GitHubRequester *requester, int group, const RepoRef &repo, const QList<PullRequest> &pulls, QObject *parent)
    : QObject(parent)
    , m_requester(requester)
    , m_group(group)
    , m_repo(repo)
{
    for (const PullRequest &pr : pulls) {
        if (!pr.patchesLoaded || !pr.patchValidators.isEmpty())
            m_queue.append(pr);
    }
    m_total = int(m_queue.size());
}

void GitHubWeekPatches::start()
{
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &GitHubWeekPatches::finishIfDone, Qt::QueuedConnection);
        return;
    }
    Q_EMIT progress(0, m_total, tr("Reading patches: %1 of %2…").arg(0).arg(m_total));
    while (!m_queue.isEmpty() && m_running.size() < kPullsInFlight)
        launchNext();
}

void GitHubWeekPatches::launchNext()
{
    auto *loader = new GitHubPatchLoader(m_requester, m_group, m_repo, m_queue.takeFirst(), this);
    m_running.append(loader);
    connect(loader, &GitHubPatchLoader::done, this,
        [this, loader](int number, const QList<FileChange> &files, const QList<LedgerEntry> &ledger) {
            m_ledger.append(ledger);
            Q_EMIT pullLoaded({number, files, loader->validators()});
            onPullDone(loader);
        });
    connect(loader, &GitHubPatchLoader::failed, this, [this, loader](const LoadError &error) {
        m_ledger.append(WeekSource::patchesNotRead(loader->number(), gitHubFailureId(error)));
        // Without a usable token or rate limit the other PRs would fail the same way: stop them.
        if (error.kind == LoadError::Kind::Unauthorized || error.kind == LoadError::Kind::RateLimited) {
            m_running.removeOne(loader);
            loader->deleteLater();
            stopRest(gitHubFailureId(error));
            return;
        }
        onPullDone(loader);
    });
    loader->start();
}

void GitHubWeekPatches::onPullDone(GitHubPatchLoader *loader)
{
    m_running.removeOne(loader);
    loader->deleteLater();
    ++m_done;
    Q_EMIT progress(m_done, m_total, tr("Reading patches: %1 of %2…").arg(m_done).arg(m_total));
    if (!m_queue.isEmpty())
        launchNext();
    finishIfDone();
}

void GitHubWeekPatches::stopRest(const QString &why)
{
    m_requester->abortGroup(m_group);
    for (GitHubPatchLoader *loader : std::as_const(m_running)) {
        m_ledger.append(WeekSource::patchesNotRead(loader->number(), why));
        loader->deleteLater();
    }
    m_running.clear();
    for (const PullRequest &pr : std::as_const(m_queue))
        m_ledger.append(WeekSource::patchesNotRead(pr.number, why));
    m_queue.clear();
    finishIfDone();
}

void GitHubWeekPatches::finishIfDone()
{
    if (m_finished || !m_running.isEmpty() || !m_queue.isEmpty())
        return;
    m_finished = true;
    Q_EMIT finished(m_ledger);
}

void GitHubWeekPatches::abort()
{
    m_finished = true;
    m_requester->abortGroup(m_group);
    for (GitHubPatchLoader *loader : std::as_const(m_running))
        loader->deleteLater();
    m_running.clear();
    m_queue.clear();
}

} // namespace PrLens
