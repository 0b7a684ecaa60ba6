// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "githubsupport.h"
#include "hostaccount.h"
#include "keychaintokensource.h"

#include <QSettings>

namespace PrLens {

WeekSource *SourceFactory::createGitHub(const RepoRef &repo, const Options &options, QObject *parent)
{
    GitHubSupport::SourceConfig config;
    config.apiUrl = options.apiUrl;
    config.graphQlOverride = options.graphQlOverride;
    config.host = HostAccount::hostOrGitHubCom(repo.host);
    config.displayHost = repo.host;
    config.restUrl = options.restUrl;
    config.graphQlUrl = options.graphQlUrl;
    config.token = options.token;
    return GitHubSupport::createSource(config, parent);
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

CachedWeekSource *SourceFactory::create(const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent)
{
    if (repo.kind != RepoRef::Kind::GitHub)
        return createLocal(repo, cache, options, parent);
    Options resolved = options;
    if (options.savedHosts) {
        QSettings settings;
        applyHostSettings(&resolved, settings, repo);
    }
    WeekSource *github = createGitHub(repo, resolved, nullptr);
    WeekSource *inner = github;
    if (options.tokenFromKeychain)
        inner = new KeychainTokenSource(github, GitHubSupport::tokenSetter(github));
    return behindCache(inner, repo, cache, resolved, parent);
}

} // namespace PrLens
