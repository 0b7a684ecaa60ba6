// SPDX-License-Identifier: MIT
#include "reportrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QTEST_GUILESS_MAIN(TstReportRenderer)
#include "tst_reportrenderer.moc"
