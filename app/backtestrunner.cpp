// SPDX-License-Identifier: MIT
#include "backtestrunner.h"

#include "backtest.h"
#include "backtestjson.h"
#include "backteststore.h"
#include "backtesttext.h"
#include "clibackend.h"
#include "clioutput.h"
#include "gitsource.h"
#include "reportrenderer.h"
#include "sourcefactory.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

BacktestRunner::BacktestRunner(const CliOptions &options, CliBackend &backend, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_backend(backend)
{
}

BacktestRunner::~BacktestRunner() = default;

int BacktestRunner::exec()
{
    QTimer::singleShot(0, this, &BacktestRunner::start);
    return m_run.exec();
}

void BacktestRunner::start()
{
    QSettings settings;
    if (!m_run.loadConfig(m_options, settings, &m_config))
        return;
    m_cacheOpen
        = m_cache.open(m_options.cacheFile.isEmpty() ? SourceFactory::cacheFile(settings) : m_options.cacheFile);
    if (!m_cacheOpen && m_options.policy == CachedWeekSource::Policy::Offline) {
        m_run.finish(ExitCode::NotFound, m_cache.lastError());
        return;
    }
    if (m_options.repo.kind != RepoRef::Kind::GitHub) {
        plan({});
        return;
    }
    m_backend.resolveTokenWaiting(m_options.repo.host, this, [this](const QString &token, const QString &notice, bool) {
        if (!notice.isEmpty() && m_run.isInteractive())
            printLine(notice);
        plan(token);
    });
}

void BacktestRunner::plan(const QString &token)
{
    m_token = token;
    const UtcOffset zone = m_options.zone;
    const BacktestRange &b = m_options.backtest;
    IsoWeek latest = lastCompleteWeek(QDateTime::currentDateTimeUtc(), zone);
    if (m_options.repo.kind == RepoRef::Kind::LocalGit)
        latest = GitSource::latestWeekWithCommits(m_options.repo.gitPath, m_options.repo.branch, zone)
                     .value_or(IsoWeek::containing(QDateTime::currentDateTimeUtc(), zone));
    m_last = b.until.value_or(latest.addWeeks(-b.horizon));
    m_first = m_last.addWeeks(-(b.weeks - 1));
    m_readFirst = m_first.addWeeks(-std::max(m_config.relatedWeeks, 1));
    m_readLast = std::max(m_last, std::min(m_last.addWeeks(b.horizon), latest));
    const CachedWeekSource::Policy policy = m_options.policy;
    if (m_options.repo.kind == RepoRef::Kind::LocalGit && policy != CachedWeekSource::Policy::Offline
        && (policy == CachedWeekSource::Policy::Refresh || !everyWeekCached())) {
        readGitRange();
        return;
    }
    CachedWeekSource *cached = m_backend.createSource(
        m_options.repo, m_cacheOpen ? &m_cache : nullptr, sourceOptions(m_options, m_token), this);
    m_source = cached;
    m_source->setPatchesWithWeek(true);
    connect(m_source, &WeekSource::finished, this, &BacktestRunner::onWeek);
    connect(
        m_source, &WeekSource::weekPatchesLoaded, this, [this](const PullPatches &p) { m_current.applyPatches(p); });
    connect(m_source, &WeekSource::weekPatchesFinished, this, &BacktestRunner::onWeekPatchesFinished);
    m_run.watch(m_source, this);
    m_next = m_readFirst;
    loadNextWeek();
}

bool BacktestRunner::everyWeekCached() const
{
    if (!m_cacheOpen)
        return false;
    for (IsoWeek w = m_readFirst; !(m_readLast < w); w = w.next())
        if (!m_cache.week(m_options.repo, w, m_options.zone, WeekCache::PatchText::Skip))
            return false;
    return true;
}

void BacktestRunner::readGitRange()
{
    m_git = new GitSource(this);
    m_git->setPatchesWithWeek(true);
    connect(m_git, &GitSource::rangeFinished, this, &BacktestRunner::onRange);
    m_run.watch(m_git, this);
    m_git->loadRange(m_options.repo, m_readFirst, m_readLast, m_options.zone);
}

void BacktestRunner::onRange(const WeekData &data)
{
    m_weeks = splitIntoWeeks(data, m_readFirst, m_readLast);
    write();
}

void BacktestRunner::loadNextWeek()
{
    if (m_readLast < m_next) {
        write();
        return;
    }
    m_run.loadWeek(m_source, m_options.repo, m_next, m_options.zone);
}

void BacktestRunner::onWeek(const WeekData &data)
{
    m_current = data;
    m_source->loadWeekPatches(m_options.repo, m_current.pulls);
}

void BacktestRunner::onWeekPatchesFinished(const QList<LedgerEntry> &)
{
    m_weeks.append(m_current);
    m_next = m_next.next();
    loadNextWeek();
}

void BacktestRunner::write()
{
    BacktestOptions options;
    options.horizonWeeks = m_options.backtest.horizon;
    BacktestResult result = runBacktest(m_weeks, m_first, m_last, m_config, options);
    result.repo = m_options.repo;
    result.zone = m_options.zone;
    {
        // What the window shows as the rules' measured lift for this repository.
        QSettings settings;
        BacktestStore::save(settings, BacktestSummary::of(result));
    }
    const QByteArray bytes = m_options.format == CliOptions::Format::Json
        ? BacktestJson::toJson(result)
        : ReportRenderer::toMarkdown(BacktestText::report(result)).toUtf8();
    m_run.finishWriting(m_options.outputFile, bytes);
}

} // namespace PrLens::Cli
