// SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

#include <charconv>
#include <cmath>
#include <cstring>

namespace PrLens {

namespace {

constexpr int IndentWidth = 4; // as QJsonDocument::Indented

constexpr char HexDigits[] = "0123456789abcdef";

/// Room for the worst case of one UTF-16 unit: a control character as \u00XX.
constexpr qsizetype MaxBytesPerUnit = 6;

/// Characters beyond ASCII written as \uXXXX rather than raw, so that JSON shown on a terminal or pasted into a
/// JavaScript source cannot act on what surrounds it: C1 controls (U+009B is a one-byte CSI for some terminals),
/// the line and paragraph separators (line breaks in JavaScript before ES2019) and the bidirectional marks,
/// embeddings, overrides and isolates that reorder what a reader sees.
bool escapedBeyondAscii(char32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9f) || cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e)
        || (cp >= 0x2066 && cp <= 0x2069);
}

/// The "uXXXX" of a \u escape.
char *writeUnicodeEscape(char *out, char32_t c)
{
    *out++ = 'u';
    *out++ = HexDigits[(c >> 12) & 0xf];
    *out++ = HexDigits[(c >> 8) & 0xf];
    *out++ = HexDigits[(c >> 4) & 0xf];
    *out++ = HexDigits[c & 0xf];
    return out;
}

} // namespace

JsonWriter::JsonWriter(Style style)
    : m_indented(style == Style::Indented)
{
}

const QByteArray &JsonWriter::bytes() const
{
    Q_ASSERT(m_pieces.isEmpty());
    return m_out;
}

QByteArrayList JsonWriter::takePieces()
{
    QByteArrayList pieces = std::exchange(m_pieces, {});
    if (!m_out.isEmpty() || pieces.isEmpty())
        pieces.append(std::exchange(m_out, {}));
    if (m_indented && !pieces.constLast().endsWith('\n'))
        pieces.last().append('\n');
    m_counts.clear();
    return pieces;
}

QByteArray JsonWriter::take()
{
    QByteArrayList pieces = takePieces();
    return pieces.size() == 1 ? std::move(pieces.first()) : pieces.join();
}

JsonWriter JsonWriter::branch(qsizetype written) const
{
    Q_ASSERT(!m_counts.isEmpty() && !m_afterKey);
    JsonWriter out(m_indented ? Style::Indented : Style::Compact);
    out.m_counts = m_counts;
    out.m_counts.last() = written;
    return out;
}

void JsonWriter::append(JsonWriter &&branch)
{
    Q_ASSERT(branch.m_counts.size() == m_counts.size() && !branch.m_afterKey);
    if (!m_out.isEmpty())
        m_pieces.append(std::exchange(m_out, {}));
    m_pieces.append(std::move(branch.m_pieces));
    if (!branch.m_out.isEmpty())
        m_pieces.append(std::move(branch.m_out));
    m_counts.last() = branch.m_counts.last();
}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    const qsizetype start = m_out.size();
    const qsizetype indent = m_counts.size() * IndentWidth;
    m_out.resize(start + 1 + indent);
    char *out = m_out.data() + start;
    *out = '\n';
    std::memset(out + 1, ' ', indent);
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_out.append(',');
    newline();
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name.data(), name.size()); // keys are the program's own ASCII names
    m_out.append(m_indented ? QByteArrayView("\": ") : QByteArrayView("\":"));
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    writeString(name);
    m_out.append(m_indented ? QByteArrayView(": ") : QByteArrayView(":"));
    m_afterKey = true;
}

void JsonWriter::open(char bracket)
{
    beforeValue();
    m_out.append(bracket);
    m_counts.append(0);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_counts.takeLast() == 0;
    if (!empty)
        newline();
    m_out.append(bracket);
}

void JsonWriter::beginObject()
{
    open('{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray()
{
    open('[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(QLatin1StringView text)
{
    value(QString(text));
}

void JsonWriter::value(bool b)
{
    beforeValue();
    m_out.append(b ? QByteArrayView("true") : QByteArrayView("false"));
}

void JsonWriter::value(double d)
{
    beforeValue();
    if (!std::isfinite(d)) {
        m_out.append("null");
        return;
    }
    m_out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
}

void JsonWriter::value(const QDateTime &time)
{
    if (!time.isValid()) {
        null();
        return;
    }
    value(time.toUTC().toString(Qt::ISODate));
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        return;
    case QJsonValue::Bool:
        value(v.toBool());
        return;
    case QJsonValue::Double:
        if (v.toDouble() == double(v.toInteger()))
            writeInteger(v.toInteger());
        else
            value(v.toDouble());
        return;
    case QJsonValue::String:
        value(v.toString());
        return;
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &x : v.toArray())
            value(x);
        endArray();
        return;
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        return;
    }
    }
}

void JsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &t : texts)
        value(t);
    endArray();
}

void JsonWriter::value(const QList<int> &numbers)
{
    beginArray();
    for (int n : numbers)
        value(n);
    endArray();
}

void JsonWriter::writeInteger(qint64 n)
{
    beforeValue();
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    m_out.append(buffer, result.ptr - buffer);
}

void JsonWriter::writeString(QStringView text)
{
    // Grow once for the worst case, write through a pointer, then trim: appending byte by byte to a QByteArray
    // checks capacity and sharing on every call.
    const qsizetype start = m_out.size();
    m_out.resize(start + 2 + text.size() * MaxBytesPerUnit);
    char *out = m_out.data() + start;
    *out++ = '"';
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char32_t c = *p++;
        if (c >= 0x20 && c < 0x7f && c != u'"' && c != u'\\') {
            *out++ = char(c);
            continue;
        }
        if (c < 0x80 || escapedBeyondAscii(c)) {
            *out++ = '\\';
            switch (c) {
            case u'"':
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                break;
            case u'\n':
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = 't';
                break;
            case u'\b':
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = 'f';
                break;
            default:
                out = writeUnicodeEscape(out, c); // the rest of U+0000..U+001F, U+007F, escapedBeyondAscii()
            }
            continue;
        }
        char32_t cp = c;
        if (QChar::isHighSurrogate(c) && p < end && QChar::isLowSurrogate(*p))
            cp = QChar::surrogateToUcs4(char16_t(c), *p++);
        else if (QChar::isSurrogate(c))
            cp = QChar::ReplacementCharacter; // a lone half of a pair: not representable in UTF-8
        if (cp < 0x800) {
            *out++ = char(0xc0 | (cp >> 6));
        } else if (cp < 0x10000) {
            *out++ = char(0xe0 | (cp >> 12));
            *out++ = char(0x80 | ((cp >> 6) & 0x3f));
        } else {
            *out++ = char(0xf0 | (cp >> 18));
            *out++ = char(0x80 | ((cp >> 12) & 0x3f));
            *out++ = char(0x80 | ((cp >> 6) & 0x3f));
        }
        *out++ = char(0x80 | (cp & 0x3f));
    }
    *out++ = '"';
    m_out.resize(out - m_out.constData());
}

} // namespace PrLens
