// SPDX-License-Identifier: MIT
// The local half of SourceFactory (clones and the demo week), in a file of its own: see SourceFactory::createLocal.
#include "demoweeksource.h"
#include "gitsource.h"
#include "settingskeys.h"
#include "sourcefactory.h"
#include "weekcache.h"

#include <QSettings>

namespace PrLens {

WeekSource *SourceFactory::createOffline(const RepoRef &repo, const Options &options, QObject *parent)
{
    if (repo.kind == RepoRef::Kind::Demo)
        return new DemoWeekSource(parent);
    auto *git = new GitSource(parent);
    if (!options.gitProgram.isEmpty())
        git->setGitProgram(options.gitProgram);
    return git;
}

CachedWeekSource *SourceFactory::behindCache(
    WeekSource *inner, const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent)
{
    // The demo week is in the program already: a copy in the user's cache would only take room.
    auto *source = new CachedWeekSource(inner, repo.kind == RepoRef::Kind::Demo ? nullptr : cache, parent);
    source->setPolicy(effectivePolicy(repo, options.policy));
    return source;
}

CachedWeekSource *SourceFactory::createLocal(
    const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent)
{
    return behindCache(createOffline(repo, options, nullptr), repo, cache, options, parent);
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
    if (repo.kind == RepoRef::Kind::Demo) // not cached: always read from the program, even "offline"
        return CachedWeekSource::Policy::Refresh;
    return requested;
}

} // namespace PrLens
