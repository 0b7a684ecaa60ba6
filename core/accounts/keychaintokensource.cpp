// SPDX-License-Identifier: MIT
#include "keychaintokensource.h"

#include "hostaccount.h"
#include "tokenstore.h"

namespace PrLens {

KeychainTokenSource::KeychainTokenSource(WeekSource *github, TokenSetter setToken, QObject *parent)
    : WeekSource(parent)
    , m_github(github)
    , m_setToken(std::move(setToken))
{
    m_github->setParent(this);
    connect(m_github, &WeekSource::progress, this, &WeekSource::progress);
    connect(m_github, &WeekSource::finished, this, &WeekSource::finished);
    connect(m_github, &WeekSource::patchesLoaded, this, &WeekSource::patchesLoaded);
    connect(m_github, &WeekSource::failed, this, &WeekSource::failed);
    connect(m_github, &WeekSource::weekPatchesLoaded, this, &WeekSource::weekPatchesLoaded);
    connect(m_github, &WeekSource::weekPatchesFinished, this, &WeekSource::weekPatchesFinished);
}

KeychainTokenSource::~KeychainTokenSource() = default;

void KeychainTokenSource::load(const RepoRef &repo, IsoWeek week, UtcOffset zone)
{
    const QString host = HostAccount::hostOrGitHubCom(repo.host);
    if (host.isEmpty()) {
        // Not a host name: no keychain entry is read, and the GitHub source refuses the repository.
        m_keychain.cancel();
        m_setToken({});
        m_github->load(repo, week, zone);
        return;
    }
    // Read again for every load: the user may have saved, replaced or removed the token in the settings.
    m_keychain.start();
    TokenStore::readToken(
        host, this, m_keychain.guard([this, repo, week, zone](const QString &token, const QString &notice) {
            m_keychain.finish();
            if (!notice.isEmpty() && notice != m_lastNotice) {
                m_lastNotice = notice;
                Q_EMIT this->notice(notice);
            }
            m_setToken(token);
            m_github->load(repo, week, zone);
        }));
}

void KeychainTokenSource::loadPatches(const RepoRef &repo, const PullRequest &pr)
{
    m_github->loadPatches(repo, pr); // the token of the last week load is set already
}

void KeychainTokenSource::loadWeekPatches(const RepoRef &repo, const QList<PullRequest> &pulls)
{
    m_github->loadWeekPatches(repo, pulls); // with the token of the week's load, like loadPatches()
}

void KeychainTokenSource::cancel()
{
    if (m_keychain.cancel()) {
        Q_EMIT failed(LoadError::cancelled());
        return;
    }
    m_github->cancel();
}

} // namespace PrLens
