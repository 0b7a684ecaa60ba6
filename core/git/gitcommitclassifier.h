// SPDX-License-Identifier: MIT
#pragma once

#include "gitlogparser.h"
#include "pullrequest.h"

#include <QString>

namespace PrLens {

/// Recognises pull requests among a branch's commits: squash merges ending in "(#N)" and merge commits
/// "Merge pull request #N from …"; every other commit is a direct change.
namespace GitCommitClassifier {

/// What a commit message says about the pull request it lands.
struct PullIdentity {
    int number = 0; ///< 0 for a direct change
    bool isMergeCommit = false;
    QString title;
    QString body;
};

PullIdentity identify(const QString &message);

/// The GitHub login in a users.noreply.github.com address, else the author name.
QString authorLogin(const QString &name, const QString &email);

/// "https://HOST/OWNER/NAME" for a GitHub remote (https, ssh or scp-like form), empty otherwise.
QString webBaseFromRemote(const QString &remoteUrl);

/// Context of the branch a week is read from.
struct BranchContext {
    QString webBase; ///< from webBaseFromRemote(); empty when unknown
    QString baseRef; ///< branch name, e.g. "main"
};

/// Builds the pull request (or direct change, number 0) for one commit. For merge commits pass the author of
/// the second parent (the pull request's author) in @p prAuthorName / @p prAuthorEmail when known.
PullRequest toPullRequest(const GitCommit &commit, const BranchContext &context, const QString &prAuthorName = {},
    const QString &prAuthorEmail = {});

} // namespace GitCommitClassifier
} // namespace PrLens
