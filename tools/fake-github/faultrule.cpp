// SPDX-License-Identifier: MIT
#include "fakegithubserver.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
};

QString tr(const char *text)
{
    return QCoreApplication::translate("FaultRule", text);
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
    if (const qsizetype at = text.indexOf(u'@'); at >= 0) {
        rule.pathContains = text.mid(at + 1);
        text.truncate(at);
    }
    QString kindText = text;
    QString arg;
    if (text.startsWith("redirect="_L1)) {
        kindText = u"redirect"_s;
        rule.redirectTo = text.mid(9);
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
    if (rule.kind == Kind::Redirect && rule.redirectTo.isEmpty()) {
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
        const int first = parts.value(0).toInt(&ok);
        bool ok2 = true;
        const int second = parts.size() > 1 ? parts.at(1).toInt(&ok2) : -1;
        if (!ok || !ok2 || parts.size() > 2) {
            if (error)
                *error = tr("Cannot read the number in \"%1\".").arg(spec.toString());
            return false;
        }
        if (rule.kind == Kind::SlowBody) {
            rule.retryAfterSeconds = first;
        } else {
            rule.status = first;
            if (second >= 0)
                rule.retryAfterSeconds = second;
        }
    }
    *out = rule;
    return true;
}

} // namespace PrLens
