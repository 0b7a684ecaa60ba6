// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

class QHttpServerResponder;

namespace PrLens {

/// One injected failure: which requests it hits, how often, and how it fails.
struct FaultRule {
    enum class Kind {
        ServerError,
        RateLimitPrimary,
        RateLimitSecondary,
        GraphQlRateLimited,
        TruncatedBody,
        SlowBody,
        Redirect,
        NotFound,
        BadCredentials,
        GraphQlTimeout, ///< HTTP 200, "data": null and GitHub's "Something went wrong … timeout" error
        OversizedBody, ///< the answer's body replaced by `amount` bytes, sent without a content-length, then closed
        TrickleBody, ///< the real answer, one byte every `amount` milliseconds (the idle timeout never fires)
        EndlessPages, ///< every page says there is another: `amount` 0 = the same cursor / URL, 1 = a new one each time
        NextLink, ///< REST: a `Link: <redirectTo>; rel="next"` header on the real answer
        Recorded ///< a recorded real answer: `status`, `recordedHeaders` and `recordedBody` as GitHub sent them
    };
    Kind kind = Kind::ServerError;
    QString pathContains; ///< applies to requests whose path contains this ("" = all; "/graphql" = GraphQL)
    int times = 1; ///< how many matching requests fail; then it is used up (-1 = forever)
    int status = 502; ///< for ServerError (500/502/503/504); RateLimit* use 403 or 429 here
    /// RateLimitSecondary: retry-after; RateLimitPrimary: x-ratelimit-reset = now + this, none when negative (64 bits:
    /// hostile values)
    qint64 retryAfterSeconds = 1;
    qint64 amount = 0; ///< OversizedBody: bytes; TrickleBody: milliseconds per byte; EndlessPages: cursor mode
    QString redirectTo; ///< Redirect: base URL of another server, e.g. "http://localhost:PORT2" (307); NextLink: URL
    /// Only requests of this kind as in FakeGitHubServer::requestCounts() ("" = any), e.g. "graphql.reviews".
    QString requestKind;
    /// Recorded: the answer's headers (names as recorded; transport headers are left out) and body.
    QList<std::pair<QByteArray, QByteArray>> recordedHeaders;
    QByteArray recordedBody;

    /// Parses the command-line form KIND[:status][@pathContains][#requestKind][xTIMES]; false on bad syntax.
    static bool parse(QStringView spec, FaultRule *out, QString *error);
    static QString kindName(Kind kind);
};

class FakeGitHubHttpServer;
class FakeGitHubData;
struct FakeReply;
class FakeGraphQlSchema;

/// A loopback GitHub API server (REST + the GraphQL queries PR Lens sends) answering from dataset folders.
class FakeGitHubServer : public QObject {
    Q_OBJECT
public:
    explicit FakeGitHubServer(QObject *parent = nullptr);
    ~FakeGitHubServer() override;

    bool addDataset(const QString &dir, QString *error); ///< dir holds pulls.json; repo from parent "owner__repo"
    void addPulls(const QString &owner, const QString &repo, const QJsonArray &pulls); ///< REST-shaped pulls
    quint16 listen(quint16 port = 0); ///< on 127.0.0.1; returns the port, 0 on failure
    QUrl baseUrl() const; ///< "http://127.0.0.1:PORT"
    void setLatencyMs(int ms);
    void addFault(const FaultRule &rule);
    /// Tokens and the logins /user reports for them; empty map = any token accepted. With a map, an unknown token
    /// gets 401 "Bad credentials" everywhere and GraphQL needs a token, as on GitHub.
    void setTokens(const QHash<QString, QString> &tokenToLogin);
    /// Keys: "graphql.search", "graphql.files", "graphql.reviews", "graphql.reviewThreads", "rest.files",
    /// "rest.pull", "rest.rate_limit", "rest.user", "other".
    QMap<QString, int> requestCounts() const;
    int totalRequests() const;
    void resetCounts();

    struct RecordedRequest {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
    };
    QList<RecordedRequest> requests() const;

    // Additions beyond the first API:
    /// Where the API lives, as on a real host: Any (tests of old: both layouts), Cloud (github.com and Enterprise
    /// Cloud with data residency: REST at the root, GraphQL at /graphql) or EnterpriseServer (REST under /api/v3,
    /// GraphQL at /api/graphql). A path of the other layout gets GitHub's 404.
    enum class Layout { Any, Cloud, EnterpriseServer };
    void setLayout(Layout layout) { m_layout = layout; }
    static bool parseLayout(QStringView name, Layout *out);
    void clearFaults();
    /// Primary limit per resource (default 5000); when it is used up, requests get a real 403 until the reset.
    void setRateLimit(int limit);
    /// GraphQL schema (SDL) to validate queries against, as GitHub does; "" turns validation off. By default the
    /// schema in shared/reference/graphql is used when it exists. Returns false when the file cannot be read.
    bool setSchemaFile(const QString &path);
    /// Number of repositories and pull requests loaded.
    int repositoryCount() const;
    int pullCount(const QString &owner, const QString &repo) const;
    /// The most requests the server held at once (received, not yet answered) since the last resetCounts().
    int peakInFlight() const;

Q_SIGNALS:
    /// An answer went out (or was dropped because the client had gone); `kind` as in requestCounts().
    void requestServed(const QString &kind, int status);

private:
    friend class FakeGitHubHttpServer;
    struct Pending;
    void handle(const RecordedRequest &request, const QByteArray &body, quint16 remotePort,
        std::shared_ptr<QHttpServerResponder> responder);
    FakeReply answer(const RecordedRequest &request, const QByteArray &body, QStringView path);
    bool applyFault(const RecordedRequest &request, const QString &kind, FakeReply *reply);
    void send(quint64 id);
    /// Writes an answer straight to the client's connection (cut, oversized or trickled bodies); false when the
    /// connection is gone.
    bool sendRaw(const std::shared_ptr<Pending> &pending);
    void addRateHeaders(FakeReply *reply, bool consume);

    std::unique_ptr<FakeGitHubData> m_data;
    std::shared_ptr<const FakeGraphQlSchema> m_schema;
    FakeGitHubHttpServer *m_http = nullptr;
    quint16 m_port = 0;
    int m_latencyMs = 0;
    Layout m_layout = Layout::Any;
    int m_rateLimit = 5000;
    qint64 m_resetEpoch = 0;
    QHash<QByteArray, int> m_used; ///< per rate-limit resource
    QList<FaultRule> m_faults;
    QHash<QString, QString> m_tokens;
    QMap<QString, int> m_counts;
    QList<RecordedRequest> m_requests;
    QHash<quint64, std::shared_ptr<Pending>> m_pending;
    quint64 m_nextId = 1;
    int m_peakInFlight = 0;
};

} // namespace PrLens
