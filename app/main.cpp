// SPDX-License-Identifier: MIT
// PR Lens, `prlens`: "prlens report|pr …" on a local clone in a text format runs right here, without loading
// the network and windowing libraries (a third of a small week's report went into loading them); the window
// and every other command run in the full program, prlens-app, which this process becomes.
#include "cli.h"
#include "localclibackend.h"
#include "runtrace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    PrLens::RunTrace::mark("main");
    // One identity for the window and the command line: they share settings and the week cache.
    QCoreApplication::setOrganizationName(u"PRLens"_s);
    QCoreApplication::setApplicationName(u"prlens"_s);
    if (argc > 1 && PrLens::Cli::isCommand(argv[1])) {
        PrLens::Cli::LocalCliBackend backend(argv);
        const int exitCode = PrLens::Cli::run(argc, argv, backend);
        PrLens::RunTrace::mark("end");
        return exitCode;
    }
    return PrLens::Cli::LocalCliBackend::runFullProgram(argv);
}
