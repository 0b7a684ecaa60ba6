// SPDX-License-Identifier: MIT
#pragma once

#include "unifieddiff.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace PrLens {

/// One displayed line of a unified diff, with its prefix stripped and its old/new line numbers.
struct DiffLine {
    using Kind = UnifiedDiffLine::Kind;
    Kind kind = Kind::Context;
    int oldLine = 0; ///< 0 when the line has no old-side number
    int newLine = 0; ///< 0 when the line has no new-side number
    int hunk = -1; ///< index of the hunk the line belongs to; -1 before the first hunk
    QString text; ///< without the +/-/space prefix; hunk headers and notices keep their whole text

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

/// Splits unified diff text (GitHub's per-file "patch", starting at the first "@@") into lines.
class DiffParser {
public:
    /// The lines UnifiedDiffReader reads, each with its own copy of the text.
    static QList<DiffLine> parse(QStringView patch);
};

} // namespace PrLens
