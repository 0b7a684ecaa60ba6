// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QByteArray>
#include <QByteArrayList>
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
    QList<FileChange> files; ///< status, paths, +/−, binary; patch text when read with patches
    bool patchesRead = false; ///< the output held patches (commitArguments(true)), so every file has its own
};

/// One line of `git rev-list --parents`: a commit and its parents, as git prints them.
struct ListedCommit {
    QByteArray sha;
    QByteArrayList parents;
};

/// Builds the command lines that read a week (a cheap listing, then the commits in parallel parts) and parses
/// their output.
namespace GitLogParser {

/// Arguments (after `git`) listing the first-parent commits from @p tip with their parents, newest first.
/// @p since / @p until are inclusive bounds in seconds since the epoch given to git to limit the walk.
QStringList listArguments(const QString &tip, qint64 since, qint64 until);

/// Parses the output of a command built by listArguments().
QList<ListedCommit> parseList(const QByteArray &output);

/// Arguments (after `git`) reading the commits named on standard input (one sha a line, in that order) with
/// metadata and the files changed against the first parent: --raw and --numstat, -z; with @p patches --raw and each
/// commit's patch (-p) instead of --numstat, the +/- counts then being counted in the hunks (one diff per file).
/// With @p outputFile git writes there (--output) instead of to its standard output.
QStringList commitArguments(bool patches = false, const QString &outputFile = {});

/// Parses the output of a command built by commitArguments(). Commits come in the order they were asked for.
/// Patches are cut per file at GitPatchSplitter's limits.
QList<GitCommit> parse(const QByteArray &output);

/// Maps a --raw status letter (A, M, D, R, C, T, …) to a FileChange status.
FileChange::Status statusFromLetter(char letter);

} // namespace GitLogParser
} // namespace PrLens
