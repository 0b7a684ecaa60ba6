// SPDX-License-Identifier: MIT
#include "localclibackend.h"

#include "cliexitcode.h"
#include "clioptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace PrLens::Cli {

namespace {
constexpr auto FullProgramName = "prlens-app"_L1;
}

LocalCliBackend::LocalCliBackend(char **argv)
    : m_argv(argv)
{
}

int LocalCliBackend::runFullProgram(char **argv)
{
    // Beside this program in a build tree, in libexec/prlens when installed.
    const QString self = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath();
    const QDir dir = QFileInfo(self).dir();
    const QStringList candidates {
        dir.filePath(FullProgramName), dir.filePath(u"../libexec/prlens/"_s + FullProgramName)};
    for (const QString &candidate : candidates) {
        const QByteArray path = QFile::encodeName(QDir::cleanPath(candidate));
        if (::access(path.constData(), X_OK) != 0)
            continue;
        ::execv(path.constData(), argv);
        std::fprintf(stderr, "prlens: could not start %s: %s\n", path.constData(), std::strerror(errno));
        return toInt(ExitCode::Failure);
    }
    std::fprintf(stderr, "prlens: %s was not found next to %s; reinstall PR Lens.\n", FullProgramName.data(),
        QFile::encodeName(self).constData());
    return toInt(ExitCode::Failure);
}

bool LocalCliBackend::handles(const CliOptions &options) const
{
    return options.repo.kind != RepoRef::Kind::GitHub && options.format != CliOptions::Format::Pdf;
}

CachedWeekSource *LocalCliBackend::createSource(
    const RepoRef &repo, WeekCache *cache, SourceFactory::Options options, QObject *parent)
{
    Q_ASSERT(repo.kind != RepoRef::Kind::GitHub);
    return SourceFactory::createLocal(repo, cache, options, parent);
}

} // namespace PrLens::Cli
