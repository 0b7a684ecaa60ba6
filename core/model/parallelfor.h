// SPDX-License-Identifier: MIT
#pragma once

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace PrLens {

/// Calls @p work(begin, end) for consecutive ranges of at most @p grain indices that cover [0, count), on the
/// calling thread and on those threads of the global pool that are free right now (the caller and the pool's
/// threads together at most QThreadPool::maxThreadCount(), by default one per core), and returns once every range
/// is done. It never waits for a busy pool (a free thread starts at once or not at all), so it may be called from
/// a pool thread. Ranges run at the same time and in no fixed order: @p work writes only to what belongs to its
/// own range (e.g. the elements of a list sized beforehand), and the caller reads the results after the return.
template<typename F> void parallelFor(qsizetype count, qsizetype grain, F &&work)
{
    grain = std::max<qsizetype>(grain, 1);
    const qsizetype ranges = (count + grain - 1) / grain;
    if (ranges <= 0)
        return;
    std::atomic<qsizetype> next = 0;
    const auto drain = [&] {
        for (qsizetype r = next.fetch_add(1, std::memory_order_relaxed); r < ranges;
            r = next.fetch_add(1, std::memory_order_relaxed))
            work(r * grain, std::min(count, (r + 1) * grain));
    };
    QSemaphore finished;
    int helpers = 0;
    QThreadPool *const pool = QThreadPool::globalInstance();
    const qsizetype wanted = std::min<qsizetype>(ranges, pool->maxThreadCount()) - 1;
    for (qsizetype i = 0; i < wanted; ++i) {
        if (!pool->tryStart([&drain, &finished] {
                drain();
                finished.release();
            }))
            break;
        ++helpers;
    }
    drain();
    finished.acquire(helpers);
}

} // namespace PrLens
