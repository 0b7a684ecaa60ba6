// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

namespace PrLens {

struct RepoRef;

/// Web addresses on GitHub built only from the repository reference (never from text a PR carries).
/// Each returns an empty QUrl when there is no http(s) address to open (e.g. local clones).
class GitHubLinks {
public:
    static QUrl pullRequest(const RepoRef &repo, int number);
    /// The file in the PR's "Files changed" view (GitHub anchors files by the SHA-256 of their path).
    static QUrl file(const RepoRef &repo, int number, const QString &path);
    /// True for an absolute http or https URL with a host.
    static bool isWebUrl(const QUrl &url);
};

} // namespace PrLens
