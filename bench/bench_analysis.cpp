// SPDX-License-Identifier: MIT
// Analysis and report speed on real data: the year-scale vLLM dataset (10,109 PRs with file lists) split into ISO
// weeks (UTC+8); the busiest week analysed against its four previous weeks, every week of the year analysed in
// turn, and the weekly report rendered to Markdown. Baselines from the same run: parsing the dataset, and one plain
// pass over the week's PRs and files (WeekSummary). The dataset has no reviews (git history has none), so the year
// is analysed a second time with review data added to every PR (opened, a ready-for-review time on every fifth, a
// bot's, the author's and two people's reviews), and the review flow alone is timed over it. Usage: bench_analysis
// [--reps N]. Prints figures; never fails on timing.
#include "datasetreader.h"
#include "reportrenderer.h"
#include "reviewflow.h"
#include "weekanalysis.h"
#include "weeklyreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// Deterministic review data for a PR without any: what GitHub would have delivered for the review flow.
void addReviews(PullRequest &pr)
{
    const qint64 open = 3600 * (1 + pr.number % 97);
    pr.reviewDataKnown = true;
    pr.createdAt = pr.mergedAt.addSecs(-open);
    if (pr.number % 5 == 0)
        pr.readyForReviewAt = pr.createdAt.addSecs(open / 3);
    const QDateTime start = pr.readyForReviewAt.isValid() ? pr.readyForReviewAt : pr.createdAt;
    pr.reviews = {Review {u"review-bot"_s, Review::State::Commented, {}, start.addSecs(120), true},
        Review {pr.author, Review::State::Commented, {}, start.addSecs(600)},
        Review {u"reviewer%1"_s.arg(pr.number % 13), Review::State::ChangesRequested, {}, start.addSecs(open / 4)},
        Review {u"reviewer%1"_s.arg(pr.number % 7), Review::State::Approved, {}, start.addSecs(open / 2)}};
}

double medianMs(int reps, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int reps = 5;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(u"--reps"_s); i >= 0 && i + 1 < args.size())
        reps = std::max(1, args.at(i + 1).toInt());

    const QString path
        = QStringLiteral(PRLENS_SHARED_DIR "/datasets/vllm-project__vllm/2025-06-01_2026-05-27/pulls.json.gz");
    if (!QFile::exists(path)) {
        std::printf("dataset not present: %s\n", qPrintable(path));
        return 0;
    }
    QProcess gunzip;
    gunzip.start(u"gzip"_s, {u"-dc"_s, path});
    if (!gunzip.waitForFinished(-1) || gunzip.exitCode() != 0) {
        std::printf("gzip could not read %s\n", qPrintable(path));
        return 0;
    }
    const QByteArray json = gunzip.readAllStandardOutput();
    QList<PullRequest> pulls;
    QString error;
    const double parseMs = medianMs(1, [&] { DatasetReader::parse(json, &pulls, &error); });

    const UtcOffset zone(8 * 3600);
    QMap<IsoWeek, WeekData> weeks;
    for (const PullRequest &pr : std::as_const(pulls)) {
        WeekData &w = weeks[IsoWeek::containing(pr.mergedAt, zone)];
        w.week = IsoWeek::containing(pr.mergedAt, zone);
        w.zone = zone;
        w.repo = RepoRef::parseGitHub(u"vllm-project/vllm"_s);
        w.pulls.append(pr);
    }
    const auto busiest = std::max_element(weeks.begin(), weeks.end(),
        [](const WeekData &a, const WeekData &b) { return a.pulls.size() < b.pulls.size(); });
    QList<WeekData> history;
    for (int back = 1; back <= 4; ++back)
        if (weeks.contains(busiest->week.addWeeks(-back)))
            history.append(weeks.value(busiest->week.addWeeks(-back)));
    int files = 0;
    for (const PullRequest &pr : std::as_const(busiest->pulls))
        files += int(pr.files.size());

    const AnalysisConfig cfg;
    const double baselineMs = medianMs(reps, [&] { (void)WeekSummary::of(*busiest); });
    WeekAnalysis analysis;
    const double weekMs = medianMs(reps, [&] { analysis = analyzeWeek(*busiest, history, cfg); });
    QString markdown;
    const double reportMs
        = medianMs(reps, [&] { markdown = ReportRenderer::toMarkdown(WeeklyReport::build(analysis, *busiest)); });
    const double yearMs = medianMs(1, [&] {
        for (auto it = weeks.begin(); it != weeks.end(); ++it) {
            QList<WeekData> h;
            for (int back = 1; back <= 4; ++back)
                if (weeks.contains(it.key().addWeeks(-back)))
                    h.append(weeks.value(it.key().addWeeks(-back)));
            (void)analyzeWeek(it.value(), h, cfg);
        }
    });

    QMap<IsoWeek, WeekData> reviewed = weeks;
    for (WeekData &w : reviewed)
        for (PullRequest &pr : w.pulls)
            addReviews(pr);
    const auto year = [&cfg](const QMap<IsoWeek, WeekData> &all) {
        for (auto it = all.begin(); it != all.end(); ++it) {
            QList<WeekData> h;
            for (int back = 1; back <= 4; ++back)
                if (all.contains(it.key().addWeeks(-back)))
                    h.append(all.value(it.key().addWeeks(-back)));
            (void)analyzeWeek(it.value(), h, cfg);
        }
    };
    const double yearReviewedMs = medianMs(std::max(1, reps / 2), [&] { year(reviewed); });
    const double yearPlainMs = medianMs(std::max(1, reps / 2), [&] { year(weeks); });
    const BotAccounts bots(cfg.bots);
    const double flowMs = medianMs(reps, [&] {
        for (const WeekData &w : std::as_const(reviewed))
            (void)ReviewFlow::compute(w, bots);
    });

    std::printf("dataset: %lld PRs in %lld weeks; parse %.1f ms (baseline)\n", qlonglong(pulls.size()),
        qlonglong(weeks.size()), parseMs);
    std::printf("busiest week %s: %lld PRs, %d file entries, 4 weeks of history\n",
        qPrintable(busiest->week.toString()), qlonglong(busiest->pulls.size()), files);
    std::printf("  one pass over PRs and files (WeekSummary, baseline): %8.2f ms (median of %d)\n", baselineMs, reps);
    std::printf("  analyzeWeek with history:                           %8.2f ms (median of %d)\n", weekMs, reps);
    std::printf("  weekly report to Markdown (%lld characters):       %8.2f ms (median of %d)\n",
        qlonglong(markdown.size()), reportMs, reps);
    std::printf("every week of the year analysed with its history:     %8.1f ms\n", yearMs);
    std::printf(
        "the same again (median of %d):                          %8.1f ms\n", std::max(1, reps / 2), yearPlainMs);
    std::printf("  with 4 reviews on every PR (review flow computed):  %8.1f ms (%.2fx)\n", yearReviewedMs,
        yearReviewedMs / yearPlainMs);
    std::printf("  the review flow alone, every week once:             %8.1f ms\n", flowMs);
    return 0;
}
