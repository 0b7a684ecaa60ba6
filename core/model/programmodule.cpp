// SPDX-License-Identifier: MIT
#include "programmodule.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibrary>

namespace PrLens::ProgramModule {

QString path(const QString &fileName)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(fileName);
}

void *resolve(const QString &fileName, const char *symbol, QString *error)
{
    QLibrary library(path(fileName));
    void *found = library.load() ? reinterpret_cast<void *>(library.resolve(symbol)) : nullptr;
    if (!found && error) {
        *error = QCoreApplication::translate(
            "PrLens::ProgramModule", "A part of PR Lens (%1) could not be loaded: %2. Reinstall PR Lens.")
                     .arg(QDir::toNativeSeparators(library.fileName()), library.errorString());
    }
    return found; // the library is not unloaded: what it made lives on
}

} // namespace PrLens::ProgramModule
