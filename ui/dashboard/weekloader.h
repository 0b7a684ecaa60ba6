// SPDX-License-Identifier: MIT
#pragma once

#include "jobtracker.h"
#include "weeksource.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace PrLens {

/// Loads a week, then its patches (WeekSource::loadWeekPatches), then the weeks before it (for deltas and trends)
/// through one WeekSource, cancellably. weekLoaded() comes as soon as the week's pull requests are in.
class WeekLoader : public QObject {
    Q_OBJECT
public:
    /// Makes the source for a repository (owned by the loader); may return nullptr with *error set.
    using SourceFactory = std::function<WeekSource *(const RepoRef &repo, QObject *parent, LoadError *error)>;

    explicit WeekLoader(SourceFactory factory, QObject *parent = nullptr);

    /// Weeks shown by trends, the current one included (default 6).
    void setTrendWeeks(int n) { m_trendWeeks = std::max(1, n); }
    int trendWeeks() const { return m_trendWeeks; }
    /// Whether the current week's patches are read after it (default on); earlier weeks never need them.
    void setWeekPatches(bool on) { m_weekPatches = on; }
    bool weekPatches() const { return m_weekPatches; }

    /// Starts loading; replaces any load under way. refresh = read the current week from the source even
    /// when it is cached (earlier weeks still come from the cache when there).
    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone, bool refresh = false);
    void cancel();
    bool isLoading() const { return m_phase != Phase::Idle; }
    /// The week is on show and its pull requests' patches are being read.
    bool isReadingPatches() const { return m_phase == Phase::Patches; }
    /// The source of the current repository (for patches), or nullptr.
    WeekSource *source() const { return m_source; }

Q_SIGNALS:
    void started();
    void progress(int done, int total, const QString &text);
    void weekLoaded(const PrLens::WeekData &data);
    /// The patches of one PR of the current week arrived.
    void weekPatchesLoaded(const PrLens::PullPatches &patches);
    /// The current week's patch phase is over (also when cancelled); @p ledger says what could not be read.
    void weekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    /// Earlier weeks, newest first; emitted once after the current week (possibly empty).
    void historyLoaded(const QList<PrLens::WeekData> &history);
    void failed(const PrLens::LoadError &error);
    /// The source's remark for the user (WeekSource::notice()).
    void notice(const QString &message);
    /// Nothing is under way any more (after success, failure or cancel).
    void idle();

private:
    enum class Phase { Idle, Current, Patches, History };
    void onFinished(const WeekData &data);
    void onWeekPatches(const PullPatches &patches);
    void onWeekPatchesFinished(const QList<LedgerEntry> &ledger);
    /// Ends the patch phase: ledger lines for the PRs still without patches (@p why), then the history.
    void endPatches(QList<LedgerEntry> ledger, const QString &why, bool continueWithHistory);
    void onFailed(const LoadError &error);
    void loadNextHistoryWeek();
    void finishHistory();

    SourceFactory m_factory;
    QPointer<WeekSource> m_source;
    QString m_sourceKey;
    RepoRef m_repo;
    IsoWeek m_week;
    IsoWeek m_expected; ///< the week asked of the source last: a week it still delivers from a replaced load is dropped
    JobTracker m_steps {this}; ///< the steps queued for the load under way; a new load or a cancel drops them
    UtcOffset m_zone;
    Phase m_phase = Phase::Idle;
    int m_trendWeeks = 6;
    bool m_weekPatches = true;
    QSet<int> m_withoutPatches; ///< PRs of the current week whose patches have not come yet
    QList<WeekData> m_history;
};

} // namespace PrLens
