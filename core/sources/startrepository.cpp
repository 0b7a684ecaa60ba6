// SPDX-License-Identifier: MIT
#include "startrepository.h"

#include "demoweeksource.h"
#include "gitcommitclassifier.h"
#include "gitprocess.h"
#include "gitsource.h"

#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens::StartRepository {

std::optional<IsoWeek> latestPullRequestWeek(
    const QString &path, UtcOffset zone, const QDateTime &nowUtc, const QString &gitProgram)
{
    const QString program = gitProgram.isEmpty() ? GitProcess::defaultProgram() : gitProgram;
    if (program.isEmpty() || !QFileInfo(path).isDir())
        return std::nullopt;
    const qint64 since = nowUtc.toSecsSinceEpoch() - qint64(RecentWeeks) * 7 * 24 * 3600;
    for (const QString &ref : {u"refs/remotes/origin/HEAD"_s, u"HEAD"_s}) {
        // Newest first: committer time, then the message; records end with RS, fields with US.
        const GitProcess::Result r = GitProcess::run(program, path,
            {u"log"_s, u"--first-parent"_s, u"--since=@%1"_s.arg(since), u"--format=%ct%x1f%B%x1e"_s,
                u"--end-of-options"_s, ref, u"--"_s});
        if (!r.ok())
            continue;
        const QList<QByteArray> records = r.out.split('\x1e');
        for (const QByteArray &record : records) {
            const qsizetype separator = record.indexOf('\x1f');
            if (separator < 0)
                continue;
            const qint64 committed = record.left(separator).trimmed().toLongLong();
            const QString message = QString::fromUtf8(record.mid(separator + 1)).trimmed();
            if (GitCommitClassifier::identify(message).number > 0)
                return IsoWeek::containing(QDateTime::fromSecsSinceEpoch(committed, QTimeZone::UTC), zone);
        }
        return std::nullopt; // the ref exists: its commits are the answer
    }
    return std::nullopt;
}

Choice choose(const QStringList &startDirs, UtcOffset zone, const QDateTime &nowUtc, const QString &gitProgram)
{
    for (const QString &dir : startDirs) {
        const QString root = GitSource::findRepositoryRoot(dir, gitProgram);
        if (root.isEmpty())
            continue;
        if (const std::optional<IsoWeek> week = latestPullRequestWeek(root, zone, nowUtc, gitProgram))
            return {RepoRef::localGit(root), *week, zone};
        break; // the clone PR Lens is started from has no pull requests: the demo shows more
    }
    return {DemoWeekSource::repo(), DemoWeekSource::week(), DemoWeekSource::zone()};
}

} // namespace PrLens::StartRepository
