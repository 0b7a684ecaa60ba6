// SPDX-License-Identifier: MIT
#include "diffparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

bool DiffParser::parseHunkHeader(QStringView text, int *oldStart, int *newStart)
{
    static const QRegularExpression re(u"^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@"_s);
    const QRegularExpressionMatch m = re.matchView(text);
    if (!m.hasMatch())
        return false;
    *oldStart = m.capturedView(1).toInt();
    *newStart = m.capturedView(2).toInt();
    return true;
}

QList<DiffLine> DiffParser::parse(QStringView patch)
{
    QList<DiffLine> lines;
    if (patch.isEmpty())
        return lines;
    // A patch ends with or without a final newline; either way no empty trailing line is shown.
    if (patch.endsWith(u'\n'))
        patch.chop(1);
    lines.reserve(patch.count(u'\n') + 1);

    int oldLine = 0;
    int newLine = 0;
    int hunk = -1;
    for (QStringView raw : patch.tokenize(u'\n')) {
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        DiffLine line;
        line.hunk = hunk;
        int oldStart = 0;
        int newStart = 0;
        if (raw.startsWith(u"@@") && parseHunkHeader(raw, &oldStart, &newStart)) {
            line.kind = DiffLine::Kind::HunkHeader;
            line.hunk = ++hunk;
            line.text = raw.toString();
            oldLine = oldStart;
            newLine = newStart;
        } else if (hunk < 0) {
            // Text before the first hunk (e.g. a git header) is shown but belongs to no side.
            line.kind = DiffLine::Kind::Notice;
            line.text = raw.toString();
        } else if (raw.startsWith(u'+')) {
            line.kind = DiffLine::Kind::Added;
            line.newLine = newLine++;
            line.text = raw.mid(1).toString();
        } else if (raw.startsWith(u'-')) {
            line.kind = DiffLine::Kind::Removed;
            line.oldLine = oldLine++;
            line.text = raw.mid(1).toString();
        } else if (raw.startsWith(u'\\')) {
            line.kind = DiffLine::Kind::NoNewline;
            line.text = raw.mid(1).trimmed().toString();
        } else {
            // ' ' prefix, or an empty line whose single space some tools strip.
            line.kind = DiffLine::Kind::Context;
            line.oldLine = oldLine++;
            line.newLine = newLine++;
            line.text = raw.isEmpty() ? QString() : raw.mid(1).toString();
        }
        lines.append(std::move(line));
    }
    return lines;
}

} // namespace PrLens
