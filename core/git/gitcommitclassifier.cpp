// SPDX-License-Identifier: MIT
#include "gitcommitclassifier.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PrLens::GitCommitClassifier {

namespace {

// Splits a message into its first line and the rest, both trimmed.
std::pair<QString, QString> splitFirstLine(QStringView text)
{
    const QStringView t = text.trimmed();
    const qsizetype nl = t.indexOf(u'\n');
    if (nl < 0)
        return {t.toString(), QString()};
    return {t.first(nl).trimmed().toString(), t.sliced(nl + 1).trimmed().toString()};
}

} // namespace

PullIdentity identify(const QString &message)
{
    const auto [subject, rest] = splitFirstLine(message);
    PullIdentity id;
    static const QRegularExpression mergeRe(u"^Merge pull request #(\\d+) from (\\S+)"_s);
    static const QRegularExpression squashRe(u"^(.*?)\\s*\\(#(\\d+)\\)$"_s);
    if (const auto m = mergeRe.match(subject); m.hasMatch()) {
        id.number = m.captured(1).toInt();
        id.isMergeCommit = true;
        const auto [title, body] = splitFirstLine(rest);
        id.title = title.isEmpty() ? m.captured(2) : title;
        id.body = body;
        return id;
    }
    if (const auto m = squashRe.match(subject); m.hasMatch() && !m.captured(1).isEmpty()) {
        id.number = m.captured(2).toInt();
        id.title = m.captured(1);
        id.body = rest;
        return id;
    }
    id.title = subject;
    id.body = rest;
    return id;
}

QString authorLogin(const QString &name, const QString &email)
{
    static const QRegularExpression noreply(
        u"^(?:\\d+\\+)?([^@+]+)@users\\.noreply\\.github\\.com$"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto m = noreply.match(email); m.hasMatch())
        return m.captured(1);
    return name;
}

QString webBaseFromRemote(const QString &remoteUrl)
{
    const QString url = remoteUrl.trimmed();
    // https://github.com/o/r(.git), ssh://git@github.com[:22]/o/r(.git), git@github.com:o/r(.git)
    static const QRegularExpression withScheme(
        u"^(?:https?|ssh|git)://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/([^/]+)/([^/]+?)(?:\\.git)?/?$"_s);
    static const QRegularExpression scpLike(u"^(?:[^@/]+@)?([^/:]+):([^/]+)/([^/]+?)(?:\\.git)?/?$"_s);
    QRegularExpressionMatch m = withScheme.match(url);
    if (!m.hasMatch())
        m = scpLike.match(url);
    if (!m.hasMatch())
        return {};
    const QString host = m.captured(1).toLower();
    if (host != u"github.com" && !host.startsWith(u"github."_s))
        return {};
    return u"https://%1/%2/%3"_s.arg(host, m.captured(2), m.captured(3));
}

PullRequest toPullRequest(
    const GitCommit &commit, const BranchContext &context, const QString &prAuthorName, const QString &prAuthorEmail)
{
    const PullIdentity id = identify(commit.message);
    PullRequest pr;
    pr.number = id.number;
    pr.isDirectCommit = id.number == 0;
    pr.title = id.title;
    pr.body = id.body;
    const bool useSecondParent = id.isMergeCommit && !prAuthorName.isEmpty();
    pr.author = useSecondParent ? authorLogin(prAuthorName, prAuthorEmail)
                                : authorLogin(commit.authorName, commit.authorEmail);
    pr.mergedAt = QDateTime::fromSecsSinceEpoch(commit.committerTime, QTimeZone::UTC);
    pr.baseRef = context.baseRef;
    pr.mergeCommitSha = commit.sha;
    if (!context.webBase.isEmpty()) {
        pr.url = pr.isDirectCommit ? u"%1/commit/%2"_s.arg(context.webBase, commit.sha)
                                   : u"%1/pull/%2"_s.arg(context.webBase).arg(pr.number);
    }
    pr.files = commit.files;
    for (const FileChange &f : std::as_const(pr.files)) {
        pr.additions += f.additions;
        pr.deletions += f.deletions;
    }
    pr.changedFiles = int(pr.files.size());
    pr.reviewDataKnown = false;
    return pr;
}

} // namespace PrLens::GitCommitClassifier
