// SPDX-License-Identifier: MIT
#include "weeklyreportpdf.h"

#include "chartrenderer.h"
#include "completenessledger.h"
#include "reportdocument.h"
#include "reportoutputfile.h"
#include "reportrenderer.h"
#include "riskengine.h"
#include "riskrule.h"
#include "safetext.h"
#include "sealedtextdocument.h"
#include "weekanalysis.h"
#include "weekdata.h"

#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr int Dpi = 300;
constexpr qreal MarginMm = 18;

QString esc(const QString &s)
{
    return SafeText::html(s);
}

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

QString ruleTitle(const QString &ruleId)
{
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    return rule ? rule->title() : ruleId;
}

QString prUrl(const PullRequest &pr, const RepoRef &repo)
{
    return pr.url.isEmpty() ? repo.pullUrl(pr.number) : pr.url;
}

QList<ReportBadge> riskBadges(const PrAnalysis &a)
{
    QList<ReportBadge> out;
    for (const RiskFinding &f : a.findings)
        out.append({ruleTitle(f.ruleId), severityId(f.severity)});
    return out;
}

/// A text document laid out for the writer at the body's size, in the PDF's font.
void prepareDocument(QTextDocument &doc, QPdfWriter &writer, const QSizeF &body, qreal pointSize)
{
    doc.setDefaultFont(documentFont(pointSize));
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setPageSize(body);
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

/// The charts, two per page, as vectors.
void drawCharts(
    QPainter &painter, const QList<QChart *> &charts, const QRectF &body, const std::function<void()> &newPage)
{
    for (int i = 0; i < charts.size(); i += 2) {
        newPage();
        const qreal gap = Dpi * 0.25;
        const qreal h = (body.height() - gap) / 2;
        for (int j = 0; j < 2 && i + j < charts.size(); ++j) {
            if (QChart *chart = charts.at(i + j))
                ChartRenderer::render(
                    chart, &painter, QRectF(body.left(), body.top() + j * (h + gap), body.width(), h));
        }
    }
}

void setMetadata(QPdfWriter &writer, const QString &title, const QString &author)
{
    writer.setCreator(u"PR Lens"_s);
    writer.setTitle(title);
    if (author.isEmpty())
        return;
    writer.setDocumentXmpMetadata(
        u"<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
        u"<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        u"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        u"<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
        u"<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
        u"</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>"_s.arg(esc(title), esc(author))
            .toUtf8());
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

ReportSection WeeklyReportPdf::highlightedWithRisks(const WeekData &week, const WeekAnalysis &analysis)
{
    ReportSection sec {u"highlighted-risks"_s, tr("Highlighted pull requests and their risks"), 2, {}};
    QList<QStringList> rows, urls;
    QList<QList<QList<ReportBadge>>> badges;
    for (const ThemeGroup &group : analysis.highlights) {
        for (int number : group.prs) {
            const PullRequest *pr = week.find(number);
            const PrAnalysis *a = analysis.find(number);
            if (!pr || !a)
                continue;
            rows.append({u"#%1"_s.arg(pr->number), pr->title, pr->author, group.display,
                QLocale().toString(a->importance.score), QString()});
            urls.append(QStringList {prUrl(*pr, week.repo)});
            badges.append(QList<QList<ReportBadge>> {{}, {}, {}, {}, {}, riskBadges(*a)});
        }
    }
    if (rows.isEmpty()) {
        sec.blocks.append(ReportBlock::paragraph(tr("No pull request stood out this week.")));
        return sec;
    }
    ReportBlock table
        = ReportBlock::table({tr("PR"), tr("Title"), tr("Author"), tr("Theme"), tr("Importance"), tr("Risks")}, rows);
    table.cellUrls = urls;
    table.cellBadges = badges;
    sec.blocks.append(table);
    return sec;
}

ReportSection WeeklyReportPdf::everyPullRequest(const WeekData &week, const WeekAnalysis &analysis)
{
    ReportSection sec {u"appendix:pull-requests"_s,
        tr("Appendix: every merged pull request (%n)", nullptr, int(week.pulls.size())), 2, {}};
    sec.pageBreakBefore = true;
    QList<QStringList> rows, urls;
    for (const PullRequest &pr : week.pulls) {
        const PrAnalysis *a = analysis.find(pr.number);
        rows.append({u"#%1"_s.arg(pr.number), pr.title, pr.author,
            u"+%1 −%2"_s.arg(QLocale().toString(pr.additions), QLocale().toString(pr.deletions)),
            QLocale().toString(pr.changedFiles), a ? a->tags.join(u", "_s) : QString()});
        urls.append(QStringList {prUrl(pr, week.repo)});
    }
    ReportBlock table
        = ReportBlock::table({tr("PR"), tr("Title"), tr("Author"), tr("Lines"), tr("Files"), tr("Tags")}, rows);
    table.cellUrls = urls;
    sec.blocks.append(table);
    return sec;
}

ReportSection WeeklyReportPdf::ledgerAppendix(const WeekAnalysis &analysis)
{
    ReportSection sec {u"appendix:ledger"_s, tr("Appendix: completeness ledger"), 2, {}};
    QList<ReportItem> items;
    for (const LedgerEntry &e : analysis.ledger) {
        // In the report's language; the stored entry is language-neutral (kind + what + args).
        const QString text = CompletenessLedger::describe(e);
        items.append({{}, {}, e.prNumber > 0 ? tr("#%1: %2").arg(QString::number(e.prNumber), text) : text, {}, {}});
    }
    sec.blocks.append(ReportBlock::list(items));
    return sec;
}

QString WeeklyReportPdf::bodyHtml(const ReportDocument &report, const WeekData &week, const WeekAnalysis &analysis)
{
    ReportDocument pages = report;
    pages.sections.append(highlightedWithRisks(week, analysis));
    pages.sections.append(everyPullRequest(week, analysis));
    if (!analysis.ledger.isEmpty())
        pages.sections.append(ledgerAppendix(analysis));
    // Print style: the fonts are the document's (documentFont()), not the browser page's.
    return ReportRenderer::toHtml(pages, ReportRenderer::Links::Web, ReportRenderer::Style::Print);
}

QString WeeklyReportPdf::titlePageHtml(const ReportDocument &report, const WeekData &week, const WeekAnalysis &analysis)
{
    const QLocale locale;
    const QString dates = tr("%1 to %2 (%3)")
                              .arg(locale.toString(week.week.monday(), QLocale::LongFormat),
                                  locale.toString(week.week.sunday(), QLocale::LongFormat), week.zone.displayName());
    const QString completeness = analysis.ledger.isEmpty()
        ? tr("Complete: nothing was truncated, skipped or rate-limited.")
        : tr("%n completeness note(s): see the appendix.", nullptr, int(analysis.ledger.size()));
    const QString fetched = week.fetchedAt.isValid()
        ? tr("Data fetched %1").arg(locale.toString(week.fetchedAt.toLocalTime(), QLocale::ShortFormat))
        : QString();
    return u"<div style=\"margin-top:120px;\"><p style=\"font-size:30pt;font-weight:bold;\">%1</p>"
           u"<p style=\"font-size:18pt;\">%2</p><p style=\"font-size:14pt;\">%3</p>"
           u"<p style=\"font-size:12pt;color:#59636e;\">%4</p><p style=\"font-size:12pt;\">%5</p>"
           u"<p style=\"font-size:12pt;color:#59636e;\">%6</p></div>"_s.arg(esc(report.title),
               esc(week.repo.displayName()), esc(dates), esc(fetched), esc(completeness), esc(tr("Made with PR Lens")));
}

QString WeeklyReportPdf::writeError(const QString &path, const QString &why)
{
    return tr("Could not write %1: %2").arg(QFileInfo(path).absoluteFilePath(), why);
}

bool WeeklyReportPdf::write(const QString &path, const ReportDocument &report, const WeekData &week,
    const WeekAnalysis &analysis, const QList<QChart *> &charts, const Options &options, QString *error)
{
    ReportOutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = writeError(path, file.errorString());
        return false;
    }

    QPdfWriter writer(file.device());
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(options.paper));
    writer.setPageMargins(QMarginsF(MarginMm, MarginMm, MarginMm, MarginMm), QPageLayout::Millimeter);
    setMetadata(writer, report.title, options.author);

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
    prepareDocument(doc, writer, body.size(), 10);
    doc.setHtml(bodyHtml(report, week, analysis));
    const int totalPages = 1 + int((charts.size() + 1) / 2) + doc.pageCount();

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

    startPage();
    SealedTextDocument title;
    prepareDocument(title, writer, body.size(), 12);
    title.setHtml(titlePageHtml(report, week, analysis));
    painter.save();
    painter.translate(body.topLeft());
    title.drawContents(&painter, QRectF(QPointF(0, 0), body.size()));
    painter.restore();

    drawCharts(painter, charts, body, startPage);
    drawDocumentPages(painter, doc, body, startPage); // report, highlighted PRs, appendix

    if (!painter.end() || !file.commit()) {
        if (error)
            *error = writeError(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace PrLens
