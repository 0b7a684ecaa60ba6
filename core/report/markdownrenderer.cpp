// SPDX-License-Identifier: MIT
#include "reportrenderer.h"

using namespace Qt::StringLiterals;

namespace PrLens {

QString ReportRenderer::escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'|':
            out += u'\\';
            out += c;
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
        case u'\n':
        case u'\r':
            out += u' ';
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
        const QString f = fence(i.code);
        line += indent + f + u'\n';
        for (const QString &l : i.code.split(u'\n'))
            line += indent + l + u'\n';
        line += indent + f + u'\n';
    }
    return line;
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
                for (const QStringList &r : b.rows) {
                    QStringList cells;
                    for (const QString &c : r)
                        cells.append(escapeMarkdown(c));
                    out += u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
                }
                out += u'\n';
                break;
            }
            case ReportBlock::Kind::Code: {
                const QString f = fence(b.text);
                out += f + b.codeLanguage + u'\n' + b.text + (b.text.endsWith(u'\n') ? QString() : u"\n"_s) + f
                    + u"\n\n"_s;
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
