// SPDX-License-Identifier: MIT
#pragma once

#include "weekdata.h"

#include <QObject>

namespace PrLens {

/// Why a load failed, so callers can pick a message, a retry action or an exit code.
struct LoadError
{
    enum class Kind { None, Network, Timeout, NotFound, Unauthorized, RateLimited, BadResponse, BadInput,
                      NotARepository, ToolMissing, Cancelled, Io };
    Kind kind = Kind::None;
    QString message; ///< one line for a person: what happened and what to do, already translated
    bool isError() const { return kind != Kind::None; }
};

/// An asynchronous reader of one repository's merged pull requests for an ISO week.
/// Each load() replaces any load under way; results come back as signals on the object's thread.
class WeekSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~WeekSource() override = default;

    /// Starts reading the week. Emits progress() any number of times, then finished() or failed().
    virtual void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) = 0;
    /// Starts reading the patches of one PR of the last loaded week; emits patchesLoaded() or failed().
    virtual void loadPatches(const RepoRef &repo, const PullRequest &pr) = 0;
    /// Stops whatever is under way; emits failed() with LoadError::Kind::Cancelled.
    virtual void cancel() = 0;

Q_SIGNALS:
    /// done/total may be 0/0 when unknown; text says what is happening (e.g. a rate-limit wait).
    void progress(int done, int total, const QString &text);
    void finished(const PrLens::WeekData &data);
    void patchesLoaded(int number, const QList<PrLens::FileChange> &files);
    void failed(const PrLens::LoadError &error);
};

} // namespace PrLens
