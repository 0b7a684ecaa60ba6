// SPDX-License-Identifier: MIT
#include "hostaccount.h"

#include "githubendpoint.h"
#include "repospec.h"
#include "settingskeys.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

QString HostAccount::gitHubComHost()
{
    return u"github.com"_s;
}

HostAccount HostAccount::gitHubCom()
{
    const GitHubEndpoint endpoint = GitHubEndpoint::forHost(gitHubComHost());
    return {gitHubComHost(), endpoint.restRoot(), endpoint.graphQlUrl(), u"GitHub.com"_s};
}

HostAccount HostAccount::enterprise(const QString &host, const QString &displayName)
{
    const QString h = normalizeHost(host);
    const GitHubEndpoint endpoint = GitHubEndpoint::forHost(h);
    return {h, endpoint.restRoot(), endpoint.graphQlUrl(), displayName};
}

QString HostAccount::normalizeHost(QStringView text)
{
    // A scheme and a path pasted with the host are dropped; anything else that is not a plain host name (user
    // info such as "github.com@other", spaces, other schemes) is refused rather than trimmed into something else.
    QStringView s = text.trimmed();
    for (const QStringView scheme : {u"https://", u"http://"}) {
        if (s.startsWith(scheme, Qt::CaseInsensitive))
            s = s.sliced(scheme.size());
    }
    if (const qsizetype slash = s.indexOf(u'/'); slash >= 0)
        s.truncate(slash);
    return RepoSpec::parseHost(s);
}

QString HostAccount::hostOrGitHubCom(QStringView text)
{
    return text.trimmed().isEmpty() ? gitHubComHost() : normalizeHost(text);
}

static bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
}

bool HostAccount::isValid() const
{
    return !host.isEmpty() && isHttpUrl(apiUrl) && isHttpUrl(graphqlUrl);
}

namespace HostAccounts {

QList<HostAccount> load(QSettings &settings)
{
    QList<HostAccount> accounts {HostAccount::gitHubCom()};
    const int n = settings.beginReadArray(SettingsKeys::hostsArray());
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        HostAccount a;
        a.host = HostAccount::normalizeHost(settings.value(u"host"_s).toString());
        a.apiUrl = QUrl(settings.value(u"apiUrl"_s).toString());
        a.graphqlUrl = QUrl(settings.value(u"graphqlUrl"_s).toString());
        a.displayName = settings.value(u"displayName"_s).toString();
        if (a.isValid() && !a.isBuiltIn()) {
            const bool duplicate = std::any_of(
                accounts.cbegin(), accounts.cend(), [&a](const HostAccount &o) { return o.host == a.host; });
            if (!duplicate)
                accounts.append(a);
        }
    }
    settings.endArray();
    return accounts;
}

void save(QSettings &settings, const QList<HostAccount> &accounts)
{
    settings.remove(SettingsKeys::hostsArray());
    settings.beginWriteArray(SettingsKeys::hostsArray());
    int i = 0;
    for (const HostAccount &a : accounts) {
        if (a.isBuiltIn() || !a.isValid())
            continue;
        settings.setArrayIndex(i++);
        settings.setValue(u"host"_s, a.host);
        settings.setValue(u"apiUrl"_s, a.apiUrl.toString());
        settings.setValue(u"graphqlUrl"_s, a.graphqlUrl.toString());
        settings.setValue(u"displayName"_s, a.displayName);
    }
    settings.endArray();
}

HostAccount find(QSettings &settings, const QString &host)
{
    // Only a missing host means github.com; a host that does not parse has no account (and no token).
    if (host.trimmed().isEmpty())
        return HostAccount::gitHubCom();
    const QString h = HostAccount::normalizeHost(host);
    if (h.isEmpty())
        return {};
    if (h == HostAccount::gitHubComHost())
        return HostAccount::gitHubCom();
    const QList<HostAccount> accounts = load(settings);
    for (const HostAccount &a : accounts) {
        if (a.host == h)
            return a;
    }
    return HostAccount::enterprise(h);
}

} // namespace HostAccounts
} // namespace PrLens
