// SPDX-License-Identifier: MIT
#include "fakefault.h"
#include "fakegithubserver.h"
#include "fakerest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <functional>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

struct KindName {
    FaultRule::Kind kind;
    QLatin1StringView name;
};

constexpr KindName kKindNames[] = {
    {FaultRule::Kind::ServerError, QLatin1StringView("server-error")},
    {FaultRule::Kind::RateLimitPrimary, QLatin1StringView("rate-limit")},
    {FaultRule::Kind::RateLimitSecondary, QLatin1StringView("secondary-rate-limit")},
    {FaultRule::Kind::GraphQlRateLimited, QLatin1StringView("graphql-rate-limit")},
    {FaultRule::Kind::TruncatedBody, QLatin1StringView("truncated")},
    {FaultRule::Kind::SlowBody, QLatin1StringView("slow")},
    {FaultRule::Kind::Redirect, QLatin1StringView("redirect")},
    {FaultRule::Kind::NotFound, QLatin1StringView("not-found")},
    {FaultRule::Kind::BadCredentials, QLatin1StringView("bad-credentials")},
    {FaultRule::Kind::GraphQlTimeout, QLatin1StringView("graphql-timeout")},
    {FaultRule::Kind::OversizedBody, QLatin1StringView("oversized")},
    {FaultRule::Kind::TrickleBody, QLatin1StringView("trickle")},
    {FaultRule::Kind::EndlessPages, QLatin1StringView("endless-pages")},
    {FaultRule::Kind::NextLink, QLatin1StringView("next-link")},
    {FaultRule::Kind::Recorded, QLatin1StringView("recorded")},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("FaultRule", text);
}

/// Makes an answer claim another page: a GraphQL search or connection page gets hasNextPage and a cursor, a REST
/// list a `Link: rel="next"`: @p mode 0 = always the same cursor / URL, 1 = a new one every time; 2 = a search
/// page announces 5,000 results instead (so every range looks too large to list).
void endlessPages(qint64 mode, const QString &path, const QUrlQuery &query, FakeReply *reply)
{
    const bool fresh = mode == 1;
    // Cursors the fake reads like GitHub's: "cursor:1" again and again, or ever further past the end (empty pages).
    static qint64 serial = 0;
    const QByteArray cursor = QByteArray("cursor:" + QByteArray::number(fresh ? 1000000 + ++serial : 1)).toBase64();
    QJsonDocument doc = QJsonDocument::fromJson(reply->body);
    if (doc.isObject() && doc.object().contains("data"_L1)) {
        // The one connection with a pageInfo (search, or a follow-up's files / reviews / reviewThreads).
        std::function<bool(QJsonObject &)> mark = [&mark, &cursor, mode](QJsonObject &o) {
            if (mode == 2 && o.contains("issueCount"_L1)) { // more than one search may list: split without end
                o.insert("issueCount"_L1, 5000);
                return true;
            }
            if (mode != 2 && o.contains("pageInfo"_L1) && o.contains("nodes"_L1)) {
                o.insert("pageInfo"_L1,
                    QJsonObject {{"hasNextPage"_L1, true}, {"endCursor"_L1, QString::fromLatin1(cursor)}});
                return true;
            }
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!it->isObject())
                    continue;
                QJsonObject child = it->toObject();
                if (mark(child)) {
                    *it = child;
                    return true;
                }
            }
            return false;
        };
        QJsonObject root = doc.object();
        QJsonObject data = root.value("data"_L1).toObject();
        mark(data);
        root.insert("data"_L1, data);
        reply->body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        return;
    }
    QUrlQuery next = query;
    if (fresh) {
        next.removeAllQueryItems(u"page"_s);
        next.addQueryItem(u"page"_s, QString::number(1000 + ++serial)); // past the end: an empty list
    }
    const QString target = path + (next.isEmpty() ? QString() : u'?' + next.toString(QUrl::FullyEncoded));
    reply->setHeader("link", "<" + target.toUtf8() + ">; rel=\"next\"");
}

} // namespace

QString FaultRule::kindName(Kind kind)
{
    for (const KindName &k : kKindNames) {
        if (k.kind == kind)
            return k.name;
    }
    return {};
}

bool FaultRule::parse(QStringView spec, FaultRule *out, QString *error)
{
    FaultRule rule;
    QString text = spec.trimmed().toString();
    static const QRegularExpression timesRe(u"x(-?\\d+|\\*)$"_s);
    if (const QRegularExpressionMatch m = timesRe.matchView(text); m.hasMatch()) {
        rule.times = m.captured(1) == "*"_L1 ? -1 : m.captured(1).toInt();
        text.chop(m.capturedLength());
    }
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0) {
        rule.requestKind = text.mid(hash + 1);
        text.truncate(hash);
    }
    if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
        rule.pathContains = text.mid(at + 1);
        text.truncate(at);
    }
    QString kindText = text;
    QString arg;
    if (text.startsWith("redirect="_L1)) {
        kindText = u"redirect"_s;
        rule.redirectTo = text.mid(9);
    } else if (text.startsWith("next-link="_L1)) {
        kindText = u"next-link"_s;
        rule.redirectTo = text.mid(10);
    } else if (const qsizetype colon = text.indexOf(u':'); colon >= 0) {
        kindText = text.left(colon);
        arg = text.mid(colon + 1);
    }
    bool known = false;
    for (const KindName &k : kKindNames) {
        if (kindText == k.name) {
            rule.kind = k.kind;
            known = true;
        }
    }
    if (!known) {
        if (error)
            *error = tr("Unknown fault kind \"%1\"; see --help for the list.").arg(kindText);
        return false;
    }
    if ((rule.kind == Kind::Redirect || rule.kind == Kind::NextLink) && rule.redirectTo.isEmpty()) {
        if (error)
            *error = tr("A redirect needs a target: redirect=http://127.0.0.1:PORT.");
        return false;
    }
    if (rule.kind == Kind::RateLimitPrimary || rule.kind == Kind::RateLimitSecondary
        || rule.kind == Kind::GraphQlRateLimited)
        rule.status = 403;
    if (!arg.isEmpty()) {
        // ":N" is the status, or the delay in seconds for "slow"; rate limits take ":STATUS,SECONDS".
        const QStringList parts = arg.split(u',');
        bool ok = true;
        const qint64 first = parts.value(0).toLongLong(&ok);
        bool ok2 = true;
        const qint64 second = parts.size() > 1 ? parts.at(1).toLongLong(&ok2) : -1;
        if (!ok || !ok2 || parts.size() > 2) {
            if (error)
                *error = tr("Cannot read the number in \"%1\".").arg(spec.toString());
            return false;
        }
        if (rule.kind == Kind::SlowBody) {
            rule.retryAfterSeconds = first;
        } else if (rule.kind == Kind::OversizedBody || rule.kind == Kind::TrickleBody
            || rule.kind == Kind::EndlessPages) {
            rule.amount = first;
        } else {
            rule.status = int(std::clamp<qint64>(first, 0, 999));
            if (second >= 0)
                rule.retryAfterSeconds = second;
        }
    }
    *out = rule;
    return true;
}

void applyFaultRule(const FaultRule &rule, const QString &path, const QUrlQuery &query, int rateLimit, FakeReply *reply)
{
    const QByteArray resource = reply->resource;
    const QByteArray resetSoon = QByteArray::number(QDateTime::currentSecsSinceEpoch() + rule.retryAfterSeconds);
    const int limitStatus = (rule.status == 403 || rule.status == 429) ? rule.status : 403;
    switch (rule.kind) {
    case FaultRule::Kind::ServerError:
        if (rule.status == 503) {
            // A real 503 from GitHub's front end: HTML although it says JSON.
            *reply = FakeReply {};
            reply->status = 503;
            reply->body = "<html><body><h1>503 Service Unavailable</h1>No server is available to handle this "
                          "request.</body></html>";
        } else {
            *reply = FakeReply::json(QJsonObject {{"message"_L1, "Server Error"_L1}},
                rule.status >= 500 && rule.status <= 599 ? rule.status : 502);
        }
        break;
    case FaultRule::Kind::RateLimitPrimary:
        *reply = FakeReply::json(
            QJsonObject {{"message"_L1, "API rate limit exceeded for user ID 1."_L1},
                {"documentation_url"_L1,
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limits"_L1}},
            limitStatus);
        reply->setHeader("x-ratelimit-remaining", "0");
        reply->setHeader("x-ratelimit-used", QByteArray::number(rateLimit));
        if (rule.retryAfterSeconds >= 0) // negative: no reset time, as some proxies and servers send it
            reply->setHeader("x-ratelimit-reset", resetSoon);
        break;
    case FaultRule::Kind::RateLimitSecondary:
        *reply = FakeReply::json(
            QJsonObject {{"message"_L1,
                             "You have exceeded a secondary rate limit. Please wait a few minutes before you "
                             "try again."_L1},
                {"documentation_url"_L1,
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"_L1}},
            limitStatus);
        reply->setHeader("retry-after", QByteArray::number(rule.retryAfterSeconds));
        break;
    case FaultRule::Kind::GraphQlRateLimited:
        *reply = FakeReply::json(QJsonObject {{"errors"_L1,
            QJsonArray {QJsonObject {
                {"type"_L1, "RATE_LIMITED"_L1}, {"message"_L1, "API rate limit exceeded for user ID 1."_L1}}}}});
        reply->setHeader("x-ratelimit-remaining", "0");
        reply->setHeader("x-ratelimit-used", QByteArray::number(rateLimit));
        reply->setHeader("x-ratelimit-reset", resetSoon);
        break;
    case FaultRule::Kind::TruncatedBody:
        reply->truncate = true;
        break;
    case FaultRule::Kind::SlowBody:
        reply->delayMs = int(std::clamp<qint64>(rule.retryAfterSeconds, 0, 3600) * 1000);
        break;
    case FaultRule::Kind::OversizedBody:
        reply->oversizeBytes = std::max<qint64>(1, rule.amount);
        break;
    case FaultRule::Kind::TrickleBody:
        reply->trickleMs = int(std::clamp<qint64>(rule.amount, 1, 60000));
        break;
    case FaultRule::Kind::EndlessPages:
        endlessPages(rule.amount, path, query, reply);
        break;
    case FaultRule::Kind::NextLink:
        reply->setHeader("link", "<" + rule.redirectTo.toUtf8() + ">; rel=\"next\"");
        break;
    case FaultRule::Kind::Redirect: {
        QString target = rule.redirectTo;
        while (target.endsWith(u'/'))
            target.chop(1);
        target += path;
        if (!query.isEmpty())
            target += u'?' + query.toString(QUrl::FullyEncoded);
        *reply = FakeReply::json(QJsonObject {{"message"_L1, "Temporary Redirect"_L1}, {"url"_L1, target},
                                     {"documentation_url"_L1, "https://docs.github.com/v3/#http-redirects"_L1}},
            307);
        reply->setHeader("location", target.toUtf8());
        break;
    }
    case FaultRule::Kind::NotFound:
        *reply = FakeRest::notFound();
        break;
    case FaultRule::Kind::Recorded: {
        FakeReply recorded;
        recorded.status = rule.status;
        recorded.body = rule.recordedBody;
        for (const auto &[name, value] : rule.recordedHeaders) {
            const QByteArray lower = name.toLower();
            if (lower != "content-length" && lower != "transfer-encoding" && lower != "connection"
                && lower != "content-encoding" && lower != "etag")
                recorded.setHeader(lower, value);
        }
        recorded.cost = 0;
        *reply = recorded;
        break;
    }
    case FaultRule::Kind::BadCredentials:
        *reply = FakeReply::error(401, u"Bad credentials"_s);
        break;
    case FaultRule::Kind::GraphQlTimeout:
        // What GitHub sends when a query runs past its 10-second limit.
        *reply = FakeReply::json(QJsonObject {{"data"_L1, QJsonValue::Null},
            {"errors"_L1,
                QJsonArray {QJsonObject {{"message"_L1,
                    "Something went wrong while executing your query. This may be the result "
                    "of a timeout, or it could be a GitHub bug. Please include `C0DE:1234` "
                    "when reporting this issue."_L1}}}}});
        break;
    }
    reply->resource = resource;
}

} // namespace PrLens
