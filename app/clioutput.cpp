// SPDX-License-Identifier: MIT
#include "clioutput.h"

#include "reportoutputfile.h"
#include "safetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace PrLens::Cli {

namespace {

bool writeAll(QIODevice *device, const QByteArrayList &pieces)
{
    for (const QByteArray &piece : pieces)
        if (device->write(piece) != piece.size())
            return false;
    return true;
}

} // namespace

ExitCode writeOutput(const QString &outputFile, const QByteArrayList &pieces, QString *error)
{
    if (outputFile.isEmpty() || outputFile == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !writeAll(&out, pieces)) {
            *error = QCoreApplication::translate("Cli",
                "Could not write the report to the standard "
                "output.");
            return ExitCode::Output;
        }
        out.flush();
        return ExitCode::Ok;
    }
    ReportOutputFile file(outputFile);
    if (!file.open() || !writeAll(file.device(), pieces) || !file.commit()) {
        *error = QCoreApplication::translate("Cli", "Could not write the report to %1: %2")
                     .arg(QDir::toNativeSeparators(outputFile), file.errorString());
        return ExitCode::Output;
    }
    return ExitCode::Ok;
}

ExitCode writeOutput(const QString &outputFile, const QByteArray &bytes, QString *error)
{
    return writeOutput(outputFile, QByteArrayList {bytes}, error);
}

void printLine(const QString &text)
{
    // Messages carry text from outside (server errors, paths, names): never a terminal command.
    const QString line
        = QCoreApplication::translate("Cli", "prlens: %1").arg(SafeText::stripControls(text, SafeText::Lines::Join));
    std::fputs(line.toLocal8Bit().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

} // namespace PrLens::Cli
