// SPDX-License-Identifier: MIT
// Shared by the fake GitHub server tests: a plain QNetworkAccessManager client and synthetic pull requests.
#pragma once

#include "fakegithubserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace FakeGitHubTest {

struct Http {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

inline QString datasetDir(const QString &repoFolder, const QString &week)
{
    return QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/"_s + repoFolder + u'/' + week;
}

inline QString referenceQuery(const QString &file)
{
    QFile f(QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/"_s + file);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

inline QJsonObject makePull(int number, const QString &mergedAt, int fileCount = 1)
{
    QJsonArray files;
    for (int i = 0; i < fileCount; ++i) {
        files.append(QJsonObject {{"sha"_L1, u"%1"_s.arg(i, 40, 10, QChar(u'0'))},
            {"filename"_L1, u"src/file%1.cpp"_s.arg(i, 4, 10, QChar(u'0'))},
            {"status"_L1, i % 7 == 3 ? "added"_L1 : "modified"_L1}, {"additions"_L1, i + 1}, {"deletions"_L1, 1},
            {"changes"_L1, i + 2}, {"patch"_L1, u"@@ -1 +1 @@\n-a\n+b%1\n"_s.arg(i)}});
    }
    return {{"number"_L1, number}, {"title"_L1, u"[Core] Change %1"_s.arg(number)}, {"state"_L1, "closed"_L1},
        {"user"_L1, QJsonObject {{"login"_L1, u"dev%1"_s.arg(number % 5)}}},
        {"created_at"_L1, "2026-03-01T00:00:00Z"_L1}, {"merged_at"_L1, mergedAt}, {"body"_L1, QJsonValue::Null},
        {"labels"_L1, QJsonArray {QJsonObject {{"name"_L1, "bug"_L1}, {"color"_L1, "d73a4a"_L1}}}},
        {"base"_L1, QJsonObject {{"ref"_L1, "main"_L1}}},
        {"html_url"_L1, u"https://github.com/acme/widgets/pull/%1"_s.arg(number)}, {"additions"_L1, 10},
        {"deletions"_L1, 2}, {"changed_files"_L1, fileCount}, {"files"_L1, files}};
}

inline QStringList linkRels(const QByteArray &link)
{
    QStringList rels;
    static const QRegularExpression re(u"rel=\"(\\w+)\""_s);
    for (auto it = re.globalMatch(QString::fromLatin1(link)); it.hasNext();)
        rels << it.next().captured(1);
    return rels;
}

inline QUrl linkFor(const QByteArray &link, const QString &rel)
{
    static const QRegularExpression re(u"<([^>]+)>; rel=\"(\\w+)\""_s);
    for (auto it = re.globalMatch(QString::fromLatin1(link)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2) == rel)
            return QUrl(m.captured(1));
    }
    return {};
}

} // namespace FakeGitHubTest

/// Base of the fake GitHub server tests: sends requests and waits for the answers.
class FakeGitHubTestCase : public QObject {
protected:
    QNetworkAccessManager m_nam;
    QString m_searchQuery = FakeGitHubTest::referenceQuery(u"merged-prs-week.graphql"_s);
    QString m_filesQuery = FakeGitHubTest::referenceQuery(u"pr-files-page.graphql"_s);

    FakeGitHubTest::Http send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
        const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        // GitHub refuses requests without a User-Agent; a test that means to send none passes an empty one.
        req.setRawHeader("User-Agent", "prlens-fake-github-tests");
        for (const auto &[name, value] : headers)
            req.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        FakeGitHubTest::Http h;
        h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        h.body = reply->readAll();
        h.error = reply->error();
        const auto pairs = reply->rawHeaderPairs();
        for (const auto &[name, value] : pairs)
            h.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return h;
    }

    FakeGitHubTest::Http get(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", url, {}, headers);
    }

    /// A GraphQL request with a token (GitHub's GraphQL API answers only signed-in requests).
    FakeGitHubTest::Http graphQl(const QUrl &url, const QString &query, const QJsonObject &variables,
        const QList<std::pair<QByteArray, QByteArray>> &headers = {{"Authorization", "Bearer test-token"}})
    {
        return send("POST", url, QJsonDocument(QJsonObject {{"query"_L1, query}, {"variables"_L1, variables}}).toJson(),
            headers);
    }

    static QUrl at(const PrLens::FakeGitHubServer &s, const QString &pathAndQuery)
    {
        return QUrl(s.baseUrl().toString() + pathAndQuery);
    }

    QJsonObject searchVars(const QString &q, int first, const QJsonValue &after = QJsonValue::Null)
    {
        return {{"q"_L1, q}, {"first"_L1, first}, {"after"_L1, after}};
    }
};
