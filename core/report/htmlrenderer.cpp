// SPDX-License-Identifier: MIT
#include "reportrenderer.h"

#include "safetext.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QString esc(const QString &s)
{
    return SafeText::stripControls(s).toHtmlEscaped();
}

QString item(const ReportItem &i)
{
    QString out = u"<li>"_s;
    if (!i.lead.isEmpty()) {
        const QString url = ReportRenderer::safeLinkUrl(i.url);
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

const char16_t kStyle[]
    = u"body{font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;max-width:60em;margin:2em auto;"
      u"padding:0 1em;line-height:1.5;color:#1f2328}"
      u"h1{font-size:1.6em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:1.6em}"
      u"table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.25em .6em;"
      u"text-align:left;vertical-align:top}th{background:#f6f8fa}"
      u"pre{background:#f6f8fa;padding:.6em;overflow-x:auto}code{font-family:ui-monospace,monospace}"
      u".subtitle{color:#59636e}";

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

QString ReportRenderer::toHtml(const ReportDocument &doc)
{
    const QString lang = doc.language == u"zh_CN"_s ? u"zh-CN"_s : doc.language;
    QString out
        = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
          u"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
          u"<title>%2</title>\n<style>%3</style>\n</head>\n<body>\n"_s.arg(
              esc(lang), esc(doc.title), QString::fromUtf16(kStyle));
    out += u"<h1>"_s + esc(doc.title) + u"</h1>\n"_s;
    if (!doc.subtitle.isEmpty())
        out += u"<p class=\"subtitle\">"_s + esc(doc.subtitle) + u"</p>\n"_s;
    for (const ReportSection &s : doc.sections) {
        const QString tag = s.level <= 2 ? u"h2"_s : u"h3"_s;
        QString id = s.id;
        id.replace(u':', u'-');
        out += u"<%1 id=\"%2\">%3</%1>\n"_s.arg(tag, esc(id), esc(s.heading));
        for (const ReportBlock &b : s.blocks) {
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                out += u"<p>"_s + esc(b.text) + u"</p>\n"_s;
                break;
            case ReportBlock::Kind::List:
            case ReportBlock::Kind::NumberedList: {
                const QString t = b.kind == ReportBlock::Kind::List ? u"ul"_s : u"ol"_s;
                out += u'<' + t + u">\n"_s;
                for (const ReportItem &i : b.items)
                    out += item(i);
                out += u"</"_s + t + u">\n"_s;
                break;
            }
            case ReportBlock::Kind::Table:
                out += u"<table>\n<tr>"_s;
                for (const QString &h : b.header)
                    out += u"<th>"_s + esc(h) + u"</th>"_s;
                out += u"</tr>\n"_s;
                for (const QStringList &r : b.rows) {
                    out += u"<tr>"_s;
                    for (const QString &c : r)
                        out += u"<td>"_s + esc(c) + u"</td>"_s;
                    out += u"</tr>\n"_s;
                }
                out += u"</table>\n"_s;
                break;
            case ReportBlock::Kind::Code:
                out += u"<pre><code>"_s + esc(b.text) + u"</code></pre>\n"_s;
                break;
            }
        }
    }
    out += u"</body>\n</html>\n"_s;
    return out;
}

} // namespace PrLens
