// SPDX-License-Identifier: MIT
#include "unifieddiff.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

UnifiedDiffReader::UnifiedDiffReader(QStringView patch)
    : m_rest(patch)
    , m_done(patch.isEmpty())
{
    // A patch ends with or without a final newline; either way there is no empty last line.
    if (m_rest.endsWith(u'\n'))
        m_rest.chop(1);
}

bool UnifiedDiffReader::parseHunkHeader(QStringView text, int *oldStart, int *newStart)
{
    static const QRegularExpression re(u"^@@ -(\\d+)(?:,\\d+)? \\+(\\d+)(?:,\\d+)? @@"_s);
    const QRegularExpressionMatch m = re.matchView(text);
    if (!m.hasMatch())
        return false;
    *oldStart = m.capturedView(1).toInt();
    *newStart = m.capturedView(2).toInt();
    return true;
}

bool UnifiedDiffReader::next(UnifiedDiffLine *line)
{
    if (m_done)
        return false;
    QStringView raw = m_rest;
    if (const qsizetype nl = m_rest.indexOf(u'\n'); nl >= 0) {
        raw = m_rest.first(nl);
        m_rest = m_rest.sliced(nl + 1);
    } else {
        m_done = true;
    }
    if (raw.endsWith(u'\r'))
        raw.chop(1);

    *line = UnifiedDiffLine {};
    line->hunk = m_hunk;
    int oldStart = 0;
    int newStart = 0;
    if (raw.startsWith(u"@@") && parseHunkHeader(raw, &oldStart, &newStart)) {
        line->kind = UnifiedDiffLine::Kind::HunkHeader;
        line->hunk = ++m_hunk;
        line->text = raw;
        m_oldLine = oldStart;
        m_newLine = newStart;
    } else if (m_hunk < 0) {
        // Text before the first hunk (e.g. a git header) belongs to no side.
        line->kind = UnifiedDiffLine::Kind::Notice;
        line->text = raw;
    } else if (raw.startsWith(u'+')) {
        line->kind = UnifiedDiffLine::Kind::Added;
        line->newLine = m_newLine++;
        line->text = raw.sliced(1);
    } else if (raw.startsWith(u'-')) {
        line->kind = UnifiedDiffLine::Kind::Removed;
        line->oldLine = m_oldLine++;
        line->text = raw.sliced(1);
    } else if (raw.startsWith(u'\\')) {
        line->kind = UnifiedDiffLine::Kind::NoNewline;
        line->text = raw.sliced(1).trimmed();
    } else {
        // ' ' prefix, or an empty line whose single space some tools strip.
        line->kind = UnifiedDiffLine::Kind::Context;
        line->oldLine = m_oldLine++;
        line->newLine = m_newLine++;
        line->text = raw.isEmpty() ? QStringView() : raw.sliced(1);
    }
    return true;
}

} // namespace PrLens
