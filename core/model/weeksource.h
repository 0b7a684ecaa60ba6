// SPDX-License-Identifier: MIT
#pragma once

#include "weekdata.h"

#include <QObject>

namespace PrLens {

/// Why a load failed, so callers can pick a message, a retry action or an exit code.
struct LoadError {
    enum class Kind {
        None,
        Network,
        Timeout,
        NotFound,
        Unauthorized,
        RateLimited,
        BadResponse,
        BadInput,
        NotARepository,
        ToolMissing,
        Cancelled,
        Io
    };
    Kind kind = Kind::None;
    QString message; ///< one line for a person: what happened and what to do, already translated
    bool isError() const { return kind != Kind::None; }
    /// The error every source reports when a load is cancelled.
    static LoadError cancelled();
};

/// An asynchronous reader of one repository's merged pull requests for an ISO week.
/// Each load() replaces any load under way; results come back as signals on the object's thread.
///
/// Reading a week is two phases. load() reads the pull requests (finished()); a source that gets the patches in the
/// same pass at no extra cost (git) includes them when setPatchesWithWeek(true), marking those PRs patchesLoaded.
/// loadWeekPatches() then reads the patches of the PRs still without them: weekPatchesLoaded() per PR as they
/// arrive, progress() with "patches N of M", and weekPatchesFinished() once at the end with ledger lines for what
/// could not be read. The week can be shown after finished(); the patch rules fill in as patches arrive.
class WeekSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~WeekSource() override = default;

    /// Starts reading the week. Emits progress() any number of times, then finished() or failed().
    virtual void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) = 0;
    /// Starts reading the patches of one PR of the last loaded week; emits patchesLoaded() or failed().
    virtual void loadPatches(const RepoRef &repo, const PullRequest &pr) = 0;
    /// Starts reading the patches of @p pulls, PRs of the week loaded last. PRs already patchesLoaded are skipped;
    /// a PR carrying patchValidators (and its files) is revalidated rather than read again where the source can.
    /// Emits weekPatchesLoaded() per PR, then weekPatchesFinished() once, also when nothing is left to read.
    /// A new load() or cancel() ends it (cancel() with failed(Cancelled)). Every source says what it does here (a
    /// wrapper forwards it): a silent default once left a whole window without diff rules.
    virtual void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) = 0;
    /// Stops whatever is under way; emits failed() with LoadError::Kind::Cancelled.
    virtual void cancel() = 0;

    /// Whether load() includes patches it can read in the same pass as the file list (git). Off by default, so a
    /// week read only for its figures (trends) costs no more than before.
    void setPatchesWithWeek(bool on) { m_patchesWithWeek = on; }
    bool patchesWithWeek() const { return m_patchesWithWeek; }
    /// Whether load() reads the week again from its origin even when a copy is kept, as the user's Refresh asks.
    /// Off by default; a source that keeps no copies ignores it.
    void setRefreshing(bool on) { m_refreshing = on; }
    bool refreshing() const { return m_refreshing; }

    /// The ledger line for a PR whose patches were not read, with @p why in English (e.g. "cancelled").
    static LedgerEntry patchesNotRead(int number, const QString &why);

Q_SIGNALS:
    /// done/total may be 0/0 when unknown; text says what is happening (e.g. a rate-limit wait).
    void progress(int done, int total, const QString &text);
    void finished(const PrLens::WeekData &data);
    void patchesLoaded(int number, const QList<PrLens::FileChange> &files);
    void failed(const PrLens::LoadError &error);
    /// The patches of one PR of the week (phase two, see loadWeekPatches()).
    void weekPatchesLoaded(const PrLens::PullPatches &patches);
    /// The week's patch phase is over; @p ledger says, per PR and file, what could not be read.
    void weekPatchesFinished(const QList<PrLens::LedgerEntry> &ledger);
    /// A translated remark for the user that is no failure, e.g. that no keychain is available and only public data
    /// can be read. A wrapping source passes it on.
    void notice(const QString &message);

protected:
    /// For a source that reads no patches of its own: ends the patch phase (queued) with a ledger line "patches not
    /// read: this source reads no patches" for each of @p pulls without patches.
    void finishWeekPatchesUnread(const QList<PullRequest> &pulls);

private:
    bool m_patchesWithWeek = false;
    bool m_refreshing = false;
};

} // namespace PrLens
