// SPDX-License-Identifier: MIT
#include "cachedweeksource.h"

#include "weekcache.h"

#include <QTimer>

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
}

CachedWeekSource::~CachedWeekSource() = default;

template<typename F> void CachedWeekSource::emitLater(F &&f)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, f = std::forward<F>(f)]() {
        if (generation == m_generation)
            f();
    });
}

void CachedWeekSource::load(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    ++m_generation;
    m_repo = repo;
    m_week = week;
    m_zone = zone;
    if (m_policy != Policy::Refresh && m_cache) {
        if (std::optional<WeekData> cached = m_cache->week(repo, week, zone)) {
            if (m_innerWeek) {
                m_innerWeek = false;
                m_inner->cancel();
            }
            emitLater([this, data = std::move(*cached)]() { Q_EMIT finished(data); });
            return;
        }
    }
    if (m_policy == Policy::Offline) {
        if (m_innerWeek) {
            m_innerWeek = false;
            m_inner->cancel();
        }
        const LoadError error{LoadError::Kind::NotFound,
                              tr("Week %1 of %2 is not in the cache; connect and refresh.")
                                  .arg(week.toString(), repo.displayName())};
        emitLater([this, error]() { Q_EMIT failed(error); });
        return;
    }
    m_innerWeek = true;
    m_inner->load(repo, week, zone);
}

void CachedWeekSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    if (m_cache) {
        if (std::optional<QList<FileChange>> files = m_cache->patches(repo, pr.number, pr.mergeCommitSha)) {
            const int number = pr.number;
            emitLater([this, number, files = std::move(*files)]() { Q_EMIT patchesLoaded(number, files); });
            return;
        }
    }
    if (m_policy == Policy::Offline) {
        const LoadError error{LoadError::Kind::NotFound,
                              tr("The changes of PR #%1 of %2 are not in the cache; connect and open it again.")
                                  .arg(pr.number)
                                  .arg(repo.displayName())};
        emitLater([this, error]() { Q_EMIT failed(error); });
        return;
    }
    m_patchRequests.insert(pr.number, PatchRequest{repo, pr.mergeCommitSha});
    m_inner->loadPatches(repo, pr);
}

void CachedWeekSource::cancel()
{
    ++m_generation;
    const bool innerBusy = m_innerWeek || !m_patchRequests.isEmpty();
    m_innerWeek = false;
    m_patchRequests.clear();
    if (innerBusy)
        m_inner->cancel();
    const LoadError error{LoadError::Kind::Cancelled, tr("Loading was cancelled.")};
    emitLater([this, error]() { Q_EMIT failed(error); });
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
    if (m_cache && !m_cache->storeWeek(stored))
        Q_EMIT progress(0, 0, m_cache->lastError());
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
    if (!m_innerWeek && m_patchRequests.isEmpty())
        return;
    m_innerWeek = false;
    m_patchRequests.clear();
    Q_EMIT failed(error);
}

void CachedWeekSource::onInnerProgress(int done, int total, const QString &text)
{
    if (m_innerWeek || !m_patchRequests.isEmpty())
        Q_EMIT progress(done, total, text);
}

} // namespace PrLens
