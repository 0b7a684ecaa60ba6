// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace PrLens {

/// One displayed line of a unified diff, with its prefix stripped and its old/new line numbers.
struct DiffLine
{
    enum class Kind : quint8 {
        Context,    ///< unchanged line, present on both sides
        Added,      ///< '+' line, new side only
        Removed,    ///< '-' line, old side only
        HunkHeader, ///< "@@ -a,b +c,d @@ section"
        NoNewline,  ///< "\ No newline at end of file"
        Notice,     ///< a message of the view itself (binary file, no patch, truncated)
    };
    Kind kind = Kind::Context;
    int oldLine = 0; ///< 0 when the line has no old-side number
    int newLine = 0; ///< 0 when the line has no new-side number
    int hunk = -1;   ///< index of the hunk the line belongs to; -1 before the first hunk
    QString text;    ///< without the +/-/space prefix; hunk headers and notices keep their whole text

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

/// Splits unified diff text (GitHub's per-file "patch", starting at the first "@@") into lines.
class DiffParser
{
public:
    static QList<DiffLine> parse(QStringView patch);
    /// Reads "@@ -a[,b] +c[,d] @@": returns false when the text is not a hunk header.
    static bool parseHunkHeader(QStringView text, int *oldStart, int *newStart);
};

} // namespace PrLens
