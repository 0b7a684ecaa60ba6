// SPDX-License-Identifier: MIT
// Small builders for analysis tests.
#pragma once

#include "../common/filechanges.h"
#include "datasetreader.h"
#include "weekdata.h"

#include <QFile>
#include <QProcess>
#include <QString>
#include <QTimeZone>

namespace PrLens::Test {

inline QString datasetDir(const QString &repo, const QString &range)
{
    return QStringLiteral(PRLENS_SHARED_DIR "/datasets/") + repo + u'/' + range;
}

/// Reads a shared dataset week; returns false when the dataset is absent (the caller skips).
inline bool loadDatasetWeek(const QString &repo, const QString &range, IsoWeek week, WeekData *out)
{
    const QString path = datasetDir(repo, range) + QStringLiteral("/pulls.json");
    if (!QFile::exists(path))
        return false;
    QString error;
    QList<PullRequest> pulls;
    if (!DatasetReader::read(path, &pulls, &error))
        return false;
    const QString ownerName = repo.section(QStringLiteral("__"), 0, 0) + u'/' + repo.section(QStringLiteral("__"), 1);
    out->repo = RepoRef::parseGitHub(ownerName);
    out->week = week;
    out->zone = UtcOffset(8 * 3600);
    out->pulls = pulls;
    return true;
}

/// The year-scale vLLM dataset (gzip-compressed JSON, read through gzip); false when absent or unreadable.
inline bool readVllmYear(QList<PullRequest> *out)
{
    const QString path = datasetDir(QStringLiteral("vllm-project__vllm"), QStringLiteral("2025-06-01_2026-05-27"))
        + QStringLiteral("/pulls.json.gz");
    if (!QFile::exists(path))
        return false;
    QProcess gunzip;
    gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    if (!gunzip.waitForFinished(120000) || gunzip.exitCode() != 0)
        return false;
    QString error;
    return DatasetReader::parse(gunzip.readAllStandardOutput(), out, &error);
}

inline PullRequest pull(int number, const QString &title, const QList<FileChange> &files = {})
{
    PullRequest pr;
    pr.number = number;
    pr.title = title;
    pr.author = QStringLiteral("author%1").arg(number % 3);
    pr.files = files;
    pr.changedFiles = int(files.size());
    for (const FileChange &f : files) {
        pr.additions += f.additions;
        pr.deletions += f.deletions;
    }
    pr.mergedAt = QDateTime(QDate(2026, 3, 30), QTime(0, 0), QTimeZone::UTC).addSecs(number * 60);
    pr.reviewDataKnown = false;
    pr.patchesLoaded = true;
    return pr;
}

} // namespace PrLens::Test
