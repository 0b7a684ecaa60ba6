// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace PrLens::ProgramModule {

/// The path of the program's module @p fileName: beside the program (where the build and the package put it).
QString path(const QString &fileName);
/// Loads the module @p fileName (once; it stays loaded) and resolves @p symbol. Null when either fails, and then
/// @p error says what and what to do, translated.
void *resolve(const QString &fileName, const char *symbol, QString *error);

} // namespace PrLens::ProgramModule
