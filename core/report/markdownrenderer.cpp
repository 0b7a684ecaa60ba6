// SPDX-License-Identifier: MIT
#include "reportrenderer.h"
#include "safetext.h"

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// U+2060 WORD JOINER: invisible, no line break, and neither a letter nor a digit. Put right after an "@" that
/// precedes a letter or digit, it stops both GFM's e-mail autolink (the domain must follow the "@" directly) and
/// GitHub's @mentions ("@user", "@org/team": the name must follow the "@" directly), so a report pasted into an
/// issue or a comment notifies nobody. A backslash does not help: GitHub looks for addresses and mentions in the
/// text after escapes are resolved; a zero-width space (U+200B) would do as well but allows a line break there.
constexpr char16_t WordJoiner = 0x2060;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

/// An underscore between two letters or digits ("snake_case") neither opens nor closes emphasis in GFM.
bool isIntraword(const QString &text, qsizetype i)
{
    return i > 0 && i + 1 < text.size() && isWordChar(text.at(i - 1)) && isWordChar(text.at(i + 1));
}

/// The "." of "www." at the start of a word: GFM's extended www autolink.
bool isWwwDot(const QString &text, qsizetype i)
{
    return i >= 3 && QStringView(text).sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0
        && (i == 3 || !isWordChar(text.at(i - 4)));
}

/// An "@" that a name follows: a mention ("@user", "@org/team") or the "@" of an e-mail address.
bool isNameAt(const QString &text, qsizetype i)
{
    return i + 1 < text.size() && text.at(i + 1).isLetterOrNumber();
}

} // namespace

QString ReportRenderer::escapeMarkdown(const QString &untrusted)
{
    const QString text = SafeText::stripControls(untrusted, SafeText::Lines::Join);
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'~': // strikethrough
        case u'[':
        case u']':
        case u'|':
            out += u'\\';
            out += c;
            break;
        case u'_':
            if (!isIntraword(text, i))
                out += u'\\';
            out += c;
            break;
        case u':': // "scheme://": GFM's URL autolink; it reads the raw text, so an escaped colon breaks it
            if (QStringView(text).sliced(i + 1).startsWith(u"//"))
                out += u'\\';
            out += c;
            break;
        case u'.':
            if (isWwwDot(text, i))
                out += u'\\';
            out += c;
            break;
        case u'@':
            out += c;
            if (isNameAt(text, i))
                out += QChar(WordJoiner);
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'&':
            out += u"&amp;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

QString fence(const QString &code)
{
    // a fence longer than any backtick run inside the code
    int longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), u'`');
}

QString item(const ReportItem &i, const QString &marker)
{
    QString line = marker;
    if (!i.lead.isEmpty()) {
        const QString url = ReportRenderer::safeLinkUrl(i.url);
        line += url.isEmpty() ? u"**%1**"_s.arg(ReportRenderer::escapeMarkdown(i.lead))
                              : u"[%1](%2)"_s.arg(ReportRenderer::escapeMarkdown(i.lead), url);
        if (!i.text.isEmpty())
            line += u' ';
    }
    line += ReportRenderer::escapeMarkdown(i.text) + u'\n';
    const QString indent(marker.size(), u' ');
    for (const QString &d : i.details)
        line += indent + u"- "_s + ReportRenderer::escapeMarkdown(d) + u'\n';
    if (!i.code.isEmpty()) {
        const QString code = SafeText::stripControls(i.code);
        const QString f = fence(code);
        line += indent + f + u'\n';
        for (const QString &l : code.split(u'\n'))
            line += indent + l + u'\n';
        line += indent + f + u'\n';
    }
    return line;
}

/// A table cell: its text, linked to its web page if it has one, then its badges' text.
QString cell(const ReportBlock &b, qsizetype row, qsizetype column)
{
    const QString text = ReportRenderer::escapeMarkdown(b.rows.at(row).at(column));
    const QString url = ReportRenderer::safeLinkUrl(b.cellUrls.value(row).value(column));
    QStringList parts {url.isEmpty() ? text : u"[%1](%2)"_s.arg(text, url)};
    for (const ReportBadge &badge : b.cellBadges.value(row).value(column))
        parts.append(ReportRenderer::escapeMarkdown(badge.text));
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

} // namespace

QString ReportRenderer::toMarkdown(const ReportDocument &doc)
{
    QString out = u"# "_s + escapeMarkdown(doc.title) + u"\n\n"_s;
    if (!doc.subtitle.isEmpty())
        out += u'_' + escapeMarkdown(doc.subtitle) + u"_\n\n"_s;
    for (const ReportSection &s : doc.sections) {
        out += QString(s.level, u'#') + u' ' + escapeMarkdown(s.heading) + u"\n\n"_s;
        for (const ReportBlock &b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph: {
                QString p = escapeMarkdown(b.text);
                if (p.startsWith(u'#') || p.startsWith(u'+') || p.startsWith(u'-') || p.startsWith(u'='))
                    p.prepend(u'\\'); // would start a heading or a list
                out += p + u"\n\n"_s;
                break;
            }
            case ReportBlock::Kind::List:
                for (const ReportItem &i : b.items)
                    out += item(i, u"- "_s);
                out += u'\n';
                break;
            case ReportBlock::Kind::NumberedList:
                for (qsizetype n = 0; n < b.items.size(); ++n)
                    out += item(b.items.at(n), QString::number(n + 1) + u". "_s);
                out += u'\n';
                break;
            case ReportBlock::Kind::Table: {
                QStringList head, rule;
                for (const QString &h : b.header) {
                    head.append(escapeMarkdown(h));
                    rule.append(u"---"_s);
                }
                out += u"| "_s + head.join(u" | "_s) + u" |\n"_s;
                out += u"| "_s + rule.join(u" | "_s) + u" |\n"_s;
                for (qsizetype r = 0; r < b.rows.size(); ++r) {
                    QStringList cells;
                    for (qsizetype c = 0; c < b.rows.at(r).size(); ++c)
                        cells.append(cell(b, r, c));
                    out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
                }
                out += u'\n';
                break;
            }
            case ReportBlock::Kind::Code: {
                const QString code = SafeText::stripControls(b.text);
                const QString f = fence(code);
                out += f + b.codeLanguage + u'\n' + code + (code.endsWith(u'\n') ? QString() : u"\n"_s) + f + u"\n\n"_s;
                break;
            }
            }
        }
    }
    while (out.endsWith(u"\n\n"_s))
        out.chop(1);
    return out;
}

} // namespace PrLens
