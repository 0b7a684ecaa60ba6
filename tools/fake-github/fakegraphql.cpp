// SPDX-License-Identifier: MIT
#include "fakegraphql.h"

#include "fakegithubdata.h"
#include "fakegraphqlschema.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

constexpr int kMaxFirst = 100;
constexpr qsizetype kSearchCap = 1000;

struct Request {
    QString query;
    QJsonObject variables;
    bool ok = false;
};

Request parseBody(const QByteArray &body)
{
    Request r;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return r;
    r.query = doc.object().value("query"_L1).toString();
    r.variables = doc.object().value("variables"_L1).toObject();
    r.ok = !r.query.isEmpty();
    return r;
}

/// Where a field with arguments starts, e.g. "files(" but not "changedFiles(".
qsizetype fieldStart(const QString &query, QStringView field)
{
    const QRegularExpression re(u"(?<![A-Za-z0-9_])"_s + QRegularExpression::escape(field) + u"\\s*\\("_s);
    const QRegularExpressionMatch m = re.match(query);
    return m.hasMatch() ? m.capturedEnd() : -1;
}

/// The arguments of the first `field(...)` in the query, with $variables resolved.
QHash<QString, QJsonValue> fieldArgs(const Request &r, QStringView field)
{
    QHash<QString, QJsonValue> args;
    const qsizetype start = fieldStart(r.query, field);
    if (start < 0)
        return args;
    const qsizetype end = r.query.indexOf(u')', start);
    if (end < 0)
        return args;
    static const QRegularExpression arg(uR"re((\w+)\s*:\s*(\$\w+|"(?:[^"\\]|\\.)*"|[-\w.]+))re"_s);
    const QStringView text = QStringView(r.query).mid(start, end - start);
    for (auto it = arg.globalMatchView(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QString value = m.captured(2);
        if (value.startsWith(u'$')) {
            args.insert(name, r.variables.value(value.mid(1)));
        } else if (value.startsWith(u'"')) {
            args.insert(name, QJsonDocument::fromJson(QString(u'[' + value + u']').toUtf8()).array().at(0));
        } else {
            bool isInt = false;
            const int n = value.toInt(&isInt);
            args.insert(name, isInt ? QJsonValue(n) : QJsonValue(value));
        }
    }
    return args;
}

/// The `first` of a connection field in the query, or its default when the field has none.
int firstOf(const Request &r, QStringView field, int fallback)
{
    const QJsonValue v = fieldArgs(r, field).value(u"first"_s);
    return v.isDouble() ? v.toInt() : fallback;
}

QJsonObject errorEntry(const QString &message, const QString &type = {}, const QStringList &path = {})
{
    QJsonObject e {
        {"message"_L1, message}, {"locations"_L1, QJsonArray {QJsonObject {{"line"_L1, 1}, {"column"_L1, 1}}}}};
    if (!type.isEmpty())
        e.insert("type"_L1, type);
    if (!path.isEmpty())
        e.insert("path"_L1, QJsonArray::fromStringList(path));
    return e;
}

FakeReply errors(const QJsonArray &errs, const QJsonValue &data = QJsonValue::Null)
{
    QJsonObject o {{"errors"_L1, errs}};
    if (!data.isNull())
        o.insert("data"_L1, data);
    FakeReply r = FakeReply::json(o);
    r.resource = "graphql";
    return r;
}

QString paginationError(int requested)
{
    return u"Requesting %1 records on the connection exceeds the `first` limit of 100 records."_s.arg(requested);
}

QJsonValue loginOf(const QJsonValue &user)
{
    const QJsonObject u = user.toObject();
    if (u.isEmpty() || !u.value("login"_L1).isString())
        return QJsonValue::Null;
    return QJsonObject {{"login"_L1, u.value("login"_L1)}};
}

/// An Actor as GraphQL selects it with `author { __typename login }`: the REST `user.type` ("User", "Bot",
/// "Organization", …) is the GraphQL type name; null for a deleted account, like GitHub.
QJsonValue actorOf(const QJsonValue &user)
{
    QJsonValue v = loginOf(user);
    if (!v.isObject())
        return v;
    QJsonObject o = v.toObject();
    o.insert("__typename"_L1, user.toObject().value("type"_L1).toString(u"User"_s));
    return o;
}

/// `timelineItems(itemTypes: [READY_FOR_REVIEW_EVENT])`: the dataset key `ready_for_review_at`, else none.
QJsonObject readyForReviewEvents(const QJsonObject &pull, int first)
{
    QJsonArray nodes;
    const QJsonValue at = pull.value("ready_for_review_at"_L1);
    if (at.isString() && first > 0)
        nodes.append(QJsonObject {{"__typename"_L1, "ReadyForReviewEvent"_L1}, {"createdAt"_L1, at}});
    return {{"nodes"_L1, nodes}};
}

QString changeTypeOf(QStringView restStatus)
{
    if (restStatus == "added"_L1)
        return u"ADDED"_s;
    if (restStatus == "removed"_L1)
        return u"DELETED"_s;
    if (restStatus == "renamed"_L1)
        return u"RENAMED"_s;
    if (restStatus == "copied"_L1)
        return u"COPIED"_s;
    if (restStatus == "changed"_L1)
        return u"CHANGED"_s;
    return u"MODIFIED"_s;
}

QJsonValue cursorValue(qsizetype endOffset, qsizetype startOffset)
{
    return endOffset > startOffset ? QJsonValue(QString::fromLatin1(FakeGraphQl::cursorFor(endOffset)))
                                   : QJsonValue(QJsonValue::Null);
}

/// A connection page over `items` starting at `offset`: {totalCount, pageInfo, nodes}.
template<typename Map>
QJsonObject connection(
    const QJsonArray &items, qsizetype offset, int first, Map map, bool withPageInfo = true, qsizetype cap = -1)
{
    const qsizetype available = cap < 0 ? items.size() : std::min<qsizetype>(items.size(), cap);
    const qsizetype begin = std::min(offset, available);
    const qsizetype end = std::min<qsizetype>(begin + first, available);
    QJsonArray nodes;
    for (qsizetype i = begin; i < end; ++i)
        nodes.append(map(items.at(i).toObject()));
    QJsonObject c {{"totalCount"_L1, int(items.size())}, {"nodes"_L1, nodes}};
    if (withPageInfo)
        c.insert("pageInfo"_L1,
            QJsonObject {{"hasNextPage"_L1, end < available}, {"endCursor"_L1, cursorValue(end, begin)}});
    return c;
}

QJsonObject fileNode(const QJsonObject &f)
{
    return {{"path"_L1, f.value("filename"_L1)}, {"additions"_L1, f.value("additions"_L1).toInt()},
        {"deletions"_L1, f.value("deletions"_L1).toInt()},
        {"changeType"_L1, changeTypeOf(f.value("status"_L1).toString())}};
}

struct Sizes {
    int labels = 20, files = 100, reviewRequests = 20, reviews = 20, threads = 20, comments = 20;
    int timelineItems = 0; ///< 0 when the query does not select timelineItems
    QStringList loginOn; ///< requested-reviewer types the query selects `login` on ("User", "Bot", "Mannequin")
};

Sizes sizesOf(const Request &r)
{
    Sizes s;
    s.labels = firstOf(r, u"labels", s.labels);
    s.files = firstOf(r, u"files", s.files);
    s.reviewRequests = firstOf(r, u"reviewRequests", s.reviewRequests);
    s.reviews = firstOf(r, u"reviews", s.reviews);
    s.threads = firstOf(r, u"reviewThreads", s.threads);
    s.comments = firstOf(r, u"comments", s.comments);
    if (fieldStart(r.query, u"timelineItems") >= 0)
        s.timelineItems = firstOf(r, u"timelineItems", 1);
    for (const QString &type : {u"User"_s, u"Bot"_s, u"Mannequin"_s}) {
        const QRegularExpression on(u"\\.\\.\\.\\s*on\\s+"_s + type + u"\\s*\\{[^}]*\\blogin\\b"_s);
        if (on.match(r.query).hasMatch())
            s.loginOn.append(type);
    }
    return s;
}

QJsonObject commentNode(const QJsonObject &c)
{
    QJsonValue replyTo = QJsonValue::Null;
    if (c.contains("in_reply_to_id"_L1) && !c.value("in_reply_to_id"_L1).isNull())
        replyTo = QJsonObject {{"id"_L1, u"PRRC_%1"_s.arg(c.value("in_reply_to_id"_L1).toInteger())}};
    return {{"author"_L1, loginOf(c.value("user"_L1))}, {"body"_L1, c.value("body"_L1).toString()},
        {"path"_L1, c.value("path"_L1)}, {"line"_L1, c.value("line"_L1)},
        {"originalLine"_L1, c.value("original_line"_L1)}, {"diffHunk"_L1, c.value("diff_hunk"_L1).toString()},
        {"createdAt"_L1, c.value("created_at"_L1)}, {"replyTo"_L1, replyTo}};
}

QJsonObject reviewNode(const QJsonObject &r)
{
    return {{"author"_L1, actorOf(r.value("user"_L1))}, {"state"_L1, r.value("state"_L1)},
        {"body"_L1, r.value("body"_L1).toString()}, {"submittedAt"_L1, r.value("submitted_at"_L1)}};
}

QJsonObject threadNode(const QJsonObject &t, int comments)
{
    return {{"isResolved"_L1, t.value("isResolved"_L1).toBool()}, {"isOutdated"_L1, t.value("isOutdated"_L1).toBool()},
        {"path"_L1, t.value("path"_L1)}, {"line"_L1, t.value("line"_L1)},
        {"originalLine"_L1, t.value("originalLine"_L1)}, {"diffSide"_L1, t.value("diffSide"_L1).toString(u"RIGHT"_s)},
        {"comments"_L1, connection(t.value("comments"_L1).toArray(), 0, comments, commentNode, false)}};
}

QJsonObject pullNode(const FakePull &p, const Sizes &s)
{
    const QJsonObject &o = p.pull;
    // REST `requested_reviewers[].type` is "User", "Bot" or "Mannequin": the same __typename in GraphQL.
    // As on GitHub, a member of the union has a login only when the query asks for it on that type.
    QJsonArray reviewRequests;
    for (const QJsonValue &u : o.value("requested_reviewers"_L1).toArray()) {
        const QString type = u.toObject().value("type"_L1).toString(u"User"_s);
        QJsonObject who {{"__typename"_L1, type}};
        if (s.loginOn.contains(type))
            who.insert("login"_L1, u.toObject().value("login"_L1));
        reviewRequests.append(QJsonObject {{"requestedReviewer"_L1, who}});
    }
    for (const QJsonValue &t : o.value("requested_teams"_L1).toArray())
        reviewRequests.append(QJsonObject {{"requestedReviewer"_L1,
            QJsonObject {{"__typename"_L1, "Team"_L1}, {"slug"_L1, t.toObject().value("slug"_L1)}}}});
    const int requestTotal = int(reviewRequests.size());
    while (reviewRequests.size() > s.reviewRequests)
        reviewRequests.removeLast();

    const QJsonObject threads
        = connection(p.threads, 0, s.threads, [&s](const QJsonObject &t) { return threadNode(t, s.comments); });

    return {
        {"__typename"_L1, "PullRequest"_L1},
        {"number"_L1, p.number},
        {"title"_L1, o.value("title"_L1).toString()},
        {"url"_L1, o.value("html_url"_L1)},
        {"body"_L1, o.value("body"_L1).toString()}, // String! in GraphQL: "" where REST has null
        {"isDraft"_L1, o.value("draft"_L1).toBool()},
        {"createdAt"_L1, o.value("created_at"_L1)},
        {"mergedAt"_L1, o.value("merged_at"_L1)},
        {"baseRefName"_L1, o.value("base"_L1).toObject().value("ref"_L1)},
        {"additions"_L1, o.value("additions"_L1).toInt()},
        {"deletions"_L1, o.value("deletions"_L1).toInt()},
        {"changedFiles"_L1, o.contains("changed_files"_L1) ? o.value("changed_files"_L1).toInt() : int(p.files.size())},
        {"author"_L1, actorOf(o.value("user"_L1))},
        {"timelineItems"_L1, readyForReviewEvents(o, s.timelineItems)},
        {"labels"_L1,
            connection(
                o.value("labels"_L1).toArray(), 0, s.labels,
                [](const QJsonObject &l) {
                    return QJsonObject {{"name"_L1, l.value("name"_L1)}, {"color"_L1, l.value("color"_L1)}};
                },
                false)},
        {"files"_L1, connection(p.files, 0, s.files, fileNode)},
        {"reviewRequests"_L1, QJsonObject {{"totalCount"_L1, requestTotal}, {"nodes"_L1, reviewRequests}}},
        {"reviews"_L1, connection(p.reviews, 0, s.reviews, reviewNode)},
        {"reviewThreads"_L1, threads},
    };
}

QJsonObject rateLimitObject(const FakeRateState &rate, int cost, int nodeCount)
{
    const int used = rate.used + cost;
    return {{"limit"_L1, rate.limit}, {"cost"_L1, cost}, {"remaining"_L1, std::max(0, rate.limit - used)},
        {"used"_L1, used},
        {"resetAt"_L1, QDateTime::fromSecsSinceEpoch(rate.resetEpoch, QTimeZone::UTC).toString(Qt::ISODate)},
        {"nodeCount"_L1, nodeCount}};
}

/// Checks every connection's `first`; returns an error message or empty.
QString checkFirsts(const Request &r)
{
    for (const QStringView field : {u"search", u"labels", u"files", u"reviewRequests", u"reviews", u"reviewThreads",
             u"comments", u"timelineItems"}) {
        const QJsonValue v = fieldArgs(r, field).value(u"first"_s);
        if (fieldStart(r.query, field) < 0)
            continue;
        if (!v.isDouble() || v.toInt() < 1) {
            return u"You must provide a `first` or `last` value to properly paginate the `%1` connection."_s.arg(
                field.toString());
        }
        if (v.toInt() > kMaxFirst)
            return paginationError(v.toInt());
    }
    return {};
}

/// GitHub's answer when a declared variable is missing or of the wrong type ("Variable $first of type Int! was
/// provided invalid value", with the problem in `extensions`), or when a literal `first` is not a number; empty when
/// all are right.
QJsonArray checkTypes(const Request &r)
{
    QJsonArray errs;
    static const QRegularExpression operation(
        uR"(^\s*(?:query|mutation)\b[^({#]*\(([^)]*)\))"_s, QRegularExpression::MultilineOption);
    if (const QRegularExpressionMatch op = operation.match(r.query); op.hasMatch()) {
        const QString header = op.captured(1);
        static const QRegularExpression def(uR"(\$(\w+)\s*:\s*(\[?)(\w+)(!?)\]?(!?)\s*(=)?)"_s);
        for (auto it = def.globalMatch(header); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString name = m.captured(1);
            const bool list = !m.captured(2).isEmpty();
            const QString type = m.captured(3);
            const bool nonNull = !(list ? m.captured(5) : m.captured(4)).isEmpty();
            const QJsonValue v = r.variables.value(name);
            QString problem;
            if (v.isUndefined() || v.isNull()) {
                if (nonNull && m.captured(6).isEmpty())
                    problem = u"Expected value to not be null"_s;
            } else if (!list) {
                const bool ok = type == "Int"_L1
                    ? v.isDouble() && v.toDouble() == std::floor(v.toDouble()) && std::abs(v.toDouble()) < 2147483648.0
                    : type == "String"_L1  ? v.isString()
                    : type == "ID"_L1      ? v.isString() || v.isDouble()
                    : type == "Boolean"_L1 ? v.isBool()
                                           : true;
                if (!ok)
                    problem = u"Could not coerce value %1 to %2"_s.arg(
                        QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact))
                            .mid(1)
                            .chopped(1),
                        type);
            }
            if (problem.isEmpty())
                continue;
            QJsonObject e = errorEntry(u"Variable $%1 of type %2 was provided invalid value"_s.arg(
                name, m.captured(0).section(u':', 1).remove(u'=').trimmed()));
            e.insert("extensions"_L1,
                QJsonObject {{"value"_L1, v.isUndefined() ? QJsonValue(QJsonValue::Null) : v},
                    {"problems"_L1,
                        QJsonArray {QJsonObject {{"path"_L1, QJsonArray {}}, {"explanation"_L1, problem}}}}});
            errs.append(e);
        }
    }
    static const QRegularExpression literalFirst(
        uR"re((\w+)\s*\([^)]*\bfirst\s*:\s*("[^"]*"|true|false|null|-?\d+\.\d+))re"_s);
    for (auto it = literalFirst.globalMatch(r.query); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        errs.append(errorEntry(u"Argument 'first' on Field '%1' has an invalid value (%2). Expected type 'Int'."_s.arg(
            m.captured(1), m.captured(2))));
    }
    return errs;
}

/// Nodes a query may return at most, as GitHub counts them: every connection's `first` times those above it.
qint64 possibleNodes(const Request &r)
{
    const auto first = [&r](QStringView field, int fallback) {
        return qint64(firstOf(r, field, fallback));
    };
    if (fieldStart(r.query, u"search") >= 0) {
        const qint64 n = first(u"search", 0);
        const qint64 threads = first(u"reviewThreads", 0);
        return n
            + n
            * (first(u"labels", 0) + first(u"files", 0) + first(u"reviewRequests", 0) + first(u"reviews", 0) + threads
                + threads * first(u"comments", 0));
    }
    const qint64 threads = first(u"reviewThreads", 0);
    return first(u"files", 0) + first(u"reviews", 0) + threads + threads * first(u"comments", 0);
}

int costFor(const Request &r)
{
    if (fieldStart(r.query, u"search") < 0)
        return 1;
    // GitHub: requests needed to fill every connection assuming full pages, divided by 100, at least 1.
    const Sizes s = sizesOf(r);
    const int n = std::max(1, firstOf(r, u"search", 1));
    const double requests = 1.0 + 5.0 * n + double(n) * s.threads + (s.timelineItems > 0 ? double(n) : 0.0);
    return std::max(1, int(std::lround(requests / 100.0)));
}

FakeReply answerSearch(const FakeGitHubData &data, const Request &r, const FakeRateState &rate)
{
    const QHash<QString, QJsonValue> args = fieldArgs(r, u"search");
    const int first = args.value(u"first"_s).toInt();
    const FakeSearchQuery q = FakeSearchQuery::parse(args.value(u"query"_s).toString());
    if (!q.error.isEmpty())
        return errors({errorEntry(q.error, u"INVALID"_s, {u"search"_s})});
    const FakeRepo *repo = data.repo(q.owner, q.name);
    if (!repo) {
        return errors({errorEntry(u"The listed users and repositories cannot be searched either because the "
                                  "resources do not exist or you do not have permission to view them."_s,
            u"INVALID"_s, {u"search"_s})});
    }
    qsizetype offset = 0;
    const QJsonValue after = args.value(u"after"_s);
    if (after.isString()) {
        bool ok = false;
        offset = FakeGraphQl::offsetFromCursor(after.toString(), &ok);
        if (!ok)
            return errors({errorEntry(u"`%1` does not appear to be a valid cursor."_s.arg(after.toString()))});
    }
    QList<const FakePull *> matches;
    for (const FakePull &p : repo->pulls) {
        if (q.matches(p.mergedAt))
            matches.append(&p);
    }
    const Sizes sizes = sizesOf(r);
    const qsizetype available = std::min<qsizetype>(matches.size(), kSearchCap);
    const qsizetype begin = std::min(offset, available);
    const qsizetype end = std::min<qsizetype>(begin + first, available);
    QJsonArray nodes;
    for (qsizetype i = begin; i < end; ++i)
        nodes.append(pullNode(*matches.at(i), sizes));
    const int cost = costFor(r);
    const int perPr = 1 + sizes.labels + sizes.files + sizes.reviewRequests + sizes.reviews + sizes.threads
        + sizes.threads * sizes.comments + sizes.timelineItems;
    const QJsonObject search {{"issueCount"_L1, int(matches.size())},
        {"pageInfo"_L1, QJsonObject {{"hasNextPage"_L1, end < available}, {"endCursor"_L1, cursorValue(end, begin)}}},
        {"nodes"_L1, nodes}};
    QJsonObject dataObj {{"search"_L1, search}};
    if (r.query.contains("rateLimit"_L1))
        dataObj.insert("rateLimit"_L1, rateLimitObject(rate, cost, first * perPr));
    FakeReply reply = FakeReply::json(QJsonObject {{"data"_L1, dataObj}});
    reply.resource = "graphql";
    reply.cost = cost;
    return reply;
}

/// A follow-up page of one PR's connection `field` (files, reviews, reviewThreads), from its `after` cursor.
FakeReply answerPullConnection(
    const FakeGitHubData &data, const Request &r, const FakeRateState &rate, FakeGraphQl::Operation op)
{
    const QHash<QString, QJsonValue> repoArgs = fieldArgs(r, u"repository");
    const QString owner = repoArgs.value(u"owner"_s).toString();
    const QString name = repoArgs.value(u"name"_s).toString();
    const FakeRepo *repo = data.repo(owner, name);
    if (!repo) {
        return errors({errorEntry(u"Could not resolve to a Repository with the name '%1/%2'."_s.arg(owner, name),
                          u"NOT_FOUND"_s, {u"repository"_s})},
            QJsonObject {{"repository"_L1, QJsonValue::Null}});
    }
    const int number = fieldArgs(r, u"pullRequest").value(u"number"_s).toInt();
    const FakePull *pull = repo->pull(number);
    if (!pull) {
        return errors({errorEntry(u"Could not resolve to a PullRequest with the number of %1."_s.arg(number),
                          u"NOT_FOUND"_s, {u"repository"_s, u"pullRequest"_s})},
            QJsonObject {{"repository"_L1, QJsonObject {{"pullRequest"_L1, QJsonValue::Null}}}});
    }
    const QString field = op == FakeGraphQl::Operation::Reviews ? u"reviews"_s
        : op == FakeGraphQl::Operation::ReviewThreads           ? u"reviewThreads"_s
                                                                : u"files"_s;
    const QHash<QString, QJsonValue> args = fieldArgs(r, field);
    qsizetype offset = 0;
    const QJsonValue after = args.value(u"after"_s);
    if (after.isString()) {
        bool ok = false;
        offset = FakeGraphQl::offsetFromCursor(after.toString(), &ok);
        if (!ok)
            return errors({errorEntry(u"`%1` does not appear to be a valid cursor."_s.arg(after.toString()))});
    }
    const int first = args.value(u"first"_s).toInt();
    QJsonObject page;
    int nodes = first;
    switch (op) {
    case FakeGraphQl::Operation::Reviews:
        page = connection(pull->reviews, offset, first, reviewNode);
        break;
    case FakeGraphQl::Operation::ReviewThreads: {
        const int comments = firstOf(r, u"comments", 20);
        page = connection(
            pull->threads, offset, first, [comments](const QJsonObject &t) { return threadNode(t, comments); });
        nodes = first + first * comments;
        break;
    }
    default:
        page = connection(pull->files, offset, first, fileNode);
        break;
    }
    QJsonObject dataObj {{"repository"_L1, QJsonObject {{"pullRequest"_L1, QJsonObject {{field, page}}}}}};
    const int cost = 1; // GitHub's formula gives 1 for one page of up to 100 threads of 100 comments
    if (r.query.contains("rateLimit"_L1))
        dataObj.insert("rateLimit"_L1, rateLimitObject(rate, cost, nodes + 2));
    FakeReply reply = FakeReply::json(QJsonObject {{"data"_L1, dataObj}});
    reply.resource = "graphql";
    reply.cost = cost;
    return reply;
}

} // namespace

FakeGraphQl::Operation FakeGraphQl::operationOf(const QByteArray &body)
{
    const Request r = parseBody(body);
    if (!r.ok)
        return Operation::Unknown;
    if (fieldStart(r.query, u"search") >= 0)
        return Operation::Search;
    if (fieldStart(r.query, u"pullRequest") >= 0) {
        if (fieldStart(r.query, u"reviewThreads") >= 0)
            return Operation::ReviewThreads;
        if (fieldStart(r.query, u"reviews") >= 0)
            return Operation::Reviews;
        if (fieldStart(r.query, u"files") >= 0)
            return Operation::Files;
    }
    return Operation::Unknown;
}

int FakeGraphQl::costOf(const QByteArray &body)
{
    return costFor(parseBody(body));
}

FakeReply FakeGraphQl::answer(
    const FakeGitHubData &data, const QByteArray &body, const FakeRateState &rate, const FakeGraphQlSchema *schema)
{
    const Request r = parseBody(body);
    if (!r.ok) {
        FakeReply bad = FakeReply::error(400, u"Problems parsing JSON"_s, u"https://docs.github.com/graphql"_s);
        bad.resource = "graphql";
        return bad;
    }
    if (schema && !schema->isEmpty()) {
        if (const QList<QJsonObject> invalid = schema->validate(r.query); !invalid.isEmpty()) {
            QJsonArray errs;
            for (const QJsonObject &e : invalid)
                errs.append(e);
            FakeReply reply = errors(errs);
            reply.cost = 0; // GitHub rejects an invalid query before running it
            return reply;
        }
    }
    if (const QJsonArray typeErrors = checkTypes(r); !typeErrors.isEmpty()) {
        FakeReply reply = errors(typeErrors);
        reply.cost = 0;
        return reply;
    }
    if (const QString e = checkFirsts(r); !e.isEmpty())
        return errors({errorEntry(e)});
    if (const qint64 nodes = possibleNodes(r); nodes > 500000) {
        FakeReply reply = errors({errorEntry(u"This query requests up to %1 possible nodes which exceeds the maximum "
                                             "limit of 500,000."_s.arg(QLocale(QLocale::English).toString(nodes)),
            u"MAX_NODE_LIMIT_EXCEEDED"_s)});
        reply.cost = 0;
        return reply;
    }
    switch (operationOf(body)) {
    case Operation::Search:
        return answerSearch(data, r, rate);
    case Operation::Files:
    case Operation::Reviews:
    case Operation::ReviewThreads:
        return answerPullConnection(data, r, rate, operationOf(body));
    case Operation::Unknown:
        break;
    }
    return errors({errorEntry(
        u"This fake server answers only the MergedPRs, PRFiles, PRReviews and PRReviewThreads queries."_s)});
}

QByteArray FakeGraphQl::cursorFor(qsizetype offset)
{
    return QByteArray("cursor:" + QByteArray::number(offset)).toBase64();
}

qsizetype FakeGraphQl::offsetFromCursor(const QString &cursor, bool *ok)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1());
    *ok = raw.startsWith("cursor:");
    if (!*ok)
        return 0;
    const qsizetype n = raw.mid(7).toLongLong(ok);
    *ok = *ok && n >= 0;
    return *ok ? n : 0;
}

} // namespace PrLens
