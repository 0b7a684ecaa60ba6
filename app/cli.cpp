// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cliexitcode.h"
#include "clioptions.h"
#include "clirunner.h"
#include "languagemanager.h"

#include <QApplication>

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
    return std::strcmp(arg, "report") == 0 || std::strcmp(arg, "pr") == 0;
}

int run(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // Text formats need no display. The PDF draws its charts with widgets: it needs a QApplication, on the
    // offscreen platform when there is no display (and the user chose no platform).
    std::unique_ptr<QCoreApplication> app;
    if (CliOptions::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    LanguageManager::instance()->setLanguage(requestedLanguage(args));

    const CliParseResult parsed = parseArguments(args);
    if (!parsed.helpText.isEmpty()) {
        print(stdout, parsed.helpText);
        return toInt(ExitCode::Ok);
    }
    if (!parsed.options) {
        print(stderr, QCoreApplication::translate("Cli", "prlens: %1").arg(parsed.error) + u'\n');
        return toInt(ExitCode::Usage);
    }
    CliRunner runner(*parsed.options);
    return runner.exec();
}

} // namespace PrLens::Cli
