// SPDX-License-Identifier: MIT
#include "firstpaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace PrLens::FirstPaint {

namespace {

/// Sees the window's first expose; the widgets are painted and flushed while that event is handled, so the
/// next turn of the event loop comes after the first frame.
class ExposeWatcher : public QObject {
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

void after(QWidget *window, std::function<void()> then, int fallbackMs)
{
    window->winId(); // creates the native window, so that its expose can be watched
    auto *watcher = new ExposeWatcher(window->windowHandle(), std::move(then));
    window->windowHandle()->installEventFilter(watcher);
    QTimer::singleShot(fallbackMs, watcher, [watcher] { watcher->fire(); });
}

} // namespace PrLens::FirstPaint
