// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "gitsource.h"
#include "githubsource.h"
#include "hostaccount.h"
#include "settingskeys.h"
#include "weekcache.h"

#include <QSettings>

namespace PrLens {

WeekSource *SourceFactory::createUncached(const RepoRef &repo, const Options &options, QObject *parent)
{
    if (repo.kind == RepoRef::Kind::LocalGit) {
        auto *git = new GitSource(parent);
        if (!options.gitProgram.isEmpty())
            git->setGitProgram(options.gitProgram);
        return git;
    }
    auto *github = new GitHubSource(parent);
    github->setApiUrl(options.apiUrl);
    if (!options.restUrl.isEmpty())
        github->setHostEndpoint(HostAccount::normalizeHost(repo.host.isEmpty() ? HostAccount::gitHubComHost() : repo.host),
                                GitHubEndpoint::fromUrls(options.restUrl, options.graphQlUrl, repo.host));
    github->setToken(options.token);
    return github;
}

void SourceFactory::applyHostSettings(Options *options, QSettings &settings, const RepoRef &repo)
{
    if (repo.kind != RepoRef::Kind::GitHub)
        return;
    const QString host = HostAccount::normalizeHost(repo.host);
    const QList<HostAccount> accounts = HostAccounts::load(settings);
    for (const HostAccount &account : accounts) {
        if (account.host == host && account.isValid()) {
            options->restUrl = account.apiUrl;
            options->graphQlUrl = account.graphqlUrl;
            return;
        }
    }
}

QString SourceFactory::cacheFile(QSettings &settings)
{
    const QString stored = settings.value(SettingsKeys::cacheLocation()).toString().trimmed();
    return stored.isEmpty() ? WeekCache::defaultPath() : stored;
}

CachedWeekSource::Policy SourceFactory::effectivePolicy(const RepoRef &repo, CachedWeekSource::Policy requested)
{
    if (repo.kind == RepoRef::Kind::LocalGit && requested == CachedWeekSource::Policy::CacheFirst)
        return CachedWeekSource::Policy::Refresh;
    return requested;
}

CachedWeekSource *SourceFactory::create(const RepoRef &repo, WeekCache *cache, const Options &options,
                                        QObject *parent)
{
    auto *source = new CachedWeekSource(createUncached(repo, options, nullptr), cache, parent);
    source->setPolicy(effectivePolicy(repo, options.policy));
    return source;
}

} // namespace PrLens
