// SPDX-License-Identifier: MIT
// PR Lens: "prlens report|pr …" runs the command line; anything else opens the window.
#include "cli.h"
#include "gui.h"

#include <cstring>

int main(int argc, char **argv)
{
    if (argc > 1 && PrLens::Cli::isCommand(argv[1]))
        return PrLens::Cli::run(argc, argv);
    return PrLens::Gui::run(argc, argv);
}
