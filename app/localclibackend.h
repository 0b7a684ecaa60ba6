// SPDX-License-Identifier: MIT
#pragma once

#include "clibackend.h"

namespace PrLens::Cli {

/// The command line for local clones (and the bundled demo week) and text output only: no network, no widgets
/// (see CliBackend).
class LocalCliBackend final : public CliBackend {
public:
    /// @p argv: the process's arguments as main() got them, handed on unchanged.
    explicit LocalCliBackend(char **argv);

    /// Replaces this process with the full program (the window and every command), same arguments. Returns
    /// an exit code only when it cannot be started, after saying why on stderr.
    static int runFullProgram(char **argv);

    /// A local clone or the demo week, in a text format.
    bool handles(const CliOptions &options) const override;
    int handOver() override { return runFullProgram(m_argv); }
    CachedWeekSource *createSource(
        const RepoRef &repo, WeekCache *cache, SourceFactory::Options options, QObject *parent) override;

private:
    char **m_argv;
};

} // namespace PrLens::Cli
