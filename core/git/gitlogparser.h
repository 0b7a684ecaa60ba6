// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PrLens {

/// One commit as read from `git log`: metadata plus the files changed against its first parent.
struct GitCommit {
    QString sha;
    QStringList parents;
    qint64 committerTime = 0; ///< seconds since the epoch (%ct)
    QString authorName;
    QString authorEmail;
    QString message; ///< full raw message (%B)
    QList<FileChange> files; ///< status, paths, +/−, binary; no patch text
};

/// Builds the `git log` command line for one pass over a range and parses its output.
namespace GitLogParser {

/// Arguments (after `git`) for one first-parent pass from @p tip with metadata, --raw and --numstat, -z.
/// @p since / @p until are inclusive bounds in seconds since the epoch given to git to limit the walk.
QStringList logArguments(const QString &tip, qint64 since, qint64 until);

/// Parses the output of a command built by logArguments(). Commits come in git's order (newest first).
QList<GitCommit> parse(const QByteArray &output);

/// Maps a --raw status letter (A, M, D, R, C, T, …) to a FileChange status.
FileChange::Status statusFromLetter(char letter);

} // namespace GitLogParser
} // namespace PrLens
