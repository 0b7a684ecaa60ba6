// SPDX-License-Identifier: MIT
#pragma once

#include "githubendpoint.h"
#include "ratelimitpolicy.h"
#include "weeksource.h"

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>

class QNetworkReply;
class QTimer;

namespace PrLens {

/// How hard GitHubRequester tries: concurrency, retries, timeouts and rate-limit waits.
struct RequestPolicy {
    int maxConcurrent = 8; ///< requests in flight at once; the rest wait in a queue
    int maxTries = 4; ///< tries per request for 5xx, timeouts, network errors, broken JSON
    int retryBaseDelayMs = 1000; ///< back-off before try n+1 is base · 2^(n-1)
    int transferTimeoutMs = 30000; ///< a request with no data for this long is aborted and retried
    /// A request still running after this long is aborted and retried even if data keeps trickling in.
    int requestDeadlineMs = 120000;
    /// Largest answer accepted for one GraphQL request. A search page of 50 PRs is typically 0.2–2 MB; even pages
    /// full of long review comments stay far below 50 MB, while a hostile or broken server could otherwise fill the
    /// memory (the body is held whole to parse it).
    qint64 maxGraphQlBytes = 50LL * 1024 * 1024;
    /// Largest REST `pulls/{n}/files` page: 100 files whose patches GitHub cuts at 500 KB each, plus JSON escaping.
    qint64 maxRestFilesBytes = 100LL * 1024 * 1024;
    /// Largest answer for any other request (a whole-PR diff, which GitHub refuses past 20,000 lines; small JSON).
    qint64 maxOtherBytes = 50LL * 1024 * 1024;
    /// The cap for a request kind as given to get() / postJson() ("graphql.search", "rest.files", …).
    qint64 maxBodyBytes(const QString &kind) const;
    int secondaryWaitSeconds = 60; ///< wait for a secondary rate limit that names no time
    /// Milliseconds one second of a rate-limit wait lasts (1000; tests shorten the waits without changing them).
    int rateLimitSecondMs = 1000;
    /// After a secondary limit the waiting requests go out one at a time, this many milliseconds apart, until
    /// maxConcurrent of them have succeeded.
    int releaseSpacingMs = 1000;
    /// Random share in [0, 1) of the jitter added to secondary-limit waits (up to a quarter of the wait); empty =
    /// a random number. Tests make it fixed.
    std::function<double()> jitter;
    int maxRateLimitWaitSeconds = 15 * 60; ///< longer waits fail with LoadError::Kind::RateLimited
    int maxRedirects = 5;
};

/// One finished GitHub request: the answer, or why it failed for good.
struct GitHubResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    QJsonDocument json;
    QUrl url; ///< the URL that answered (after redirects)
    LoadError error; ///< kind None on success (2xx with a JSON body)
    bool ok() const { return !error.isError(); }
};

/// Sends GitHub API requests on one QNetworkAccessManager with the headers GitHub wants, the token only to the API
/// host, manual redirects, timeouts, retries with back-off, rate-limit waits and a concurrency limit.
class GitHubRequester : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const GitHubResponse &)>;

    explicit GitHubRequester(QObject *parent = nullptr);
    ~GitHubRequester() override;

    void setPolicy(const RequestPolicy &policy) { m_policy = policy; }
    RequestPolicy policy() const { return m_policy; }
    void setEndpoint(const GitHubEndpoint &endpoint) { m_endpoint = endpoint; }
    GitHubEndpoint endpoint() const { return m_endpoint; }
    /// The token for the endpoint's host; empty = anonymous. Never logged.
    void setToken(const QString &token);

    /// Queues a request. `kind` names it for statistics ("graphql.search", "rest.files", …); `group` lets a caller
    /// abort its own requests. The callback runs once, unless the group is aborted first.
    /// A GET with @p ifNoneMatch (an ETag kept from an earlier run) answers a 304 as status 304 with no error and no
    /// body, unless this requester still holds the answer itself (then it is served as a 200).
    void get(const QString &kind, const QUrl &url, int group, Callback callback, const QByteArray &ifNoneMatch = {});
    /// With @p failOnTimeout, a query GitHub stopped (502, 504, its "timeout" error) or that timed out here is not
    /// asked again unchanged: it fails at once with LoadError::Kind::Timeout so the caller can ask for less.
    void postJson(const QString &kind, const QUrl &url, const QJsonObject &body, int group, Callback callback,
        bool failOnTimeout = false);

    /// Drops queued, waiting and running requests of a group; their callbacks never run.
    void abortGroup(int group);
    void abortAll();
    int pendingCount(int group) const;

    /// Requests sent (including retries and redirects) by kind.
    QMap<QString, int> requestCounts() const { return m_counts; }
    int totalRequests() const;
    /// GET answers served from the ETag cache after a 304 Not Modified (these cost no rate limit on GitHub).
    int notModifiedCount() const { return m_notModified; }
    /// The most requests that were in flight at once since the last resetCounts().
    int peakInFlight() const { return m_peakInFlight; }
    void resetCounts()
    {
        m_counts.clear();
        m_peakInFlight = 0;
        m_notModified = 0;
    }

    /// The rel="next" URL of a REST `Link` header, or an empty URL.
    static QUrl nextLink(const QByteArray &linkHeader);

Q_SIGNALS:
    /// A rate limit was hit: every request pauses until resumeAt.
    void rateLimitWait(int group, int seconds, const QDateTime &resumeAt, bool secondary);
    /// A request failed in a way that is worth another try, which comes after a back-off.
    void retrying(int group, const QString &kind, int attempt, const QString &reason);

private:
    struct Job;
    enum class Retryable { Network, Timeout, Server, Malformed, QueryTimeout };

    void watchReply(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    /// Why the request must not go to its URL (not http(s), user info, not the API's origin); empty when it may.
    QString refusal(const QUrl &url) const;

    void enqueue(std::shared_ptr<Job> job, bool front);
    void pump();
    void dispatch(const std::shared_ptr<Job> &job);
    void onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    /// An HTTP answer came: follows a redirect, serves a 304 from the cache, waits out a rate limit, retries a
    /// server error or completes the job.
    void onAnswer(const std::shared_ptr<Job> &job, GitHubResponse &response);
    void followRedirect(const std::shared_ptr<Job> &job, GitHubResponse &response);
    /// A 304 to a GET: completes the job with the kept answer; false when there is none to give.
    bool answerNotModified(const std::shared_ptr<Job> &job, GitHubResponse &response);
    /// True when the answer is a rate limit: the job waits for it, or fails when the wait is too long.
    bool waitForRateLimit(const std::shared_ptr<Job> &job, GitHubResponse &response);
    void retryOrFail(
        const std::shared_ptr<Job> &job, Retryable why, const GitHubResponse &response, const QString &networkError);
    void complete(const std::shared_ptr<Job> &job, const GitHubResponse &response);
    LoadError httpError(int status, const QJsonDocument &json) const;

    QNetworkAccessManager m_nam;
    GitHubEndpoint m_endpoint;
    RequestPolicy m_policy;
    QString m_token;
    quint64 m_nextId = 1;
    std::deque<std::shared_ptr<Job>> m_queue;
    QHash<quint64, std::shared_ptr<Job>> m_running;
    QHash<quint64, std::shared_ptr<Job>> m_backingOff;
    QDateTime m_pausedUntil;
    bool m_pauseSecondary = false;
    int m_secondaryStreak = 0; ///< secondary limits in a row without a success between them
    int m_releaseLeft = 0; ///< requests still to release one by one after a secondary limit
    QDateTime m_nextRelease; ///< when the next of them may go
    /// The wait for a rate limit GitHub asked for: secondary limits grow exponentially with the streak, plus jitter.
    int grownWait(const RateLimitPolicy::Wait &wait);
    void pauseFor(const std::shared_ptr<Job> &job, int seconds, bool secondary);
    /// An answer came through (2xx or 304): the secondary-limit streak ends, one more released request went well.
    void noteSuccess();
    QSet<int> m_pauseTold; ///< groups that heard of the current pause
    QTimer *m_pauseTimer = nullptr;
    /// A GET answer kept for conditional requests (If-None-Match → 304).
    struct CachedAnswer {
        QByteArray etag;
        QByteArray body;
        QHash<QByteArray, QByteArray> headers;
    };
    QCache<QString, CachedAnswer> m_etags {32 * 1024 * 1024}; ///< by URL; cost = body bytes
    QMap<QString, int> m_counts;
    int m_peakInFlight = 0;
    int m_notModified = 0;
};

} // namespace PrLens
