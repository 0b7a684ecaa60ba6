// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace PrLens {

/// A line of a unified diff with its number on its side.
struct PatchLine {
    int line = 0; ///< new-file line for added lines, old-file line for removed ones
    QStringView text; ///< without the '+'/'-' prefix
};

/// Reads the added and removed lines of a patch (text starting at the first "@@").
struct PatchLines {
    QList<PatchLine> added;
    QList<PatchLine> removed;
    static PatchLines parse(QStringView patch);
};

/// A comment line in most languages ('#', '//', '/*', '*', '--').
bool isCommentLine(QStringView text);

} // namespace PrLens
