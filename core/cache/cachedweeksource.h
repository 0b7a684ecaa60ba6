// SPDX-License-Identifier: MIT
#pragma once

#include "jobtracker.h"
#include "weekcache.h"
#include "weeksource.h"

#include <QHash>
#include <QPointer>

namespace PrLens {

/// A WeekSource that answers from a WeekCache and goes to an inner source only when the policy says so.
/// Weeks and patches read from the inner source are stored in the cache. The week's patches are stored with the
/// week (also those read before a cancel), so an offline week has them; on Refresh, patches kept with their ETags
/// are revalidated by the inner source instead of read again.
class CachedWeekSource : public WeekSource {
    Q_OBJECT
public:
    enum class Policy {
        CacheFirst, ///< a cached week is emitted at once without a request; a miss goes to the inner source
        Refresh, ///< always asks the inner source; on failure the cached week stays as it was
        Offline, ///< cache only; a miss is a NotFound error
    };

    /// Takes ownership of inner (re-parented to this); cache must outlive this object (may be null: no cache).
    CachedWeekSource(WeekSource *inner, WeekCache *cache, QObject *parent = nullptr);
    ~CachedWeekSource() override;

    /// The policy of every load; refreshing() makes a CacheFirst load a Refresh one.
    void setPolicy(Policy policy) { m_policy = policy; }
    Policy policy() const { return m_policy; }
    /// Whether the weeks read are written to the cache on a thread of its own (WeekCache::storeWeekInBackground())
    /// instead of before they are emitted; the owner then calls WeekCache::finishWrites() before it ends, and
    /// reports what that says. Off by default.
    void setStoreInBackground(bool on) { m_storeInBackground = on; }
    WeekSource *inner() const { return m_inner; }
    WeekCache *cache() const { return m_cache; }
    /// The cache to read and write from the next request on (none: nullptr). A caller that reads the source
    /// whatever the cache holds (Policy::Refresh) can start loading first and attach the cache once it is open.
    void setCache(WeekCache *cache) { m_cache = cache; }

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    void cancel() override;

private:
    struct PatchRequest {
        RepoRef repo;
        QString mergeSha;
    };
    void onInnerFinished(const PrLens::WeekData &data);
    void onInnerPatches(int number, const QList<PrLens::FileChange> &files);
    void onInnerFailed(const PrLens::LoadError &error);
    void onInnerProgress(int done, int total, const QString &text);
    void onInnerWeekPatches(const PrLens::PullPatches &patches);
    void onInnerWeekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    /// The policy the next request follows: policy(), or Refresh for a CacheFirst one while refreshing().
    Policy currentPolicy() const;
    /// Stores the current week with the patches read so far.
    void storeCurrent();
    /// Stores @p data as setStoreInBackground() says; a failure to store it at once is reported as progress.
    void store(const WeekData &data);

    WeekSource *m_inner = nullptr;
    QPointer<WeekCache> m_cache;
    Policy m_policy = Policy::CacheFirst;
    bool m_storeInBackground = false;
    JobTracker m_jobs {this}; ///< answers emitted later are dropped by a newer load or a cancel
    bool m_innerWeek = false; ///< the inner source is loading a week for us
    RepoRef m_repo;
    IsoWeek m_week;
    UtcOffset m_zone;
    QHash<int, PatchRequest> m_patchRequests; ///< PR number → pending inner patch load
    WeekData m_current; ///< the week emitted last, with the patches that came since
    QHash<int, PullRequest> m_previous; ///< on Refresh: the cached week's PRs with revalidatable patches
    bool m_innerWeekPatches = false; ///< the inner source is reading the week's patches for us
    QList<LedgerEntry> m_patchLedger; ///< what this layer could not give (offline misses)
};

} // namespace PrLens
