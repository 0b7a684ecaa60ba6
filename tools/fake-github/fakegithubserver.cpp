// SPDX-License-Identifier: MIT
#include "fakegithubserver.h"

#include "fakefault.h"
#include "fakegithubdata.h"
#include "fakegraphql.h"
#include "fakegraphqlschema.h"
#include "fakereply.h"
#include "fakerest.h"

#include <QAbstractHttpServer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QHttpHeaders>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PrLens {

/// Hands every request to the FakeGitHubServer together with its responder, so answers can come later.
class FakeGitHubHttpServer : public QAbstractHttpServer {
public:
    explicit FakeGitHubHttpServer(FakeGitHubServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        FakeGitHubServer::RecordedRequest r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = request.query();
        const QHttpHeaders &h = request.headers();
        for (qsizetype i = 0; i < h.size(); ++i)
            r.headers.insert(QByteArray(h.nameAt(i).data(), h.nameAt(i).size()).toLower(), h.valueAt(i).toByteArray());
        m_owner->handle(
            r, request.body(), request.remotePort(), std::make_shared<QHttpServerResponder>(std::move(responder)));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }

private:
    static QByteArray methodName(QHttpServerRequest::Method m)
    {
        switch (m) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        case QHttpServerRequest::Method::Head:
            return "HEAD";
        case QHttpServerRequest::Method::Options:
            return "OPTIONS";
        default:
            return "OTHER";
        }
    }

    FakeGitHubServer *m_owner;
};

struct FakeGitHubServer::Pending {
    std::shared_ptr<QHttpServerResponder> responder;
    FakeReply reply;
    QString kind;
    quint16 remotePort = 0;
    bool head = false;
};

namespace {

constexpr QLatin1StringView kRestPrefix("/api/v3");
constexpr QLatin1StringView kGraphQlPaths[] = {QLatin1StringView("/graphql"), QLatin1StringView("/api/graphql")};

bool isGraphQlPath(QStringView path)
{
    for (const auto p : kGraphQlPaths) {
        if (path == p || path == QString(p + u'/'))
            return true;
    }
    return false;
}

QString tokenOf(const QByteArray &authorization)
{
    const QByteArray a = authorization.trimmed();
    for (const char *scheme : {"bearer ", "token "}) {
        if (a.toLower().startsWith(scheme))
            return QString::fromUtf8(a.mid(qstrlen(scheme)).trimmed());
    }
    return QString::fromUtf8(a);
}

} // namespace

FakeGitHubServer::FakeGitHubServer(QObject *parent)
    : QObject(parent)
    , m_data(std::make_unique<FakeGitHubData>())
    , m_http(new FakeGitHubHttpServer(this))
    , m_resetEpoch(QDateTime::currentSecsSinceEpoch() + 3600)
{
#ifdef PRLENS_FAKEGITHUB_SCHEMA
    if (QFile::exists(QStringLiteral(PRLENS_FAKEGITHUB_SCHEMA)))
        setSchemaFile(QStringLiteral(PRLENS_FAKEGITHUB_SCHEMA));
#endif
}

bool FakeGitHubServer::setSchemaFile(const QString &path)
{
    m_schema = path.isEmpty() ? nullptr : FakeGraphQlSchema::load(path);
    return path.isEmpty() || m_schema;
}

FakeGitHubServer::~FakeGitHubServer()
{
    // Responders must go before the HTTP server that owns their connections.
    m_pending.clear();
}

bool FakeGitHubServer::addDataset(const QString &dir, QString *error)
{
    return m_data->addDataset(dir, error);
}

void FakeGitHubServer::addPulls(const QString &owner, const QString &repo, const QJsonArray &pulls)
{
    m_data->addPulls(owner, repo, pulls);
}

quint16 FakeGitHubServer::listen(quint16 port)
{
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(QHostAddress::LocalHost, port) || !m_http->bind(tcp)) {
        delete tcp;
        return 0;
    }
    m_port = tcp->serverPort();
    return m_port;
}

QUrl FakeGitHubServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

void FakeGitHubServer::setLatencyMs(int ms)
{
    m_latencyMs = std::max(0, ms);
}

void FakeGitHubServer::addFault(const FaultRule &rule)
{
    m_faults.append(rule);
}

void FakeGitHubServer::clearFaults()
{
    m_faults.clear();
}

void FakeGitHubServer::setTokens(const QHash<QString, QString> &tokenToLogin)
{
    m_tokens = tokenToLogin;
}

void FakeGitHubServer::setRateLimit(int limit)
{
    m_rateLimit = std::max(1, limit);
}

QMap<QString, int> FakeGitHubServer::requestCounts() const
{
    return m_counts;
}

int FakeGitHubServer::totalRequests() const
{
    int n = 0;
    for (const int c : m_counts)
        n += c;
    return n;
}

int FakeGitHubServer::peakInFlight() const
{
    return m_peakInFlight;
}

void FakeGitHubServer::resetCounts()
{
    m_peakInFlight = int(m_pending.size());
    m_counts.clear();
    m_requests.clear();
}

QList<FakeGitHubServer::RecordedRequest> FakeGitHubServer::requests() const
{
    return m_requests;
}

int FakeGitHubServer::repositoryCount() const
{
    return m_data->repositoryCount();
}

int FakeGitHubServer::pullCount(const QString &owner, const QString &repo) const
{
    const FakeRepo *r = m_data->repo(owner, repo);
    return r ? int(r->pulls.size()) : 0;
}

void FakeGitHubServer::handle(const RecordedRequest &request, const QByteArray &body, quint16 remotePort,
    std::shared_ptr<QHttpServerResponder> responder)
{
    m_requests.append(request);
    const bool graphQl = isGraphQlPath(request.path);
    QStringView path = request.path;
    const bool enterprise = path.startsWith(kRestPrefix);
    if (enterprise)
        path = path.mid(kRestPrefix.size());
    QString kind = u"other"_s;
    if (graphQl && request.method == "POST") {
        switch (FakeGraphQl::operationOf(body)) {
        case FakeGraphQl::Operation::Search:
            kind = u"graphql.search"_s;
            break;
        case FakeGraphQl::Operation::Files:
            kind = u"graphql.files"_s;
            break;
        case FakeGraphQl::Operation::Reviews:
            kind = u"graphql.reviews"_s;
            break;
        case FakeGraphQl::Operation::ReviewThreads:
            kind = u"graphql.reviewThreads"_s;
            break;
        case FakeGraphQl::Operation::Unknown:
            break;
        }
    } else if (!graphQl) {
        kind = FakeRest::kindOf(path);
    }
    ++m_counts[kind];

    FakeReply reply = answer(request, body, path);
    if (graphQl)
        reply.resource = "graphql";
    const bool faulted = applyFault(request, kind, &reply);
    // A conditional request that matches costs nothing, as on GitHub.
    const QByteArray etag = "W/\"" + QCryptographicHash::hash(reply.body, QCryptographicHash::Sha1).toHex() + '"';
    bool notModified = false;
    if (!faulted && reply.status == 200 && !reply.body.isEmpty()) {
        reply.setHeader("etag", etag);
        const QByteArray ifNoneMatch = request.headers.value("if-none-match");
        if (!ifNoneMatch.isEmpty() && (ifNoneMatch == etag || ifNoneMatch == etag.mid(2))) {
            reply.status = 304;
            reply.body.clear();
            notModified = true;
        }
    } else if (!reply.body.isEmpty()) {
        reply.setHeader("etag", etag);
    }
    addRateHeaders(&reply, !faulted && !notModified);
    if (reply.header("content-type").isEmpty())
        reply.setHeader("content-type", "application/json; charset=utf-8");
    reply.setHeader("x-github-api-version-selected", "2022-11-28");
    if (reply.header("x-github-media-type").isEmpty())
        reply.setHeader("x-github-media-type", graphQl ? "github.v4; format=json" : "github.v3; format=json");
    reply.setHeader("x-github-request-id", "FAKE:" + QByteArray::number(m_nextId));
    if (request.headers.contains("authorization"))
        reply.setHeader("x-oauth-scopes", "repo, read:org");

    auto pending = std::make_shared<Pending>();
    pending->responder = std::move(responder);
    pending->reply = reply;
    pending->kind = kind;
    pending->remotePort = remotePort;
    pending->head = request.method == "HEAD";
    const quint64 id = m_nextId++;
    m_pending.insert(id, pending);
    m_peakInFlight = std::max(m_peakInFlight, int(m_pending.size()));
    const int delay = m_latencyMs + reply.delayMs;
    if (delay <= 0)
        send(id);
    else
        QTimer::singleShot(delay, this, [this, id] { send(id); });
}

bool FakeGitHubServer::parseLayout(QStringView name, Layout *out)
{
    if (name == u"any")
        *out = Layout::Any;
    else if (name == u"cloud" || name == u"data-residency")
        *out = Layout::Cloud;
    else if (name == u"enterprise-server" || name == u"ghes")
        *out = Layout::EnterpriseServer;
    else
        return false;
    return true;
}

FakeReply FakeGitHubServer::answer(const RecordedRequest &request, const QByteArray &body, QStringView path)
{
    // GitHub refuses a request without a User-Agent before anything else (recorded answer, 2013 to today).
    if (request.headers.value("user-agent").trimmed().isEmpty()) {
        FakeReply r = FakeReply::json(
            QJsonObject {{"message"_L1,
                "Missing or invalid User Agent string. See http://developer.github.com/v3/#user-agent-required"_L1}},
            403);
        r.cost = 0;
        return r;
    }
    const bool underApi = request.path.startsWith("/api/"_L1) || request.path == "/api"_L1;
    if ((m_layout == Layout::Cloud && underApi)
        || (m_layout == Layout::EnterpriseServer && !request.path.startsWith(QString(kRestPrefix + u'/'))
            && !isGraphQlPath(request.path)))
        return FakeRest::notFound();
    if (m_layout == Layout::EnterpriseServer && isGraphQlPath(request.path) && !request.path.startsWith("/api/"_L1))
        return FakeRest::notFound();
    if (!m_tokens.isEmpty() && request.headers.contains("authorization")
        && !m_tokens.contains(tokenOf(request.headers.value("authorization")))) {
        return FakeReply::error(401, u"Bad credentials"_s);
    }
    if (QDateTime::currentSecsSinceEpoch() >= m_resetEpoch) {
        m_used.clear();
        m_resetEpoch = QDateTime::currentSecsSinceEpoch() + 3600;
    }
    if (isGraphQlPath(request.path)) {
        if (request.method != "POST")
            return FakeRest::notFound();
        if (!request.headers.contains("authorization")) { // GitHub's GraphQL API has no anonymous access
            return FakeReply::error(401, u"This endpoint requires you to be authenticated."_s,
                u"https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql"_s);
        }
        const FakeRateState rate {m_rateLimit, m_used.value("graphql"), m_resetEpoch};
        if (rate.used + FakeGraphQl::costOf(body) > m_rateLimit) {
            FakeReply r = FakeReply::json(QJsonObject {{"errors"_L1,
                QJsonArray {QJsonObject {
                    {"type"_L1, "RATE_LIMITED"_L1}, {"message"_L1, "API rate limit exceeded for user ID 1."_L1}}}}});
            r.cost = 0;
            return r;
        }
        return FakeGraphQl::answer(*m_data, body, rate, m_schema.get());
    }
    const QString apiBase = baseUrl().toString() + (request.path.startsWith(kRestPrefix) ? kRestPrefix : ""_L1);
    if (path == u"/rate_limit") {
        QJsonObject resources;
        for (const char *res : {"core", "search", "graphql"}) {
            const int limit = qstrcmp(res, "search") == 0 ? 30 : m_rateLimit;
            const int used = m_used.value(res);
            resources.insert(QLatin1StringView(res),
                QJsonObject {{"limit"_L1, limit}, {"used"_L1, used}, {"remaining"_L1, std::max(0, limit - used)},
                    {"reset"_L1, m_resetEpoch}});
        }
        FakeReply r
            = FakeReply::json(QJsonObject {{"resources"_L1, resources}, {"rate"_L1, resources.value("core"_L1)}});
        r.cost = 0;
        return r;
    }
    if (path == u"/user") {
        const QByteArray auth = request.headers.value("authorization");
        if (auth.isEmpty())
            return FakeReply::error(401, u"Requires authentication"_s);
        const QString login = m_tokens.isEmpty() ? u"octocat"_s : m_tokens.value(tokenOf(auth));
        return FakeReply::json(QJsonObject {{"login"_L1, login}, {"id"_L1, 1}, {"type"_L1, "User"_L1}});
    }
    if (m_used.value("core") + 1 > m_rateLimit) {
        FakeReply r = FakeReply::error(403, u"API rate limit exceeded for user ID 1."_s,
            u"https://docs.github.com/rest/overview/rate-limits-for-the-rest-api"_s);
        r.cost = 0;
        return r;
    }
    return FakeRest::answer(*m_data, request.method, path, request.query, apiBase, request.headers.value("accept"));
}

void FakeGitHubServer::addRateHeaders(FakeReply *reply, bool consume)
{
    const QByteArray res = reply->resource;
    const int limit = res == "search" ? 30 : m_rateLimit;
    if (consume && reply->cost > 0)
        m_used[res] += reply->cost;
    const int used = std::min(m_used.value(res), limit);
    if (reply->header("x-ratelimit-remaining").isEmpty()) {
        reply->setHeader("x-ratelimit-remaining", QByteArray::number(limit - used));
        reply->setHeader("x-ratelimit-reset", QByteArray::number(m_resetEpoch));
        reply->setHeader("x-ratelimit-used", QByteArray::number(used));
    }
    reply->setHeader("x-ratelimit-limit", QByteArray::number(limit));
    reply->setHeader("x-ratelimit-resource", res);
}

bool FakeGitHubServer::applyFault(const RecordedRequest &request, const QString &kind, FakeReply *reply)
{
    auto it = std::find_if(m_faults.begin(), m_faults.end(), [&request, &kind](const FaultRule &f) {
        return f.times != 0 && (f.pathContains.isEmpty() || request.path.contains(f.pathContains))
            && (f.requestKind.isEmpty() || f.requestKind == kind);
    });
    if (it == m_faults.end())
        return false;
    const FaultRule rule = *it;
    if (it->times > 0)
        --it->times;
    applyFaultRule(rule, request.path, request.query, m_rateLimit, reply);
    return true;
}

void FakeGitHubServer::send(quint64 id)
{
    const std::shared_ptr<Pending> p = m_pending.take(id);
    if (!p)
        return;
    const FakeReply &r = p->reply;
    if (r.truncate || r.oversizeBytes > 0 || r.trickleMs > 0) {
        // QHttpServerResponder always sends the whole body at once, so these answers go straight to the connection.
        if (sendRaw(p)) {
            emit requestServed(p->kind, r.status);
            return;
        }
        qWarning("fake-github: connection for a raw answer not found; sending a cut body instead");
    }
    QHttpHeaders headers;
    for (const auto &[name, value] : r.headers)
        headers.append(QLatin1StringView(name), value);
    const auto status = static_cast<QHttpServerResponder::StatusCode>(r.status);
    if (r.status == 304 || r.body.isEmpty() || p->head)
        p->responder->write(headers, status);
    else
        p->responder->write(r.truncate ? r.body.left(r.body.size() / 2) : r.body, headers, status);
    emit requestServed(p->kind, r.status);
}

bool FakeGitHubServer::sendRaw(const std::shared_ptr<Pending> &p)
{
    const FakeReply &r = p->reply;
    QTcpSocket *socket = nullptr;
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        if (s->peerPort() == p->remotePort && s->state() == QAbstractSocket::ConnectedState)
            socket = s;
    }
    if (!socket)
        return false;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " OK\r\n";
    for (const auto &[name, value] : r.headers)
        head += name + ": " + value + "\r\n";
    if (r.oversizeBytes <= 0) // an oversized body has no length: only the amount read tells
        head += "content-length: " + QByteArray::number(r.body.size()) + "\r\n";
    head += "connection: close\r\n\r\n";
    QPointer<QTcpSocket> guarded(socket);
    if (r.truncate) {
        // The full content-length is announced, half the body is sent, then the connection is closed.
        socket->write(head + r.body.left(r.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        return true;
    }
    socket->write(head);
    if (r.oversizeBytes > 0) {
        // A JSON string that never ends, written as the client reads (64 KB at a time), until the amount is sent or
        // the client hangs up.
        auto left = std::make_shared<qint64>(r.oversizeBytes);
        auto more = [guarded, left] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState || guarded->bytesToWrite() > 0)
                return;
            if (*left <= 0) {
                guarded->disconnectFromHost();
                return;
            }
            const qint64 n = std::min<qint64>(*left, 64 * 1024);
            *left -= n;
            guarded->write(QByteArray(n, 'x'));
        };
        socket->write("{\"data\":{\"pad\":\"");
        connect(socket, &QTcpSocket::bytesWritten, socket, more);
        more();
        return true;
    }
    // Trickle: one byte of the real body at a time; bounded by the body, stopped when the client hangs up.
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [guarded, timer, sent, body = r.body] {
        if (!guarded || guarded->state() != QAbstractSocket::ConnectedState || *sent >= body.size()) {
            timer->stop();
            return;
        }
        guarded->write(body.mid((*sent)++, 1));
    });
    timer->start(r.trickleMs);
    return true;
}

} // namespace PrLens
