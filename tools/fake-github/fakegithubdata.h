// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PrLens {

/// One pull request as the fake server keeps it: the REST object and its lists, apart.
struct FakePull {
    int number = 0;
    QDateTime mergedAt; ///< UTC; invalid when not merged
    QJsonObject pull; ///< REST pull object without "files", "reviews", "review_threads"
    QJsonArray files; ///< list-files shape, in dataset order
    QJsonArray reviews; ///< optional REST review objects (tests provide them)
    QJsonArray threads; ///< optional review threads (tests provide them)
};

/// One repository: its pull requests, newest merge first.
struct FakeRepo {
    QString owner;
    QString name;
    qint64 id = 0; ///< stable numeric id, used in /repositories/{id}/… links
    QList<FakePull> pulls;
    QHash<int, qsizetype> indexByNumber;

    const FakePull *pull(int number) const;
    QString fullName() const { return owner + u'/' + name; }
};

/// The repositories a fake server answers from, loaded from dataset folders or given by tests.
class FakeGitHubData {
public:
    /// Loads DIR/pulls.json (or pulls.json.gz) and DIR/boundary_extra_pulls_*.json; the repository comes from the
    /// parent folder's name "owner__repo".
    bool addDataset(const QString &dir, QString *error);
    void addPulls(const QString &owner, const QString &repo, const QJsonArray &pulls);

    const FakeRepo *repo(QStringView owner, QStringView name) const; ///< case-insensitive, like GitHub
    const FakeRepo *repoById(qint64 id) const;
    int repositoryCount() const { return int(m_repos.size()); }

private:
    QHash<QString, FakeRepo> m_repos; ///< key: lower-case "owner/name"
};

/// Reads a whole file, inflating it when it is gzip-compressed; false and *error on failure.
bool readMaybeGzip(const QString &path, QByteArray *out, QString *error);

} // namespace PrLens
