// SPDX-License-Identifier: MIT
#pragma once

#include "cachedweeksource.h"
#include "weekdata.h"

#include <QString>
#include <QUrl>

class QSettings;

namespace PrLens {

class WeekCache;

/// Builds the WeekSource that reads a repository: GitHub (or Enterprise) or a local git clone, behind the cache.
/// The window and the command line both get their sources from create(): GitHub → (keychain) → cache, or
/// git → cache, or the demo week.
class SourceFactory {
public:
    struct Options {
        QUrl apiUrl; ///< plain GitHub API root (tests, proxies); empty = the repository host's API
        QUrl graphQlOverride; ///< an explicit GraphQL URL (--graphql-url); empty = derived
        QString token; ///< for the GitHub host; empty = anonymous. Handed to the source only, never stored
        CachedWeekSource::Policy policy = CachedWeekSource::Policy::CacheFirst;
        QString gitProgram; ///< empty = "git" on PATH
        QUrl restUrl; ///< the repository host's configured REST root; empty = GitHubEndpoint::forHost
        QUrl graphQlUrl; ///< the repository host's configured GraphQL URL (with restUrl)
        /// Apply the host's saved REST and GraphQL URLs (applyHostSettings() with the user's QSettings).
        bool savedHosts = false;
        /// Read the host's token from the system keychain before each week load (KeychainTokenSource) rather
        /// than use token; the window does, as the user may change the token while it runs.
        bool tokenFromKeychain = false;
    };

    /// Sets the host's REST and GraphQL URLs in @p options from the saved accounts (HostAccounts) when the
    /// repository's host is configured there; an explicit apiUrl still wins over them.
    static void applyHostSettings(Options *options, QSettings &settings, const RepoRef &repo);
    /// The cache file to open: the saved cache location ("cache/location") when set, else the default path.
    static QString cacheFile(QSettings &settings);

    /// The source for @p repo without a cache: a GitHubSource, a GitSource or the DemoWeekSource.
    static WeekSource *createUncached(const RepoRef &repo, const Options &options, QObject *parent = nullptr);
    /// The source for @p repo behind @p cache (may be null). A local clone is always read again unless the
    /// policy is Offline: reading it is cheap and its branch may have moved since it was cached. A GitHub
    /// repository is read with the options' token, or the keychain's (tokenFromKeychain).
    static CachedWeekSource *create(
        const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent = nullptr);
    /// What create() returns for a local clone or the bundled demo week, defined apart from the GitHub source
    /// so that a program that reads only those links none of the network code. The demo is never cached.
    static CachedWeekSource *createLocal(
        const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent = nullptr);
    /// The policy create() applies for @p repo when @p requested is asked for.
    static CachedWeekSource::Policy effectivePolicy(const RepoRef &repo, CachedWeekSource::Policy requested);

private:
    static WeekSource *createGitHub(const RepoRef &repo, const Options &options, QObject *parent);
    static WeekSource *createOffline(const RepoRef &repo, const Options &options, QObject *parent);
    static CachedWeekSource *behindCache(
        WeekSource *inner, const RepoRef &repo, WeekCache *cache, const Options &options, QObject *parent);
};

} // namespace PrLens
