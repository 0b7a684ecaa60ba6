// SPDX-License-Identifier: MIT
// Small hand-made weeks shared by the cache tests.
#pragma once

#include "../common/filechanges.h"
#include "weekdata.h"

#include <QTimeZone>

namespace PrLens::TestWeeks {

using Test::file;

inline PullRequest pull(int number, const QString &title, const QList<FileChange> &files)
{
    PullRequest pr;
    pr.number = number;
    pr.title = title;
    pr.author = QStringLiteral("alice");
    pr.body = QStringLiteral("Body of #%1 with <b>markup</b> and 中文").arg(number);
    pr.mergedAt = QDateTime(QDate(2026, 3, 25), QTime(10, number % 60), QTimeZone::UTC);
    pr.createdAt = pr.mergedAt.addDays(-2);
    pr.mergeCommitSha = QStringLiteral("%1").arg(number, 40, 10, QLatin1Char('a'));
    pr.labels = {Label {QStringLiteral("bug"), QStringLiteral("d73a4a")}};
    pr.files = files;
    pr.changedFiles = int(files.size());
    for (const FileChange &f : files) {
        pr.additions += f.additions;
        pr.deletions += f.deletions;
    }
    return pr;
}

inline WeekData week(const RepoRef &repo, int pulls, const QString &titlePrefix = QStringLiteral("[Core] Fix"))
{
    WeekData d;
    d.repo = repo;
    d.week = IsoWeek(2026, 13);
    d.zone = UtcOffset(8 * 3600);
    d.fetchedAt = QDateTime(QDate(2026, 3, 30), QTime(9, 0), QTimeZone::UTC);
    for (int i = 1; i <= pulls; ++i)
        d.pulls.append(pull(i, QStringLiteral("%1 %2").arg(titlePrefix).arg(i),
            {file(QStringLiteral("src/a%1.cpp").arg(i), i, 1), file(QStringLiteral("README.md"), 2, 0)}));
    d.ledger.append(LedgerEntry {LedgerEntry::Kind::Truncated, 1, QStringLiteral("files"), QStringLiteral("cut")});
    return d;
}

} // namespace PrLens::TestWeeks
