// SPDX-License-Identifier: MIT
#include "patchlines.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

PatchLines PatchLines::parse(QStringView patch)
{
    static const QRegularExpression hunk(uR"(^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@)"_s);
    PatchLines out;
    int oldLine = 0;
    int newLine = 0;
    for (QStringView line : patch.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u"@@")) {
            const QRegularExpressionMatch m = hunk.matchView(line);
            if (m.hasMatch()) {
                oldLine = m.capturedView(1).toInt();
                newLine = m.capturedView(2).toInt();
            }
            continue;
        }
        if (line.startsWith(u'\\')) // "\ No newline at end of file"
            continue;
        if (line.startsWith(u'+')) {
            out.added.append({newLine++, line.mid(1)});
        } else if (line.startsWith(u'-')) {
            out.removed.append({oldLine++, line.mid(1)});
        } else {
            ++oldLine;
            ++newLine;
        }
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
