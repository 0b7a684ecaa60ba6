// SPDX-License-Identifier: MIT
// PR Lens: "prlens report|pr …" runs the command line; anything else opens the window.
#include "cli.h"
#include "gui.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // One identity for the window and the command line: they share settings and the week cache.
    QCoreApplication::setOrganizationName(u"PRLens"_s);
    QCoreApplication::setApplicationName(u"prlens"_s);
    if (argc > 1 && PrLens::Cli::isCommand(argv[1]))
        return PrLens::Cli::run(argc, argv);
    return PrLens::Gui::run(argc, argv);
}
