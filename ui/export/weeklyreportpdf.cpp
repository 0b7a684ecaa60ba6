// SPDX-License-Identifier: MIT
#include "weeklyreportpdf.h"

#include "chartrenderer.h"
#include "completenessledger.h"
#include "reportdocument.h"
#include "reportrenderer.h"
#include "reportoutputfile.h"
#include "riskengine.h"
#include "riskrule.h"
#include "sealedtextdocument.h"
#include "weekanalysis.h"
#include "weekdata.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr int Dpi = 300;
constexpr qreal MarginMm = 18;

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QFont documentFont(qreal pointSize)
{
    QFont f;
    // Latin text and digits from DejaVu Sans, Chinese from WenQuanYi Micro Hei: Noto CJK shares glyphs between
    // ideographs and radicals, so copied text (and pdftotext) would read U+2EDB for 风. Noto CJK stays the fallback.
    f.setFamilies({u"DejaVu Sans"_s, u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s});
    f.setPointSizeF(pointSize);
    // No ligatures: text copied out of the PDF should read "fix", not "ﬁx".
    f.setFeature(QFont::Tag("liga"), 0);
    return f;
}

QString severityColor(Severity s)
{
    switch (s) {
    case Severity::High: return u"#cf222e"_s;
    case Severity::Warning: return u"#9a6700"_s;
    case Severity::Info: break;
    }
    return u"#0969da"_s;
}

QString ruleTitle(const QString &ruleId)
{
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    return rule ? rule->title() : ruleId;
}

QString prLink(const PullRequest &pr, const RepoRef &repo)
{
    const QString number = u"#%1"_s.arg(pr.number);
    const QString url = ReportRenderer::safeLinkUrl(pr.url.isEmpty() ? repo.pullUrl(pr.number) : pr.url);
    return url.isEmpty() ? esc(number) : u"<a href=\"%1\">%2</a>"_s.arg(esc(url), esc(number));
}

QString badges(const PrAnalysis &a)
{
    QString out;
    for (const RiskFinding &f : a.findings)
        out += u"<span style=\"background-color:%1;color:#ffffff;\">&nbsp;%2&nbsp;</span> "_s.arg(
            severityColor(f.severity), esc(ruleTitle(f.ruleId)));
    return out;
}

QString table(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                  u"style=\"border-color:#d0d7de;border-collapse:collapse;\"><tr>"_s;
    for (const QString &h : header)
        out += u"<th align=\"left\" bgcolor=\"#f6f8fa\">"_s + esc(h) + u"</th>"_s;
    out += u"</tr>"_s;
    for (const QStringList &row : rows) {
        out += u"<tr>"_s;
        for (const QString &cell : row)
            out += u"<td valign=\"top\">"_s + cell + u"</td>"_s; // cells arrive escaped
        out += u"</tr>"_s;
    }
    return out + u"</table>"_s;
}

/// Draws a QTextDocument, already laid out for the writer at the body's page size, over as many pages as it needs.
void drawDocumentPages(QPainter &painter, QTextDocument &doc, const QRectF &body, const std::function<void()> &newPage)
{
    const int pages = doc.pageCount();
    for (int i = 0; i < pages; ++i) {
        newPage();
        painter.save();
        painter.translate(body.topLeft());
        painter.translate(0, -i * body.height());
        doc.drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();
    }
}

} // namespace

bool WeeklyReportPdf::paperFromName(const QString &name, QPageSize::PageSizeId *out)
{
    const QString n = name.trimmed().toLower();
    if (n == u"a4")
        *out = QPageSize::A4;
    else if (n == u"letter")
        *out = QPageSize::Letter;
    else
        return false;
    return true;
}

QString WeeklyReportPdf::bodyHtml(const ReportDocument &report, const WeekData &week, const WeekAnalysis &analysis)
{
    QString html = ReportRenderer::toHtml(report);
    // The page's own font choice is for browsers; the PDF uses documentFont()'s families.
    static const QRegularExpression fontFamily(u"font-family:[^;}]*;?"_s);
    html.replace(fontFamily, QString());
    // The page ends where the appendices begin.
    const qsizetype end = html.lastIndexOf(u"</body>"_s);
    if (end >= 0)
        html.truncate(end);

    QList<QStringList> highlighted;
    for (const ThemeGroup &group : analysis.highlights) {
        for (int number : group.prs) {
            const PullRequest *pr = week.find(number);
            const PrAnalysis *a = analysis.find(number);
            if (!pr || !a)
                continue;
            highlighted.append({prLink(*pr, week.repo), esc(pr->title), esc(pr->author), esc(group.display),
                                QLocale().toString(a->importance.score), badges(*a)});
        }
    }
    html += u"<h2>"_s + esc(tr("Highlighted pull requests and their risks")) + u"</h2>"_s;
    if (highlighted.isEmpty())
        html += u"<p>"_s + esc(tr("No pull request stood out this week.")) + u"</p>"_s;
    else
        html += table({tr("PR"), tr("Title"), tr("Author"), tr("Theme"), tr("Importance"), tr("Risks")},
                      highlighted);

    QList<QStringList> all;
    for (const PullRequest &pr : week.pulls) {
        const PrAnalysis *a = analysis.find(pr.number);
        all.append({prLink(pr, week.repo), esc(pr.title), esc(pr.author),
                    esc(u"+%1 −%2"_s.arg(QLocale().toString(pr.additions), QLocale().toString(pr.deletions))),
                    QLocale().toString(pr.changedFiles), esc(a ? a->tags.join(u", "_s) : QString())});
    }
    html += u"<h2 style=\"page-break-before:always;\">"_s
        + esc(tr("Appendix: every merged pull request (%n)", nullptr, int(week.pulls.size()))) + u"</h2>"_s;
    html += table({tr("PR"), tr("Title"), tr("Author"), tr("Lines"), tr("Files"), tr("Tags")}, all);

    if (!analysis.ledger.isEmpty()) {
        html += u"<h2>"_s + esc(tr("Appendix: completeness ledger")) + u"</h2><ul>"_s;
        for (const LedgerEntry &e : analysis.ledger) {
            // In the report's language; the stored entry is language-neutral (kind + what + args).
            const QString text = CompletenessLedger::describe(e);
            html += u"<li>"_s + esc(e.prNumber > 0 ? tr("#%1: %2").arg(QString::number(e.prNumber), text) : text)
                + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    return html + u"</body></html>"_s;
}

bool WeeklyReportPdf::write(const QString &path, const ReportDocument &report, const WeekData &week,
                            const WeekAnalysis &analysis, const QList<QChart *> &charts, const Options &options,
                            QString *error)
{
    ReportOutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }

    QPdfWriter writer(file.device());
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(options.paper));
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    writer.setCreator(u"PR Lens"_s);
    writer.setTitle(report.title);
    if (!options.author.isEmpty()) {
        writer.setDocumentXmpMetadata(
            u"<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            u"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
            u"<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            u"</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"_s
                .arg(esc(report.title), esc(options.author))
                .toUtf8());
    }

    QPainter painter(&writer);
    if (!painter.isActive()) {
        if (error)
            *error = tr("Could not start drawing the PDF %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    const QRectF page(0, 0, writer.width(), writer.height());
    const qreal footerHeight = Dpi * 0.3;
    const QRectF body(page.left(), page.top(), page.width(), page.height() - footerHeight);

    // Lay out the body first so every footer can say "page X of N".
    // Sealed: the report is escaped, and even if some text were not, no <img> in it could read a file.
    SealedTextDocument doc;
    doc.setDefaultFont(documentFont(10));
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body.size());
    doc.setHtml(bodyHtml(report, week, analysis));
    const int chartPages = int((charts.size() + 1) / 2);
    const int totalPages = 1 + chartPages + doc.pageCount();

    int pageNo = 0;
    const QString footerLeft = u"%1 · %2"_s.arg(week.repo.displayName(), week.week.toString());
    auto startPage = [&] {
        if (pageNo > 0)
            writer.newPage();
        ++pageNo;
        painter.save();
        painter.setFont(documentFont(8));
        painter.setPen(QColor(0x59, 0x63, 0x6e));
        const QRectF footer(page.left(), page.bottom() - footerHeight * 0.7, page.width(), footerHeight * 0.7);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, footerLeft);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(QLocale().toString(pageNo), QLocale().toString(totalPages)));
        painter.restore();
    };

    // Title page.
    startPage();
    {
        const QLocale locale;
        const QString dates = tr("%1 to %2 (%3)")
                                  .arg(locale.toString(week.week.monday(), QLocale::LongFormat),
                                       locale.toString(week.week.sunday(), QLocale::LongFormat),
                                       week.zone.displayName());
        QString completeness;
        if (analysis.ledger.isEmpty())
            completeness = tr("Complete: nothing was truncated, skipped or rate-limited.");
        else
            completeness = tr("%n completeness note(s): see the appendix.", nullptr, int(analysis.ledger.size()));
        const QString fetched = week.fetchedAt.isValid()
            ? tr("Data fetched %1").arg(locale.toString(week.fetchedAt.toLocalTime(), QLocale::ShortFormat))
            : QString();
        SealedTextDocument title;
        title.setDefaultFont(documentFont(12));
        title.documentLayout()->setPaintDevice(&writer);
        title.setPageSize(body.size());
        title.setHtml(u"<div style=\"margin-top:120px;\"><p style=\"font-size:30pt;font-weight:bold;\">%1</p>"
                      u"<p style=\"font-size:18pt;\">%2</p><p style=\"font-size:14pt;\">%3</p>"
                      u"<p style=\"font-size:12pt;color:#59636e;\">%4</p><p style=\"font-size:12pt;\">%5</p>"
                      u"<p style=\"font-size:12pt;color:#59636e;\">%6</p></div>"_s
                          .arg(esc(report.title), esc(week.repo.displayName()), esc(dates), esc(fetched),
                               esc(completeness), esc(tr("Made with PR Lens"))));
        painter.save();
        painter.translate(body.topLeft());
        title.drawContents(&painter, QRectF(QPointF(0, 0), body.size()));
        painter.restore();
    }

    // Charts, two per page, as vectors.
    for (int i = 0; i < charts.size(); i += 2) {
        startPage();
        const qreal gap = Dpi * 0.25;
        const qreal h = (body.height() - gap) / 2;
        for (int j = 0; j < 2 && i + j < charts.size(); ++j) {
            if (QChart *chart = charts.at(i + j))
                ChartRenderer::render(chart, &painter, QRectF(body.left(), body.top() + j * (h + gap), body.width(), h));
        }
    }

    // Report, highlighted PRs, appendix.
    drawDocumentPages(painter, doc, body, startPage);

    if (!painter.end() || !file.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

} // namespace PrLens
