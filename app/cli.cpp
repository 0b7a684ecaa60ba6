// SPDX-License-Identifier: MIT
#include "cli.h"

#include "cliexitcode.h"
#include "clioptions.h"
#include "clirunner.h"
#include "languagemanager.h"

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
    return std::strcmp(arg, "report") == 0 || std::strcmp(arg, "pr") == 0;
}

int run(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    // No display needed: every format so far is text. A format that draws with fonts (PDF) needs a
    // QGuiApplication instead; CliOptions::needsGui(args) tells when, and CliRunner refuses it until then.
    auto app = std::make_unique<QCoreApplication>(argc, argv);
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
