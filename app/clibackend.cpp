// SPDX-License-Identifier: MIT
#include "clibackend.h"

#include "cliexitcode.h"

#include <QCoreApplication>

namespace PrLens::Cli {

bool CliBackend::handles(const CliOptions &) const
{
    return true;
}

int CliBackend::handOver()
{
    return toInt(ExitCode::Failure); // only called for options handles() refused
}

std::unique_ptr<QCoreApplication> CliBackend::createApplication(int &argc, char **argv, bool)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}

void CliBackend::resolveToken(const QString &, QObject *, TokenCallback done)
{
    done({}, {});
}

bool CliBackend::writePdf(const CliOptions &, const WeekData &, const QList<WeekData> &, const AnalysisConfig &,
                          QString *error)
{
    *error = QCoreApplication::translate("Cli", "PDF output is not available in this build of PR Lens.");
    return false;
}

} // namespace PrLens::Cli
