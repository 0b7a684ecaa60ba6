// SPDX-License-Identifier: MIT
#include "reportrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstReportRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapeMarkdown_data();
    void escapeMarkdown();
    void markdownStructure();
    void codeFenceLongerThanContent();
    void htmlSelfContainedAndEscaped_data();
    void htmlSelfContainedAndEscaped();
    void jsonKeepsStructure();
    void markdownLinksOnlyHttp_data();
    void markdownLinksOnlyHttp();
    void gfmShowsEscapedTextLiterally();
    void markdownMentionsNobody();
    void codeLosesControls();
    void printStyleLeavesFontsToTheDocument();
    void tableCellPagesAndBadges();
    void pageBreakBeforeSection();
};

namespace {

ReportDocument sample(const QString &untrusted = u"plain"_s, const QString &url = u"https://github.com/o/r/pull/1"_s)
{
    ReportDocument doc;
    doc.kind = u"weekly"_s;
    doc.language = u"en"_s;
    doc.title = u"Report"_s;
    doc.subtitle = u"sub"_s;
    ReportSection s {u"one"_s, u"Section"_s, 2, {}};
    s.blocks.append(ReportBlock::paragraph(untrusted));
    s.blocks.append(ReportBlock::list({{u"#1"_s, url, untrusted, {u"detail"_s}, {}}}));
    s.blocks.append(ReportBlock::table({u"A"_s, u"B"_s}, {{u"1"_s, untrusted}}));
    s.blocks.append(ReportBlock::code(untrusted, u"diff"_s));
    doc.sections.append(s);
    return doc;
}

} // namespace

void TstReportRenderer::escapeMarkdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::addRow("plain") << u"fix extract_tool_calls"_s << u"fix extract_tool_calls"_s;
    QTest::addRow("brackets") << u"[BugFix] x"_s << u"\\[BugFix\\] x"_s;
    QTest::addRow("html") << u"<b>&"_s << u"&lt;b&gt;&amp;"_s;
    QTest::addRow("emphasis and code") << u"*a* `b`"_s << u"\\*a\\* \\`b\\`"_s;
    QTest::addRow("table pipe") << u"a|b"_s << u"a\\|b"_s;
    QTest::addRow("newline folded") << u"a\nb"_s << u"a b"_s;
    QTest::addRow("underscore emphasis") << u"a _x_ b"_s << u"a \\_x\\_ b"_s;
    QTest::addRow("underscore strong") << u"__x__"_s << u"\\_\\_x\\_\\_"_s;
    QTest::addRow("dunder file name") << u"__init__.py"_s << u"\\_\\_init\\_\\_.py"_s;
    QTest::addRow("snake case stays") << u"foo_bar_baz 变量_名"_s << u"foo_bar_baz 变量_名"_s;
    QTest::addRow("underscore after punctuation") << u"(_x_)"_s << u"(\\_x\\_)"_s;
    QTest::addRow("strikethrough") << u"~~x~~ ~y~"_s << u"\\~\\~x\\~\\~ \\~y\\~"_s;
    QTest::addRow("http URL") << u"see http://evil.example/a"_s << u"see http\\://evil.example/a"_s;
    QTest::addRow("https URL") << u"(https://evil.example)"_s << u"(https\\://evil.example)"_s;
    QTest::addRow("ftp URL") << u"ftp://evil.example"_s << u"ftp\\://evil.example"_s;
    QTest::addRow("colon without slashes") << u"fix: a:b"_s << u"fix: a:b"_s;
    QTest::addRow("www name") << u"go www.evil.example"_s << u"go www\\.evil.example"_s;
    QTest::addRow("WWW name") << u"WWW.evil.example"_s << u"WWW\\.evil.example"_s;
    QTest::addRow("www inside a word") << u"awww.x"_s << u"awww.x"_s;
    QTest::addRow("e-mail address") << u"mail me@evil.example"_s << u"mail me@\u2060evil.example"_s;
    QTest::addRow("mailto") << u"mailto:a.b+c@evil.example"_s << u"mailto:a.b+c@\u2060evil.example"_s;
    QTest::addRow("mention") << u"thanks @someone"_s << u"thanks @\u2060someone"_s;
    QTest::addRow("team mention") << u"cc @org/team"_s << u"cc @\u2060org/team"_s;
    QTest::addRow("mention in parentheses") << u"(@a-b, @9)"_s << u"(@\u2060a-b, @\u20609)"_s;
    QTest::addRow("lone at sign stays") << u"a @ b @"_s << u"a @ b @"_s;
    QTest::addRow("hunk header stays") << u"@@ -1 +1 @@"_s << u"@@ -1 +1 @@"_s;
    QTest::addRow("escape sequence") << u"\x1b[31mred\x1b[0m \x1b]0;t\u0007x"_s << u"red x"_s;
    QTest::addRow("bidi override") << u"a\u202Eb"_s << u"ab"_s;
}

void TstReportRenderer::escapeMarkdown()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(ReportRenderer::escapeMarkdown(text), escaped);
}

void TstReportRenderer::markdownStructure()
{
    const QString md = ReportRenderer::toMarkdown(sample());
    const QStringList lines = md.split(u'\n');
    QCOMPARE(lines.at(0), u"# Report"_s);
    QVERIFY(lines.contains(u"_sub_"_s));
    QVERIFY(lines.contains(u"## Section"_s));
    QVERIFY(lines.contains(u"- [#1](https://github.com/o/r/pull/1) plain"_s));
    QVERIFY(lines.contains(u"  - detail"_s));
    QVERIFY(lines.contains(u"| A | B |"_s));
    QVERIFY(lines.contains(u"| 1 | plain |"_s));
    QVERIFY(lines.contains(u"```diff"_s));
}

void TstReportRenderer::codeFenceLongerThanContent()
{
    const QString md = ReportRenderer::toMarkdown(sample(u"a ```` b"_s));
    QVERIFY(md.contains(u"`````diff\na ```` b\n`````"_s));
}

void TstReportRenderer::htmlSelfContainedAndEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("forbidden");
    QTest::addRow("script tag") << u"<script>alert(1)</script>"_s << u"https://github.com/o/r/pull/1"_s << u"<script"_s;
    QTest::addRow("remote image") << u"<img src=\"https://evil.example/x.png\">"_s << u"https://github.com/o/r/pull/1"_s
                                  << u"<img"_s;
    QTest::addRow("javascript link") << u"x"_s << u"javascript:alert(1)"_s << u"href=\"javascript"_s;
    QTest::addRow("attribute break-out") << u"x"_s << u"https://a.example/\"onmouseover=\"x"_s << u"\"onmouseover"_s;
}

void TstReportRenderer::htmlSelfContainedAndEscaped()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, forbidden);
    const QString html = ReportRenderer::toHtml(sample(text, url));
    QVERIFY2(!html.contains(forbidden), qPrintable(html));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"@import"_s));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
}

void TstReportRenderer::jsonKeepsStructure()
{
    const QJsonObject o = QJsonDocument::fromJson(ReportRenderer::toJson(sample(u"<x>"_s))).object();
    QCOMPARE(o.value("kind"_L1).toString(), u"weekly"_s);
    const QJsonArray blocks = o.value("sections"_L1).toArray().at(0).toObject().value("blocks"_L1).toArray();
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).toObject().value("text"_L1).toString(), u"<x>"_s);
    QCOMPARE(blocks.at(1).toObject().value("items"_L1).toArray().at(0).toObject().value("lead"_L1).toString(), u"#1"_s);
    QCOMPARE(blocks.at(2).toObject().value("rows"_L1).toArray().at(0).toArray().at(1).toString(), u"<x>"_s);
}

void TstReportRenderer::markdownLinksOnlyHttp_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("line");
    QTest::addRow("github") << u"https://github.com/o/r/pull/1"_s << u"- [#1](https://github.com/o/r/pull/1) plain"_s;
    QTest::addRow("javascript") << u"javascript:alert(1)"_s << u"- **#1** plain"_s;
    QTest::addRow("data") << u"data:text/html,<b>x</b>"_s << u"- **#1** plain"_s;
    QTest::addRow("malformed with spaces") << u"https://a.example/x) [y](https://evil.example"_s << u"- **#1** plain"_s;
    QTest::addRow("parenthesis encoded") << u"https://a.example/x)y"_s << u"- [#1](https://a.example/x%29y) plain"_s;
}

void TstReportRenderer::markdownLinksOnlyHttp()
{
    QFETCH(QString, url);
    QFETCH(QString, line);
    const QStringList lines = ReportRenderer::toMarkdown(sample(u"plain"_s, url)).split(u'\n');
    QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
}

void TstReportRenderer::gfmShowsEscapedTextLiterally()
{
    // A real GitHub-flavoured renderer (cmark-gfm, as GitHub uses) must show the text without markup.
    const QString cmark = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    if (cmark.isEmpty())
        QSKIP("cmark-gfm is not installed (scripts/setup installs it)");
    const QString hostile = u"_em_ __strong__ ~~del~~ ~del~ *em* http://evil.example/a https://evil.example "
                            "www.evil.example me@evil.example mailto:me@evil.example <b>x</b> [l](http://e.x) "
                            "`code` ![i](http://e.x/i.png) &amp; @alice @org/team"_s;
    ReportDocument doc;
    doc.title = hostile;
    doc.subtitle = hostile;
    ReportSection s {u"one"_s, hostile, 2, {}};
    s.blocks.append(ReportBlock::paragraph(hostile));
    s.blocks.append(ReportBlock::list({{u"#1"_s, {}, hostile, {hostile}, {}}}));
    s.blocks.append(ReportBlock::table({hostile}, {{hostile}}));
    doc.sections.append(s);
    QProcess p;
    p.start(cmark, {u"-e"_s, u"autolink"_s, u"-e"_s, u"strikethrough"_s, u"-e"_s, u"table"_s});
    QVERIFY(p.waitForStarted());
    p.write(ReportRenderer::toMarkdown(doc).toUtf8());
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished());
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString &tag : {u"<a "_s, u"<del>"_s, u"<code>"_s, u"<img"_s, u"<b>"_s})
        QVERIFY2(!html.contains(tag), qPrintable(html));
    // Only the subtitle's own emphasis and the lead's bold are markup.
    QCOMPARE(html.count(u"<em>"_s), 1);
    QCOMPARE(html.count(u"<strong>"_s), 1);
    QVERIFY(html.contains(u"_em_ __strong__ ~~del~~ ~del~ *em* http://evil.example/a https://evil.example "
                          "www.evil.example"_s));
}

void TstReportRenderer::markdownMentionsNobody()
{
    // GitHub links "@name" and "@org/team" (and notifies them) where the "@" starts a word and a name of letters,
    // digits and hyphens follows it directly; it does so in the rendered text, after backslash escapes.
    const QRegularExpression mention(u"(?:^|[^A-Za-z0-9_])@[A-Za-z0-9][A-Za-z0-9-]*"_s);
    const QString hostile = u"@alice thanks, cc @acme/core-team (@bob) [@carol] *@dave* x@eve.example"_s;
    const QString md = ReportRenderer::toMarkdown(sample(hostile));
    const QString text = md.section(u"```diff"_s, 0, 0); // a code block mentions nobody
    QVERIFY2(!mention.match(text).hasMatch(), qPrintable(mention.match(text).captured(0)));
    // Still readable: only an invisible joiner was added.
    QString shown = text;
    shown.remove(QChar(0x2060));
    QVERIFY2(shown.contains(u"@alice thanks, cc @acme/core-team (@bob)"_s), qPrintable(shown));
}

void TstReportRenderer::codeLosesControls()
{
    const QString md = ReportRenderer::toMarkdown(sample(u"+ a\x1b[2J\tb\u202E"_s));
    QVERIFY(md.contains(u"+ a\tb\n"_s));
    QVERIFY(!md.contains(QChar(0x1b)));
    QVERIFY(!md.contains(QChar(0x202E)));
    const QString html = ReportRenderer::toHtml(sample(u"a\x1b]0;t\u0007b\u202E"_s));
    QVERIFY(!html.contains(QChar(0x1b)) && !html.contains(QChar(0x202E)) && html.contains(u"<p>ab</p>"_s));
}

QTEST_GUILESS_MAIN(TstReportRenderer)
void TstReportRenderer::printStyleLeavesFontsToTheDocument()
{
    const QString browser = ReportRenderer::toHtml(sample(), ReportRenderer::Links::Web);
    const QString print = ReportRenderer::toHtml(sample(), ReportRenderer::Links::Web, ReportRenderer::Style::Print);
    QVERIFY(browser.contains(u"font-family:system-ui"_s));
    QVERIFY(!print.contains(u"font-family"_s));
    // The same page otherwise: only the two font declarations differ.
    QString withoutFonts = browser;
    withoutFonts.remove(u"font-family:system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;"_s);
    withoutFonts.remove(u"font-family:ui-monospace,monospace"_s);
    QCOMPARE(print, withoutFonts);
    // A title that reads like CSS stays in the text.
    ReportDocument doc = sample(u"font-family: Comic Sans;"_s);
    QVERIFY(ReportRenderer::toHtml(doc, ReportRenderer::Links::Web, ReportRenderer::Style::Print)
            .contains(u"<p>font-family: Comic Sans;</p>"_s));
}

void TstReportRenderer::tableCellPagesAndBadges()
{
    ReportDocument doc = sample();
    ReportBlock table = ReportBlock::table({u"PR"_s, u"Risks"_s}, {{u"#1"_s, QString()}, {u"#2"_s, u"-"_s}});
    table.cellUrls = {{u"https://github.com/o/r/pull/1"_s}, {u"javascript:alert(1)"_s}};
    table.cellBadges = {{{}, {{u"<b>Large</b>"_s, u"high"_s}, {u"Tests"_s, u"warning"_s}}}};
    doc.sections.first().blocks = {table};

    const QString html = ReportRenderer::toHtml(doc);
    QVERIFY(html.contains(u"<td><a href=\"https://github.com/o/r/pull/1\">#1</a></td>"_s));
    QVERIFY(html.contains(u"<td>#2</td>"_s));
    QVERIFY(!html.contains(u"javascript"_s));
    QVERIFY(html.contains(u"background-color:#cf222e;color:#ffffff;\">&nbsp;&lt;b&gt;Large&lt;/b&gt;&nbsp;"_s));
    QVERIFY(html.contains(u"background-color:#9a6700;"_s));

    const QStringList md = ReportRenderer::toMarkdown(doc).split(u'\n');
    QVERIFY2(md.contains(u"| [#1](https://github.com/o/r/pull/1) | &lt;b&gt;Large&lt;/b&gt;, Tests |"_s),
        qPrintable(md.join(u'\n')));
    QVERIFY(md.contains(u"| #2 | - |"_s));

    const QJsonObject block = QJsonDocument::fromJson(ReportRenderer::toJson(doc))
                                  .object()
                                  .value("sections"_L1)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value("blocks"_L1)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(block.value("cellUrls"_L1).toArray().at(0).toArray().at(0).toString(), u"https://github.com/o/r/pull/1"_s);
    QCOMPARE(block.value("cellBadges"_L1).toArray().at(0).toArray().at(1).toArray().size(), 2);
}

void TstReportRenderer::pageBreakBeforeSection()
{
    ReportDocument doc = sample();
    QVERIFY(!ReportRenderer::toHtml(doc).contains(u"page-break-before"_s));
    doc.sections.first().pageBreakBefore = true;
    QVERIFY(ReportRenderer::toHtml(doc).contains(u"<h2 id=\"one\" style=\"page-break-before:always;\">Section</h2>"_s));
}

#include "tst_reportrenderer.moc"
