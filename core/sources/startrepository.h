// SPDX-License-Identifier: MIT
#pragma once

#include "weekdata.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace PrLens {

/// What the window shows when it is started with no repository and no history: the clone it is started from
/// when that clone lands pull requests, otherwise the bundled demo week, so that the first run always shows a
/// full dashboard.
namespace StartRepository {

/// How far back a clone's pull requests count.
inline constexpr int RecentWeeks = 8;

struct Choice {
    RepoRef repo; ///< a local clone or the demo (RepoRef::Kind::Demo)
    IsoWeek week;
    UtcOffset zone;
    bool isDemo() const { return repo.kind == RepoRef::Kind::Demo; }
};

/// The ISO week (in @p zone) of the newest pull request (a squash merge "… (#N)" or a merge commit "Merge pull
/// request #N …") on the first-parent line of the clone at @p path (its remote HEAD, else HEAD) within the
/// RecentWeeks weeks before @p nowUtc; nullopt when there is none, or @p path is no repository.
std::optional<IsoWeek> latestPullRequestWeek(
    const QString &path, UtcOffset zone, const QDateTime &nowUtc, const QString &gitProgram = {});

/// The first clone containing one of @p startDirs, at its latest week with a pull request, when it has one in
/// the last RecentWeeks weeks; else the demo week (in its own zone).
Choice choose(const QStringList &startDirs, UtcOffset zone, const QDateTime &nowUtc, const QString &gitProgram = {});

} // namespace StartRepository
} // namespace PrLens
