// SPDX-License-Identifier: MIT
#include "cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace PrLens::Cli {

bool isCommand(const char *arg)
{
    return std::strcmp(arg, "report") == 0 || std::strcmp(arg, "pr") == 0;
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stderr) << QCoreApplication::translate("Cli", "prlens: this command is not available yet.") << '\n';
    return 2;
}

} // namespace PrLens::Cli
