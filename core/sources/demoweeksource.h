// SPDX-License-Identifier: MIT
#pragma once

#include "jobtracker.h"
#include "weeksource.h"

#include <optional>

namespace PrLens {

/// Serves the week bundled with the program: the merged pull requests of vllm-project/vllm (Apache-2.0) in ISO
/// week 2026-W13 at UTC+08:00, with their files and (capped) patches, read offline from the program's
/// resources. It lets PR Lens show what it does before any repository is opened (`prlens --demo`,
/// `prlens report --demo`, and the window's start when there is nothing else to show).
class DemoWeekSource : public WeekSource {
    Q_OBJECT
public:
    using WeekSource::WeekSource;

    /// The repository, week and zone of the bundled week.
    static RepoRef repo();
    static IsoWeek week();
    static UtcOffset zone();
    /// The resource holding the week: WeekData JSON (the cache's shape) compressed with qCompress.
    static QString resourcePath();
    /// The bundled week, read once; nullopt (with *error set) when the resource is missing or damaged.
    static std::optional<WeekData> bundledWeek(QString *error = nullptr);

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    /// The bundled week comes with its patches: nothing is left to read.
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    void cancel() override;

private:
    JobTracker m_jobs {this}; ///< answers emitted later are dropped by a newer load or a cancel
};

} // namespace PrLens
