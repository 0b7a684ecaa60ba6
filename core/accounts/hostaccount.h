// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

namespace PrLens {

/// A GitHub host the user reads from: github.com (built in) or a GitHub Enterprise server, with its API URLs.
/// Holds no secret: the token for a host lives only in the system keychain (TokenStore).
struct HostAccount {
    QString host; ///< "github.com" or an Enterprise host name, optionally with ":port"; the keychain key
    QUrl apiUrl; ///< REST base, e.g. https://api.github.com or https://HOST/api/v3
    QUrl graphqlUrl; ///< e.g. https://api.github.com/graphql or https://HOST/api/graphql
    QString displayName; ///< shown in lists; falls back to host

    static QString gitHubComHost();
    /// The built-in github.com account.
    static HostAccount gitHubCom();
    /// An Enterprise host with its default URLs (https://HOST/api/v3, https://HOST/api/graphql).
    static HostAccount enterprise(const QString &host, const QString &displayName = {});
    /// Lower-cases and trims a host name, dropping an http(s) scheme or a path pasted with it; empty when what is
    /// left is not a strict host name (RepoSpec::parseHost) — never read an empty result as github.com.
    static QString normalizeHost(QStringView text);
    /// normalizeHost(), except that a missing host (empty text) deliberately means github.com.
    static QString hostOrGitHubCom(QStringView text);

    bool isBuiltIn() const { return host == gitHubComHost(); }
    /// Host set, both URLs http(s) with a host.
    bool isValid() const;
    QString label() const { return displayName.isEmpty() ? host : displayName; }

    friend bool operator==(const HostAccount &, const HostAccount &) = default;
};

/// The persisted list of hosts (github.com first, then Enterprise hosts) in QSettings — never a token.
namespace HostAccounts {
QList<HostAccount> load(QSettings &settings);
/// Saves the Enterprise hosts; github.com is built in and not written.
void save(QSettings &settings, const QList<HostAccount> &accounts);
/// The account for @p host from the stored list; github.com when the host is github.com or empty;
/// an Enterprise account with default URLs for an unknown host.
HostAccount find(QSettings &settings, const QString &host);
} // namespace HostAccounts

} // namespace PrLens
