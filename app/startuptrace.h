// SPDX-License-Identifier: MIT
#pragma once

class QWidget;

/// Start-up timing for bench/bench_startup: with PRLENS_STARTUP_TRACE set, steps are written to stderr as
/// "startup: <ms> <step>" (milliseconds since the first mark), and the first paint of the window as
/// "startup: <ms> painted"; with PRLENS_STARTUP_TRACE=exit the program quits right after that paint.
namespace PrLens::StartupTrace {

bool enabled();
void mark(const char *step);
/// Watches @p window (before it is shown) for its first expose; once that has been painted, marks "painted".
void watchFirstPaint(QWidget *window);

} // namespace PrLens::StartupTrace
