// SPDX-License-Identifier: MIT
#pragma once

#include "hostaccount.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

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

/// Checks a token against a host's REST API (`/user`, then `/rate_limit`). The token is sent only to the
/// account's API host; redirects to another origin are not followed.
class TokenValidator : public QObject {
    Q_OBJECT
public:
    explicit TokenValidator(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~TokenValidator() override;

    /// Starts a check (cancelling a running one). An empty token checks the unauthenticated rate limit only.
    void validate(const HostAccount &account, const QString &token);
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    void finished(const PrLens::TokenCheck &result);
    /// @p message is translated, says what to do, and never contains the token.
    void failed(const QString &message);

private:
    void get(const QString &path);
    void onUserReply(QNetworkReply *reply);
    void onRateLimitReply(QNetworkReply *reply);
    QString errorMessage(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    HostAccount m_account;
    QString m_token;
    TokenCheck m_result;
    int m_timeoutMs = 20000;
};

} // namespace PrLens

Q_DECLARE_METATYPE(PrLens::TokenCheck)
