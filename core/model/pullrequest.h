// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PrLens {

class JsonWriter;

/// A label on a pull request, as the repository names it.
struct Label {
    QString name;
    QString color; ///< six hex digits, no '#'; may be empty
    friend bool operator==(const Label &, const Label &) = default;
};

/// One file of a pull request's diff.
struct FileChange {
    enum class Status { Added, Modified, Removed, Renamed, Copied, Changed, Unchanged };

    QString path; ///< new path (the old one for removals)
    QString previousPath; ///< set for renames and copies
    Status status = Status::Modified;
    int additions = 0;
    int deletions = 0;
    bool binary = false;
    bool hasPatch = false; ///< false when the patch is absent (binary, too large, or not loaded yet)
    bool patchTruncated = false; ///< the patch text was cut by the source
    QString patch; ///< unified diff text starting at the first "@@"

    int changes() const { return additions + deletions; }

    static Status statusFromRest(QStringView s); ///< "added", "modified", …
    static Status statusFromGraphQl(QStringView s); ///< "ADDED", "MODIFIED", …
    static QString statusToRest(Status s);
    friend bool operator==(const FileChange &, const FileChange &) = default;
};

/// How to ask a source again whether one page of a PR's file list changed: the page's URL and the validator the
/// source sent with it (GitHub: the ETag, sent back as If-None-Match; a 304 answer costs no rate limit).
struct PatchValidator {
    QString url;
    QString etag;
    friend bool operator==(const PatchValidator &, const PatchValidator &) = default;
};

/// A submitted review.
struct Review {
    enum class State { Approved, ChangesRequested, Commented, Dismissed, Pending };
    QString author;
    State state = State::Commented;
    QString body;
    QDateTime submittedAt;
    bool authorIsBot = false; ///< the source says the author is an app (GitHub: __typename Bot, REST user.type Bot)

    static State stateFromString(QStringView s); ///< "APPROVED", "CHANGES_REQUESTED", …
    static QString stateToString(State s);
    friend bool operator==(const Review &, const Review &) = default;
};

/// One comment in a review thread.
struct ReviewComment {
    QString author;
    QString body;
    QString path;
    int line = 0; ///< 0 when unknown (outdated)
    int originalLine = 0;
    QString diffHunk;
    QDateTime createdAt;
    bool isReply = false;

    /// The members GitHub's GraphQL answer and the stored JSON name alike (body, path, line, originalLine, diffHunk,
    /// createdAt); the author and isReply are stored differently, so the caller reads them.
    static ReviewComment fromJson(const QJsonObject &c);
    friend bool operator==(const ReviewComment &, const ReviewComment &) = default;
};

/// A review thread on a line of the diff, with its state at merge.
struct ReviewThread {
    bool isResolved = false;
    bool isOutdated = false;
    QString path;
    int line = 0;
    int originalLine = 0;
    QString diffSide; ///< "LEFT" or "RIGHT"
    QList<ReviewComment> comments;

    /// A thread of GitHub's GraphQL answer or of the stored JSON (they name its members alike); each of
    /// @p comments is read by @p comment.
    static ReviewThread fromJson(
        const QJsonObject &t, const QJsonArray &comments, ReviewComment (*comment)(const QJsonObject &));
    friend bool operator==(const ReviewThread &, const ReviewThread &) = default;
};

/// A merged pull request (or, from a git clone, a commit shown as a direct change).
struct PullRequest {
    int number = 0; ///< 0 for a direct commit
    QString title;
    QString body;
    QString url; ///< html URL, may be empty for git sources
    QString author; ///< login (or git author name)
    QDateTime createdAt;
    QDateTime readyForReviewAt; ///< when it left draft (the first time), invalid when it never was a draft or unknown
    QDateTime mergedAt;
    QString baseRef;
    QString mergeCommitSha;
    bool isDraft = false;
    bool isDirectCommit = false; ///< a commit on the branch with no PR number
    bool authorIsBot = false; ///< the source says the author is an app (GitHub: __typename Bot, REST user.type Bot)
    int additions = 0;
    int deletions = 0;
    int changedFiles = 0; ///< as the source reports it; files.size() may be smaller when truncated
    QList<Label> labels;
    QList<FileChange> files;
    QList<Review> reviews;
    QList<ReviewThread> reviewThreads;
    QStringList requestedReviewers;
    /// Reviews and review threads as the source counts them (GitHub's totalCount); reviews.size() and
    /// reviewThreads.size() are smaller when not every page could be read. 0 = as many as listed.
    int reviewCount = 0;
    int reviewThreadCount = 0;
    bool reviewDataKnown = true; ///< false when the source cannot know reviews (git, datasets)
    bool patchesLoaded = false; ///< every file that can have a patch has it
    QList<PatchValidator> patchValidators; ///< the pages the patches came from, to revalidate them (may be empty)

    bool filesTruncated() const { return changedFiles > files.size(); }
    bool reviewsIncomplete() const { return reviewCount > reviews.size(); }
    bool reviewThreadsIncomplete() const { return reviewThreadCount > reviewThreads.size(); }
    int size() const { return additions + deletions; }

    /// Reads a pull object in GitHub REST shape (with an optional "files" array in list-files shape).
    static PullRequest fromRestJson(const QJsonObject &o);
    /// Lossless round trip for the cache and the CLI's JSON output.
    void writeJson(JsonWriter &w) const;
    void writeMembers(JsonWriter &w) const; ///< the members only, inside an object the caller opened
    QJsonObject toJson() const;
    static PullRequest fromJson(const QJsonObject &o);

    friend bool operator==(const PullRequest &, const PullRequest &) = default;
};

FileChange fileChangeFromRestJson(const QJsonObject &o);
void writeFileChange(JsonWriter &w, const FileChange &f);
FileChange fileChangeFromJson(const QJsonObject &o);

} // namespace PrLens
