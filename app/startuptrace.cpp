// SPDX-License-Identifier: MIT
#include "startuptrace.h"

#include "firstpaint.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

void watchFirstPaint(QWidget *window)
{
    if (!enabled())
        return;
    FirstPaint::after(window, [] {
        mark("painted");
        if (qgetenv("PRLENS_STARTUP_TRACE") == "exit")
            QCoreApplication::exit(0);
    });
}

} // namespace PrLens::StartupTrace
