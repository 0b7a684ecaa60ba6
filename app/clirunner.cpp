// SPDX-License-Identifier: MIT
#include "clirunner.h"

#include "clibackend.h"
#include "clioutput.h"
#include "clirender.h"
#include "gitsource.h"
#include "runtrace.h"
#include "sourcefactory.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {

/// How many earlier weeks the analysis gets from the cache (trends, related PRs, core files).
constexpr int HistoryWeeks = 8;

std::atomic<bool> s_interrupted = false;

extern "C" void onInterrupt(int)
{
    s_interrupted = true;
}

} // namespace

CliRunner::CliRunner(const CliOptions &options, CliBackend &backend, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_backend(backend)
{
}

CliRunner::~CliRunner() = default;

int CliRunner::exec()
{
    // Ctrl+C or a termination request: stop the load, say so, and exit with ExitCode::Cancelled.
    s_interrupted = false;
    const auto previousInt = std::signal(SIGINT, onInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onInterrupt);
    QTimer interruptCheck;
    interruptCheck.setInterval(100);
    connect(&interruptCheck, &QTimer::timeout, this, [this] {
        if (!s_interrupted)
            return;
        if (m_source)
            m_source->cancel();
        m_run.finish(ExitCode::Cancelled, QCoreApplication::translate("Cli", "Interrupted; nothing was written."));
    });
    interruptCheck.start();
    QTimer::singleShot(0, this, &CliRunner::start);
    const int exitCode = m_run.exec();
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return exitCode;
}

void CliRunner::start()
{
    if (QString error; !formatAvailable(m_options, &error)) {
        m_run.finish(ExitCode::Usage, error);
        return;
    }
    QSettings settings;
    if (!m_run.loadConfig(m_options, settings, &m_config))
        return;
    // The cache is complete before the process ends; a failed write costs the cache, not the report.
    m_run.setBeforeEnd([this] { return !m_cacheOpen || m_cache.finishWrites() ? QString() : m_cache.lastError(); });
    const QString cacheFile = m_options.cacheFile.isEmpty() ? SourceFactory::cacheFile(settings) : m_options.cacheFile;
    if (m_options.repo.kind == RepoRef::Kind::LocalGit
        && SourceFactory::effectivePolicy(m_options.repo, m_options.policy) == CachedWeekSource::Policy::Refresh) {
        // A clone's week is read from git whatever the cache holds (the cache gives the earlier weeks and keeps
        // this one): git starts first and the cache is opened while git reads, in the event loop's next turn,
        // before any answer of git's can come.
        startSource({});
        QMetaObject::invokeMethod(
            this,
            [this, cacheFile] {
                openCache(cacheFile);
                if (m_cacheOpen && m_source)
                    m_source->setCache(&m_cache);
                readHistory();
            },
            Qt::QueuedConnection);
        return;
    }
    if (!openCache(cacheFile))
        return;
    if (m_options.repo.kind != RepoRef::Kind::GitHub) {
        startSource({});
        return;
    }
    // The environment's token for the repository's host first (github.com: GITHUB_TOKEN or GH_TOKEN; an
    // Enterprise host has its own variables, so a github.com token never goes elsewhere), else the token saved
    // in the system keychain; a keychain that does not answer is said even when not on a terminal.
    m_backend.resolveTokenWaiting(
        m_options.repo.host, this, [this](const QString &token, const QString &notice, bool timedOut) {
            if (!notice.isEmpty() && (timedOut || m_run.isInteractive()))
                printLine(notice);
            startSource(token);
        });
}

bool CliRunner::openCache(const QString &file)
{
    m_cacheOpen = m_cache.open(file);
    RunTrace::mark("cache opened");
    if (!m_cache.lastWarning().isEmpty())
        printLine(m_cache.lastWarning());
    if (m_cacheOpen)
        return true;
    if (m_options.policy == CachedWeekSource::Policy::Offline) {
        m_run.finish(ExitCode::NotFound, m_cache.lastError());
        return false;
    }
    printLine(QCoreApplication::translate("Cli", "%1 Continuing without the cache.").arg(m_cache.lastError()));
    return true;
}

void CliRunner::startSource(const QString &token)
{
    m_source = m_backend.createSource(
        m_options.repo, m_cacheOpen ? &m_cache : nullptr, sourceOptions(m_options, token), this);
    connect(m_source, &WeekSource::finished, this, &CliRunner::onWeek);
    connect(m_source, &WeekSource::patchesLoaded, this, &CliRunner::onPatches);
    connect(m_source, &WeekSource::weekPatchesLoaded, this, &CliRunner::onWeekPatches);
    connect(m_source, &WeekSource::weekPatchesFinished, this, &CliRunner::onWeekPatchesFinished);
    m_source->setPatchesWithWeek(m_options.patches);
    m_run.watch(m_source, this);
    // The week is written to the cache while the report is made; the run's end waits for the write.
    m_source->setStoreInBackground(true);

    if (m_options.week) {
        loadWeek(*m_options.week);
        return;
    }
    if (m_options.repo.kind == RepoRef::Kind::GitHub) {
        loadWeek(lastCompleteWeek(QDateTime::currentDateTimeUtc(), m_options.zone));
        return;
    }
    // The embedded default: the latest week with commits. When there is none (not a repository, unknown
    // branch, no commits) the current week is loaded and the source says what is wrong.
    const std::optional<IsoWeek> latest
        = GitSource::latestWeekWithCommits(m_options.repo.gitPath, m_options.repo.branch, m_options.zone);
    loadWeek(latest.value_or(IsoWeek::containing(QDateTime::currentDateTimeUtc(), m_options.zone)));
}

void CliRunner::loadWeek(IsoWeek week)
{
    m_options.week = week;
    m_run.loadWeek(m_source, m_options.repo, week, m_options.zone);
    readHistory();
}

void CliRunner::readHistory()
{
    // While the source reads the week: the weeks before it are in the cache already, whatever the source answers.
    if (!m_cacheOpen || !m_options.week || m_history || m_run.isDone())
        return;
    m_history = cachedHistory(*m_options.week);
    RunTrace::mark("history read");
}

void CliRunner::onWeek(const WeekData &data)
{
    RunTrace::mark("week read");
    m_week = data;
    if (m_options.command == CliOptions::Command::Report) {
        if (!m_options.patches) {
            // Stated once for the week rather than once per rule and PR.
            m_week.ledger.append({LedgerEntry::Kind::Skipped, 0, u"patch"_s,
                u"patches not read (--no-patches): the rules that read diff text were skipped"_s, {u"--no-patches"_s}});
            render();
            return;
        }
        m_readingWeekPatches = true;
        // A clone's week comes with every patch already.
        if (m_week.pullsWithoutPatches() == 0)
            onWeekPatchesFinished({});
        else
            m_source->loadWeekPatches(m_options.repo, m_week.pulls);
        return;
    }
    const PullRequest *pr = m_week.find(m_options.number);
    if (!pr) {
        m_run.finish(ExitCode::NotFound,
            QCoreApplication::translate("Cli",
                "PR #%1 is not among the pull requests merged in %2 of %3; "
                "give the week it was merged in with --week.")
                .arg(m_options.number)
                .arg(m_week.week.toString(), m_options.repo.displayName()));
        return;
    }
    if (pr->patchesLoaded) {
        render();
        return;
    }
    m_source->loadPatches(m_options.repo, *pr);
}

void CliRunner::onPatches(int number, const QList<FileChange> &files)
{
    if (number != m_options.number)
        return;
    if (PullRequest *pr = m_week.find(number)) {
        pr->files = files;
        pr->patchesLoaded = true;
    }
    render();
}

void CliRunner::onWeekPatches(const PullPatches &patches)
{
    if (m_readingWeekPatches)
        m_week.applyPatches(patches);
}

void CliRunner::onWeekPatchesFinished(const QList<LedgerEntry> &ledger)
{
    if (!m_readingWeekPatches)
        return;
    m_readingWeekPatches = false;
    RunTrace::mark("patches read");
    for (const LedgerEntry &e : ledger)
        if (!m_week.ledger.contains(e))
            m_week.ledger.append(e);
    render();
}

QList<WeekData> CliRunner::cachedHistory(IsoWeek week) const
{
    QList<WeekData> history;
    // The earlier weeks give paths, sizes, authors and reviews (trends, related PRs, core files, and the week
    // before's figures for the changes, none of which reads a diff): their patch text is not read.
    IsoWeek w = week;
    for (int i = 0; i < HistoryWeeks; ++i) {
        w = w.previous();
        if (std::optional<WeekData> d = m_cache.week(m_options.repo, w, m_options.zone, WeekCache::PatchText::Skip))
            history.append(std::move(*d));
    }
    return history;
}

void CliRunner::render()
{
    QString error;
    const QList<WeekData> history = m_history.value_or(QList<WeekData>());
    if (m_options.format == CliOptions::Format::Pdf) {
        if (m_backend.writePdf(m_options, m_week, history, m_config, &error))
            m_run.finish(ExitCode::Ok);
        else
            m_run.finish(ExitCode::Output, error);
        return;
    }
    const QByteArrayList pieces = renderOutput(m_options, m_week, history, m_config, &error);
    RunTrace::mark("report made");
    if (!error.isEmpty()) {
        m_run.finish(ExitCode::Failure, error);
        return;
    }
    m_run.finishWriting(m_options.outputFile, pieces);
}

} // namespace PrLens::Cli
