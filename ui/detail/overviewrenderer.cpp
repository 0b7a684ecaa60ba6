// SPDX-License-Identifier: MIT
#include "overviewrenderer.h"

#include "diffhtml.h"
#include "reportdocument.h"
#include "safetext.h"
#include "syntax.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
QString esc(const QString &s)
{
    return SafeText::html(s);
}

// "#123" with a pull-request URL becomes an in-app link; no other link is made from report data.
QString leadHtml(const ReportItem &item)
{
    if (item.lead.isEmpty())
        return {};
    static const QRegularExpression prRef(u"^#(\\d+)$"_s);
    const QRegularExpressionMatch m = prRef.match(item.lead);
    if (m.hasMatch() && !item.url.isEmpty())
        return u"<a href=\"pr:%1\"><b>%2</b></a> "_s.arg(m.captured(1), esc(item.lead));
    return u"<b>%1</b> "_s.arg(esc(item.lead));
}

QString itemHtml(const ReportItem &item, const QColor &codeBg)
{
    QString html = u"<li>"_s + leadHtml(item) + esc(item.text);
    if (!item.details.isEmpty()) {
        html += u"<ul>"_s;
        for (const QString &d : item.details)
            html += u"<li>"_s + esc(d) + u"</li>"_s;
        html += u"</ul>"_s;
    }
    if (!item.code.isEmpty())
        html += u"<pre style=\"background-color:%1\">%2</pre>"_s.arg(codeBg.name(), esc(item.code));
    return html + u"</li>"_s;
}
} // namespace

QString OverviewRenderer::toHtml(const ReportDocument &doc, const Context &context)
{
    const QColor text = context.palette.color(QPalette::Text);
    const QColor base = context.palette.color(QPalette::Base);
    const QColor codeBg = context.palette.color(QPalette::AlternateBase);
    const QColor rule = QColor::fromRgbF(float((text.redF() + base.redF()) / 2),
        float((text.greenF() + base.greenF()) / 2), float((text.blueF() + base.blueF()) / 2));
    QString html = u"<html><body style=\"color:%1\">"_s.arg(text.name());
    for (const ReportSection &section : doc.sections) {
        html += section.level <= 2 ? u"<h3>%1</h3>"_s.arg(esc(section.heading))
                                   : u"<h4>%1</h4>"_s.arg(esc(section.heading));
        for (const ReportBlock &block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Paragraph:
                html += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(esc(block.text));
                break;
            case ReportBlock::Kind::List:
            case ReportBlock::Kind::NumberedList: {
                const QString tag = block.kind == ReportBlock::Kind::List ? u"ul"_s : u"ol"_s;
                html += u"<%1>"_s.arg(tag);
                for (const ReportItem &item : block.items)
                    html += itemHtml(item, codeBg);
                html += u"</%1>"_s.arg(tag);
                break;
            }
            case ReportBlock::Kind::Table: {
                html += u"<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" style=\"border-color:%1; "
                        "border-collapse:collapse\"><tr>"_s.arg(rule.name());
                for (const QString &h : block.header)
                    html += u"<th align=\"left\">%1</th>"_s.arg(esc(h));
                html += u"</tr>"_s;
                for (const QStringList &row : block.rows) {
                    html += u"<tr>"_s;
                    for (const QString &cell : row)
                        html += u"<td>%1</td>"_s.arg(esc(cell));
                    html += u"</tr>"_s;
                }
                html += u"</table>"_s;
                break;
            }
            case ReportBlock::Kind::Code:
                if (block.codeLanguage == "diff"_L1) {
                    const SyntaxTheme theme = context.theme ? *context.theme : SyntaxTheme();
                    html += DiffHtml::render(
                        context.keyHunkPath, block.text, context.repository, theme, context.palette);
                } else if (block.codeLanguage == "text"_L1) {
                    // Prose (the PR description): wrapped, not monospace.
                    html += u"<p style=\"white-space:pre-wrap\">%1</p>"_s.arg(esc(block.text));
                } else {
                    html += u"<pre style=\"background-color:%1\">%2</pre>"_s.arg(codeBg.name(), esc(block.text));
                }
                break;
            }
        }
    }
    return html + u"</body></html>"_s;
}

} // namespace PrLens
