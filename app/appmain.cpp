// SPDX-License-Identifier: MIT
// PR Lens, the full program (prlens-app): "prlens-app report|pr …" runs any command line; anything else opens
// the window. `prlens` hands over to it whatever it does not run itself.
#include "cli.h"
#include "fullclibackend.h"
#include "gui.h"
#include "runtrace.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // One identity for the window and the command line: they share settings and the week cache.
    QCoreApplication::setOrganizationName(u"PRLens"_s);
    QCoreApplication::setApplicationName(u"prlens"_s);
    if (argc > 1 && PrLens::Cli::isCommand(argv[1])) {
        PrLens::RunTrace::mark("main");
        PrLens::Cli::FullCliBackend backend;
        const int exitCode = PrLens::Cli::run(argc, argv, backend);
        PrLens::RunTrace::mark("end");
        return exitCode;
    }
    return PrLens::Gui::run(argc, argv);
}
