// SPDX-License-Identifier: MIT
#include "runtrace.h"

#include <QElapsedTimer>
#include <QtGlobal>

#include <cstdio>

namespace PrLens::RunTrace {

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
    static const bool on = qEnvironmentVariableIsSet("PRLENS_TRACE");
    return on;
}

void mark(const char *step)
{
    if (enabled())
        write("trace", step);
}

void write(const char *prefix, const char *step)
{
    std::fprintf(stderr, "%s: %.1f %s\n", prefix, double(clock().nsecsElapsed()) / 1e6, step);
    std::fflush(stderr);
}

} // namespace PrLens::RunTrace
