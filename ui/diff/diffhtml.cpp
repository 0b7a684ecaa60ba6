// SPDX-License-Identifier: MIT
#include "diffhtml.h"

#include "diffcolors.h"
#include "diffmodel.h"
#include "safetext.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
QString escapedLine(const QString &text, const QList<QTextLayout::FormatRange> &formats)
{
    QString out;
    int pos = 0;
    auto plain = [&](int from, int to) {
        if (to > from)
            out += SafeText::html(QStringView(text).mid(from, to - from));
    };
    for (const QTextLayout::FormatRange &r : formats) {
        if (r.start < pos || r.start >= text.size())
            continue;
        plain(pos, r.start);
        QString style;
        if (r.format.hasProperty(QTextFormat::ForegroundBrush))
            style += u"color:%1;"_s.arg(r.format.foreground().color().name());
        if (r.format.fontWeight() >= QFont::DemiBold)
            style += u"font-weight:bold;"_s;
        if (r.format.fontItalic())
            style += u"font-style:italic;"_s;
        const QString piece = SafeText::html(QStringView(text).mid(r.start, r.length));
        out += style.isEmpty() ? piece : u"<span style=\"%1\">%2</span>"_s.arg(style, piece);
        pos = r.start + r.length;
    }
    plain(pos, int(text.size()));
    out.replace(u'\t', u"    "_s);
    return out;
}
} // namespace

QString DiffHtml::render(const QString &path, const QString &patch, const SyntaxRepository *repository,
    const SyntaxTheme &theme, const QPalette &palette, int maxLines)
{
    DiffModel model;
    model.setBackgroundHighlighting(false);
    model.setRepository(repository);
    if (theme.isValid())
        model.setTheme(theme);
    model.setPatch(path, patch);
    const int rows = maxLines > 0 ? std::min(maxLines, model.rowCount()) : model.rowCount();

    const DiffColors c = DiffColors::forPalette(palette);
    const QString family = QFontDatabase::systemFont(QFontDatabase::FixedFont).family().toHtmlEscaped();
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" bgcolor=\"%1\" "
                   "style=\"font-family:'%2',monospace; color:%3; border-collapse:collapse\">"_s.arg(
                       c.base.name(), family, c.text.name());
    for (int row = 0; row < rows; ++row) {
        const DiffLine &l = model.line(row);
        const DiffColors::Row look = c.row(l.kind);
        QString body;
        if (l.kind == DiffLine::Kind::HunkHeader)
            body = u"<span style=\"color:%1\">%2</span>"_s.arg(c.hunkText.name(), SafeText::html(l.text));
        else if (l.kind == DiffLine::Kind::Notice || l.kind == DiffLine::Kind::NoNewline)
            body = u"<i style=\"color:%1\">%2</i>"_s.arg(c.dim.name(), SafeText::html(l.text));
        if (body.isEmpty())
            body = escapedLine(l.text, model.formats(row));
        const QString oldNo = l.oldLine > 0 ? QString::number(l.oldLine) : QString();
        const QString newNo = l.newLine > 0 ? QString::number(l.newLine) : QString();
        // Gutter cells in <pre> too: table layout must not wrap line numbers.
        html += u"<tr><td align=\"right\" bgcolor=\"%1\" style=\"color:%2\"><pre style=\"margin:0\">%3 </pre></td>"
                "<td align=\"right\" bgcolor=\"%1\" style=\"color:%2\"><pre style=\"margin:0\">%4 </pre></td>"
                "<td bgcolor=\"%1\"><pre style=\"margin:0\">%5 </pre></td>"
                "<td width=\"100%\" bgcolor=\"%6\"><pre style=\"margin:0\">%7</pre></td></tr>"_s.arg(
                    look.gutter.name(), c.dim.name(), oldNo, newNo, look.marker, look.background.name(), body);
    }
    html += u"</table>"_s;
    return html;
}

} // namespace PrLens
