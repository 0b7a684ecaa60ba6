// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "githubsource.h"
#include "hostaccount.h"
#include "keychaintokensource.h"

#include <QSettings>

namespace PrLens {

GitHubSource *SourceFactory::createGitHub(const RepoRef &repo, const Options &options, QObject *parent)
{
    auto *github = new GitHubSource(parent);
    github->setApiUrl(options.apiUrl);
    github->setGraphQlUrl(options.graphQlOverride);
    if (!options.restUrl.isEmpty())
        github->setHostEndpoint(HostAccount::hostOrGitHubCom(repo.host),
                                GitHubEndpoint::fromUrls(options.restUrl, options.graphQlUrl, repo.host));
    github->setToken(options.token);
    return github;
}

WeekSource *SourceFactory::createUncached(const RepoRef &repo, const Options &options, QObject *parent)
{
    if (repo.kind != RepoRef::Kind::GitHub)
        return createOffline(repo, options, parent);
    return createGitHub(repo, options, parent);
}

void SourceFactory::applyHostSettings(Options *options, QSettings &settings, const RepoRef &repo)
{
    if (repo.kind != RepoRef::Kind::GitHub)
        return;
    const QString host = HostAccount::normalizeHost(repo.host);
    if (host.isEmpty())
        return; // not a host name: no saved URLs apply
    const QList<HostAccount> accounts = HostAccounts::load(settings);
    for (const HostAccount &account : accounts) {
        if (account.host == host && account.isValid()) {
            options->restUrl = account.apiUrl;
            options->graphQlUrl = account.graphqlUrl;
            return;
        }
    }
}

CachedWeekSource *SourceFactory::create(const RepoRef &repo, WeekCache *cache, const Options &options,
                                        QObject *parent)
{
    if (repo.kind != RepoRef::Kind::GitHub)
        return createLocal(repo, cache, options, parent);
    Options resolved = options;
    if (options.savedHosts) {
        QSettings settings;
        applyHostSettings(&resolved, settings, repo);
    }
    GitHubSource *github = createGitHub(repo, resolved, nullptr);
    WeekSource *inner = github;
    if (options.tokenFromKeychain)
        inner = new KeychainTokenSource(github);
    return behindCache(inner, repo, cache, resolved, parent);
}

} // namespace PrLens
