// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace PrLens {

/// Finds the token for a host the way the command line does: an environment variable first, else the system
/// keychain. github.com reads GITHUB_TOKEN or GH_TOKEN; an Enterprise host reads GH_ENTERPRISE_TOKEN or
/// GITHUB_ENTERPRISE_TOKEN, so that a github.com token is never sent to another host.
class TokenResolver {
public:
    enum class Origin { None, Environment, Keychain };

    /// The token from the environment for @p host, or empty; @p variable receives the variable's name.
    static QString environmentToken(const QString &host, QString *variable = nullptr);
    /// The variables consulted for @p host, in order.
    static QStringList environmentVariables(const QString &host);

    using Callback = std::function<void(const QString &token, Origin origin, const QString &notice)>;
    /// Environment first (answered before returning), else the keychain (answered later); @p notice is a translated
    /// remark for the user (no keychain, a locked keychain) or empty. Nothing is called if @p context goes first.
    static void resolve(const QString &host, QObject *context, Callback callback);
};

} // namespace PrLens
