// SPDX-License-Identifier: MIT
// The strict reading of repositories and hosts: what GitHub allows, nothing more (no user info, spaces or search
// qualifiers), with a reason when it fails.
#include "repospec.h"
#include "weekdata.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TestRepoSpec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addRow("plain") << u"vllm-project/vllm"_s << u"vllm-project/vllm"_s;
        QTest::addRow("dots, dashes, underscores in the name") << u"a-b/c.d_e-f"_s << u"a-b/c.d_e-f"_s;
        QTest::addRow("URL with .git") << u"https://github.com/vllm-project/vllm.git"_s << u"vllm-project/vllm"_s;
        QTest::addRow("URL with a slash") << u" https://GitHub.com/o/n/ "_s << u"o/n"_s;
        QTest::addRow("enterprise") << u"ghe.example.com/team/app"_s << u"ghe.example.com/team/app"_s;
        QTest::addRow("enterprise with port") << u"http://127.0.0.1:8080/o/n"_s << u"127.0.0.1:8080/o/n"_s;
        QTest::addRow("host with port, no scheme") << u"localhost:3000/o/n"_s << u"localhost:3000/o/n"_s;
        QTest::addRow("managed user owner") << u"octocat_acme/n"_s << u"octocat_acme/n"_s;
        QTest::addRow("longest owner") << QString(39, u'a') + u"/n"_s << QString(39, u'a') + u"/n"_s;
        QTest::addRow("longest name") << u"o/"_s + QString(100, u'b') << u"o/"_s + QString(100, u'b');
        QTest::addRow("name with dots") << u"o/..x"_s << u"o/..x"_s;
    }
    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QString why;
        const RepoRef r = RepoSpec::parse(text, &why);
        QVERIFY2(r.isValid(), qPrintable(why));
        QCOMPARE(r.key(), key);
        QCOMPARE(RepoRef::parseGitHub(text).key(), key);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("user info") << u"github.com@evil.example/o/n"_s << u"github.com@evil.example"_s;
        QTest::addRow("URL with user info") << u"https://github.com@evil.example/o/n"_s << u"@"_s;
        QTest::addRow("search qualifier") << u"o/n org:x"_s << u"n org:x"_s;
        QTest::addRow("qualifier in the owner") << u"o is:open/n"_s << u"o is:open"_s;
        QTest::addRow("dot in the owner") << u"o.x/n"_s << u"o.x"_s;
        QTest::addRow("owner too long") << QString(40, u'a') + u"/n"_s << u"owner"_s;
        QTest::addRow("name too long") << u"o/"_s + QString(101, u'b') << u"name"_s;
        QTest::addRow("dot") << u"o/."_s << u"“.”"_s;
        QTest::addRow("dot dot") << u"o/.."_s << u"“..”"_s;
        QTest::addRow("one part") << u"just-a-name"_s << u"OWNER/NAME"_s;
        QTest::addRow("four parts") << u"h.example/o/n/x"_s << u"OWNER/NAME"_s;
        QTest::addRow("URL without host") << u"https://o/n"_s << u"HOST"_s;
        QTest::addRow("other scheme") << u"ftp://h.example/o/n"_s << u"OWNER/NAME"_s;
        QTest::addRow("three parts without a host") << u"a/b/c"_s << u"“a”"_s;
        QTest::addRow("empty") << u"  "_s << u"empty"_s;
        QTest::addRow("non-ASCII owner") << u"ö/n"_s << u"ö"_s;
    }
    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString why;
        QVERIFY(!RepoSpec::parse(text, &why).isValid());
        QVERIFY2(why.contains(mentions), qPrintable(why));
        QVERIFY(!RepoRef::parseGitHub(text).isValid());
    }

    void refsBuiltDirectlyAreCheckedToo()
    {
        RepoRef r = RepoRef::parseGitHub(u"o/n"_s);
        QVERIFY(r.isValid());
        r.host = u"github.com@evil.example"_s;
        QVERIFY(!r.isValid());
        r.host = u"github.com"_s;
        r.name = u"n org:x"_s;
        QVERIFY(!r.isValid());
    }
};

QTEST_GUILESS_MAIN(TestRepoSpec)
#include "tst_repospec.moc"
