// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QObject;

namespace PrLens {

class TokenChecker;
class WeekSource;

/// PR Lens's GitHub code — the GitHub week source and the token check, with Qt Network and the libraries it pulls in
/// (proxy, TLS, HTTP) — is a module of its own, `prlens-github.so` beside the program, loaded the first time a GitHub
/// repository is opened or a token checked. A window that shows a local clone or the demo week never loads the
/// network stack, and it starts sooner. A program that links the GitHub code in (`prlens_github_linked`, the tests)
/// provides it instead.
namespace GitHubSupport {

/// How a GitHub source is set up (see GitHubSource's setters).
struct SourceConfig {
    QUrl apiUrl; ///< plain API root (tests, --api-url); empty = from the repository's host
    QUrl graphQlOverride; ///< an explicit GraphQL URL; empty = derived
    QString host; ///< with restUrl: the host whose configured URLs these are
    QString displayHost; ///< with restUrl: the host as the repository names it
    QUrl restUrl; ///< the host's configured REST root; empty = GitHubEndpoint::forHost
    QUrl graphQlUrl; ///< the host's configured GraphQL URL
    QString token; ///< sent only to the API origin; empty = anonymous
};

/// What the module provides.
struct Api {
    int size = sizeof(Api); ///< a module built from other sources is refused
    const char *version = nullptr; ///< PRLENS_VERSION of the module
    WeekSource *(*createSource)(const SourceConfig &config, QObject *parent) = nullptr;
    void (*setToken)(WeekSource *source, const QString &token) = nullptr;
    TokenChecker *(*createTokenChecker)(QObject *parent) = nullptr;
};

/// The module's functions, loading it on first use; null when it cannot be loaded, and then @p error says why
/// (translated, with what to do).
const Api *api(QString *error = nullptr);
/// For programs that link the GitHub code in: api() returns @p linked and loads nothing.
void provide(const Api *linked);
/// The module's file, where api() looks for it.
QString modulePath();

/// A GitHub source; when the module cannot be loaded, a source whose every load fails saying so.
WeekSource *createSource(const SourceConfig &config, QObject *parent = nullptr);
/// Sets the token of @p source, made by createSource(), before its next load.
std::function<void(const QString &)> tokenSetter(WeekSource *source);
/// A token check; when the module cannot be loaded, one whose every check fails saying so.
TokenChecker *createTokenChecker(QObject *parent = nullptr);

} // namespace GitHubSupport

} // namespace PrLens
