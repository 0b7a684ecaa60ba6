// SPDX-License-Identifier: MIT
#pragma once

#include "githubrequester.h"
#include "pageguard.h"
#include "pullrequest.h"
#include "weekdata.h"

#include <QObject>

namespace PrLens {

/// Reads one pull request's patches over REST (`pulls/{n}/files`, 100 per page, following `Link: rel="next"`)
/// and merges them into the PR's known files. A PR that comes with its patches and patchValidators is revalidated:
/// each kept page is asked with If-None-Match, and when every page answers 304 the PR's files stand as they are.
class GitHubPatchLoader : public QObject {
    Q_OBJECT
public:
    /// GitHub lists at most this many files of a pull request over REST.
    static constexpr int kRestFileCap = 3000;

    GitHubPatchLoader(
        GitHubRequester *requester, int group, const RepoRef &repo, const PullRequest &pr, QObject *parent = nullptr);
    void start();
    int group() const { return m_group; }
    int number() const { return m_pr.number; }
    /// The pages read (URL and ETag), for a later revalidation; set when done() is emitted.
    QList<PatchValidator> validators() const { return m_validators; }

Q_SIGNALS:
    void done(int number, const QList<PrLens::FileChange> &files, const QList<PrLens::LedgerEntry> &ledger);
    void failed(const PrLens::LoadError &error);

private:
    void fetch(const QUrl &url);
    void onPage(const GitHubResponse &r);
    void finish(const QList<FileChange> &files, int listed);

    GitHubRequester *m_requester;
    int m_group;
    RepoRef m_repo;
    PullRequest m_pr;
    QList<FileChange> m_rest;
    QList<LedgerEntry> m_ledger; ///< files refused, paging stopped early
    PageGuard m_guard {100};
    int m_pages = 0;
    bool m_revalidating = false;
    bool m_reread = false; ///< a revalidation found a later page changed: the list is read afresh
    QList<PatchValidator> m_validators;
};

} // namespace PrLens
