// SPDX-License-Identifier: MIT
#pragma once

#include "hostaccount.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

namespace PrLens {

/// What a host said about a token: who it belongs to, its scopes and the remaining rate limit.
struct TokenCheck {
    QString host;
    bool authenticated = false; ///< false when checked without a token
    QString login;
    QStringList scopes; ///< from x-oauth-scopes; empty for fine-grained tokens
    bool scopesReported = false; ///< the host sent x-oauth-scopes at all
    int rateLimit = -1; ///< -1 when the host has rate limiting off (GitHub Enterprise default)
    int rateRemaining = -1;
    QDateTime rateReset; ///< UTC
};

/// Checks a token against a host. The check itself (TokenValidator) is network code, loaded with PR Lens's GitHub
/// support on first use (GitHubSupport::createTokenChecker()); the settings dialog sees only this interface.
class TokenChecker : public QObject {
    Q_OBJECT
public:
    explicit TokenChecker(QObject *parent = nullptr);
    ~TokenChecker() override;

    /// Starts a check (cancelling a running one). An empty token checks the unauthenticated rate limit only.
    virtual void validate(const HostAccount &account, const QString &token) = 0;
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual void setTimeout(int milliseconds) = 0;

Q_SIGNALS:
    void finished(const PrLens::TokenCheck &result);
    /// @p message is translated, says what to do, and never contains the token.
    void failed(const QString &message);
};

} // namespace PrLens

Q_DECLARE_METATYPE(PrLens::TokenCheck)
