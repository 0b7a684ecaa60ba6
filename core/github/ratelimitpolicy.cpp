// SPDX-License-Identifier: MIT
#include "ratelimitpolicy.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

bool mentionsSecondary(const QString &message)
{
    return message.contains("secondary rate limit"_L1, Qt::CaseInsensitive)
        || message.contains("abuse detection"_L1, Qt::CaseInsensitive);
}

std::optional<qint64> headerNumber(const RateLimitPolicy::Headers &headers, const QByteArray &name)
{
    const auto it = headers.constFind(name);
    if (it == headers.cend())
        return std::nullopt;
    const QByteArray text = it->trimmed();
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (ok)
        return v;
    // Digits beyond 64 bits: as long as anything can be, not unreadable (which would mean a short default wait).
    const bool digits
        = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    return digits ? std::optional<qint64>(std::numeric_limits<qint64>::max()) : std::nullopt;
}

} // namespace

bool RateLimitPolicy::isGraphQlRateLimited(const QJsonDocument &json)
{
    const QJsonArray errors = json.object().value("errors"_L1).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject o = e.toObject();
        const QString type = o.value("type"_L1).toString();
        if (type == "RATE_LIMITED"_L1 || type == "RATE_LIMIT"_L1 || mentionsSecondary(o.value("message"_L1).toString()))
            return true;
    }
    return false;
}

std::optional<RateLimitPolicy::Wait> RateLimitPolicy::waitFor(
    int status, const Headers &headers, const QJsonDocument &json, const QDateTime &now) const
{
    const QString message = json.object().value("message"_L1).toString();
    const bool graphQlLimited = status == 200 && isGraphQlRateLimited(json);
    const bool refused = status == 403 || status == 429;
    if (!graphQlLimited && !refused)
        return std::nullopt;

    const auto retryAfter = headerNumber(headers, "retry-after");
    const auto remaining = headerNumber(headers, "x-ratelimit-remaining");
    const auto reset = headerNumber(headers, "x-ratelimit-reset");
    const bool secondary = mentionsSecondary(message) || (graphQlLimited && !remaining);

    // Both numbers are clamped in 64 bits before they become an int: 4294967297 must not wrap to 1 s.
    if (retryAfter && *retryAfter >= 0)
        return Wait {int(std::clamp<qint64>(*retryAfter, 1, kMaxWaitSeconds)), secondary};
    if (remaining && *remaining == 0 && reset) {
        // One second of margin: the reset instant is when the quota is refilled, not after.
        const qint64 seconds = *reset > now.toSecsSinceEpoch() ? *reset - now.toSecsSinceEpoch() + 1 : 1;
        return Wait {int(std::clamp<qint64>(seconds, 1, kMaxWaitSeconds)), false};
    }
    if (graphQlLimited || mentionsSecondary(message) || status == 429)
        return Wait {m_secondaryWaitSeconds, remaining && *remaining == 0 ? secondary : true};
    // The hourly quota is used up but no reset time came with it (a proxy dropped it, an Enterprise server with an
    // odd configuration): still a rate limit, waited out like one whose time is unknown.
    if (remaining && *remaining == 0)
        return Wait {m_secondaryWaitSeconds, false};
    // A 403 that is not about rate limits (permissions, SSO, user agent) is an ordinary error.
    return std::nullopt;
}

} // namespace PrLens
