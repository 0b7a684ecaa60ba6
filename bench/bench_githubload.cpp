// SPDX-License-Identifier: MIT
// Loading a real week (vLLM, 2026-W13 in UTC+8, 199 PRs) from the loopback GitHub server: wall time and requests
// by kind, with and without added latency, plus the patches of every PR at several concurrency limits.
// Baseline measured in the same run: the same search pages fetched one after another with a bare
// QNetworkAccessManager (no retries, queue or parsing). Prints figures; never fails on timing.
#include "analysisconfig.h"
#include "fakegithubserver.h"
#include "githubsource.h"
#include "githubweekpatches.h"
#include "graphqlqueries.h"
#include "weekanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <cstdio>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const IsoWeek kWeek(2026, 13);
const UtcOffset kZone(8 * 3600);

QString countsText(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", "_s);
}

/// Every search page fetched in sequence with a bare QNetworkAccessManager; returns ms and sets *pages.
double baseline(const QUrl &base, int *pages)
{
    QNetworkAccessManager nam;
    const WeekRange range = WeekRange::of(kWeek, kZone);
    const QString q = u"repo:vllm-project/vllm is:pr is:merged merged:%1..%2"_s.arg(
        WeekRange::isoWithOffset(range.start, kZone), WeekRange::isoWithOffset(range.end.addSecs(-1), kZone));
    QString after;
    *pages = 0;
    QElapsedTimer t;
    t.start();
    for (;;) {
        QNetworkRequest req(base.resolved(QUrl(u"/graphql"_s)));
        req.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        req.setRawHeader("Authorization", "Bearer bench-token"); // GitHub's GraphQL API needs a token
        QNetworkReply *reply = nam.post(req, QJsonDocument(GraphQlQueries::searchBody(q, 50, after)).toJson());
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        const QJsonObject page = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value("data"_L1)
                                     .toObject()
                                     .value("search"_L1)
                                     .toObject()
                                     .value("pageInfo"_L1)
                                     .toObject();
        reply->deleteLater();
        ++*pages;
        if (!page.value("hasNextPage"_L1).toBool())
            break;
        after = page.value("endCursor"_L1).toString();
    }
    return double(t.nsecsElapsed()) / 1e6;
}

/// The files of each PR fetched one after another with a bare QNetworkAccessManager; returns ms per request.
double bareFilesPerRequest(const QUrl &base, const QList<PullRequest> &pulls)
{
    QNetworkAccessManager nam;
    QElapsedTimer t;
    t.start();
    for (const PullRequest &pr : pulls) {
        QNetworkReply *reply = nam.get(QNetworkRequest(
            base.resolved(QUrl(u"/repos/vllm-project/vllm/pulls/%1/files?per_page=100"_s.arg(pr.number)))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(30000);
        reply->readAll();
        reply->deleteLater();
    }
    return double(t.nsecsElapsed()) / 1e6 / double(std::max<qsizetype>(1, pulls.size()));
}

/// The week, then every PR's patches (WeekSource::loadWeekPatches), then the full analysis, at @p latency ms per
/// answer; next to its floor: the search pages one after another plus the files requests 8 at a time, each one
/// round trip of @p latency.
void fullWeek(FakeGitHubServer &server, int latency)
{
    server.setLatencyMs(latency);
    GitHubSource source;
    source.setApiUrl(server.baseUrl());
    source.setToken(u"bench-token"_s);
    QSignalSpy finished(&source, &WeekSource::finished);
    QSignalSpy patches(&source, &WeekSource::weekPatchesLoaded);
    QSignalSpy patchesDone(&source, &WeekSource::weekPatchesFinished);
    QElapsedTimer t;
    t.start();
    source.load(RepoRef::parseGitHub(u"vllm-project/vllm"_s), kWeek, kZone);
    finished.wait(120000);
    if (finished.isEmpty())
        return;
    const double weekMs = double(t.nsecsElapsed()) / 1e6;
    WeekData data = finished.first().first().value<WeekData>();
    source.loadWeekPatches(data.repo, data.pulls);
    while (patchesDone.isEmpty() && t.elapsed() < 120000)
        patchesDone.wait(1000);
    const double patchesMs = double(t.nsecsElapsed()) / 1e6;
    for (const QList<QVariant> &args : std::as_const(patches))
        data.applyPatches(args.first().value<PullPatches>());
    const WeekAnalysis analysis = analyzeWeek(data, {}, AnalysisConfig());
    const double allMs = double(t.nsecsElapsed()) / 1e6;
    const QMap<QString, int> counts = source.requestCounts();
    const int searchPages = counts.value(u"graphql.search"_s);
    const int files = counts.value(u"rest.files"_s);
    const int rounds
        = searchPages + (files + GitHubWeekPatches::kPullsInFlight - 1) / GitHubWeekPatches::kPullsInFlight;
    std::printf("latency %3d ms: week with every patch, %d PRs (%d without patches), %d ledger lines\n", latency,
        int(data.pulls.size()), data.pullsWithoutPatches(), int(analysis.ledger.size()));
    std::printf("    floor %d round trips (%d search pages in sequence + %d files requests %d at a time) = %8.1f ms\n",
        rounds, searchPages, files, GitHubWeekPatches::kPullsInFlight, double(rounds * latency));
    std::printf("    dashboard (week) %8.1f ms | patches in %8.1f ms | full analysis %8.1f ms (%.2fx floor); "
                "requests: %s\n",
        weekMs, patchesMs, allMs, rounds > 0 && latency > 0 ? allMs / (rounds * latency) : 0.0,
        qPrintable(countsText(counts)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<WeekData>();
    const QString dir = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/vllm-project__vllm/2026-03-23_2026-03-29"_s;
    FakeGitHubServer server;
    QString error;
    if (!server.addDataset(dir, &error) || server.listen() == 0) {
        std::printf("skipped: %s\n", qPrintable(error.isEmpty() ? u"cannot listen"_s : error));
        return 0;
    }
    std::printf("== vLLM week %s in %s from the loopback GitHub server\n", qPrintable(kWeek.toString()),
        qPrintable(kZone.toString()));
    qRegisterMetaType<PullPatches>();
    qRegisterMetaType<QList<LedgerEntry>>();
    for (int latency : {0, 50})
        fullWeek(server, latency);
    for (int latency : {0, 30}) {
        server.setLatencyMs(latency);
        int pages = 0;
        baseline(server.baseUrl(), &pages); // warms the server's indexes and the loopback connection
        const double base = baseline(server.baseUrl(), &pages);
        GitHubSource source;
        source.setApiUrl(server.baseUrl());
        source.setToken(u"bench-token"_s);
        QSignalSpy finished(&source, &WeekSource::finished);
        QElapsedTimer t;
        t.start();
        source.load(RepoRef::parseGitHub(u"vllm-project/vllm"_s), kWeek, kZone);
        finished.wait(120000);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        const int prs = finished.isEmpty() ? 0 : int(finished.first().first().value<WeekData>().pulls.size());
        std::printf("latency %3d ms: baseline %d bare search pages %8.1f ms | GitHubSource week %8.1f ms, %d PRs, "
                    "requests: %s\n",
            latency, pages, base, ms, prs, qPrintable(countsText(source.requestCounts())));

        if (finished.isEmpty())
            continue;
        const WeekData data = finished.first().first().value<WeekData>();
        std::printf("    baseline: bare sequential REST files request %6.1f ms each\n",
            bareFilesPerRequest(server.baseUrl(), data.pulls.mid(0, 40)));
        for (int limit : {1, 4, 8}) {
            // A fresh source each time: its ETag cache would otherwise turn later rounds into 304s.
            GitHubSource fresh;
            fresh.setApiUrl(server.baseUrl());
            fresh.setToken(u"bench-token"_s);
            RequestPolicy policy;
            policy.maxConcurrent = limit;
            fresh.setPolicy(policy);
            QSignalSpy patches(&fresh, &WeekSource::patchesLoaded);
            QElapsedTimer p;
            p.start();
            for (const PullRequest &pr : data.pulls)
                fresh.loadPatches(data.repo, pr);
            while (patches.size() < data.pulls.size() && p.elapsed() < 120000)
                patches.wait(1000);
            std::printf("    patches of %lld PRs, %d at a time: %8.1f ms, %d REST requests, peak in flight %d\n",
                qlonglong(patches.size()), limit, double(p.nsecsElapsed()) / 1e6,
                fresh.requestCounts().value(u"rest.files"_s), fresh.peakInFlight());
            if (limit == 8) {
                // The same source again: every page is asked for with If-None-Match and comes back 304.
                patches.clear();
                fresh.resetCounts();
                p.start();
                for (const PullRequest &pr : data.pulls)
                    fresh.loadPatches(data.repo, pr);
                while (patches.size() < data.pulls.size() && p.elapsed() < 120000)
                    patches.wait(1000);
                std::printf("    again with ETags, 8 at a time: %8.1f ms, %d REST requests, %d answered 304\n",
                    double(p.nsecsElapsed()) / 1e6, fresh.requestCounts().value(u"rest.files"_s),
                    fresh.notModifiedCount());
            }
        }
    }
    return 0;
}
