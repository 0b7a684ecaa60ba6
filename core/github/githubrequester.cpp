// SPDX-License-Identifier: MIT
#include "githubrequester.h"

#include "githublogging.h"

#include <QCoreApplication>
#include <QHttp1Configuration>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PrLens {

struct GitHubRequester::Job {
    quint64 id = 0;
    QString kind;
    QByteArray method;
    QUrl url;
    QUrl originalUrl;
    QByteArray body;
    QByteArray ifNoneMatch; ///< an ETag the caller kept
    int group = 0;
    Callback callback;
    int tries = 0; ///< tries that counted against maxTries
    int rateWaits = 0;
    int redirects = 0;
    bool timedOut = false;
    bool tooLarge = false; ///< the answer passed the kind's size cap and was aborted
    bool failOnTimeout = false; ///< a timed-out query fails at once instead of being asked again unchanged
    QPointer<QNetworkReply> reply;
    QTimer *timer = nullptr; ///< transfer timeout while running, back-off while waiting
};

namespace {

constexpr int kMaxRateLimitWaitsPerRequest = 8;

/// GitHub stops a GraphQL query after 10 s and answers 200 with no data and a "Something went wrong" error.
bool isGraphQlTimeout(const QJsonDocument &json)
{
    const QJsonObject o = json.object();
    if (!o.contains("errors"_L1) || !o.value("data"_L1).isNull())
        return false;
    const QJsonArray errors = o.value("errors"_L1).toArray();
    return std::any_of(errors.cbegin(), errors.cend(), [](const QJsonValue &e) {
        const QString message = e.toObject().value("message"_L1).toString();
        return message.contains("Something went wrong while executing your query"_L1)
            || message.contains("timedout"_L1, Qt::CaseInsensitive);
    });
}

void dropTimer(QTimer *&timer)
{
    if (timer) {
        timer->stop();
        timer->deleteLater();
        timer = nullptr;
    }
}

} // namespace

qint64 RequestPolicy::maxBodyBytes(const QString &kind) const
{
    if (kind.startsWith("graphql"_L1))
        return maxGraphQlBytes;
    if (kind == "rest.files"_L1)
        return maxRestFilesBytes;
    return maxOtherBytes;
}

GitHubRequester::GitHubRequester(QObject *parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pauseTimer = new QTimer(this);
    m_pauseTimer->setSingleShot(true);
    connect(m_pauseTimer, &QTimer::timeout, this, &GitHubRequester::pump);
}

GitHubRequester::~GitHubRequester()
{
    abortAll();
}

void GitHubRequester::setToken(const QString &token)
{
    if (token != m_token)
        m_etags.clear(); // answers vary by Authorization
    m_token = token;
}

void GitHubRequester::get(
    const QString &kind, const QUrl &url, int group, Callback callback, const QByteArray &ifNoneMatch)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->kind = kind;
    job->method = "GET";
    job->ifNoneMatch = ifNoneMatch;
    job->url = job->originalUrl = url;
    job->group = group;
    job->callback = std::move(callback);
    enqueue(job, false);
}

void GitHubRequester::postJson(
    const QString &kind, const QUrl &url, const QJsonObject &body, int group, Callback callback, bool failOnTimeout)
{
    auto job = std::make_shared<Job>();
    job->id = m_nextId++;
    job->kind = kind;
    job->method = "POST";
    job->url = job->originalUrl = url;
    job->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    job->failOnTimeout = failOnTimeout;
    job->group = group;
    job->callback = std::move(callback);
    enqueue(job, false);
}

void GitHubRequester::enqueue(std::shared_ptr<Job> job, bool front)
{
    // A request that arrives during a pause (e.g. a new load after a cancelled one) is told how long it waits.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil && !m_pauseTold.contains(job->group)) {
        m_pauseTold.insert(job->group);
        Q_EMIT rateLimitWait(job->group, int(std::max<qint64>(1, (now.msecsTo(m_pausedUntil) + 999) / 1000)),
            m_pausedUntil, m_pauseSecondary);
    }
    if (front)
        m_queue.push_front(std::move(job));
    else
        m_queue.push_back(std::move(job));
    // Dispatch from the event loop so callers finish their own bookkeeping first.
    QMetaObject::invokeMethod(this, &GitHubRequester::pump, Qt::QueuedConnection);
}

void GitHubRequester::pump()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        if (!m_pauseTimer->isActive())
            m_pauseTimer->start(int(std::max<qint64>(1, now.msecsTo(m_pausedUntil))));
        return;
    }
    if (m_releaseLeft > 0) {
        // After a secondary limit: one request at a time, spaced out, until some have gone through.
        if (!m_running.isEmpty() || m_queue.empty())
            return;
        if (m_nextRelease.isValid() && now < m_nextRelease) {
            if (!m_pauseTimer->isActive())
                m_pauseTimer->start(int(std::max<qint64>(1, now.msecsTo(m_nextRelease))));
            return;
        }
        m_nextRelease = now.addMSecs(std::max(0, m_policy.releaseSpacingMs));
        std::shared_ptr<Job> job = m_queue.front();
        m_queue.pop_front();
        dispatch(job);
        return;
    }
    while (!m_queue.empty() && m_running.size() < std::max(1, m_policy.maxConcurrent)) {
        std::shared_ptr<Job> job = m_queue.front();
        m_queue.pop_front();
        dispatch(job);
    }
}

QString GitHubRequester::refusal(const QUrl &url) const
{
    const bool http = url.scheme() == "https"_L1 || url.scheme() == "http"_L1;
    if (http && url.userInfo().isEmpty() && !url.host().isEmpty()
        && (m_endpoint.isApiOrigin(url) || GitHubEndpoint::sameOrigin(url, m_endpoint.graphQlUrl())))
        return {};
    const QString where
        = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment)
              .left(100);
    return tr("%1 pointed the request to another address (%2). PR Lens reads only from the API's own address; "
              "check the server address in Settings.")
        .arg(m_endpoint.displayHost(), where.isEmpty() ? url.scheme().left(20) : where);
}

void GitHubRequester::dispatch(const std::shared_ptr<Job> &job)
{
    // Requests go to the API's own origin only: no other scheme, host or port, and no user info in the URL.
    if (const QString why = refusal(job->url); !why.isEmpty()) {
        GitHubResponse refused;
        refused.url = job->url;
        refused.error = {LoadError::Kind::BadResponse, why};
        complete(job, refused); // dispatch runs from the event loop (pump), so the caller is not mid-call
        return;
    }
    QNetworkRequest request(job->url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Over HTTP/1.1 Qt opens 6 connections to a host unless told otherwise: as many as the requests let in flight
    // (GitHub itself speaks HTTP/2, where they share one connection).
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(qsizetype(std::max(1, m_policy.maxConcurrent)));
    request.setHttp1Configuration(http1);
    request.setRawHeader("User-Agent", GitHubEndpoint::userAgent());
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    // The token goes only to the API's own origin, and never to wherever a redirect points elsewhere.
    if (!m_token.isEmpty() && m_endpoint.isApiOrigin(job->url)
        && GitHubEndpoint::sameOrigin(job->url, job->originalUrl))
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (job->method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    else if (const CachedAnswer *cached = m_etags.object(job->url.toString()))
        request.setRawHeader("If-None-Match", cached->etag);
    else if (!job->ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", job->ifNoneMatch);

    // The path says what is asked; the query, the headers and the body (the token among them) stay out of the log.
    qCDebug(lcGitHub).noquote() << job->method << job->kind << job->url.path();
    ++m_counts[job->kind];
    job->timedOut = false;
    QNetworkReply *reply = job->method == "POST" ? m_nam.post(request, job->body) : m_nam.get(request);
    job->reply = reply;
    m_running.insert(job->id, job);
    m_peakInFlight = std::max(m_peakInFlight, int(m_running.size()));

    watchReply(job, reply);
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onFinished(job, reply); });
}

void GitHubRequester::watchReply(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    dropTimer(job->timer);
    job->tooLarge = false;
    job->timer = new QTimer(this);
    job->timer->setSingleShot(true);
    job->timer->setInterval(std::max(1, m_policy.transferTimeoutMs));
    QTimer *timer = job->timer;
    const auto timeOut = [job, reply] {
        if (job->reply != reply)
            return;
        job->timedOut = true;
        reply->abort();
    };
    connect(timer, &QTimer::timeout, reply, timeOut);
    // The idle timeout counts silence: any data restarts it. The deadline counts the whole request, so a server
    // that trickles a byte now and then cannot keep it open for ever.
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    QTimer::singleShot(std::max(1, m_policy.requestDeadlineMs), reply, timeOut);
    // The body is held in memory until it is complete: stop as soon as it is announced or grows past the cap.
    const qint64 cap = m_policy.maxBodyBytes(job->kind);
    const auto checkSize = [job, reply, cap](qint64 received, qint64 total) {
        if (job->reply != reply || (received <= cap && total <= cap && reply->bytesAvailable() <= cap))
            return;
        job->tooLarge = true;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, timer,
        [reply, checkSize] { checkSize(0, reply->header(QNetworkRequest::ContentLengthHeader).toLongLong()); });
    connect(reply, &QNetworkReply::downloadProgress, timer, [timer, checkSize](qint64 received, qint64 total) {
        timer->start();
        checkSize(received, total);
    });
    connect(reply, &QNetworkReply::readyRead, timer, [checkSize] { checkSize(0, 0); });
    timer->start();
}

void GitHubRequester::onFinished(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    reply->deleteLater();
    if (job->reply != reply || !m_running.contains(job->id))
        return; // aborted by the caller
    m_running.remove(job->id);
    job->reply = nullptr;
    dropTimer(job->timer);

    GitHubResponse response;
    response.url = job->url;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.insert(pair.first.toLower(), pair.second);
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    if (reply->isOpen() && !job->tooLarge)
        response.body = reply->readAll();

    // Free the slot first: whatever happens next, the queue can move on.
    QMetaObject::invokeMethod(this, &GitHubRequester::pump, Qt::QueuedConnection);

    if (job->tooLarge) { // asking again would bring the same answer
        response.error = {LoadError::Kind::BadResponse,
            tr("%1 sent an answer larger than %2 for one request, so PR Lens stopped reading it. "
               "Check the server address, or try again later.")
                .arg(m_endpoint.displayHost(), QLocale().formattedDataSize(m_policy.maxBodyBytes(job->kind)))};
        complete(job, response);
        return;
    }

    if (job->timedOut) {
        retryOrFail(job, Retryable::Timeout, response, {});
        return;
    }
    // Errors below 200 are transport and proxy failures; HTTP answers map to higher codes and are read below.
    const bool transportError = netError != QNetworkReply::NoError && int(netError) < 200;
    if (response.status == 0 || transportError) {
        retryOrFail(job, Retryable::Network, response, netErrorText);
        return;
    }
    onAnswer(job, response);
}

void GitHubRequester::onAnswer(const std::shared_ptr<Job> &job, GitHubResponse &response)
{
    const int status = response.status;
    if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        followRedirect(job, response);
        return;
    }
    if (status == 304 && job->method == "GET" && answerNotModified(job, response))
        return;

    QJsonParseError parseError {};
    response.json = QJsonDocument::fromJson(response.body, &parseError);
    const bool jsonOk = parseError.error == QJsonParseError::NoError && !response.json.isNull();

    if (waitForRateLimit(job, response))
        return;
    if (status >= 500) {
        retryOrFail(job, Retryable::Server, response, {});
        return;
    }
    if (status >= 200 && status < 300) {
        if (!jsonOk) {
            retryOrFail(job, Retryable::Malformed, response, {});
            return;
        }
        if (isGraphQlTimeout(response.json)) {
            retryOrFail(job, Retryable::QueryTimeout, response, {});
            return;
        }
        noteSuccess();
        const QByteArray etag = response.headers.value("etag");
        if (job->method == "GET" && !etag.isEmpty() && response.body.size() < m_etags.maxCost())
            m_etags.insert(job->url.toString(), new CachedAnswer {etag, response.body, response.headers},
                std::max<qsizetype>(1, response.body.size()));
        complete(job, response);
        return;
    }
    response.error = httpError(status, response.json);
    complete(job, response);
}

void GitHubRequester::followRedirect(const std::shared_ptr<Job> &job, GitHubResponse &response)
{
    const QUrl location = job->url.resolved(QUrl::fromEncoded(response.headers.value("location")));
    if (!location.isValid() || location.isEmpty() || ++job->redirects > m_policy.maxRedirects) {
        response.error = {LoadError::Kind::BadResponse,
            tr("%1 redirected the request too often. Check the server address.").arg(m_endpoint.displayHost())};
        complete(job, response);
        return;
    }
    // Only within the API's origin: never to file:, another host, or a URL with user info.
    if (const QString why = refusal(location); !why.isEmpty()) {
        response.error = {LoadError::Kind::BadResponse, why};
        complete(job, response);
        return;
    }
    if (response.status == 303) {
        job->method = "GET";
        job->body.clear();
    }
    job->url = location;
    enqueue(job, true);
}

bool GitHubRequester::answerNotModified(const std::shared_ptr<Job> &job, GitHubResponse &response)
{
    noteSuccess();
    if (const CachedAnswer *cached = m_etags.object(job->url.toString())) {
        ++m_notModified;
        response.status = 200;
        response.body = cached->body;
        response.headers = cached->headers;
        response.json = QJsonDocument::fromJson(cached->body);
        complete(job, response);
        return true;
    }
    if (!job->ifNoneMatch.isEmpty()) {
        ++m_notModified;
        complete(job, response); // the caller kept the answer
        return true;
    }
    return false;
}

bool GitHubRequester::waitForRateLimit(const std::shared_ptr<Job> &job, GitHubResponse &response)
{
    const RateLimitPolicy policy(m_policy.secondaryWaitSeconds);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto wait = policy.waitFor(response.status, response.headers, response.json, now);
    if (!wait)
        return false;
    const int seconds = grownWait(*wait);
    if (seconds > m_policy.maxRateLimitWaitSeconds || ++job->rateWaits > kMaxRateLimitWaitsPerRequest) {
        const QString when = QLocale().toString(now.addSecs(seconds).toLocalTime(), QLocale::ShortFormat);
        response.error = {LoadError::Kind::RateLimited,
            tr("The GitHub rate limit on %1 is used up until %2. Try again after that, "
               "or use a token with a higher limit.")
                .arg(m_endpoint.displayHost(), when)};
        complete(job, response);
        return true;
    }
    pauseFor(job, seconds, wait->secondary);
    return true;
}

void GitHubRequester::noteSuccess()
{
    m_secondaryStreak = 0;
    if (m_releaseLeft > 0)
        --m_releaseLeft;
}

int GitHubRequester::grownWait(const RateLimitPolicy::Wait &wait)
{
    if (!wait.secondary)
        return wait.seconds;
    // GitHub: after a secondary limit wait at least what it asks (Retry-After, else a minute), and longer each time
    // it comes again; jitter keeps clients that were stopped together from coming back together.
    const int streak = std::min(++m_secondaryStreak, 12);
    const qint64 grown = qint64(wait.seconds) << (streak - 1);
    const double share
        = m_policy.jitter ? std::clamp(m_policy.jitter(), 0.0, 1.0) : QRandomGenerator::global()->generateDouble();
    const qint64 withJitter = grown + qint64(std::floor(double(grown) * 0.25 * share));
    return int(std::clamp<qint64>(withJitter, 1, RateLimitPolicy::kMaxWaitSeconds * 4));
}

void GitHubRequester::pauseFor(const std::shared_ptr<Job> &job, int seconds, bool secondary)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime resumeAt = now.addMSecs(qint64(seconds) * std::max(0, m_policy.rateLimitSecondMs));
    if (!m_pausedUntil.isValid() || m_pausedUntil < resumeAt) {
        m_pausedUntil = resumeAt;
        m_pauseSecondary = secondary;
        m_pauseTold.clear();
    }
    if (secondary) { // the paused requests are then released one by one
        m_releaseLeft = std::max(1, m_policy.maxConcurrent);
        m_nextRelease = {};
    }
    m_pauseTimer->stop();
    m_pauseTold.insert(job->group);
    Q_EMIT rateLimitWait(job->group, seconds, resumeAt, secondary);
    enqueue(job, true);
}

LoadError GitHubRequester::httpError(int status, const QJsonDocument &json) const
{
    const QString host = m_endpoint.displayHost();
    Q_UNUSED(json)
    switch (status) {
    case 401:
        if (m_token.isEmpty())
            return {LoadError::Kind::Unauthorized,
                tr("%1 answers only signed-in requests. Add a token for this host in Settings.").arg(host)};
        return {LoadError::Kind::Unauthorized,
            tr("%1 rejected the token (HTTP 401). Check or renew the token for this host in Settings.").arg(host)};
    case 403:
        return {LoadError::Kind::Unauthorized,
            tr("%1 refused access (HTTP 403). Check that the token may read this repository.").arg(host)};
    case 404:
    case 410:
        return {LoadError::Kind::NotFound,
            tr("%1 has nothing at that address (HTTP %2). Check the repository name.").arg(host).arg(status)};
    default:
        return {LoadError::Kind::BadResponse,
            tr("%1 turned the request down (HTTP %2). Check the repository and week, then try again.")
                .arg(host)
                .arg(status)};
    }
}

void GitHubRequester::retryOrFail(
    const std::shared_ptr<Job> &job, Retryable why, const GitHubResponse &response, const QString &networkError)
{
    ++job->tries;
    const QString host = m_endpoint.displayHost();
    const bool gitHubTimedOut = why == Retryable::Timeout || why == Retryable::QueryTimeout
        || (why == Retryable::Server && (response.status == 502 || response.status == 504));
    if (job->failOnTimeout && gitHubTimedOut) {
        GitHubResponse failed = response;
        failed.error = {LoadError::Kind::Timeout,
            tr("%1 did not answer in time, %n attempt(s). Try again later.", nullptr, job->tries).arg(host)};
        complete(job, failed);
        return;
    }
    if (job->tries < std::max(1, m_policy.maxTries)) {
        const int delay = m_policy.retryBaseDelayMs * (1 << std::min(job->tries - 1, 16));
        QString reason;
        switch (why) {
        case Retryable::Network:
            reason = u"network error"_s;
            break;
        case Retryable::Timeout:
            reason = u"timeout"_s;
            break;
        case Retryable::Server:
            reason = u"HTTP %1"_s.arg(response.status);
            break;
        case Retryable::Malformed:
            reason = u"malformed JSON"_s;
            break;
        case Retryable::QueryTimeout:
            reason = u"GraphQL query timeout"_s;
            break;
        }
        Q_EMIT retrying(job->group, job->kind, job->tries, reason);
        dropTimer(job->timer);
        job->timer = new QTimer(this);
        job->timer->setSingleShot(true);
        m_backingOff.insert(job->id, job);
        connect(job->timer, &QTimer::timeout, this, [this, job] {
            if (!m_backingOff.remove(job->id))
                return;
            dropTimer(job->timer);
            enqueue(job, true);
        });
        job->timer->start(std::max(0, delay));
        return;
    }

    GitHubResponse failed = response;
    const int tries = job->tries;
    switch (why) {
    case Retryable::Network:
        failed.error = {LoadError::Kind::Network,
            tr("Could not reach %1 (%2), %n attempt(s). Check the network connection and try again.", nullptr, tries)
                .arg(host, networkError)};
        break;
    case Retryable::Timeout:
    case Retryable::QueryTimeout:
        failed.error = {LoadError::Kind::Timeout,
            tr("%1 did not answer in time, %n attempt(s). Try again later.", nullptr, tries).arg(host)};
        break;
    case Retryable::Server:
        failed.error = {LoadError::Kind::Network,
            tr("%1 kept failing with HTTP %2, %n attempt(s). Try again later.", nullptr, tries)
                .arg(host)
                .arg(response.status)};
        break;
    case Retryable::Malformed:
        failed.error = {LoadError::Kind::BadResponse,
            tr("%1 sent incomplete or unreadable data, %n attempt(s). Try again later.", nullptr, tries).arg(host)};
        break;
    }
    complete(job, failed);
}

void GitHubRequester::complete(const std::shared_ptr<Job> &job, const GitHubResponse &response)
{
    dropTimer(job->timer);
    Callback callback = std::move(job->callback);
    job->callback = nullptr;
    if (callback)
        callback(response);
}

void GitHubRequester::abortGroup(int group)
{
    std::erase_if(m_queue, [group](const std::shared_ptr<Job> &j) { return j->group == group; });
    for (auto it = m_backingOff.begin(); it != m_backingOff.end();) {
        if ((*it)->group == group) {
            dropTimer((*it)->timer);
            it = m_backingOff.erase(it);
        } else {
            ++it;
        }
    }
    QList<std::shared_ptr<Job>> running;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if ((*it)->group == group) {
            running.append(*it);
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto &job : running) {
        dropTimer(job->timer);
        job->callback = nullptr;
        if (QNetworkReply *reply = job->reply) {
            job->reply = nullptr;
            reply->abort();
            reply->deleteLater();
        }
    }
    if (m_queue.empty())
        m_pauseTimer->stop();
    QMetaObject::invokeMethod(this, &GitHubRequester::pump, Qt::QueuedConnection);
}

void GitHubRequester::abortAll()
{
    QList<int> groups;
    for (const auto &j : m_queue)
        groups.append(j->group);
    for (const auto &j : std::as_const(m_running))
        groups.append(j->group);
    for (const auto &j : std::as_const(m_backingOff))
        groups.append(j->group);
    std::sort(groups.begin(), groups.end());
    groups.erase(std::unique(groups.begin(), groups.end()), groups.end());
    for (int g : std::as_const(groups))
        abortGroup(g);
}

int GitHubRequester::pendingCount(int group) const
{
    const auto inGroup = [group](const std::shared_ptr<Job> &j) {
        return j->group == group;
    };
    return int(std::count_if(m_queue.cbegin(), m_queue.cend(), inGroup)
        + std::count_if(m_running.cbegin(), m_running.cend(), inGroup)
        + std::count_if(m_backingOff.cbegin(), m_backingOff.cend(), inGroup));
}

int GitHubRequester::totalRequests() const
{
    int n = 0;
    for (int v : m_counts)
        n += v;
    return n;
}

QUrl GitHubRequester::nextLink(const QByteArray &linkHeader)
{
    static const QRegularExpression part(uR"(<([^>]*)>\s*((?:;\s*[^;,]*)*))"_s);
    const QString text = QString::fromLatin1(linkHeader);
    for (auto it = part.globalMatchView(text); it.hasNext();) {
        const auto m = it.next();
        static const QRegularExpression relNext(uR"(;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?)"_s);
        if (relNext.matchView(m.capturedView(2)).hasMatch())
            return QUrl::fromEncoded(m.captured(1).toLatin1());
    }
    return {};
}

} // namespace PrLens
