// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QMetaObject>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace PrLens {

/// The asynchronous work of one object, so that only its current job's results arrive.
///
/// start() begins a job and supersedes the one before; cancel() ends it. A job's callbacks (guard()), queued
/// answers (later()) and off-thread results (run()) reach the object only while that job is current, on the
/// context object's thread, and never after the context is gone. Work on a pool thread can ask its Ticket whether
/// it is still wanted and stop early. Shaped like KDAB/hotspot's JobTracker, over QThreadPool and the event loop.
/// The tracker is meant to be a member of its context object and is used from that object's thread.
class JobTracker {
public:
    /// Whether the job it was taken from is still current; safe to ask from any thread, also after the tracker
    /// is gone (it then says cancelled).
    class Ticket {
    public:
        bool isCurrent() const { return m_current && m_current->load(std::memory_order_acquire) == m_id; }
        bool isCancelled() const { return !isCurrent(); }

    private:
        friend class JobTracker;
        Ticket(std::shared_ptr<const std::atomic<quint64>> current, quint64 id)
            : m_current(std::move(current))
            , m_id(id)
        {
        }
        std::shared_ptr<const std::atomic<quint64>> m_current;
        quint64 m_id = 0;
    };

    explicit JobTracker(QObject *context)
        : m_context(context)
    {
    }
    ~JobTracker() { m_current->fetch_add(1, std::memory_order_release); }
    JobTracker(const JobTracker &) = delete;
    JobTracker &operator=(const JobTracker &) = delete;

    /// Begins a job: whatever the job before it still delivers is dropped.
    Ticket start()
    {
        m_running = true;
        return Ticket(m_current, m_current->fetch_add(1, std::memory_order_acq_rel) + 1);
    }
    /// Ends the current job (done or cancelled): what it still delivers is dropped. Returns whether one ran.
    bool cancel()
    {
        const bool wasRunning = m_running;
        m_running = false;
        m_current->fetch_add(1, std::memory_order_release);
        return wasRunning;
    }
    /// Ends the current job as done: anything it still delivers is dropped.
    void finish() { cancel(); }
    /// Whether a job was started and has not ended (cancel()) since.
    bool isRunning() const { return m_running; }
    /// Whether queued answers (later()) wait for the event loop.
    bool hasPending() const { return m_pending > 0; }
    /// The current job's ticket.
    Ticket ticket() const { return Ticket(m_current, m_current->load(std::memory_order_acquire)); }

    /// @p f, to be called back later (a process, a reply, a keychain job): it runs only while the job current now
    /// still is, and is dropped otherwise. Call it on the context's thread.
    template<typename F> auto guard(F &&f) const
    {
        return [ticket = ticket(), f = std::forward<F>(f)](auto &&...args) mutable {
            if (ticket.isCurrent())
                f(std::forward<decltype(args)>(args)...);
        };
    }

    /// Calls @p f from the event loop (queued), unless the job current now ended meanwhile.
    template<typename F> void later(F &&f)
    {
        ++m_pending;
        QMetaObject::invokeMethod(
            m_context,
            [this, ticket = ticket(), f = std::forward<F>(f)]() mutable {
                // Runs only while the context, and so its tracker, is alive.
                --m_pending;
                if (ticket.isCurrent())
                    f();
            },
            Qt::QueuedConnection);
    }

    /// Runs @p work(ticket) on the global thread pool and hands its result to @p done on the context's thread,
    /// unless the job current now ended meanwhile. @p work gets the Ticket to stop early when it is no longer
    /// wanted; it must not touch the context.
    template<typename Work, typename Done> void run(Work &&work, Done &&done)
    {
        using Result = std::invoke_result_t<Work &, const Ticket &>;
        auto promise = std::make_shared<QPromise<Result>>();
        // then() with a context is safe against the context's deletion on another thread: the call is dropped.
        promise->future().then(
            m_context, [ticket = ticket(), done = std::forward<Done>(done)](QFuture<Result> f) mutable {
                if (ticket.isCurrent() && f.resultCount() > 0)
                    done(f.takeResult());
            });
        promise->start();
        QThreadPool::globalInstance()->start([promise, ticket = ticket(), work = std::forward<Work>(work)]() mutable {
            if (ticket.isCurrent()) {
                Result result = work(std::as_const(ticket));
                if (ticket.isCurrent())
                    promise->addResult(std::move(result));
            }
            promise->finish();
        });
    }

    /// start() and run(): a new job whose one step runs off the context's thread (e.g. an analysis).
    template<typename Work, typename Done> void startJob(Work &&work, Done &&done)
    {
        start();
        run(std::forward<Work>(work), std::forward<Done>(done));
    }

private:
    QObject *m_context;
    std::shared_ptr<std::atomic<quint64>> m_current = std::make_shared<std::atomic<quint64>>(0);
    bool m_running = false;
    int m_pending = 0;
};

} // namespace PrLens
