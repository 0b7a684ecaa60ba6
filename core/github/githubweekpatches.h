// SPDX-License-Identifier: MIT
#pragma once

#include "githubrequester.h"
#include "weekdata.h"

#include <QObject>

namespace PrLens {

class GitHubPatchLoader;

/// Reads the patches of every pull request of a week over REST (`pulls/{n}/files`, paged), several PRs at once
/// through one GitHubRequester request group, revalidating PRs that come with ETags. A PR whose patches cannot be
/// read becomes a ledger line and the others go on; a missing token or an exhausted rate limit stops the rest.
class GitHubWeekPatches : public QObject {
    Q_OBJECT
public:
    /// PRs whose files are read at once (each one request at a time, so also the requests in flight).
    static constexpr int kPullsInFlight = 8;

    GitHubWeekPatches(GitHubRequester *requester, int group, const RepoRef &repo, const QList<PullRequest> &pulls,
        QObject *parent = nullptr);
    void start();
    /// Stops every request; emits nothing more.
    void abort();
    int group() const { return m_group; }

Q_SIGNALS:
    void pullLoaded(const PrLens::PullPatches &patches);
    void progress(int done, int total, const QString &text);
    /// Once, at the end; @p ledger lists what could not be read.
    void finished(const QList<PrLens::LedgerEntry> &ledger);

private:
    void launchNext();
    void onPullDone(GitHubPatchLoader *loader);
    void stopRest(const QString &why);
    void finishIfDone();

    GitHubRequester *m_requester;
    int m_group;
    RepoRef m_repo;
    QList<PullRequest> m_queue;
    QList<GitHubPatchLoader *> m_running;
    QList<LedgerEntry> m_ledger;
    int m_total = 0;
    int m_done = 0;
    bool m_finished = false;
};

} // namespace PrLens
