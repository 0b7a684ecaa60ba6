// SPDX-License-Identifier: MIT
// The local-clone half of SourceFactory, in a file of its own: see SourceFactory::createLocal.
#include "sourcefactory.h"

#include "gitsource.h"
#include "settingskeys.h"
#include "weekcache.h"

#include <QSettings>

namespace PrLens {

WeekSource *SourceFactory::createGit(const Options &options, QObject *parent)
{
    auto *git = new GitSource(parent);
    if (!options.gitProgram.isEmpty())
        git->setGitProgram(options.gitProgram);
    return git;
}

CachedWeekSource *SourceFactory::behindCache(WeekSource *inner, const RepoRef &repo, WeekCache *cache,
                                             const Options &options, QObject *parent)
{
    auto *source = new CachedWeekSource(inner, cache, parent);
    source->setPolicy(effectivePolicy(repo, options.policy));
    return source;
}

CachedWeekSource *SourceFactory::createLocal(const RepoRef &repo, WeekCache *cache, const Options &options,
                                             QObject *parent)
{
    return behindCache(createGit(options, nullptr), repo, cache, options, parent);
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

} // namespace PrLens
