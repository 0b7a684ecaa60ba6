// SPDX-License-Identifier: MIT
#include "startuptrace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace PrLens::StartupTrace {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

/// Sees the window's first expose; the widgets are painted and flushed while that event is handled, so the
/// next turn of the event loop comes after the first frame.
class ExposeWatcher : public QObject
{
public:
    ExposeWatcher(QObject *parent, std::function<void()> then)
        : QObject(parent)
        , m_then(std::move(then))
    {
    }

    void fire()
    {
        if (!m_then)
            return;
        QTimer::singleShot(0, QCoreApplication::instance(), std::move(m_then));
        m_then = nullptr;
        deleteLater();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            watched->removeEventFilter(this);
            fire();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

bool enabled()
{
    static const bool on = qEnvironmentVariableIsSet("PRLENS_STARTUP_TRACE");
    return on;
}

void mark(const char *step)
{
    if (!enabled())
        return;
    std::fprintf(stderr, "startup: %.1f %s\n", double(clock().nsecsElapsed()) / 1e6, step);
    std::fflush(stderr);
}

void afterFirstPaint(QWidget *window, std::function<void()> then, int fallbackMs)
{
    window->winId(); // creates the native window, so that its expose can be watched
    auto *watcher = new ExposeWatcher(window->windowHandle(), std::move(then));
    window->windowHandle()->installEventFilter(watcher);
    QTimer::singleShot(fallbackMs, watcher, [watcher] { watcher->fire(); });
}

void watchFirstPaint(QWidget *window)
{
    if (!enabled())
        return;
    afterFirstPaint(window, [] {
        mark("painted");
        if (qgetenv("PRLENS_STARTUP_TRACE") == "exit")
            QCoreApplication::exit(0);
    });
}

} // namespace PrLens::StartupTrace
