// SPDX-License-Identifier: MIT
#pragma once

#include "jobtracker.h"
#include "weeksource.h"

#include <functional>

namespace PrLens {

/// A WeekSource for the window: before each week load it reads the repository host's token from the system
/// keychain and hands it to the GitHub source it wraps (through @p setToken, GitHubSupport::tokenSetter()). Without a
/// keychain or a stored token it loads anonymously (public repositories) and says so once through notice().
class KeychainTokenSource : public WeekSource {
    Q_OBJECT
public:
    using TokenSetter = std::function<void(const QString &token)>;
    /// Takes ownership of @p github (re-parented to this); @p setToken sets its token before its next load.
    KeychainTokenSource(WeekSource *github, TokenSetter setToken, QObject *parent = nullptr);
    ~KeychainTokenSource() override;

    WeekSource *github() const { return m_github; }

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override;
    void loadPatches(const RepoRef &repo, const PullRequest &pr) override;
    void loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls) override;
    void cancel() override;

private:
    WeekSource *m_github;
    TokenSetter m_setToken;
    JobTracker m_keychain {this}; ///< the keychain read before a load: a newer load or a cancel drops its answer
    QString m_lastNotice;
};

} // namespace PrLens
