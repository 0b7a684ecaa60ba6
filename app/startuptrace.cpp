// SPDX-License-Identifier: MIT
#include "startuptrace.h"

#include "firstpaint.h"
#include "runtrace.h"

#include <QCoreApplication>

namespace PrLens::StartupTrace {

bool enabled()
{
    static const bool on = qEnvironmentVariableIsSet("PRLENS_STARTUP_TRACE");
    return on;
}

void mark(const char *step)
{
    if (enabled())
        RunTrace::write("startup", step);
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
