// SPDX-License-Identifier: MIT
#pragma once

#include "tokenchecker.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace PrLens {

/// Checks a token against a host's REST API (`/user`, then `/rate_limit`). The token is sent only to the
/// account's API host; redirects to another origin are not followed.
class TokenValidator : public TokenChecker {
    Q_OBJECT
public:
    explicit TokenValidator(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~TokenValidator() override;

    /// Starts a check (cancelling a running one). An empty token checks the unauthenticated rate limit only.
    void validate(const HostAccount &account, const QString &token) override;
    void cancel() override;
    bool isRunning() const override { return !m_reply.isNull(); }
    void setTimeout(int milliseconds) override { m_timeoutMs = milliseconds; }

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
