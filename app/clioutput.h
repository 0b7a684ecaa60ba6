// SPDX-License-Identifier: MIT
#pragma once

#include "cliexitcode.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace PrLens::Cli {

/// Writes a command's output to standard output (@p outputFile empty or "-") or, replacing it whole, to the file.
/// Returns ExitCode::Ok, or ExitCode::Output with *error set to a translated sentence.
ExitCode writeOutput(const QString &outputFile, const QByteArrayList &pieces, QString *error);
/// writeOutput() of one piece.
ExitCode writeOutput(const QString &outputFile, const QByteArray &bytes, QString *error);

/// Prints a message to standard error as one line, "prlens: <text>", without the controls a terminal would act on.
void printLine(const QString &text);

} // namespace PrLens::Cli
