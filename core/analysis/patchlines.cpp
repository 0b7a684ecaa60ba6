// SPDX-License-Identifier: MIT
#include "patchlines.h"

#include "unifieddiff.h"

namespace PrLens {

PatchLines PatchLines::parse(QStringView patch)
{
    PatchLines out;
    UnifiedDiffReader reader(patch);
    UnifiedDiffLine line;
    while (reader.next(&line)) {
        if (line.kind == UnifiedDiffLine::Kind::Added)
            out.added.append({line.newLine, line.text});
        else if (line.kind == UnifiedDiffLine::Kind::Removed)
            out.removed.append({line.oldLine, line.text});
    }
    return out;
}

bool isCommentLine(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.startsWith(u'#') || t.startsWith(u"//") || t.startsWith(u"/*") || t.startsWith(u'*')
        || t.startsWith(u"--");
}

} // namespace PrLens
