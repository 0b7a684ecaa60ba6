// SPDX-License-Identifier: MIT
#include "fullclibackend.h"

#include "clioptions.h"
#include "reportcharts.h"
#include "tokenresolver.h"
#include "weeklyreport.h"
#include "weeklyreportpdf.h"
#include "weekview.h"

#include <QApplication>
#include <QLocale>

namespace PrLens::Cli {

std::unique_ptr<QCoreApplication> FullCliBackend::createApplication(int &argc, char **argv, bool needsGui)
{
    if (!needsGui)
        return CliBackend::createApplication(argc, argv, false);
    // The PDF draws its charts with widgets: it needs a QApplication, on the offscreen platform when there is no
    // display (and the user chose no platform).
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

CachedWeekSource *FullCliBackend::createSource(
    const RepoRef &repo, WeekCache *cache, SourceFactory::Options options, QObject *parent)
{
    options.savedHosts = true; // the host's URLs from Settings › Accounts, as in the window
    return SourceFactory::create(repo, cache, options, parent);
}

void FullCliBackend::resolveToken(const QString &host, QObject *context, TokenCallback done)
{
    TokenResolver::resolve(host, context,
        [done](const QString &token, TokenResolver::Origin, const QString &notice) { done(token, notice); });
}

bool FullCliBackend::writePdf(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
    const AnalysisConfig &config, QString *error)
{
    // The window's analysis and chart entries, drawn as the window draws them but in print colours.
    const WeekView view = buildWeekView(week, history, config);
    const ReportDocument doc = WeeklyReport::build(view.analysis, week);
    const ReportCharts charts(view.tags, view.hotFiles, view.trend, view.risks, ReportCharts::defaultSize(),
        view.mergeTimes, view.reviewerLoad);
    WeeklyReportPdf::Options pdf;
    if (options.paper.isEmpty())
        pdf.paper
            = QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
    else
        WeeklyReportPdf::paperFromName(options.paper, &pdf.paper);
    return WeeklyReportPdf::write(options.outputFile, doc, week, view.analysis, charts.charts(), pdf, error);
}

} // namespace PrLens::Cli
