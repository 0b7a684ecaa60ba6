// SPDX-License-Identifier: MIT
#include "clibackend.h"

#include "cliexitcode.h"

#include <QCoreApplication>
#include <QTimer>

#include <memory>

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

void CliBackend::resolveTokenWaiting(const QString &host, QObject *context, WaitedTokenCallback done, int waitMs)
{
    auto decided = std::make_shared<bool>(false);
    auto once = [decided, done](const QString &token, const QString &notice, bool timedOut) {
        if (*decided)
            return;
        *decided = true;
        done(token, notice, timedOut);
    };
    resolveToken(host, context, [once](const QString &token, const QString &notice) { once(token, notice, false); });
    if (!*decided) {
        QTimer::singleShot(waitMs, context, [once] {
            once({},
                QCoreApplication::translate("Cli", "The system keychain did not answer; continuing without a token."),
                true);
        });
    }
}

bool CliBackend::writePdf(
    const CliOptions &, const WeekData &, const QList<WeekData> &, const AnalysisConfig &, QString *error)
{
    *error = QCoreApplication::translate("Cli", "PDF output is not available in this build of PR Lens.");
    return false;
}

} // namespace PrLens::Cli
