// SPDX-License-Identifier: MIT
#pragma once

#include "clibackend.h"

namespace PrLens::Cli {

/// The whole command line: GitHub and local clones, every format (see CliBackend).
class FullCliBackend final : public CliBackend {
public:
    std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv, bool needsGui) override;
    CachedWeekSource *createSource(
        const RepoRef &repo, WeekCache *cache, SourceFactory::Options options, QObject *parent) override;
    void resolveToken(const QString &host, QObject *context, TokenCallback done) override;
    bool writePdf(const CliOptions &options, const WeekData &week, const QList<WeekData> &history,
        const AnalysisConfig &config, QString *error) override;
};

} // namespace PrLens::Cli
