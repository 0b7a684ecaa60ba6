// SPDX-License-Identifier: MIT
// GitSource: quick synchronous questions about a clone, asked before any load.
#include "gitprocess.h"
#include "gitsource.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens {

std::optional<IsoWeek> GitSource::latestWeekWithCommits(
    const QString &path, const QString &branch, UtcOffset zone, const QString &gitProgram)
{
    const QString program = gitProgram.isEmpty() ? GitProcess::defaultProgram() : gitProgram;
    if (program.isEmpty() || !QFileInfo(path).isDir() || branch.startsWith(u'-'))
        return std::nullopt;
    const QStringList candidates = branchCandidates(branch);
    for (const QString &candidate : candidates) {
        const GitProcess::Result r = GitProcess::run(program, path,
            {u"log"_s, u"--no-show-signature"_s, u"-1"_s, u"--format=%ct"_s, u"--end-of-options"_s, candidate,
                u"--"_s});
        bool ok = false;
        const qint64 ct = r.out.trimmed().toLongLong(&ok);
        if (r.ok() && ok)
            return IsoWeek::containing(QDateTime::fromSecsSinceEpoch(ct, QTimeZone::UTC), zone);
    }
    return std::nullopt;
}

QString GitSource::findRepositoryRoot(const QString &startDir, const QString &gitProgram)
{
    const QString program = gitProgram.isEmpty() ? GitProcess::defaultProgram() : gitProgram;
    if (program.isEmpty() || !QFileInfo(startDir).isDir())
        return {};
    GitProcess::Result r = GitProcess::run(program, startDir, {u"rev-parse"_s, u"--show-toplevel"_s});
    if (r.ok() && !r.out.trimmed().isEmpty())
        return QDir::cleanPath(QString::fromUtf8(r.out.trimmed()));
    // A bare repository (or the inside of a .git folder) has no work tree: use the git directory itself.
    r = GitProcess::run(program, startDir, {u"rev-parse"_s, u"--absolute-git-dir"_s});
    if (r.ok() && !r.out.trimmed().isEmpty())
        return QDir::cleanPath(QString::fromUtf8(r.out.trimmed()));
    return {};
}

} // namespace PrLens
