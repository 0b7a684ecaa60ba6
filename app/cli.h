// SPDX-License-Identifier: MIT
#pragma once

namespace PrLens::Cli {
class CliBackend;

/// True for the sub-commands the command line handles ("report", "pr", "backtest").
bool isCommand(const char *arg);
/// Runs a sub-command; returns the process exit code.
int run(int argc, char **argv, CliBackend &backend);
} // namespace PrLens::Cli
