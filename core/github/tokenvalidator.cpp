// SPDX-License-Identifier: MIT
#include "tokenvalidator.h"

#include "githubendpoint.h"
#include "githublogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens {

TokenValidator::TokenValidator(QNetworkAccessManager *network, QObject *parent)
    : TokenChecker(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
{
}

TokenValidator::~TokenValidator()
{
    cancel();
}

void TokenValidator::cancel()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply.clear();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_token.clear();
}

void TokenValidator::validate(const HostAccount &account, const QString &token)
{
    cancel();
    m_account = account;
    m_token = token.trimmed();
    m_result = TokenCheck {};
    m_result.host = account.host;
    m_result.authenticated = !m_token.isEmpty();
    if (!account.isValid()) {
        Q_EMIT failed(tr("The API URL for %1 is not a valid http(s) address. Correct it in the host settings.")
                .arg(account.host));
        return;
    }
    get(m_token.isEmpty() ? u"/rate_limit"_s : u"/user"_s);
}

void TokenValidator::get(const QString &path)
{
    QUrl url = m_account.apiUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.github+json");
    request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
    request.setRawHeader("User-Agent", GitHubEndpoint::userAgent());
    // The token goes only to the API host itself: a redirect elsewhere is refused, not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    qCDebug(lcGitHub).noquote() << "GET token check" << url.path();
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    const bool user = path == "/user"_L1;
    connect(reply, &QNetworkReply::finished, this, [this, reply, user] {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply.clear();
        if (user)
            onUserReply(reply);
        else
            onRateLimitReply(reply);
    });
}

static int status(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString TokenValidator::errorMessage(QNetworkReply *reply) const
{
    const int code = status(reply);
    const QString host = m_account.host;
    const QString serverMessage
        = QJsonDocument::fromJson(reply->readAll()).object().value("message"_L1).toString().left(200);
    if (code == 401) {
        return tr("%1 rejected the token (401 Bad credentials). Check that you copied the whole token and that it "
                  "has not expired or been revoked, or create a new one.")
            .arg(host);
    }
    if (code == 403 || code == 429) {
        if (reply->rawHeader("x-ratelimit-remaining") == "0"
            || serverMessage.contains("rate limit"_L1, Qt::CaseInsensitive)) {
            return tr("%1 refused the request because the rate limit is used up. Wait until it resets and try "
                      "again.")
                .arg(host);
        }
        return tr("%1 refused access (%2 %3). Check the token's permissions.")
            .arg(host, QString::number(code), serverMessage);
    }
    if (code >= 300 && code < 400) {
        return tr("%1 redirected the check to another address; PR Lens does not send tokens there. Check the "
                  "API URL in the host settings.")
            .arg(host);
    }
    if (code == 404) {
        return tr("%1 has no GitHub API at %2 (404). Check the API URL in the host settings.")
            .arg(host, m_account.apiUrl.toDisplayString());
    }
    if (code > 0) {
        return tr("%1 answered with an error (%2 %3). Try again later.")
            .arg(host, QString::number(code), serverMessage);
    }
    if (reply->error() == QNetworkReply::InsecureRedirectError
        || reply->error() == QNetworkReply::TooManyRedirectsError) {
        return tr("%1 redirected the check to another address; PR Lens does not send tokens there. Check the "
                  "API URL in the host settings.")
            .arg(host);
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        return tr("%1 did not answer in time. Check your network connection and the API URL, then try again.")
            .arg(host);
    }
    return tr("Could not reach %1 (%2). Check your network connection and the API URL, then try again.")
        .arg(host, reply->errorString());
}

void TokenValidator::onUserReply(QNetworkReply *reply)
{
    if (reply->error() != QNetworkReply::NoError || status(reply) != 200) {
        m_token.clear();
        Q_EMIT failed(errorMessage(reply));
        return;
    }
    const QJsonObject user = QJsonDocument::fromJson(reply->readAll()).object();
    m_result.login = user.value("login"_L1).toString();
    if (reply->hasRawHeader("x-oauth-scopes")) {
        m_result.scopesReported = true;
        const QString scopes = QString::fromUtf8(reply->rawHeader("x-oauth-scopes"));
        for (const QString &s : scopes.split(u',', Qt::SkipEmptyParts))
            m_result.scopes.append(s.trimmed());
    }
    get(u"/rate_limit"_s);
}

void TokenValidator::onRateLimitReply(QNetworkReply *reply)
{
    m_token.clear();
    const int code = status(reply);
    // GitHub Enterprise answers 404 "Rate limiting is not enabled." when limits are off: not an error.
    if (code == 404 && m_result.authenticated) {
        Q_EMIT finished(m_result);
        return;
    }
    if (reply->error() != QNetworkReply::NoError || code != 200) {
        Q_EMIT failed(errorMessage(reply));
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
    QJsonObject core = root.value("resources"_L1).toObject().value("core"_L1).toObject();
    if (core.isEmpty())
        core = root.value("rate"_L1).toObject();
    if (!core.isEmpty()) {
        m_result.rateLimit = core.value("limit"_L1).toInt(-1);
        m_result.rateRemaining = core.value("remaining"_L1).toInt(-1);
        const qint64 reset = core.value("reset"_L1).toInteger(0);
        if (reset > 0)
            m_result.rateReset = QDateTime::fromSecsSinceEpoch(reset, QTimeZone::UTC);
    } else if (reply->hasRawHeader("x-ratelimit-remaining")) {
        m_result.rateLimit = reply->rawHeader("x-ratelimit-limit").toInt();
        m_result.rateRemaining = reply->rawHeader("x-ratelimit-remaining").toInt();
    }
    Q_EMIT finished(m_result);
}

} // namespace PrLens
