// SPDX-License-Identifier: MIT
#include "diffhighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Theme>

namespace PrLens {

KSyntaxHighlighting::State DiffHighlighter::highlight(
    QStringView text, const KSyntaxHighlighting::State &state, QList<QTextLayout::FormatRange> *out)
{
    m_out = out;
    KSyntaxHighlighting::State next = highlightLine(text, state);
    m_out = nullptr;
    return next;
}

void DiffHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (!m_out || length <= 0)
        return;
    const KSyntaxHighlighting::Theme t = theme();
    if (format.textStyle() == KSyntaxHighlighting::Theme::Error || format.isDefaultTextStyle(t))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(t))
        f.setForeground(format.textColor(t));
    if (format.isBold(t))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(t))
        f.setFontItalic(true);
    if (format.isUnderline(t))
        f.setFontUnderline(true);
    if (format.isStrikeThrough(t))
        f.setFontStrikeOut(true);
    if (f.properties().isEmpty())
        return;
    m_out->append(QTextLayout::FormatRange {offset, length, f});
}

} // namespace PrLens
