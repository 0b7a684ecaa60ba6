// SPDX-License-Identifier: MIT
#include "githublinks.h"

#include "weekdata.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace PrLens {

bool GitHubLinks::isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == "https"_L1 || url.scheme() == "http"_L1);
}

QUrl GitHubLinks::pullRequest(const RepoRef &repo, int number)
{
    if (repo.kind != RepoRef::Kind::GitHub || !repo.isValid())
        return {};
    const QUrl url(repo.pullUrl(number), QUrl::StrictMode);
    return isWebUrl(url) ? url : QUrl();
}

QUrl GitHubLinks::file(const RepoRef &repo, int number, const QString &path)
{
    QUrl url = pullRequest(repo, number);
    if (url.isEmpty() || path.isEmpty())
        return {};
    url.setPath(url.path() + u"/files"_s);
    url.setFragment(
        u"diff-"_s + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex()));
    return url;
}

} // namespace PrLens
