// SPDX-License-Identifier: MIT
#include "githubpatchloader.h"

#include "pullrequestparser.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
// 3,000 files at 100 per page is 30 pages; anything beyond is a server that never stops paginating.
constexpr int kMaxPages = 40;
} // namespace

GitHubPatchLoader::GitHubPatchLoader(
    GitHubRequester *requester, int group, const RepoRef &repo, const PullRequest &pr, QObject *parent)
    : QObject(parent)
    , m_requester(requester)
    , m_group(group)
    , m_repo(repo)
    , m_pr(pr)
{
}

void GitHubPatchLoader::start()
{
    m_revalidating = !m_reread && m_pr.patchesLoaded && !m_pr.patchValidators.isEmpty();
    if (m_revalidating) {
        fetch(QUrl(m_pr.patchValidators.first().url));
        return;
    }
    const QString path = u"/repos/%1/%2/pulls/%3/files"_s.arg(m_repo.owner, m_repo.name).arg(m_pr.number);
    const QUrl first = m_requester->endpoint().restUrl(path, u"per_page=100"_s);
    m_guard.remember(first.toString());
    fetch(first);
}

void GitHubPatchLoader::fetch(const QUrl &url)
{
    const QByteArray etag = m_revalidating ? m_pr.patchValidators.value(m_pages).etag.toUtf8() : QByteArray();
    ++m_pages;
    m_requester->get(u"rest.files"_s, url, m_group, [this](const GitHubResponse &r) { onPage(r); }, etag);
}

void GitHubPatchLoader::onPage(const GitHubResponse &r)
{
    if (m_revalidating && r.ok() && r.status == 304) {
        if (m_pages < m_pr.patchValidators.size()) {
            fetch(QUrl(m_pr.patchValidators.at(m_pages).url));
            return;
        }
        m_validators = m_pr.patchValidators; // every page unchanged: the files stand
        finish(m_pr.files, std::min(int(m_pr.files.size()), kRestFileCap));
        return;
    }
    if (m_revalidating) {
        m_revalidating = false;
        if (m_pages > 1) { // a later page changed: read the list again from its start
            m_pages = 0;
            m_rest.clear();
            m_ledger.clear();
            m_validators.clear();
            m_guard = PageGuard {100};
            m_reread = true; // not revalidating again: that could go round for as long as a later page changes
            start();
            return;
        }
    }
    if (!r.ok()) {
        LoadError e = r.error;
        if (e.kind == LoadError::Kind::NotFound)
            e.message = tr("Pull request #%1 of %2 was not found on %3, or your token cannot see it.")
                            .arg(m_pr.number)
                            .arg(m_repo.displayName(), m_requester->endpoint().displayHost());
        Q_EMIT failed(e);
        return;
    }
    if (!r.json.isArray()) {
        Q_EMIT failed({LoadError::Kind::BadResponse,
            tr("%1 sent an unexpected answer for the files of #%2. Try again later.")
                .arg(m_requester->endpoint().displayHost())
                .arg(m_pr.number)});
        return;
    }
    QStringList refused;
    m_rest.append(PullRequestParser::filesFromRest(r.json.array(), &refused));
    m_ledger.append(PullRequestParser::refusedFiles(m_pr.number, refused));
    m_validators.append({r.url.toString(), QString::fromUtf8(r.headers.value("etag"))});
    // The next-page URL is opaque: GitHub may switch to /repositories/{id}/… forms. The requester refuses one
    // that leaves the API's origin; the guard stops a list that repeats a page or runs past the PR's files.
    const QUrl next = GitHubRequester::nextLink(r.headers.value("link"));
    if (next.isValid() && !next.isEmpty()) {
        const QUrl url = r.url.resolved(next);
        const int files = std::max(m_pr.changedFiles, int(m_pr.files.size()));
        m_guard.setTotal(files > 0 ? std::min(files, kRestFileCap) : -1);
        const QString stop
            = m_pages < kMaxPages ? m_guard.next(url.toString()) : u"stopped after %1 pages"_s.arg(m_pages);
        if (stop.isEmpty()) {
            fetch(url);
            return;
        }
        m_ledger.append({LedgerEntry::Kind::Truncated, m_pr.number, u"patch"_s, stop});
    }
    if (std::any_of(
            m_validators.cbegin(), m_validators.cend(), [](const PatchValidator &v) { return v.etag.isEmpty(); }))
        m_validators.clear(); // a page without an ETag cannot be revalidated
    finish(PullRequestParser::mergePatches(m_pr.files, m_rest), int(m_rest.size()));
}

void GitHubPatchLoader::finish(const QList<FileChange> &files, int listed)
{
    QList<LedgerEntry> ledger = m_ledger;
    const int total = std::max(m_pr.changedFiles, int(m_pr.files.size()));
    if (listed < total) {
        ledger.append({LedgerEntry::Kind::Truncated, m_pr.number, u"patch"_s,
            u"patches of %1 of %2 files (GitHub lists at most %3)"_s.arg(listed).arg(total).arg(kRestFileCap),
            {QString::number(listed), QString::number(total), QString::number(kRestFileCap)}});
    }
    Q_EMIT done(m_pr.number, files, ledger);
}

} // namespace PrLens
