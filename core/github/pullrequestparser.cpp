// SPDX-License-Identifier: MIT
#include "pullrequestparser.h"

#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QDateTime time(const QJsonValue &v)
{
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString login(const QJsonValue &author)
{
    // A deleted account comes back as null; GitHub shows it as "ghost".
    const QString l = author.toObject().value("login"_L1).toString();
    return l.isEmpty() ? u"ghost"_s : l;
}

/// Whether an actor (`author { __typename login }`) is an app; GitHub's GraphQL types them `Bot`.
bool isBot(const QJsonValue &author)
{
    return author.toObject().value("__typename"_L1).toString() == "Bot"_L1;
}

/// When the PR first left draft: the first ReadyForReviewEvent of `timelineItems`, if the query asked for it.
QDateTime readyForReview(const QJsonObject &node)
{
    const QJsonArray events = node.value("timelineItems"_L1).toObject().value("nodes"_L1).toArray();
    for (const QJsonValue &e : events) {
        const QDateTime t = time(e.toObject().value("createdAt"_L1));
        if (t.isValid())
            return t;
    }
    return {};
}

bool hasNextPage(const QJsonObject &connection)
{
    return connection.value("pageInfo"_L1).toObject().value("hasNextPage"_L1).toBool();
}

LedgerEntry truncated(int number, const QString &what, int shown, int total)
{
    return LedgerEntry {LedgerEntry::Kind::Truncated, number, what,
        u"first %1 of %2 %3 read"_s.arg(shown).arg(total).arg(what), {QString::number(shown), QString::number(total)}};
}

/// A count GitHub sends as a JSON number: absent or null is 0; anything else must be a whole number in
/// [minimum, INT_MAX] (QJsonValue::toInt() would silently turn 3000000000 into 0).
std::optional<int> count(const QJsonValue &v, int minimum = 0)
{
    if (v.isUndefined() || v.isNull())
        return minimum <= 0 ? std::optional<int>(0) : std::nullopt;
    const double d = v.toDouble(-1.0);
    if (!v.isDouble() || d != std::floor(d) || d < minimum || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

/// Why a file's line counts cannot be right; empty when they can.
QString badLineCounts(const QJsonObject &o)
{
    for (const QLatin1StringView key : {"additions"_L1, "deletions"_L1, "changes"_L1}) {
        if (!count(o.value(key)))
            return u"%1 is not a line count (%2)"_s.arg(key, o.value(key).toVariant().toString().left(40));
    }
    return {};
}

/// A thread of the GraphQL answer: comment authors are actors, replies point at the comment they answer.
ReviewThread thread(const QJsonObject &t)
{
    return ReviewThread::fromJson(
        t, t.value("comments"_L1).toObject().value("nodes"_L1).toArray(), [](const QJsonObject &c) {
            ReviewComment rc = ReviewComment::fromJson(c);
            rc.author = login(c.value("author"_L1));
            rc.isReply = c.value("replyTo"_L1).isObject();
            return rc;
        });
}

/// A REST file entry as GitHub sends it. GitHub has no "binary" or "truncated" key (datasets do): a file without a
/// `patch` is binary when it changed no lines (a rename or copy without changes is not), and too large for a diff
/// when it did.
FileChange gitHubFile(const QJsonObject &o)
{
    FileChange f = fileChangeFromRestJson(o);
    f.binary = false;
    f.patchTruncated = false;
    if (f.hasPatch)
        return f;
    const int changes = count(o.value("changes"_L1)).value_or(0);
    if (changes > 0 || f.additions + f.deletions > 0)
        f.patchTruncated = true;
    else
        f.binary = f.status != FileChange::Status::Renamed && f.status != FileChange::Status::Copied;
    return f;
}

} // namespace

std::optional<PullRequestParser::Parsed> PullRequestParser::fromGraphQl(const QJsonObject &node, QString *refused)
{
    if (node.value("__typename"_L1).toString() != "PullRequest"_L1)
        return std::nullopt;
    const std::optional<int> number = count(node.value("number"_L1), 1);
    QString why;
    if (!number)
        why = u"pull request number %1 is out of range"_s.arg(node.value("number"_L1).toVariant().toString().left(40));
    for (const QLatin1StringView key : {"additions"_L1, "deletions"_L1, "changedFiles"_L1}) {
        if (why.isEmpty() && !count(node.value(key)))
            why = u"#%1: %2 is not a count (%3)"_s.arg(*number).arg(
                key, node.value(key).toVariant().toString().left(40));
    }
    if (!why.isEmpty()) {
        if (refused)
            *refused = why;
        return std::nullopt;
    }
    Parsed out;
    PullRequest &pr = out.pr;
    pr.number = *number;
    pr.title = node.value("title"_L1).toString();
    pr.body = node.value("body"_L1).toString();
    pr.url = node.value("url"_L1).toString();
    pr.author = login(node.value("author"_L1));
    pr.authorIsBot = isBot(node.value("author"_L1));
    pr.readyForReviewAt = readyForReview(node);
    pr.isDraft = node.value("isDraft"_L1).toBool();
    pr.createdAt = time(node.value("createdAt"_L1));
    pr.mergedAt = time(node.value("mergedAt"_L1));
    pr.baseRef = node.value("baseRefName"_L1).toString();
    pr.additions = node.value("additions"_L1).toInt();
    pr.deletions = node.value("deletions"_L1).toInt();
    pr.changedFiles = node.value("changedFiles"_L1).toInt();
    pr.reviewDataKnown = true;

    const QJsonObject labels = node.value("labels"_L1).toObject();
    const QJsonArray labelNodes = labels.value("nodes"_L1).toArray();
    for (const QJsonValue &l : labelNodes)
        pr.labels.append({l.toObject().value("name"_L1).toString(), l.toObject().value("color"_L1).toString()});
    const int labelTotal = labels.value("totalCount"_L1).toInt(int(labelNodes.size()));
    if (labelTotal > labelNodes.size())
        out.ledger.append(truncated(pr.number, u"labels"_s, int(labelNodes.size()), labelTotal));

    const QJsonObject files = node.value("files"_L1).toObject();
    QStringList refusedFiles;
    pr.files = filesFromGraphQl(files.value("nodes"_L1).toArray(), &refusedFiles);
    out.ledger.append(PullRequestParser::refusedFiles(pr.number, refusedFiles));
    out.moreFiles = hasNextPage(files);
    out.filesCursor = files.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();
    if (pr.changedFiles == 0)
        pr.changedFiles = files.value("totalCount"_L1).toInt(int(pr.files.size()));

    // Users, bots, mannequins (imported accounts) by login, teams by slug; more than the first page is a ledger line.
    const QJsonObject requestConnection = node.value("reviewRequests"_L1).toObject();
    const QJsonArray requests = requestConnection.value("nodes"_L1).toArray();
    for (const QJsonValue &r : requests) {
        const QJsonObject who = r.toObject().value("requestedReviewer"_L1).toObject();
        const QString name
            = who.contains("login"_L1) ? who.value("login"_L1).toString() : who.value("slug"_L1).toString();
        if (!name.isEmpty())
            pr.requestedReviewers.append(name);
    }
    const int requestTotal = requestConnection.value("totalCount"_L1).toInt(int(requests.size()));
    if (requestTotal > requests.size())
        out.ledger.append(truncated(pr.number, u"reviewRequests"_s, int(requests.size()), requestTotal));

    const QJsonObject reviews = node.value("reviews"_L1).toObject();
    const QJsonArray reviewNodes = reviews.value("nodes"_L1).toArray();
    pr.reviews = reviewsFromGraphQl(reviewNodes);
    pr.reviewCount = std::max(reviews.value("totalCount"_L1).toInt(), int(pr.reviews.size()));
    out.moreReviews = hasNextPage(reviews);
    out.reviewsCursor = reviews.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();

    const QJsonObject threads = node.value("reviewThreads"_L1).toObject();
    ThreadPage page = threadsFromGraphQl(threads.value("nodes"_L1).toArray());
    pr.reviewThreads = std::move(page.threads);
    pr.reviewThreadCount = std::max(threads.value("totalCount"_L1).toInt(), int(pr.reviewThreads.size()));
    out.cutComments = std::move(page.cutComments);
    // Cut comments are read again from the first thread on, with up to 100 comments each.
    out.moreThreads = hasNextPage(threads) || !out.cutComments.isEmpty();
    if (out.cutComments.isEmpty())
        out.threadsCursor = threads.value("pageInfo"_L1).toObject().value("endCursor"_L1).toString();
    return out;
}

bool PullRequestParser::isPullOf(const QString &url, const QString &owner, const QString &name, int number)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != "https"_L1 && u.scheme() != "http"_L1))
        return false;
    const QString tail = u"/%1/%2/pull/%3"_s.arg(owner, name).arg(number);
    return u.path().endsWith(tail, Qt::CaseInsensitive);
}

QList<FileChange> PullRequestParser::filesFromGraphQl(const QJsonArray &nodes, QStringList *refused)
{
    QList<FileChange> out;
    out.reserve(nodes.size());
    for (const QJsonValue &v : nodes) {
        const QJsonObject o = v.toObject();
        if (const QString why = badLineCounts(o); !why.isEmpty()) {
            if (refused)
                refused->append(u"%1: %2"_s.arg(o.value("path"_L1).toString().left(200), why));
            continue;
        }
        FileChange f;
        f.path = o.value("path"_L1).toString();
        f.additions = o.value("additions"_L1).toInt();
        f.deletions = o.value("deletions"_L1).toInt();
        f.status = FileChange::statusFromGraphQl(o.value("changeType"_L1).toString());
        out.append(f);
    }
    return out;
}

QList<Review> PullRequestParser::reviewsFromGraphQl(const QJsonArray &nodes)
{
    QList<Review> out;
    out.reserve(nodes.size());
    for (const QJsonValue &rv : nodes) {
        const QJsonObject r = rv.toObject();
        out.append({login(r.value("author"_L1)), Review::stateFromString(r.value("state"_L1).toString()),
            r.value("body"_L1).toString(), time(r.value("submittedAt"_L1)), isBot(r.value("author"_L1))});
    }
    return out;
}

PullRequestParser::ThreadPage PullRequestParser::threadsFromGraphQl(const QJsonArray &nodes)
{
    ThreadPage out;
    out.threads.reserve(nodes.size());
    for (const QJsonValue &tv : nodes) {
        const QJsonObject t = tv.toObject();
        out.threads.append(thread(t));
        const int shown = int(out.threads.constLast().comments.size());
        const int total = t.value("comments"_L1).toObject().value("totalCount"_L1).toInt();
        if (total > shown) {
            const ReviewThread &th = out.threads.constLast();
            out.cutComments.append(u"%1:%2 (%3 of %4 comments)"_s.arg(th.path,
                QString::number(th.line ? th.line : th.originalLine), QString::number(shown), QString::number(total)));
        }
    }
    return out;
}

QList<FileChange> PullRequestParser::filesFromRest(const QJsonArray &files, QStringList *refused)
{
    QList<FileChange> out;
    out.reserve(files.size());
    for (const QJsonValue &v : files) {
        const QJsonObject o = v.toObject();
        if (const QString why = badLineCounts(o); !why.isEmpty()) {
            if (refused)
                refused->append(u"%1: %2"_s.arg(o.value("filename"_L1).toString().left(200), why));
            continue;
        }
        out.append(gitHubFile(o));
    }
    return out;
}

QList<LedgerEntry> PullRequestParser::refusedFiles(int number, const QStringList &refused)
{
    QList<LedgerEntry> out;
    for (const QString &why : refused)
        out.append({LedgerEntry::Kind::Skipped, number, u"files"_s, u"file left out: %1"_s.arg(why)});
    return out;
}

QList<FileChange> PullRequestParser::mergePatches(const QList<FileChange> &known, const QList<FileChange> &rest)
{
    QHash<QString, qsizetype> byPath;
    for (qsizetype i = 0; i < rest.size(); ++i)
        byPath.insert(rest.at(i).path, i);
    QList<FileChange> out = known;
    QSet<QString> seen;
    for (FileChange &f : out) {
        seen.insert(f.path);
        const auto it = byPath.constFind(f.path);
        if (it == byPath.cend())
            continue;
        const FileChange &r = rest.at(*it);
        f.hasPatch = r.hasPatch;
        f.patch = r.patch;
        f.patchTruncated = r.patchTruncated;
        f.binary = f.binary || r.binary;
        if (f.previousPath.isEmpty())
            f.previousPath = r.previousPath;
    }
    for (const FileChange &r : rest) {
        if (!seen.contains(r.path))
            out.append(r);
    }
    return out;
}

} // namespace PrLens
