// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace PrLens {

/// An HTTP answer of the fake server before the common headers, faults and latency are applied.
struct FakeReply {
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< extra headers, lower-case names
    QByteArray resource = "core"; ///< rate-limit resource: core, graphql, search
    int cost = 1; ///< rate-limit points; 0 = free (e.g. /rate_limit)
    bool truncate = false; ///< announce the full length, send half, close
    int delayMs = 0; ///< extra delay before the answer (slow body)
    qint64 oversizeBytes = 0; ///< > 0: send this many body bytes without a content-length instead of the body
    int trickleMs = 0; ///< > 0: send the body one byte at a time, this many milliseconds apart

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static FakeReply json(const QJsonValue &value, int status = 200);
    /// GitHub's error shape {"message", "documentation_url", "status"}.
    static FakeReply error(int status, const QString &message,
        const QString &documentationUrl = QStringLiteral("https://docs.github.com/rest"));
};

} // namespace PrLens
