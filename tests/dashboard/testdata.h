// SPDX-License-Identifier: MIT
#pragma once

#include "../analysis/analysistesthelpers.h"
#include "datasetreader.h"

#include <QFile>

namespace PrLens::TestData {

inline QString fastDeployPulls()
{
    return Test::datasetDir(QStringLiteral("PaddlePaddle__FastDeploy"), QStringLiteral("2026-03-30_2026-04-05"))
        + QStringLiteral("/pulls.json");
}

/// Reads a dataset; false when it is absent or unreadable.
inline bool read(const QString &path, QList<PullRequest> *out)
{
    QString error;
    return QFile::exists(path) && DatasetReader::read(path, out, &error);
}

} // namespace PrLens::TestData
