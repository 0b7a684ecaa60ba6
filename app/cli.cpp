// SPDX-License-Identifier: MIT
#include "cli.h"

#include "backtestrunner.h"
#include "clibackend.h"
#include "cliexitcode.h"
#include "clioptions.h"
#include "clirunner.h"
#include "languagemanager.h"
#include "safetext.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {

/// The language asked for with --lang (so that even argument errors speak it), else the saved or system one.
QString requestedLanguage(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString value;
        if (args.at(i) == u"--lang")
            value = args.value(i + 1);
        else if (args.at(i).startsWith(u"--lang="))
            value = args.at(i).mid(7);
        if (LanguageManager::availableLanguages().contains(value))
            return value;
    }
    return LanguageManager::preferredLanguage();
}

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

bool isCommand(const char *arg)
{
    return std::strcmp(arg, "report") == 0 || std::strcmp(arg, "pr") == 0 || std::strcmp(arg, "backtest") == 0;
}

int run(int argc, char **argv, CliBackend &backend)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app = backend.createApplication(argc, argv, CliOptions::needsGui(args));
    LanguageManager::instance()->setLanguage(requestedLanguage(args));

    const CliParseResult parsed = parseArguments(args);
    if (!parsed.helpText.isEmpty()) {
        print(stdout, parsed.helpText);
        return toInt(ExitCode::Ok);
    }
    if (!parsed.options) {
        print(stderr,
            QCoreApplication::translate("Cli", "prlens: %1")
                    .arg(SafeText::stripControls(parsed.error, SafeText::Lines::Join))
                + u'\n');
        return toInt(ExitCode::Usage);
    }
    if (!backend.handles(*parsed.options))
        return backend.handOver();
    if (parsed.options->command == CliOptions::Command::Backtest) {
        BacktestRunner runner(*parsed.options, backend);
        return runner.exec();
    }
    CliRunner runner(*parsed.options, backend);
    return runner.exec();
}

} // namespace PrLens::Cli
