// SPDX-License-Identifier: MIT
#include "pullrequest.h"

#include "enumnames.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QDateTime parseTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

template<typename T, typename F> QList<T> fromArray(const QJsonValue &v, F &&f)
{
    QList<T> out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &x : a)
        out.append(f(x.toObject()));
    return out;
}

} // namespace

namespace {

using Status = FileChange::Status;

constexpr EnumName<Status> kRestStatuses[] = {
    {Status::Added, u"added"},
    {Status::Modified, u"modified"},
    {Status::Removed, u"removed"},
    {Status::Renamed, u"renamed"},
    {Status::Copied, u"copied"},
    {Status::Changed, u"changed"},
    {Status::Unchanged, u"unchanged"},
};

constexpr EnumName<Status> kGraphQlStatuses[] = {
    {Status::Added, u"ADDED"},
    {Status::Modified, u"MODIFIED"},
    {Status::Removed, u"DELETED"},
    {Status::Renamed, u"RENAMED"},
    {Status::Copied, u"COPIED"},
    {Status::Changed, u"CHANGED"},
};

constexpr EnumName<Review::State> kReviewStates[] = {
    {Review::State::Approved, u"APPROVED"},
    {Review::State::ChangesRequested, u"CHANGES_REQUESTED"},
    {Review::State::Commented, u"COMMENTED"},
    {Review::State::Dismissed, u"DISMISSED"},
    {Review::State::Pending, u"PENDING"},
};

} // namespace

FileChange::Status FileChange::statusFromRest(QStringView s)
{
    return enumFromName(kRestStatuses, s).value_or(Status::Modified);
}

FileChange::Status FileChange::statusFromGraphQl(QStringView s)
{
    return enumFromName(kGraphQlStatuses, s).value_or(Status::Modified);
}

QString FileChange::statusToRest(Status s)
{
    return enumName(kRestStatuses, s);
}

Review::State Review::stateFromString(QStringView s)
{
    return enumFromName(kReviewStates, s).value_or(State::Commented);
}

QString Review::stateToString(State s)
{
    return enumName(kReviewStates, s);
}

ReviewComment ReviewComment::fromJson(const QJsonObject &c)
{
    ReviewComment rc;
    rc.body = c.value("body"_L1).toString();
    rc.path = c.value("path"_L1).toString();
    rc.line = c.value("line"_L1).toInt();
    rc.originalLine = c.value("originalLine"_L1).toInt();
    rc.diffHunk = c.value("diffHunk"_L1).toString();
    rc.createdAt = parseTime(c.value("createdAt"_L1));
    return rc;
}

ReviewThread ReviewThread::fromJson(
    const QJsonObject &t, const QJsonArray &comments, ReviewComment (*comment)(const QJsonObject &))
{
    ReviewThread th;
    th.isResolved = t.value("isResolved"_L1).toBool();
    th.isOutdated = t.value("isOutdated"_L1).toBool();
    th.path = t.value("path"_L1).toString();
    th.line = t.value("line"_L1).toInt();
    th.originalLine = t.value("originalLine"_L1).toInt();
    th.diffSide = t.value("diffSide"_L1).toString();
    th.comments.reserve(comments.size());
    for (const QJsonValue &c : comments)
        th.comments.append(comment(c.toObject()));
    return th;
}

FileChange fileChangeFromRestJson(const QJsonObject &o)
{
    FileChange f;
    f.path = o.value("filename"_L1).toString();
    f.previousPath = o.value("previous_filename"_L1).toString();
    f.status = FileChange::statusFromRest(o.value("status"_L1).toString());
    f.additions = o.value("additions"_L1).toInt();
    f.deletions = o.value("deletions"_L1).toInt();
    f.hasPatch = o.contains("patch"_L1) && o.value("patch"_L1).isString();
    f.patch = o.value("patch"_L1).toString();
    f.binary = o.value("binary"_L1).toBool(false);
    f.patchTruncated = o.value("patch_truncated"_L1).toBool(false);
    return f;
}

void writeFileChange(JsonWriter &w, const FileChange &f)
{
    w.beginObject();
    w.member("path"_L1, f.path);
    w.member("status"_L1, FileChange::statusToRest(f.status));
    w.member("additions"_L1, f.additions);
    w.member("deletions"_L1, f.deletions);
    if (!f.previousPath.isEmpty())
        w.member("previousPath"_L1, f.previousPath);
    if (f.binary)
        w.member("binary"_L1, true);
    if (f.hasPatch)
        w.member("patch"_L1, f.patch);
    if (f.patchTruncated)
        w.member("patchTruncated"_L1, true);
    w.endObject();
}

FileChange fileChangeFromJson(const QJsonObject &o)
{
    FileChange f;
    f.path = o.value("path"_L1).toString();
    f.previousPath = o.value("previousPath"_L1).toString();
    f.status = FileChange::statusFromRest(o.value("status"_L1).toString());
    f.additions = o.value("additions"_L1).toInt();
    f.deletions = o.value("deletions"_L1).toInt();
    f.binary = o.value("binary"_L1).toBool();
    f.hasPatch = o.contains("patch"_L1);
    f.patch = o.value("patch"_L1).toString();
    f.patchTruncated = o.value("patchTruncated"_L1).toBool();
    return f;
}

PullRequest PullRequest::fromRestJson(const QJsonObject &o)
{
    PullRequest pr;
    pr.number = o.value("number"_L1).toInt();
    pr.title = o.value("title"_L1).toString();
    pr.body = o.value("body"_L1).toString();
    pr.url = o.value("html_url"_L1).toString();
    pr.author = o.value("user"_L1).toObject().value("login"_L1).toString();
    pr.authorIsBot = o.value("user"_L1).toObject().value("type"_L1).toString() == "Bot"_L1;
    pr.createdAt = parseTime(o.value("created_at"_L1));
    pr.readyForReviewAt = parseTime(o.value("ready_for_review_at"_L1)); // a dataset key; REST has no such field
    pr.mergedAt = parseTime(o.value("merged_at"_L1));
    pr.baseRef = o.value("base"_L1).toObject().value("ref"_L1).toString();
    pr.mergeCommitSha = o.value("merge_commit_sha"_L1).toString();
    pr.isDraft = o.value("draft"_L1).toBool();
    pr.labels = fromArray<Label>(o.value("labels"_L1),
        [](const QJsonObject &l) { return Label {l.value("name"_L1).toString(), l.value("color"_L1).toString()}; });
    pr.files = fromArray<FileChange>(o.value("files"_L1), fileChangeFromRestJson);
    pr.additions = o.value("additions"_L1).toInt();
    pr.deletions = o.value("deletions"_L1).toInt();
    pr.changedFiles = o.contains("changed_files"_L1) ? o.value("changed_files"_L1).toInt() : pr.files.size();
    const QJsonArray reviewers = o.value("requested_reviewers"_L1).toArray();
    for (const QJsonValue &r : reviewers)
        pr.requestedReviewers.append(r.toObject().value("login"_L1).toString());
    // Pull objects carry no reviews: REST needs separate calls and git history has none.
    pr.reviewDataKnown = false;
    pr.patchesLoaded = o.contains("files"_L1);
    return pr;
}

void PullRequest::writeMembers(JsonWriter &w) const
{
    w.member("number"_L1, number);
    w.member("title"_L1, title);
    w.member("body"_L1, body);
    w.member("url"_L1, url);
    w.member("author"_L1, author);
    w.member("createdAt"_L1, createdAt);
    if (readyForReviewAt.isValid())
        w.member("readyForReviewAt"_L1, readyForReviewAt);
    if (authorIsBot)
        w.member("authorIsBot"_L1, true);
    w.member("mergedAt"_L1, mergedAt);
    w.member("baseRef"_L1, baseRef);
    w.member("mergeCommitSha"_L1, mergeCommitSha);
    w.member("isDraft"_L1, isDraft);
    w.member("isDirectCommit"_L1, isDirectCommit);
    w.member("additions"_L1, additions);
    w.member("deletions"_L1, deletions);
    w.member("changedFiles"_L1, changedFiles);
    w.member("reviewDataKnown"_L1, reviewDataKnown);
    if (reviewCount > 0)
        w.member("reviewCount"_L1, reviewCount);
    if (reviewThreadCount > 0)
        w.member("reviewThreadCount"_L1, reviewThreadCount);
    w.member("patchesLoaded"_L1, patchesLoaded);
    if (!patchValidators.isEmpty()) {
        w.key("patchValidators"_L1);
        w.array(patchValidators, [&w](const PatchValidator &v) {
            w.beginObject();
            w.member("url"_L1, v.url);
            w.member("etag"_L1, v.etag);
            w.endObject();
        });
    }
    w.member("requestedReviewers"_L1, requestedReviewers);
    w.key("labels"_L1);
    w.array(labels, [&w](const Label &l) {
        w.beginObject();
        w.member("name"_L1, l.name);
        w.member("color"_L1, l.color);
        w.endObject();
    });
    w.key("files"_L1);
    w.array(files, [&w](const FileChange &f) { writeFileChange(w, f); });
    w.key("reviews"_L1);
    w.array(reviews, [&w](const Review &r) {
        w.beginObject();
        w.member("author"_L1, r.author);
        w.member("state"_L1, Review::stateToString(r.state));
        w.member("body"_L1, r.body);
        w.member("submittedAt"_L1, r.submittedAt);
        if (r.authorIsBot)
            w.member("authorIsBot"_L1, true);
        w.endObject();
    });
    w.key("reviewThreads"_L1);
    w.array(reviewThreads, [&w](const ReviewThread &t) {
        w.beginObject();
        w.member("isResolved"_L1, t.isResolved);
        w.member("isOutdated"_L1, t.isOutdated);
        w.member("path"_L1, t.path);
        w.member("line"_L1, t.line);
        w.member("originalLine"_L1, t.originalLine);
        w.member("diffSide"_L1, t.diffSide);
        w.key("comments"_L1);
        w.array(t.comments, [&w](const ReviewComment &c) {
            w.beginObject();
            w.member("author"_L1, c.author);
            w.member("body"_L1, c.body);
            w.member("path"_L1, c.path);
            w.member("line"_L1, c.line);
            w.member("originalLine"_L1, c.originalLine);
            w.member("diffHunk"_L1, c.diffHunk);
            w.member("createdAt"_L1, c.createdAt);
            w.member("isReply"_L1, c.isReply);
            w.endObject();
        });
        w.endObject();
    });
}

void PullRequest::writeJson(JsonWriter &w) const
{
    w.beginObject();
    writeMembers(w);
    w.endObject();
}

QJsonObject PullRequest::toJson() const
{
    JsonWriter w;
    writeJson(w);
    return QJsonDocument::fromJson(w.bytes()).object();
}

PullRequest PullRequest::fromJson(const QJsonObject &o)
{
    PullRequest pr;
    pr.number = o.value("number"_L1).toInt();
    pr.title = o.value("title"_L1).toString();
    pr.body = o.value("body"_L1).toString();
    pr.url = o.value("url"_L1).toString();
    pr.author = o.value("author"_L1).toString();
    pr.createdAt = parseTime(o.value("createdAt"_L1));
    pr.readyForReviewAt = parseTime(o.value("readyForReviewAt"_L1));
    pr.authorIsBot = o.value("authorIsBot"_L1).toBool();
    pr.mergedAt = parseTime(o.value("mergedAt"_L1));
    pr.baseRef = o.value("baseRef"_L1).toString();
    pr.mergeCommitSha = o.value("mergeCommitSha"_L1).toString();
    pr.isDraft = o.value("isDraft"_L1).toBool();
    pr.isDirectCommit = o.value("isDirectCommit"_L1).toBool();
    pr.additions = o.value("additions"_L1).toInt();
    pr.deletions = o.value("deletions"_L1).toInt();
    pr.changedFiles = o.value("changedFiles"_L1).toInt();
    pr.reviewDataKnown = o.value("reviewDataKnown"_L1).toBool(true);
    pr.reviewCount = o.value("reviewCount"_L1).toInt();
    pr.reviewThreadCount = o.value("reviewThreadCount"_L1).toInt();
    pr.patchesLoaded = o.value("patchesLoaded"_L1).toBool();
    pr.patchValidators = fromArray<PatchValidator>(o.value("patchValidators"_L1), [](const QJsonObject &v) {
        return PatchValidator {v.value("url"_L1).toString(), v.value("etag"_L1).toString()};
    });
    const QJsonArray reviewers = o.value("requestedReviewers"_L1).toArray();
    for (const QJsonValue &r : reviewers)
        pr.requestedReviewers.append(r.toString());
    pr.labels = fromArray<Label>(o.value("labels"_L1),
        [](const QJsonObject &l) { return Label {l.value("name"_L1).toString(), l.value("color"_L1).toString()}; });
    pr.files = fromArray<FileChange>(o.value("files"_L1), fileChangeFromJson);
    pr.reviews = fromArray<Review>(o.value("reviews"_L1), [](const QJsonObject &r) {
        return Review {r.value("author"_L1).toString(), Review::stateFromString(r.value("state"_L1).toString()),
            r.value("body"_L1).toString(), parseTime(r.value("submittedAt"_L1)), r.value("authorIsBot"_L1).toBool()};
    });
    pr.reviewThreads = fromArray<ReviewThread>(o.value("reviewThreads"_L1), [](const QJsonObject &t) {
        return ReviewThread::fromJson(t, t.value("comments"_L1).toArray(), [](const QJsonObject &c) {
            ReviewComment rc = ReviewComment::fromJson(c);
            rc.author = c.value("author"_L1).toString();
            rc.isReply = c.value("isReply"_L1).toBool();
            return rc;
        });
    });
    return pr;
}

} // namespace PrLens
