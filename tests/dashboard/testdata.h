// SPDX-License-Identifier: MIT
#pragma once

#include "datasetreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace PrLens::TestData {

inline QString fastDeployPulls()
{
    return QStringLiteral(PRLENS_SHARED_DIR "/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05/pulls.json");
}
inline QString vllmWeekPulls()
{
    return QStringLiteral(PRLENS_SHARED_DIR "/datasets/vllm-project__vllm/2026-03-23_2026-03-29/pulls.json");
}
inline QString vllmYearGz()
{
    return QStringLiteral(PRLENS_SHARED_DIR "/datasets/vllm-project__vllm/2025-06-01_2026-05-27/pulls.json.gz");
}

/// Reads a dataset; false when it is absent or unreadable.
inline bool read(const QString &path, QList<PullRequest> *out)
{
    QString error;
    return QFile::exists(path) && DatasetReader::read(path, out, &error);
}

/// Gunzips the year-scale dataset into dir and reads it; false when absent.
inline bool readYear(const QTemporaryDir &dir, QList<PullRequest> *out)
{
    if (!QFile::exists(vllmYearGz()))
        return false;
    const QString target = dir.filePath(QStringLiteral("pulls.json"));
    QProcess gunzip;
    gunzip.setStandardOutputFile(target);
    gunzip.start(QStringLiteral("gunzip"), {QStringLiteral("-c"), vllmYearGz()});
    if (!gunzip.waitForFinished(60000) || gunzip.exitCode() != 0)
        return false;
    return read(target, out);
}

} // namespace PrLens::TestData
