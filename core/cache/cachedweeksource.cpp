// SPDX-License-Identifier: MIT
#include "cachedweeksource.h"

#include "weekcache.h"

using namespace Qt::StringLiterals;

namespace PrLens {

CachedWeekSource::CachedWeekSource(WeekSource *inner, WeekCache *cache, QObject *parent)
    : WeekSource(parent)
    , m_inner(inner)
    , m_cache(cache)
{
    Q_ASSERT(inner);
    m_inner->setParent(this);
    connect(m_inner, &WeekSource::finished, this, &CachedWeekSource::onInnerFinished);
    connect(m_inner, &WeekSource::patchesLoaded, this, &CachedWeekSource::onInnerPatches);
    connect(m_inner, &WeekSource::failed, this, &CachedWeekSource::onInnerFailed);
    connect(m_inner, &WeekSource::progress, this, &CachedWeekSource::onInnerProgress);
    connect(m_inner, &WeekSource::weekPatchesLoaded, this, &CachedWeekSource::onInnerWeekPatches);
    connect(m_inner, &WeekSource::weekPatchesFinished, this, &CachedWeekSource::onInnerWeekPatchesFinished);
    connect(m_inner, &WeekSource::notice, this, &WeekSource::notice);
}

CachedWeekSource::Policy CachedWeekSource::currentPolicy() const
{
    return refreshing() && m_policy == Policy::CacheFirst ? Policy::Refresh : m_policy;
}

CachedWeekSource::~CachedWeekSource() = default;

void CachedWeekSource::load(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    const Policy policy = currentPolicy();
    m_jobs.start();
    m_repo = repo;
    m_week = week;
    m_zone = zone;
    m_current = {};
    m_previous.clear();
    m_innerWeekPatches = false;
    if (policy != Policy::Refresh && m_cache) {
        // A week asked for without its patches (an earlier week, read for its figures) is read without their
        // text, as the source would give it.
        const auto patchText = patchesWithWeek() ? WeekCache::PatchText::Read : WeekCache::PatchText::Skip;
        if (std::optional<WeekData> cached = m_cache->week(repo, week, zone, patchText)) {
            if (m_innerWeek) {
                m_innerWeek = false;
                m_inner->cancel();
            }
            m_current = *cached;
            m_jobs.later([this, data = std::move(*cached)]() { Q_EMIT finished(data); });
            return;
        }
    }
    if (policy == Policy::Refresh && m_cache && patchesWithWeek() && repo.kind == RepoRef::Kind::GitHub) {
        // Patches kept with their validators are asked again with If-None-Match rather than read again (a
        // clone's are read from git, without validators).
        for (const PullRequest &pr : m_cache->revalidatablePulls(repo, week, zone))
            m_previous.insert(pr.number, pr);
    }
    if (policy == Policy::Offline) {
        if (m_innerWeek) {
            m_innerWeek = false;
            m_inner->cancel();
        }
        const LoadError error {LoadError::Kind::NotFound,
            tr("Week %1 of %2 is not in the cache; connect and refresh.").arg(week.toString(), repo.displayName())};
        m_jobs.later([this, error]() { Q_EMIT failed(error); });
        return;
    }
    m_innerWeek = true;
    m_inner->setPatchesWithWeek(patchesWithWeek());
    m_inner->load(repo, week, zone);
}

void CachedWeekSource::loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls)
{
    const Policy policy = currentPolicy();
    m_patchLedger.clear();
    QList<PullRequest> wanted;
    QList<PullPatches> fromCache;
    for (const PullRequest &pr : pulls) {
        if (pr.patchesLoaded)
            continue;
        if (const auto previous = m_previous.constFind(pr.number);
            previous != m_previous.cend() && previous->mergeCommitSha == pr.mergeCommitSha) {
            PullRequest revalidate = pr;
            revalidate.files = previous->files;
            revalidate.patchValidators = previous->patchValidators;
            revalidate.patchesLoaded = true;
            wanted.append(revalidate);
            continue;
        }
        if (policy != Policy::Refresh && m_cache) {
            if (std::optional<QList<FileChange>> files = m_cache->patches(repo, pr.number, pr.mergeCommitSha)) {
                fromCache.append({pr.number, *files, {}});
                continue;
            }
        }
        if (policy == Policy::Offline)
            m_patchLedger.append(patchesNotRead(pr.number, u"not in the cache"_s));
        else
            wanted.append(pr);
    }
    m_innerWeekPatches = !wanted.isEmpty();
    // The cached ones first, then the inner source's, so weekPatchesFinished() comes last.
    m_jobs.later([this, repo, fromCache, wanted]() {
        for (const PullPatches &p : fromCache) {
            m_current.applyPatches(p);
            Q_EMIT weekPatchesLoaded(p);
        }
        if (!wanted.isEmpty()) {
            m_inner->loadWeekPatches(repo, wanted);
            return;
        }
        if (!fromCache.isEmpty())
            storeCurrent();
        Q_EMIT weekPatchesFinished(m_patchLedger);
    });
}

void CachedWeekSource::onInnerWeekPatches(const PullPatches &patches)
{
    if (!m_innerWeekPatches)
        return;
    m_current.applyPatches(patches);
    Q_EMIT weekPatchesLoaded(patches);
}

void CachedWeekSource::onInnerWeekPatchesFinished(const QList<LedgerEntry> &ledger)
{
    if (!m_innerWeekPatches)
        return;
    m_innerWeekPatches = false;
    // What GitHub cannot list (its file cap) stays true of the week; what was merely not read is asked again later.
    for (const LedgerEntry &e : ledger)
        if (e.kind == LedgerEntry::Kind::Truncated && !m_current.ledger.contains(e))
            m_current.ledger.append(e);
    storeCurrent();
    Q_EMIT weekPatchesFinished(m_patchLedger + ledger);
}

void CachedWeekSource::storeCurrent()
{
    if (m_current.week.isValid())
        store(m_current);
}

void CachedWeekSource::store(const WeekData &data)
{
    if (!m_cache)
        return;
    if (m_storeInBackground)
        m_cache->storeWeekInBackground(data);
    else if (!m_cache->storeWeek(data))
        Q_EMIT progress(0, 0, m_cache->lastError());
}

void CachedWeekSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    const Policy policy = currentPolicy();
    if (m_cache) {
        if (std::optional<QList<FileChange>> files = m_cache->patches(repo, pr.number, pr.mergeCommitSha)) {
            const int number = pr.number;
            m_jobs.later([this, number, files = std::move(*files)]() { Q_EMIT patchesLoaded(number, files); });
            return;
        }
    }
    if (policy == Policy::Offline) {
        const LoadError error {LoadError::Kind::NotFound,
            tr("The changes of PR #%1 of %2 are not in the cache; connect and open it again.")
                .arg(pr.number)
                .arg(repo.displayName())};
        m_jobs.later([this, error]() { Q_EMIT failed(error); });
        return;
    }
    m_patchRequests.insert(pr.number, PatchRequest {repo, pr.mergeCommitSha});
    m_inner->loadPatches(repo, pr);
}

void CachedWeekSource::cancel()
{
    m_jobs.cancel();
    const bool innerBusy = m_innerWeek || !m_patchRequests.isEmpty() || m_innerWeekPatches;
    if (m_innerWeekPatches)
        storeCurrent(); // the patches read before the cancel are kept
    m_innerWeekPatches = false;
    m_innerWeek = false;
    m_patchRequests.clear();
    if (innerBusy)
        m_inner->cancel();
    m_jobs.later([this]() { Q_EMIT failed(LoadError::cancelled()); });
}

void CachedWeekSource::onInnerFinished(const WeekData &data)
{
    if (!m_innerWeek)
        return;
    m_innerWeek = false;
    WeekData stored = data;
    stored.fromCache = false;
    if (!stored.repo.isValid())
        stored.repo = m_repo;
    if (!stored.week.isValid()) {
        stored.week = m_week;
        stored.zone = m_zone;
    }
    if (!stored.fetchedAt.isValid())
        stored.fetchedAt = QDateTime::currentDateTimeUtc();
    store(stored);
    m_current = stored;
    Q_EMIT finished(stored);
}

void CachedWeekSource::onInnerPatches(int number, const QList<FileChange> &files)
{
    const auto it = m_patchRequests.constFind(number);
    if (it == m_patchRequests.cend())
        return;
    const PatchRequest request = *it;
    m_patchRequests.erase(it);
    if (m_cache && !m_cache->storePatches(request.repo, number, request.mergeSha, files))
        Q_EMIT progress(0, 0, m_cache->lastError());
    Q_EMIT patchesLoaded(number, files);
}

void CachedWeekSource::onInnerFailed(const LoadError &error)
{
    // The signal does not say which request failed: it concerns whatever we still wait for.
    if (!m_innerWeek && m_patchRequests.isEmpty() && !m_innerWeekPatches)
        return;
    if (m_innerWeekPatches)
        storeCurrent();
    m_innerWeek = false;
    m_innerWeekPatches = false;
    m_patchRequests.clear();
    Q_EMIT failed(error);
}

void CachedWeekSource::onInnerProgress(int done, int total, const QString &text)
{
    if (m_innerWeek || !m_patchRequests.isEmpty() || m_innerWeekPatches)
        Q_EMIT progress(done, total, text);
}

} // namespace PrLens
