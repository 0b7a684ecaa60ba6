// SPDX-License-Identifier: MIT
#include "tokenresolver.h"

#include "hostaccount.h"
#include "tokenstore.h"

using namespace Qt::StringLiterals;

namespace PrLens {

QStringList TokenResolver::environmentVariables(const QString &host)
{
    const QString h = HostAccount::hostOrGitHubCom(host);
    if (h.isEmpty())
        return {}; // not a host: no token at all, least of all github.com's
    if (h == HostAccount::gitHubComHost())
        return {u"GITHUB_TOKEN"_s, u"GH_TOKEN"_s};
    return {u"GH_ENTERPRISE_TOKEN"_s, u"GITHUB_ENTERPRISE_TOKEN"_s};
}

QString TokenResolver::environmentToken(const QString &host, QString *variable)
{
    const QStringList names = environmentVariables(host);
    for (const QString &name : names) {
        const QString value = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
        if (!value.isEmpty()) {
            if (variable)
                *variable = name;
            return value;
        }
    }
    return {};
}

void TokenResolver::resolve(const QString &host, QObject *context, Callback callback)
{
    const QString fromEnvironment = environmentToken(host);
    if (!fromEnvironment.isEmpty()) {
        if (callback)
            callback(fromEnvironment, Origin::Environment, {});
        return;
    }
    const QString h = HostAccount::hostOrGitHubCom(host);
    if (h.isEmpty()) {
        if (callback)
            callback({}, Origin::None, {});
        return;
    }
    TokenStore::readToken(h, context, [callback](const QString &token, const QString &notice) {
        if (callback)
            callback(token, token.isEmpty() ? Origin::None : Origin::Keychain, notice);
    });
}

} // namespace PrLens
