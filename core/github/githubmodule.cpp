// SPDX-License-Identifier: MIT
#include "githubmodule.h"

#include "githubendpoint.h"
#include "githubsource.h"
#include "tokenvalidator.h"

namespace PrLens::GitHubModule {

namespace {

WeekSource *createSource(const GitHubSupport::SourceConfig &config, QObject *parent)
{
    auto *github = new GitHubSource(parent);
    github->setApiUrl(config.apiUrl);
    github->setGraphQlUrl(config.graphQlOverride);
    if (!config.restUrl.isEmpty())
        github->setHostEndpoint(
            config.host, GitHubEndpoint::fromUrls(config.restUrl, config.graphQlUrl, config.displayHost));
    github->setToken(config.token);
    return github;
}

void setToken(WeekSource *source, const QString &token)
{
    static_cast<GitHubSource *>(source)->setToken(token); // made by createSource()
}

TokenChecker *createTokenChecker(QObject *parent)
{
    return new TokenValidator(nullptr, parent);
}

} // namespace

const GitHubSupport::Api *api()
{
    static const GitHubSupport::Api functions {
        sizeof(GitHubSupport::Api), PRLENS_VERSION, &createSource, &setToken, &createTokenChecker};
    return &functions;
}

} // namespace PrLens::GitHubModule
