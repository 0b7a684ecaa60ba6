// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>

#include <optional>

namespace PrLens {

/// Decides from one GitHub response whether it is a rate-limit refusal and how long to wait before retrying.
class RateLimitPolicy {
public:
    struct Wait {
        int seconds = 0;
        bool secondary = false; ///< a secondary (abuse) limit rather than the hourly quota
    };

    /// The longest wait a response can ask for: GitHub's hourly quota resets within an hour, so anything longer is
    /// a broken or hostile answer (it is clamped, and RequestPolicy::maxRateLimitWaitSeconds then decides).
    static constexpr qint64 kMaxWaitSeconds = 3600;

    /// Response headers are looked up lower-case.
    using Headers = QHash<QByteArray, QByteArray>;

    explicit RateLimitPolicy(int secondaryWaitSeconds = 60)
        : m_secondaryWaitSeconds(secondaryWaitSeconds)
    {
    }

    /// nullopt when the response is not a rate-limit refusal. `json` is the parsed body (may be null).
    std::optional<Wait> waitFor(
        int status, const Headers &headers, const QJsonDocument &json, const QDateTime &now) const;

    /// True for a GraphQL body whose errors say RATE_LIMITED / RATE_LIMIT or mention a secondary limit.
    static bool isGraphQlRateLimited(const QJsonDocument &json);

private:
    int m_secondaryWaitSeconds;
};

} // namespace PrLens
