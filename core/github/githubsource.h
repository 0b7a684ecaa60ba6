// SPDX-License-Identifier: MIT
#pragma once

#include "githubrequester.h"
#include "weeksource.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace PrLens {

class GitHubPatchLoader;
class GitHubWeekPatches;

/// Reads a week of merged pull requests from GitHub (or GitHub Enterprise) over GraphQL, and patches over REST.
class GitHubSource : public WeekSource {
    Q_OBJECT
public:
    explicit GitHubSource(QObject *parent = nullptr);
    ~GitHubSource() override;

    /// A plain API root for tests and proxies (e.g. http://127.0.0.1:PORT); empty = derive from the repo's host.
    void setApiUrl(const QUrl &url) { m_apiUrl = url; }
    QUrl apiUrl() const { return m_apiUrl; }
    /// An explicit GraphQL URL (--graphql-url) used with the API URL or the host's REST root; empty = derived.
    void setGraphQlUrl(const QUrl &url) { m_graphQlUrl = url; }
    /// The API of @p host as configured (used for repositories on that host unless an API URL is set).
    void setHostEndpoint(const QString &host, const GitHubEndpoint &endpoint)
    {
        m_host = host;
        m_hostEndpoint = endpoint;
    }
    /// The token for the repositories' host; empty = anonymous. Sent only to the API host, never logged.
    void setToken(const QString &token);
    void setPolicy(const RequestPolicy &policy);
    RequestPolicy policy() const;
    /// Pull requests per search page (GitHub allows up to 100; 50 keeps each query well under its limits).
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 100); }
    /// The smallest search page: a page that times out on GitHub (502, or its 10-second "timeout" error) is asked
    /// again with half as many pull requests, down to this many.
    static constexpr int kMinPageSize = 10;
    /// Search results GitHub returns at most for one query; a larger range is split in halves.
    static constexpr int kSearchCap = 1000;

    /// Requests sent by kind ("graphql.search", "graphql.files", "graphql.reviews", "graphql.reviewThreads",
    /// "rest.files"), retries included.
    QMap<QString, int> requestCounts() const;
    /// The most requests in flight at once since the last resetCounts() (at most RequestPolicy::maxConcurrent).
    int peakInFlight() const;
    /// REST answers served from the ETag cache after 304 Not Modified since the last resetCounts().
    int notModifiedCount() const;
    void resetCounts();

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    /// `pulls/{n}/files` for every PR still without patches, GitHubWeekPatches::kPullsInFlight at once.
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    /// Aborts every request and timer; emits failed(Cancelled) when something was under way.
    void cancel() override;

Q_SIGNALS:
    /// Ledger lines that come up outside a week load (patch loads: the 3,000-file cap, rate-limit waits).
    void ledgerEntryAdded(const PrLens::LedgerEntry &entry);

private:
    struct WeekLoad;

    GitHubEndpoint endpointFor(const RepoRef &repo) const;
    void searchPage(const QDateTime &from, const QDateTime &to, const QString &after, bool firstPage);
    void onSearchPage(const QDateTime &from, const QDateTime &to, bool firstPage, const QJsonObject &search);
    /// True when a search page that timed out is asked again with a smaller page size.
    bool retrySmaller(const QDateTime &from, const QDateTime &to, const QString &after, bool firstPage,
        const GitHubResponse &response);
    /// The error for an HTTP 404 from the GraphQL URL itself: it names the URLs used.
    LoadError noGraphQlApi() const;
    void filesPage(int number, const QString &after);
    void reviewsPage(int number, const QString &after);
    void threadsPage(int number, const QString &after, bool restart);
    /// Posts one follow-up query of a PR and hands its `data.repository.pullRequest.<field>` connection to `onPage`;
    /// a failure that does not end the load becomes `onFailed(reason)`.
    void followUpPage(const QString &kind, int number, const QJsonObject &body, const QString &field,
        std::function<void(const QJsonObject &)> onPage, std::function<void(const QString &)> onFailed);
    void startFollowUp(int number);
    void endFollowUp(int number);
    QList<LedgerEntry> reviewLedger(const WeekLoad &load) const;
    /// True when the next page of the listing @p key may be read; otherwise the ledger says why it stopped.
    bool mayReadNext(
        const QString &key, int number, const QString &what, const QString &cursor, int total, int pageSize);
    void requestDone();
    void failLoad(const LoadError &error);
    void reportProgress();
    LoadError describe(const LoadError &error) const;
    LoadError graphQlError(const QJsonDocument &json) const;
    void onRateLimitWait(int group, int seconds, const QDateTime &resumeAt, bool secondary);
    void finishPatches(GitHubPatchLoader *loader);

    GitHubRequester *m_requester;
    QUrl m_apiUrl;
    QUrl m_graphQlUrl;
    QString m_host;
    GitHubEndpoint m_hostEndpoint;
    int m_pageSize = 50;
    int m_nextGroup = 1;
    std::unique_ptr<WeekLoad> m_load;
    QHash<int, GitHubPatchLoader *> m_patchLoads; ///< by request group
    GitHubWeekPatches *m_weekPatches = nullptr;
    void stopWeekPatches();
};

} // namespace PrLens
