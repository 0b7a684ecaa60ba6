// SPDX-License-Identifier: MIT
#pragma once

#include "jobtracker.h"
#include "weeksource.h"

namespace PrLens {

class GitHubSource;

/// A WeekSource for the window: before each week load it reads the repository host's token from the system
/// keychain and hands it to the GitHub source it wraps. Without a keychain or a stored token it loads
/// anonymously (public repositories) and says so once through notice().
class KeychainTokenSource : public WeekSource {
    Q_OBJECT
public:
    /// Takes ownership of @p github (re-parented to this).
    explicit KeychainTokenSource(GitHubSource *github, QObject *parent = nullptr);
    ~KeychainTokenSource() override;

    GitHubSource *github() const { return m_github; }

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    void cancel() override;

private:
    GitHubSource *m_github;
    JobTracker m_keychain{this}; ///< the keychain read before a load: a newer load or a cancel drops its answer
    QString m_lastNotice;
};

} // namespace PrLens
