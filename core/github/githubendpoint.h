// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace PrLens {

/// Where a GitHub host's REST and GraphQL APIs live (github.com, an Enterprise host, or a plain test URL).
class GitHubEndpoint {
public:
    GitHubEndpoint() = default;
    /// "github.com" (or empty) → api.github.com; "SUBDOMAIN.ghe.com" (Enterprise Cloud with data residency) →
    /// https://api.SUBDOMAIN.ghe.com and …/graphql; any other host → https://HOST/api/v3 and /api/graphql; invalid
    /// when @p host is not a plain host name (RepoSpec::parseHost).
    static GitHubEndpoint forHost(const QString &host);
    /// A plain API root, e.g. "http://127.0.0.1:8080": REST = that URL, GraphQL = that URL + "/graphql"; an Enterprise
    /// Server REST root "https://HOST/api/v3" gives GraphQL "https://HOST/api/graphql". Invalid with user info.
    static GitHubEndpoint fromApiUrl(const QUrl &apiUrl);
    /// A host's configured REST root and GraphQL URL (Settings › Accounts); invalid unless both have a host.
    static GitHubEndpoint fromUrls(const QUrl &restRoot, const QUrl &graphQlUrl, const QString &displayHost);

    /// This endpoint with an explicitly given GraphQL URL (--graphql-url); invalid with user info or no host.
    GitHubEndpoint withGraphQlUrl(const QUrl &graphQlUrl) const;
    /// True for an Enterprise Cloud data-residency host (SUBDOMAIN.ghe.com or api.SUBDOMAIN.ghe.com).
    static bool isDataResidencyHost(const QString &host);
    /// The one User-Agent every request to GitHub carries: "PRLens/<version>".
    static QByteArray userAgent();

    bool isValid() const { return m_rest.isValid() && !m_rest.isEmpty(); }
    QUrl restRoot() const { return m_rest; }
    QUrl graphQlUrl() const { return m_graphQl; }
    /// The REST root with a path appended ("/repos/o/n/pulls/1/files") and an optional query.
    QUrl restUrl(const QString &path, const QString &query = {}) const;
    /// The host name people know the API by (for messages), e.g. "github.com" or "ghe.example.com".
    QString displayHost() const { return m_displayHost; }
    /// True when the URL has the API's own scheme, host and port: only then is the token sent.
    bool isApiOrigin(const QUrl &url) const;
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    QUrl m_rest;
    QUrl m_graphQl;
    QString m_displayHost;
};

} // namespace PrLens
