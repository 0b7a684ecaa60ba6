// SPDX-License-Identifier: MIT
#pragma once

#include "datasetweeksource.h"
#include "weekloader.h"

#include <QPointer>

namespace PrLens {

/// What the window tests share: the FastDeploy week they open (m_pulls, read by the test) and a source factory
/// that serves it through a DatasetWeekSource the test can reach (m_source).
struct WindowTestFixture {
    QList<PullRequest> m_pulls;
    QPointer<DatasetWeekSource> m_source;
    const RepoRef m_repo = RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy");
    const IsoWeek m_week {2026, 14};
    const UtcOffset m_zone {8 * 3600};

    WeekLoader::SourceFactory factory()
    {
        return [this](const RepoRef &, QObject *parent, LoadError *) -> WeekSource * {
            m_source = new DatasetWeekSource(m_pulls, parent);
            return m_source;
        };
    }
};

} // namespace PrLens
