// SPDX-License-Identifier: MIT
#pragma once

#include <QStringView>

namespace PrLens {

/// One line of a unified diff as read, numbered on its side(s).
struct UnifiedDiffLine {
    enum class Kind : quint8 {
        Context, ///< unchanged line, present on both sides
        Added, ///< '+' line, new side only
        Removed, ///< '-' line, old side only
        HunkHeader, ///< "@@ -a,b +c,d @@ section"
        NoNewline, ///< "\ No newline at end of file"
        Notice, ///< text before the first hunk (a git header), or a message of a view itself
    };
    Kind kind = Kind::Context;
    int oldLine = 0; ///< 0 when the line has no old-side number
    int newLine = 0; ///< 0 when the line has no new-side number
    int hunk = -1; ///< index of the hunk the line belongs to; -1 before the first hunk
    /// Into the patch: without the +/-/space prefix; hunk headers and notices whole; "\ No newline …" trimmed.
    QStringView text;
};

/// Reads unified diff text (GitHub's per-file "patch", starting at the first "@@") line by line. A final newline
/// makes no empty last line; "\r" at a line's end is dropped. The lines are views into the patch.
class UnifiedDiffReader {
public:
    explicit UnifiedDiffReader(QStringView patch);
    /// The next line; false at the end.
    bool next(UnifiedDiffLine *line);

    /// Reads "@@ -a[,b] +c[,d] @@": returns false when the text is not a hunk header.
    static bool parseHunkHeader(QStringView text, int *oldStart, int *newStart);

private:
    QStringView m_rest;
    bool m_done = false;
    int m_oldLine = 0;
    int m_newLine = 0;
    int m_hunk = -1;
};

} // namespace PrLens
