// SPDX-License-Identifier: MIT
#include "weekloader.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

WeekLoader::WeekLoader(SourceFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{
}

void WeekLoader::load(const RepoRef &repo, IsoWeek week, UtcOffset zone, bool refresh)
{
    if (m_source && m_phase != Phase::Idle) {
        m_phase = Phase::Idle;
        m_source->cancel();
    }
    if (!m_source || m_sourceKey != repo.key()) {
        if (m_source) {
            m_source->disconnect(this);
            m_source->deleteLater();
        }
        LoadError error;
        m_source = m_factory ? m_factory(repo, this, &error) : nullptr;
        m_sourceKey = repo.key();
        if (!m_source) {
            m_sourceKey.clear();
            m_phase = Phase::Idle;
            if (!error.isError())
                error = {LoadError::Kind::BadInput, tr("This repository cannot be read. Check the name or path.")};
            Q_EMIT failed(error);
            Q_EMIT idle();
            return;
        }
        connect(m_source, &WeekSource::progress, this, [this](int done, int total, const QString &text) {
            if (m_phase == Phase::Current || m_phase == Phase::Patches)
                Q_EMIT progress(done, total, text);
        });
        connect(m_source, &WeekSource::finished, this, &WeekLoader::onFinished);
        connect(m_source, &WeekSource::failed, this, &WeekLoader::onFailed);
        connect(m_source, &WeekSource::weekPatchesLoaded, this, &WeekLoader::onWeekPatches);
        connect(m_source, &WeekSource::weekPatchesFinished, this, &WeekLoader::onWeekPatchesFinished);
        connect(m_source, &WeekSource::notice, this, &WeekLoader::notice);
    }
    m_repo = repo;
    m_week = week;
    m_expected = week;
    m_zone = zone;
    m_history.clear();
    m_withoutPatches.clear();
    m_phase = Phase::Current;
    m_steps.start();
    Q_EMIT started();
    m_source->setRefreshing(refresh);
    m_source->setPatchesWithWeek(m_weekPatches);
    m_source->load(repo, week, zone);
}

void WeekLoader::cancel()
{
    if (m_phase == Phase::Idle)
        return;
    const Phase phase = m_phase;
    m_phase = Phase::Idle;
    m_steps.cancel();
    if (m_source)
        m_source->cancel();
    if (phase == Phase::Patches) {
        // The week stays on show; the ledger says which PRs' patches were not read.
        endPatches({}, u"cancelled"_s, false);
        return;
    }
    if (phase == Phase::History)
        Q_EMIT historyLoaded(m_history);
    else
        Q_EMIT failed(LoadError::cancelled());
    Q_EMIT idle();
}

void WeekLoader::onFinished(const WeekData &data)
{
    // A source may still deliver a load that was replaced; only the week asked for counts.
    if (m_phase == Phase::Idle || data.week != m_expected)
        return;
    if (m_phase == Phase::Current) {
        m_source->setRefreshing(false); // earlier weeks come from the cache when there
        m_source->setPatchesWithWeek(false); // earlier weeks are read for their figures only
        for (const PullRequest &pr : data.pulls)
            if (!pr.patchesLoaded)
                m_withoutPatches.insert(pr.number);
        const bool readPatches = m_weekPatches && !m_withoutPatches.isEmpty();
        m_phase = readPatches ? Phase::Patches : Phase::History;
        Q_EMIT weekLoaded(data);
        if (m_phase == Phase::Patches)
            m_source->loadWeekPatches(m_repo, data.pulls);
        else if (m_phase == Phase::History)
            loadNextHistoryWeek();
        return;
    }
    if (m_phase != Phase::History)
        return;
    m_history.append(data);
    loadNextHistoryWeek();
}

void WeekLoader::onWeekPatches(const PullPatches &patches)
{
    if (m_phase != Phase::Patches || !m_withoutPatches.remove(patches.number))
        return;
    Q_EMIT weekPatchesLoaded(patches);
}

void WeekLoader::onWeekPatchesFinished(const QList<LedgerEntry> &ledger)
{
    if (m_phase == Phase::Patches)
        endPatches(ledger, u"not read"_s, true);
}

void WeekLoader::endPatches(QList<LedgerEntry> ledger, const QString &why, bool continueWithHistory)
{
    QSet<int> told;
    for (const LedgerEntry &e : std::as_const(ledger))
        told.insert(e.prNumber);
    for (int number : std::as_const(m_withoutPatches))
        if (!told.contains(number))
            ledger.append(WeekSource::patchesNotRead(number, why));
    std::stable_sort(ledger.begin(), ledger.end(),
        [](const LedgerEntry &a, const LedgerEntry &b) { return a.prNumber < b.prNumber; });
    m_withoutPatches.clear();
    m_phase = continueWithHistory ? Phase::History : Phase::Idle;
    Q_EMIT weekPatchesFinished(ledger);
    if (continueWithHistory)
        loadNextHistoryWeek();
    else
        Q_EMIT idle();
}

void WeekLoader::onFailed(const LoadError &error)
{
    // Cancellation is ours to report (see cancel()); a late one must not fail the load that replaced it.
    if (m_phase == Phase::Idle || error.kind == LoadError::Kind::Cancelled)
        return;
    if (m_phase == Phase::Patches) {
        // The week is on show already: what could not be read goes to the ledger.
        endPatches({}, u"the source failed"_s, true);
        return;
    }
    if (m_phase == Phase::History) {
        // Earlier weeks only enrich the view: show what arrived and stop.
        finishHistory();
        return;
    }
    m_phase = Phase::Idle;
    Q_EMIT failed(error);
    Q_EMIT idle();
}

void WeekLoader::loadNextHistoryWeek()
{
    if (m_history.size() + 1 >= m_trendWeeks || !m_source) {
        finishHistory();
        return;
    }
    m_expected = m_week.addWeeks(-int(m_history.size()) - 1);
    // Deliver on the next turn of the event loop so a synchronous source cannot recurse deeply.
    m_steps.later([this, expected = m_expected] {
        if (m_phase == Phase::History && m_source)
            m_source->load(m_repo, expected, m_zone);
    });
}

void WeekLoader::finishHistory()
{
    m_phase = Phase::Idle;
    Q_EMIT historyLoaded(m_history);
    Q_EMIT idle();
}

} // namespace PrLens
