// SPDX-License-Identifier: MIT
#pragma once

/// Timing of a command's run, for bench/bench_gitweek --phases: with PRLENS_TRACE set, each step is written to
/// stderr as "trace: <ms> <step>", in milliseconds since the first mark (the start of main). Without it, a mark
/// costs one test of a flag.
namespace PrLens::RunTrace {

bool enabled();
void mark(const char *step);
/// Writes "<prefix>: <ms> <step>" on the same clock, whatever the variable says (StartupTrace's own lines).
void write(const char *prefix, const char *step);

} // namespace PrLens::RunTrace
