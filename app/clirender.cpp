// SPDX-License-Identifier: MIT
#include "clirender.h"

#include "analysisjson.h"
#include "prreport.h"
#include "reportcharts.h"
#include "reportrenderer.h"
#include "weekanalysis.h"
#include "weeklyreport.h"
#include "weeklyreportpdf.h"
#include "weekview.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {

/// Where the data came from: the week's boundaries, when it was read and whether from the cache.
void addOrigin(QJsonObject &o, const WeekData &week)
{
    const WeekRange range = week.range();
    o.insert("start"_L1, range.start.toString(Qt::ISODate));
    o.insert("end"_L1, range.end.toString(Qt::ISODate));
    o.insert("fetchedAt"_L1, week.fetchedAt.toUTC().toString(Qt::ISODate));
    o.insert("fromCache"_L1, week.fromCache);
}

/// A PR as the source delivered it (files included), with its analysis under "analysis".
QJsonObject pullJson(const PullRequest &pr, const PrAnalysis *analysis)
{
    QJsonObject o = pr.toJson();
    if (analysis)
        o.insert("analysis"_L1, AnalysisJson::toJson(*analysis));
    return o;
}

QJsonObject weekJson(const WeekData &week, const WeekAnalysis &analysis)
{
    QJsonObject o = AnalysisJson::toJson(analysis);
    addOrigin(o, week);
    QJsonArray pulls, direct;
    for (const PullRequest &pr : week.pulls)
        pulls.append(pullJson(pr, analysis.find(pr.number)));
    for (const PullRequest &commit : week.direct)
        direct.append(commit.toJson());
    o.insert("pulls"_L1, pulls);
    o.insert("direct"_L1, direct);
    return o;
}

QJsonObject prJson(const WeekData &week, const WeekAnalysis &analysis, const PullRequest &pr)
{
    QJsonObject o{{"repo"_L1, week.repo.key()}, {"week"_L1, week.week.toString()}, {"zone"_L1, week.zone.toString()}};
    addOrigin(o, week);
    o.insert("pull"_L1, pullJson(pr, analysis.find(pr.number)));
    QJsonArray ledger;
    for (const LedgerEntry &e : analysis.ledger)
        if (e.prNumber == 0 || e.prNumber == pr.number)
            ledger.append(QJsonObject{{"kind"_L1, LedgerEntry::kindToString(e.kind)}, {"pr"_L1, e.prNumber},
                                      {"what"_L1, e.what}, {"detail"_L1, e.detail}});
    o.insert("ledger"_L1, ledger);
    return o;
}

} // namespace

bool formatAvailable(const CliOptions &options, QString *error)
{
    if (options.format != CliOptions::Format::Pdf || options.command == CliOptions::Command::Report)
        return true;
    *error = QCoreApplication::translate("Cli", "PDF output is available for the weekly report; for one PR use "
                                                "--format md, html or json.");
    return false;
}

bool writePdf(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
              const AnalysisConfig &config, QString *error)
{
    if (!formatAvailable(options, error))
        return false;
    // The window's analysis and chart entries, drawn as the window draws them but in print colours.
    const WeekView view = buildWeekView(week, history, config);
    const ReportDocument doc = WeeklyReport::build(view.analysis, week);
    const ReportCharts charts(view.tags, view.hotFiles, view.trend, view.risks);
    WeeklyReportPdf::Options pdf;
    if (options.paper.isEmpty())
        pdf.paper = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                       : QPageSize::A4;
    else
        WeeklyReportPdf::paperFromName(options.paper, &pdf.paper);
    return WeeklyReportPdf::write(options.outputFile, doc, week, view.analysis, charts.charts(), pdf, error);
}

QByteArray renderOutput(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
                        const AnalysisConfig &config, QString *error)
{
    const WeekAnalysis analysis = analyzeWeek(week, history, config);
    const PullRequest *pr = nullptr;
    if (options.command == CliOptions::Command::Pr) {
        pr = week.find(options.number);
        if (!pr || !analysis.find(options.number)) {
            *error = QCoreApplication::translate("Cli", "PR #%1 is not among the pull requests of %2.")
                         .arg(options.number)
                         .arg(week.week.toString());
            return {};
        }
    }
    if (options.format == CliOptions::Format::Json) {
        const QJsonObject o = pr ? prJson(week, analysis, *pr) : weekJson(week, analysis);
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    const ReportDocument doc = pr ? PrReport::build(*pr, *analysis.find(pr->number), week.repo, config.moduleDepth)
                                  : WeeklyReport::build(analysis, week);
    switch (options.format) {
    case CliOptions::Format::Markdown: return ReportRenderer::toMarkdown(doc).toUtf8();
    case CliOptions::Format::Html: return ReportRenderer::toHtml(doc).toUtf8();
    case CliOptions::Format::Json:
    case CliOptions::Format::Pdf: break;
    }
    formatAvailable(options, error);
    return {};
}

} // namespace PrLens::Cli
