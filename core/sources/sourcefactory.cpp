// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "gitsource.h"
#include "githubsource.h"

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
    github->setToken(options.token);
    return github;
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
