// SPDX-License-Identifier: MIT
#include "reportrenderer.h"
#include "safetext.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString esc(const QString &s)
{
    return SafeText::html(s);
}

using Links = ReportRenderer::Links;

/// The PR number of a "#123" reference, else 0.
int prNumber(QStringView ref)
{
    if (!ref.startsWith(u'#'))
        return 0;
    bool ok = false;
    const int n = ref.mid(1).toInt(&ok);
    return ok && n > 0 ? n : 0;
}

QString link(const QString &url, const QString &text)
{
    return u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(text));
}

/// A table cell: with Links::App, counts lead to their filter and "#N" lists to their PRs; else the cell's web
/// page, if any.
QString cellText(const QString &text, const QString &target, const QString &url, Links links)
{
    if (links != Links::App || target.isEmpty()) {
        const QString safe = ReportRenderer::safeLinkUrl(url);
        return safe.isEmpty() ? esc(text) : link(safe, text);
    }
    if (target != u"prs"_s)
        return link(ReportRenderer::appUrl(target), text);
    QStringList parts;
    for (const QString &ref : text.split(u", "_s)) {
        const int n = prNumber(ref);
        parts.append(n > 0 ? link(ReportRenderer::appPullRequestUrl(n), ref) : esc(ref));
    }
    return parts.join(u", "_s);
}

QString badgeColor(const QString &tone)
{
    if (tone == u"high"_s)
        return u"#cf222e"_s;
    if (tone == u"warning"_s)
        return u"#9a6700"_s;
    return u"#0969da"_s;
}

QString badges(const QList<ReportBadge> &list)
{
    QString out;
    for (const ReportBadge &b : list)
        out += u"<span style=\"background-color:%1;color:#ffffff;\">&nbsp;%2&nbsp;</span> "_s.arg(
            badgeColor(b.tone), esc(b.text));
    return out;
}

QString cell(const ReportBlock &b, qsizetype row, qsizetype column, Links links)
{
    return cellText(b.rows.at(row).at(column), b.cellLinks.value(row).value(column),
               b.cellUrls.value(row).value(column), links)
        + badges(b.cellBadges.value(row).value(column));
}

QString item(const ReportItem &i, Links links)
{
    QString out = u"<li>"_s;
    if (!i.lead.isEmpty()) {
        const int number = prNumber(i.lead);
        const QString url = links == Links::App ? (number > 0 ? ReportRenderer::appPullRequestUrl(number) : QString())
                                                : ReportRenderer::safeLinkUrl(i.url);
        out += url.isEmpty() ? u"<strong>%1</strong>"_s.arg(esc(i.lead))
                             : u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(i.lead));
        out += u' ';
    }
    out += esc(i.text);
    if (!i.details.isEmpty()) {
        out += u"<ul>"_s;
        for (const QString &d : i.details)
            out += u"<li>"_s + esc(d) + u"</li>"_s;
        out += u"</ul>"_s;
    }
    if (!i.code.isEmpty())
        out += u"<pre><code>"_s + esc(i.code) + u"</code></pre>"_s;
    return out + u"</li>\n"_s;
}

/// The page's CSS; without fonts for print, where the document's default font decides.
QString pageStyle(ReportRenderer::Style style)
{
    const bool fonts = style == ReportRenderer::Style::Browser;
    return u"body{"_s + (fonts ? u"font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;"_s : QString())
        + u"max-width:60em;margin:2em auto;"
          u"padding:0 1em;line-height:1.5;color:#1f2328}"
          u"h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}"
          u"table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .6em;"
          u"text-align:left;vertical-align:top}th{background:#f6f8fa}"
          u"pre{background:#f6f8fa;padding:.6em;overflow-x:auto}code{"_s
        + (fonts ? u"font-family:ui-monospace,monospace"_s : QString()) + u"}.subtitle{color:#59636e}"_s;
}

// In the app the palette gives the colours and fonts: headings sized for a side pane, tables lined.
const char16_t kAppStyle[] = u"h1{font-size:x-large}h2{font-size:large}h3{font-size:medium}table{border-collapse:"
                             u"collapse;margin:.5em 0}th,td{border:1px solid #8c959f;padding:2px 6px;"
                             u"text-align:left;vertical-align:top}.subtitle{color:#808080}";

} // namespace

QString ReportRenderer::safeLinkUrl(const QString &url)
{
    // only http(s) links survive; the encoded form has no spaces, quotes, brackets or parentheses left raw
    const QUrl u(url, QUrl::StrictMode);
    if (url.isEmpty() || !u.isValid() || (u.scheme() != u"https"_s && u.scheme() != u"http"_s) || u.host().isEmpty())
        return {};
    QString encoded = QString::fromUtf8(u.toEncoded());
    encoded.replace(u'(', u"%28"_s).replace(u')', u"%29"_s).replace(u'"', u"%22"_s).replace(u'\'', u"%27"_s);
    return encoded;
}

QString ReportRenderer::appUrl(const QString &target)
{
    const qsizetype slash = target.indexOf(u'/');
    QUrl url;
    url.setScheme(u"prlens"_s);
    url.setHost(target.left(slash));
    if (slash >= 0)
        url.setPath(target.mid(slash), QUrl::DecodedMode);
    return QString::fromUtf8(url.toEncoded());
}

QString ReportRenderer::appPullRequestUrl(int number)
{
    return appUrl(u"pr/%1"_s.arg(number));
}

QString ReportRenderer::toHtml(const ReportDocument &doc, Links links)
{
    return toHtml(doc, links, links == Links::App ? Style::App : Style::Browser);
}

namespace {

QString blockHtml(const ReportBlock &b, Links links)
{
    switch (b.kind) {
    case ReportBlock::Kind::Paragraph:
        return u"<p>"_s + esc(b.text) + u"</p>\n"_s;
    case ReportBlock::Kind::List:
    case ReportBlock::Kind::NumberedList: {
        const QString t = b.kind == ReportBlock::Kind::List ? u"ul"_s : u"ol"_s;
        QString out = u'<' + t + u">\n"_s;
        for (const ReportItem &i : b.items)
            out += item(i, links);
        return out + u"</"_s + t + u">\n"_s;
    }
    case ReportBlock::Kind::Table: {
        QString out = u"<table>\n<tr>"_s;
        for (const QString &h : b.header)
            out += u"<th>"_s + esc(h) + u"</th>"_s;
        out += u"</tr>\n"_s;
        for (qsizetype r = 0; r < b.rows.size(); ++r) {
            out += u"<tr>"_s;
            for (qsizetype c = 0; c < b.rows.at(r).size(); ++c)
                out += u"<td>"_s + cell(b, r, c, links) + u"</td>"_s;
            out += u"</tr>\n"_s;
        }
        return out + u"</table>\n"_s;
    }
    case ReportBlock::Kind::Code:
        return u"<pre><code>"_s + esc(b.text) + u"</code></pre>\n"_s;
    }
    return {};
}

QString sectionHtml(const ReportSection &s, Links links)
{
    const QString tag = s.level <= 2 ? u"h2"_s : u"h3"_s;
    QString id = s.id;
    id.replace(u':', u'-');
    const QString breakBefore = s.pageBreakBefore ? u" style=\"page-break-before:always;\""_s : QString();
    QString out = u"<%1 id=\"%2\"%3>%4</%1>\n"_s.arg(tag, esc(id), breakBefore, esc(s.heading));
    for (const ReportBlock &b : s.blocks)
        out += blockHtml(b, links);
    return out;
}

} // namespace

QString ReportRenderer::toHtml(const ReportDocument &doc, Links links, Style style)
{
    const QString lang = doc.language == u"zh_CN"_s ? u"zh-CN"_s : doc.language;
    QString out
        = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
          u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
          u"<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"_s.arg(
              esc(lang), esc(doc.title), style == Style::App ? QString::fromUtf16(kAppStyle) : pageStyle(style));
    out += u"<h1>"_s + esc(doc.title) + u"</h1>\n"_s;
    if (!doc.subtitle.isEmpty())
        out += u"<p class=\"subtitle\">"_s + esc(doc.subtitle) + u"</p>\n"_s;
    for (const ReportSection &s : doc.sections)
        out += sectionHtml(s, links);
    out += u"</body>\n</html>\n"_s;
    return out;
}

} // namespace PrLens
