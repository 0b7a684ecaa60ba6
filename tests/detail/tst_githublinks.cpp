// SPDX-License-Identifier: MIT
#include "githublinks.h"
#include "weekdata.h"

#include <QCryptographicHash>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestGitHubLinks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pullRequest_data()
    {
        QTest::addColumn<RepoRef>("repo");
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        QTest::addRow("github.com") << RepoRef::parseGitHub(u"octo/hello"_s) << 7
                                    << u"https://github.com/octo/hello/pull/7"_s;
        QTest::addRow("enterprise host") << RepoRef::parseGitHub(u"ghe.example.com/team/tool"_s) << 42
                                         << u"https://ghe.example.com/team/tool/pull/42"_s;
        QTest::addRow("local clone") << RepoRef::localGit(u"/tmp/repo"_s) << 7 << QString();
        QTest::addRow("direct commit") << RepoRef::parseGitHub(u"octo/hello"_s) << 0 << QString();
    }
    void pullRequest()
    {
        QFETCH(RepoRef, repo);
        QFETCH(int, number);
        QFETCH(QString, expected);
        const QUrl url = GitHubLinks::pullRequest(repo, number);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(GitHubLinks::isWebUrl(url), !expected.isEmpty());
    }

    void fileAnchorIsPathHash()
    {
        const QString path = u"src/a b/<evil>.py"_s;
        const QUrl url = GitHubLinks::file(RepoRef::parseGitHub(u"octo/hello"_s), 7, path);
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.path(), u"/octo/hello/pull/7/files"_s);
        QCOMPARE(url.fragment(),
            u"diff-"_s
                + QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(GitHubLinks::file(RepoRef::localGit(u"/tmp/r"_s), 7, path).isEmpty());
    }

    void rejectsOtherSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("web");
        QTest::addRow("https") << u"https://github.com/a/b"_s << true;
        QTest::addRow("http") << u"http://127.0.0.1:8080/a/b"_s << true;
        QTest::addRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::addRow("file") << u"file:///etc/passwd"_s << false;
        QTest::addRow("relative") << u"a/b"_s << false;
    }
    void rejectsOtherSchemes()
    {
        QFETCH(QString, url);
        QFETCH(bool, web);
        QCOMPARE(GitHubLinks::isWebUrl(QUrl(url)), web);
    }
};

QTEST_GUILESS_MAIN(TestGitHubLinks)
#include "tst_githublinks.moc"
