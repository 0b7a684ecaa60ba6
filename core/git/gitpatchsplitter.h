// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace PrLens {

/// The part of a unified diff that concerns one file.
struct GitFilePatch {
    QString oldPath; ///< empty for added files
    QString newPath; ///< empty for removed files
    QString patch; ///< from the first "@@", no trailing newline; empty when there is no hunk
    bool binary = false;
    bool truncated = false; ///< cut at the per-file limits
    int totalLines = 0; ///< lines of the patch before any cut
    int additions = 0; ///< "+" lines of every hunk, also past a cut
    int deletions = 0; ///< "-" lines of every hunk, also past a cut
};

/// Splits `git diff` output per file and fills FileChange patches, within GitHub's per-file limits.
namespace GitPatchSplitter {

/// GitHub shows at most 20,000 lines or 500 KB of one file's diff.
inline constexpr int kMaxPatchLines = 20000;
inline constexpr qsizetype kMaxPatchBytes = 500 * 1024;

/// Arguments (after `git`) for the patch of @p commit against @p firstParent (empty: a root commit).
QStringList diffArguments(const QString &firstParent, const QString &commit);

/// Arguments (after `git`) for the patch of @p commit when its first parent is not known yet (`git show`
/// against the first parent; a root commit against the empty tree).
QStringList showArguments(const QString &commit);

QList<GitFilePatch> split(const QByteArray &diff, int maxLines = kMaxPatchLines, qsizetype maxBytes = kMaxPatchBytes);

/// Returns @p files with patch, hasPatch, patchTruncated and binary set from @p patches (matched by path).
/// Files of @p patches missing from @p files are appended. With @p takeCounts, additions and deletions are set from
/// the patches too (output read without --numstat).
QList<FileChange> apply(QList<FileChange> files, const QList<GitFilePatch> &patches, bool takeCounts = false);

/// Decodes a path as git prints it: plain, or C-quoted ("a\tb", octal escapes for bytes).
QString unquotePath(QByteArrayView text);

} // namespace GitPatchSplitter
} // namespace PrLens
