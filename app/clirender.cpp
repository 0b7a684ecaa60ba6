// SPDX-License-Identifier: MIT
#include "clirender.h"

#include "analysisjson.h"
#include "backteststore.h"
#include "jsonwriter.h"
#include "prreport.h"
#include "reportrenderer.h"
#include "runtrace.h"
#include "weekanalysis.h"
#include "weeklyreport.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {

/// Where the data came from: the week's boundaries, when it was read and whether from the cache.
void writeOrigin(JsonWriter &w, const WeekData &week)
{
    const WeekRange range = week.range();
    w.member("start"_L1, range.start.toString(Qt::ISODate));
    w.member("end"_L1, range.end.toString(Qt::ISODate));
    w.member("fetchedAt"_L1, week.fetchedAt.toUTC().toString(Qt::ISODate));
    w.member("fromCache"_L1, week.fromCache);
}

/// A PR as the source delivered it (files included), with its analysis under "analysis".
void writePull(JsonWriter &w, const PullRequest &pr, const PrAnalysis *analysis)
{
    w.beginObject();
    pr.writeMembers(w);
    if (analysis) {
        w.key("analysis"_L1);
        AnalysisJson::write(w, *analysis);
    }
    w.endObject();
}

void writeWeek(JsonWriter &w, const WeekData &week, const WeekAnalysis &analysis)
{
    w.beginObject();
    AnalysisJson::writeWeekMembers(w, analysis);
    writeOrigin(w, week);
    w.key("pulls"_L1);
    // With every patch a busy week is megabytes of text: its PRs are written on the free cores.
    constexpr qsizetype Grain = 16;
    w.parallelArray(week.pulls, Grain,
        [&analysis](JsonWriter &part, const PullRequest &pr) { writePull(part, pr, analysis.find(pr.number)); });
    w.key("direct"_L1);
    w.array(week.direct, [&w](const PullRequest &commit) { commit.writeJson(w); });
    w.endObject();
}

void writePr(JsonWriter &w, const WeekData &week, const WeekAnalysis &analysis, const PullRequest &pr)
{
    w.beginObject();
    w.member("repo"_L1, week.repo.key());
    w.member("week"_L1, week.week.toString());
    w.member("zone"_L1, week.zone.toString());
    writeOrigin(w, week);
    w.key("pull"_L1);
    writePull(w, pr, analysis.find(pr.number));
    w.key("ledger"_L1);
    w.beginArray();
    for (const LedgerEntry &e : analysis.ledger)
        if (e.prNumber == 0 || e.prNumber == pr.number)
            e.writeJson(w);
    w.endArray();
    w.endObject();
}

} // namespace

bool formatAvailable(const CliOptions &options, QString *error)
{
    if (options.format != CliOptions::Format::Pdf || options.command == CliOptions::Command::Report)
        return true;
    *error = QCoreApplication::translate("Cli",
        "PDF output is available for the weekly report; for one PR use "
        "--format md, html or json.");
    return false;
}

QByteArrayList renderOutput(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
    const AnalysisConfig &config, QString *error)
{
    WeekAnalysis analysis = analyzeWeek(week, history, config);
    RunTrace::mark("analysed");
    {
        // The rules' lift measured by the repository's last `prlens backtest`, to order the report's risks.
        QSettings settings;
        if (const std::optional<BacktestSummary> measured = BacktestStore::load(settings, week.repo.key()))
            analysis.measuredLift = measured->lifts();
    }
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
        JsonWriter w(JsonWriter::Style::Indented);
        if (pr)
            writePr(w, week, analysis, *pr);
        else
            writeWeek(w, week, analysis);
        return w.takePieces();
    }
    const ReportDocument doc = pr ? PrReport::build(*pr, *analysis.find(pr->number), week.repo, config.moduleDepth)
                                  : WeeklyReport::build(analysis, week);
    switch (options.format) {
    case CliOptions::Format::Markdown:
        return {ReportRenderer::toMarkdown(doc).toUtf8()};
    case CliOptions::Format::Html:
        return {ReportRenderer::toHtml(doc).toUtf8()};
    case CliOptions::Format::Json:
    case CliOptions::Format::Pdf:
        break;
    }
    formatAvailable(options, error);
    return {};
}

} // namespace PrLens::Cli
