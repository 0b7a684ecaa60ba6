// SPDX-License-Identifier: MIT
#include "safetext.h"

namespace PrLens::SafeText {

namespace {

constexpr char16_t Esc = 0x1B;
constexpr char16_t Bel = 0x07;

bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

/// Index just past a string sequence (OSC, DCS, SOS, PM, APC) whose body starts at @p i: it ends at BEL, at
/// ESC \ or at the 8-bit ST (U+009C); an unterminated one runs to the end of the text.
qsizetype skipString(QStringView text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c == Bel || c == 0x9C)
            return i + 1;
        if (c == Esc)
            return i + 1 < text.size() && text[i + 1] == u'\\' ? i + 2 : i + 1;
    }
    return i;
}

/// Index just past a control sequence's parameters and final byte, its body starting at @p i.
qsizetype skipCsi(QStringView text, qsizetype i)
{
    // parameters 0x30–0x3F, intermediates 0x20–0x2F, then one final byte 0x40–0x7E
    while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() <= 0x3F)
        ++i;
    if (i < text.size() && text[i].unicode() >= 0x40 && text[i].unicode() <= 0x7E)
        ++i;
    return i;
}

/// Index just past the escape sequence that starts with ESC at @p i.
qsizetype skipEscape(QStringView text, qsizetype i)
{
    ++i;
    if (i >= text.size())
        return i;
    const char16_t c = text[i].unicode();
    if (c == u'[')
        return skipCsi(text, i + 1);
    if (c == u']' || c == u'P' || c == u'X' || c == u'^' || c == u'_')
        return skipString(text, i + 1);
    // nF sequences: intermediates, then a final byte
    while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() <= 0x2F)
        ++i;
    if (i < text.size() && text[i].unicode() >= 0x30 && text[i].unicode() <= 0x7E)
        ++i;
    return i;
}

} // namespace

QString stripControls(QStringView text, Lines lines)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (!isControl(c)) {
            out += QChar(c);
            ++i;
            continue;
        }
        if (c == u'\n' || c == u'\t') {
            out += lines == Lines::Keep ? QChar(c) : QChar(u' ');
            ++i;
        } else if (c == u'\r') {
            if (lines == Lines::Join && !(i + 1 < text.size() && text[i + 1] == u'\n'))
                out += u' ';
            ++i;
        } else if (c == Esc) {
            i = skipEscape(text, i);
        } else if (c == 0x9B) { // 8-bit CSI
            i = skipCsi(text, i + 1);
        } else if (c == 0x9D || c == 0x90 || c == 0x98 || c == 0x9E || c == 0x9F) { // 8-bit OSC, DCS, SOS, PM, APC
            i = skipString(text, i + 1);
        } else {
            ++i;
        }
    }
    return out;
}

QString html(QStringView text, Lines lines)
{
    return stripControls(text, lines).toHtmlEscaped();
}

} // namespace PrLens::SafeText
