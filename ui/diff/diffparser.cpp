// SPDX-License-Identifier: MIT
#include "diffparser.h"

namespace PrLens {

QList<DiffLine> DiffParser::parse(QStringView patch)
{
    QList<DiffLine> lines;
    lines.reserve(patch.count(u'\n') + 1);
    UnifiedDiffReader reader(patch);
    UnifiedDiffLine l;
    while (reader.next(&l))
        lines.append({l.kind, l.oldLine, l.newLine, l.hunk, l.text.toString()});
    return lines;
}

} // namespace PrLens
