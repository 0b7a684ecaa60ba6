// SPDX-License-Identifier: MIT
#include "githubendpoint.h"

#include "repospec.h"

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

int effectivePort(const QUrl &u)
{
    return u.port(u.scheme() == u"https"_s ? 443 : 80);
}

QUrl withPath(QUrl base, const QString &suffix)
{
    QString path = base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path + suffix);
    return base;
}

} // namespace

GitHubEndpoint GitHubEndpoint::forHost(const QString &host)
{
    GitHubEndpoint e;
    // Only a missing host means github.com. Anything that is not a plain host name (user info such as
    // "github.com@other", a path, spaces) gives an invalid endpoint instead of an authority QUrl would split.
    const QString h = host.trimmed().isEmpty() ? u"github.com"_s : RepoSpec::parseHost(host);
    if (h.isEmpty())
        return e;
    if (h == u"github.com"_s || h == u"api.github.com"_s) {
        e.m_rest = QUrl(u"https://api.github.com"_s);
        e.m_graphQl = QUrl(u"https://api.github.com/graphql"_s);
        e.m_displayHost = u"github.com"_s;
        return e;
    }
    QUrl root;
    root.setScheme(u"https"_s);
    const qsizetype colon = h.indexOf(u':');
    root.setHost(colon < 0 ? h : h.first(colon));
    if (colon >= 0)
        root.setPort(h.sliced(colon + 1).toInt());
    e.m_displayHost = root.host();
    if (isDataResidencyHost(root.host())) {
        // GitHub Enterprise Cloud with data residency: the API lives on api.SUBDOMAIN.ghe.com, without /api/v3.
        if (!root.host().startsWith(u"api."_s))
            root.setHost(u"api."_s + root.host());
        else
            e.m_displayHost = root.host().sliced(4);
        e.m_rest = root;
        e.m_graphQl = withPath(root, u"/graphql"_s);
        return e;
    }
    e.m_rest = withPath(root, u"/api/v3"_s);
    e.m_graphQl = withPath(root, u"/api/graphql"_s);
    return e;
}

bool GitHubEndpoint::isDataResidencyHost(const QString &host)
{
    return host.endsWith(u".ghe.com"_s, Qt::CaseInsensitive) && host.size() > 8;
}

QByteArray GitHubEndpoint::userAgent()
{
    return QByteArrayLiteral("PRLens/" PRLENS_VERSION);
}

GitHubEndpoint GitHubEndpoint::fromApiUrl(const QUrl &apiUrl)
{
    GitHubEndpoint e;
    if (!apiUrl.isValid() || apiUrl.host().isEmpty() || !apiUrl.userInfo().isEmpty())
        return e;
    QUrl root = apiUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    e.m_rest = withPath(root, {});
    // GitHub Enterprise Server: REST under /api/v3, GraphQL beside it under /api/graphql (not /api/v3/graphql).
    QString path = e.m_rest.path();
    if (path.endsWith(u"/api/v3"_s, Qt::CaseInsensitive)) {
        path.chop(2); // "/api/v3" → "/api/"
        QUrl graphQl = root;
        graphQl.setPath(path + u"graphql"_s);
        e.m_graphQl = graphQl;
    } else {
        e.m_graphQl = withPath(root, u"/graphql"_s);
    }
    e.m_displayHost = root.port() > 0 ? u"%1:%2"_s.arg(root.host()).arg(root.port()) : root.host();
    return e;
}

GitHubEndpoint GitHubEndpoint::fromUrls(const QUrl &restRoot, const QUrl &graphQlUrl, const QString &displayHost)
{
    GitHubEndpoint e;
    if (!restRoot.isValid() || restRoot.host().isEmpty() || !graphQlUrl.isValid() || graphQlUrl.host().isEmpty()
        || !restRoot.userInfo().isEmpty() || !graphQlUrl.userInfo().isEmpty())
        return e;
    e.m_rest = withPath(restRoot.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash), {});
    e.m_graphQl = graphQlUrl.adjusted(QUrl::RemoveFragment);
    e.m_displayHost = displayHost.isEmpty() ? restRoot.host() : displayHost;
    return e;
}

GitHubEndpoint GitHubEndpoint::withGraphQlUrl(const QUrl &graphQlUrl) const
{
    GitHubEndpoint e = *this;
    if (!graphQlUrl.isValid() || graphQlUrl.host().isEmpty() || !graphQlUrl.userInfo().isEmpty())
        return GitHubEndpoint();
    e.m_graphQl = graphQlUrl.adjusted(QUrl::RemoveFragment | QUrl::RemoveQuery);
    return e;
}

QUrl GitHubEndpoint::restUrl(const QString &path, const QString &query) const
{
    QUrl u = withPath(m_rest, path);
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

bool GitHubEndpoint::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

bool GitHubEndpoint::isApiOrigin(const QUrl &url) const
{
    return isValid() && sameOrigin(url, m_rest);
}

} // namespace PrLens
