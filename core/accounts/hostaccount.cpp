// SPDX-License-Identifier: MIT
#include "hostaccount.h"

#include "githubendpoint.h"
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
    QString s = text.trimmed().toString().toLower();
    if (s.contains(u"://"_s)) {
        const QUrl url(s);
        if (!url.isValid() || url.host().isEmpty())
            return {};
        s = url.port() > 0 ? url.host() + u':' + QString::number(url.port()) : url.host();
    }
    const qsizetype slash = s.indexOf(u'/');
    if (slash >= 0)
        s.truncate(slash);
    // A host name (optionally with a port): letters, digits, dots, dashes, one colon.
    for (const QChar c : std::as_const(s)) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u':'))
            return {};
    }
    if (s.count(u':') > 1 || s.startsWith(u':') || s.endsWith(u':'))
        return {};
    return s;
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
    const QString h = HostAccount::normalizeHost(host);
    if (h.isEmpty() || h == HostAccount::gitHubComHost())
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
