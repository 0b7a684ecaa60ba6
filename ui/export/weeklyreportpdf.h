// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QString>

class QChart;

namespace PrLens {

struct ReportDocument;
struct ReportSection;
struct WeekAnalysis;
struct WeekData;

/// Writes the weekly report as a vector PDF: a title page, the charts, the report sections, the highlighted PRs
/// with their risk badges, and an appendix listing every merged PR — with page numbers, document metadata and
/// clickable links to the pull requests. Text is in the language the report was written in.
class WeeklyReportPdf {
    Q_DECLARE_TR_FUNCTIONS(PrLens::WeeklyReportPdf)
public:
    struct Options {
        QPageSize::PageSizeId paper = QPageSize::A4;
        QString author; ///< PDF author metadata; empty = not set
    };

    /// Parses "a4" / "letter" (case-insensitive); returns false for anything else.
    static bool paperFromName(const QString &name, QPageSize::PageSizeId *out);

    /// charts are drawn two per page as vectors, in the order given (they may be empty).
    /// Returns false and sets *error to a sentence for a person when the file cannot be written.
    static bool write(const QString &path, const ReportDocument &report, const WeekData &week,
        const WeekAnalysis &analysis, const QList<QChart *> &charts, const Options &options, QString *error);

    /// The HTML of the pages after the charts (report, highlighted PRs, appendix); exposed for tests.
    /// The report's sections and the ones the PDF adds, rendered by ReportRenderer in its print style.
    static QString bodyHtml(const ReportDocument &report, const WeekData &week, const WeekAnalysis &analysis);

private:
    static ReportSection highlightedWithRisks(const WeekData &week, const WeekAnalysis &analysis);
    static ReportSection everyPullRequest(const WeekData &week, const WeekAnalysis &analysis);
    static ReportSection ledgerAppendix(const WeekAnalysis &analysis);
    static QString titlePageHtml(const ReportDocument &report, const WeekData &week, const WeekAnalysis &analysis);
    static QString writeError(const QString &path, const QString &why);
};

} // namespace PrLens
