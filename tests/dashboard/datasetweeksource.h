// SPDX-License-Identifier: MIT
#pragma once

#include "datasetreader.h"
#include "weeksource.h"

#include <QTimer>

namespace PrLens {

/// A WeekSource for tests: serves the weeks of one dataset file asynchronously, or fails on request.
class DatasetWeekSource : public WeekSource {
    Q_OBJECT
public:
    explicit DatasetWeekSource(QList<PullRequest> pulls, QObject *parent = nullptr)
        : WeekSource(parent)
        , m_pulls(std::move(pulls))
    {
    }

    /// When set, every load fails with this error.
    LoadError failWith;
    int loads = 0;

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override
    {
        ++loads;
        const int generation = ++m_generation;
        QTimer::singleShot(0, this, [this, repo, week, zone, generation] {
            if (generation != m_generation)
                return;
            if (failWith.isError()) {
                Q_EMIT failed(failWith);
                return;
            }
            WeekData data;
            data.repo = repo;
            data.week = week;
            data.zone = zone;
            data.fetchedAt = QDateTime::currentDateTimeUtc().addSecs(-7200);
            data.fromCache = true;
            const WeekRange range = WeekRange::of(week, zone);
            for (const PullRequest &pr : std::as_const(m_pulls))
                if (range.contains(pr.mergedAt))
                    data.pulls.append(pr);
            Q_EMIT progress(1, 1, QString());
            Q_EMIT finished(data);
        });
    }
    void loadPatches(const RepoRef &, const PullRequest &pr) override
    {
        QTimer::singleShot(0, this, [this, pr] { Q_EMIT patchesLoaded(pr.number, pr.files); });
    }
    void loadWeekPatches(const RepoRef &, const QList<PullRequest> &pulls) override { finishWeekPatchesUnread(pulls); }
    void cancel() override
    {
        ++m_generation;
        Q_EMIT failed({LoadError::Kind::Cancelled, QStringLiteral("cancelled")});
    }

private:
    QList<PullRequest> m_pulls;
    int m_generation = 0;
};

} // namespace PrLens
