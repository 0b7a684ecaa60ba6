// SPDX-License-Identifier: MIT
#include "gitcommitclassifier.h"
#include "gitlogparser.h"
#include "gitpatchsplitter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestGitParsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void identify_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("merge");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::addRow("squash") << u"[Feature] Add X (#123)\n\n* one\n* two\n"_s << 123 << false << u"[Feature] Add X"_s
                                << u"* one\n* two"_s;
        QTest::addRow("squash with trailing spaces") << u"fix: y (#7)  \n"_s << 7 << false << u"fix: y"_s << QString();
        QTest::addRow("revert of a squash keeps the outer number")
            << u"Revert \"Add X (#12)\" (#15)\n\nThis reverts commit abc."_s << 15 << false
            << u"Revert \"Add X (#12)\""_s << u"This reverts commit abc."_s;
        QTest::addRow("number inside the subject is not a PR")
            << u"Fix (#12) crash\n"_s << 0 << false << u"Fix (#12) crash"_s << QString();
        QTest::addRow("merge commit") << u"Merge pull request #42 from octo/feature\n\nAdd feature\n\nDetails\nhere\n"_s
                                      << 42 << true << u"Add feature"_s << u"Details\nhere"_s;
        QTest::addRow("merge commit without body")
            << u"Merge pull request #43 from octo/fix-it\n"_s << 43 << true << u"octo/fix-it"_s << QString();
        QTest::addRow("plain merge of a branch")
            << u"Merge branch 'dev'\n"_s << 0 << false << u"Merge branch 'dev'"_s << QString();
        QTest::addRow("direct commit") << u"Update setup.py\n\nbody"_s << 0 << false << u"Update setup.py"_s
                                       << u"body"_s;
        QTest::addRow("subject that is only a number") << u"(#5)"_s << 0 << false << u"(#5)"_s << QString();
    }
    void identify()
    {
        QFETCH(QString, message);
        QFETCH(int, number);
        QFETCH(bool, merge);
        QFETCH(QString, title);
        QFETCH(QString, body);
        const auto id = GitCommitClassifier::identify(message);
        QCOMPARE(id.number, number);
        QCOMPARE(id.isMergeCommit, merge);
        QCOMPARE(id.title, title);
        QCOMPARE(id.body, body);
    }

    void webBase_data()
    {
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("web");
        QTest::addRow("https") << u"https://github.com/acme/widgets.git"_s << u"https://github.com/acme/widgets"_s;
        QTest::addRow("https without .git")
            << u"https://github.com/acme/widgets"_s << u"https://github.com/acme/widgets"_s;
        QTest::addRow("https with user") << u"https://bot@github.com/acme/widgets.git"_s
                                         << u"https://github.com/acme/widgets"_s;
        QTest::addRow("scp-like ssh") << u"git@github.com:acme/widgets.git\n"_s << u"https://github.com/acme/widgets"_s;
        QTest::addRow("ssh url with port")
            << u"ssh://git@github.com:22/acme/widgets.git"_s << u"https://github.com/acme/widgets"_s;
        QTest::addRow("enterprise host") << u"git@github.example.com:team/app.git"_s
                                         << u"https://github.example.com/team/app"_s;
        QTest::addRow("dotted repository name")
            << u"https://github.com/acme/widgets.js.git"_s << u"https://github.com/acme/widgets.js"_s;
        QTest::addRow("other host") << u"https://gitlab.com/acme/widgets.git"_s << QString();
        QTest::addRow("local path") << u"/srv/git/widgets.git"_s << QString();
        QTest::addRow("file url") << u"file:///srv/git/widgets.git"_s << QString();
    }
    void webBase()
    {
        QFETCH(QString, remote);
        QFETCH(QString, web);
        QCOMPARE(GitCommitClassifier::webBaseFromRemote(remote), web);
    }

    void authorLogin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("login");
        QTest::addRow("numbered noreply") << u"Alice A."_s << u"12345+alice@users.noreply.github.com"_s << u"alice"_s;
        QTest::addRow("old noreply") << u"Bob"_s << u"bob-b@users.noreply.github.com"_s << u"bob-b"_s;
        QTest::addRow("ordinary address") << u"Carol C."_s << u"carol@example.com"_s << u"Carol C."_s;
    }
    void authorLogin()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, login);
        QCOMPARE(GitCommitClassifier::authorLogin(name, email), login);
    }

    void parseLog()
    {
        // Shape of `git log -z --raw --numstat --format=%x1e…` output: an empty commit, renames, binaries,
        // a path with a tab, and a message holding a stray record separator.
        QByteArray out;
        out += "\x1e"
               "aaaa\x1f"
               "pppp qqqq\x1f"
               "1700000000\x1f"
               "Ann\x1f"
               "ann@example.com\x1f"
               "Merge pull request #3 from a/b\n\nT\x1e itle\n";
        out += QByteArray("\0\n", 2);
        out += QByteArray(":100644 100644 111 222 M\0src/x.cpp\0", 35);
        out += QByteArray(":100644 100644 333 444 R090\0old name.txt\0new\tname.txt\0", 55);
        out += QByteArray(":000000 100644 000 555 A\0img.png\0", 34);
        out += QByteArray("3\t1\tsrc/x.cpp\0", 14);
        out += QByteArray("1\t1\t\0old name.txt\0new\tname.txt\0", 32);
        out += QByteArray("-\t-\timg.png\0", 12);
        out += "\x1e"
               "bbbb\x1f\x1f"
               "1690000000\x1f"
               "Bo\x1f"
               "bo@example.com\x1f"
               "empty\n";
        out += QByteArray("\0", 1);
        const QList<GitCommit> commits = GitLogParser::parse(out);
        QCOMPARE(commits.size(), 2);
        const GitCommit &a = commits.at(0);
        QCOMPARE(a.sha, u"aaaa"_s);
        QCOMPARE(a.parents, (QStringList {u"pppp"_s, u"qqqq"_s}));
        QCOMPARE(a.committerTime, 1700000000);
        QCOMPARE(a.authorName, u"Ann"_s);
        QCOMPARE(a.message, u"Merge pull request #3 from a/b\n\nT\x1e itle\n"_s);
        QCOMPARE(a.files.size(), 3);
        QCOMPARE(a.files.at(0).path, u"src/x.cpp"_s);
        QCOMPARE(a.files.at(0).status, FileChange::Status::Modified);
        QCOMPARE(a.files.at(0).additions, 3);
        QCOMPARE(a.files.at(0).deletions, 1);
        QCOMPARE(a.files.at(1).path, u"new\tname.txt"_s);
        QCOMPARE(a.files.at(1).previousPath, u"old name.txt"_s);
        QCOMPARE(a.files.at(1).status, FileChange::Status::Renamed);
        QCOMPARE(a.files.at(1).additions, 1);
        QCOMPARE(a.files.at(2).status, FileChange::Status::Added);
        QVERIFY(a.files.at(2).binary);
        QCOMPARE(a.files.at(2).additions, 0);
        const GitCommit &b = commits.at(1);
        QCOMPARE(b.sha, u"bbbb"_s);
        QVERIFY(b.parents.isEmpty());
        QVERIFY(b.files.isEmpty());
        QCOMPARE(b.message, u"empty\n"_s);
        QVERIFY(GitLogParser::parse(QByteArray()).isEmpty());
    }

    void recordCutShort_data()
    {
        // Inputs found by fuzz/fuzz_gitlog: a record that ends where a path should follow.
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(PRLENS_TEST_DATA_DIR "/gitlog-cut"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
    }
    void recordCutShort()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<GitCommit> commits = GitLogParser::parse(f.readAll());
        QCOMPARE(commits.size(), 1);
        QCOMPARE(commits.first().sha, u"0123abc"_s);
        QCOMPARE(commits.first().message, u"message"_s);
        QVERIFY(commits.first().files.size() <= 1);
    }

    void revisionList_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QByteArrayList>("shas");
        QTest::addColumn<QByteArrayList>("secondParents");
        QTest::addRow("merge, plain commit and root, newest first")
            << QByteArray("cccc aaaa bbbb\naaaa rrrr\nrrrr\n") << QByteArrayList {"cccc", "aaaa", "rrrr"}
            << QByteArrayList {"bbbb", "", ""};
        QTest::addRow("octopus merge") << QByteArray("dddd aaaa bbbb cccc\n") << QByteArrayList {"dddd"}
                                       << QByteArrayList {"bbbb"};
        QTest::addRow("no final newline") << QByteArray("aaaa rrrr") << QByteArrayList {"aaaa"} << QByteArrayList {""};
        QTest::addRow("empty week") << QByteArray() << QByteArrayList() << QByteArrayList();
    }
    void revisionList()
    {
        QFETCH(QByteArray, output);
        QFETCH(QByteArrayList, shas);
        QFETCH(QByteArrayList, secondParents);
        const QList<ListedCommit> listed = GitLogParser::parseList(output);
        QByteArrayList gotShas;
        QByteArrayList gotSecond;
        for (const ListedCommit &c : listed) {
            gotShas << c.sha;
            gotSecond << c.parents.value(1);
        }
        QCOMPARE(gotShas, shas);
        QCOMPARE(gotSecond, secondParents);
    }

    void statusLetters_data()
    {
        QTest::addColumn<char>("letter");
        QTest::addColumn<QString>("rest");
        QTest::addRow("A") << 'A' << u"added"_s;
        QTest::addRow("M") << 'M' << u"modified"_s;
        QTest::addRow("D") << 'D' << u"removed"_s;
        QTest::addRow("R") << 'R' << u"renamed"_s;
        QTest::addRow("C") << 'C' << u"copied"_s;
        QTest::addRow("T") << 'T' << u"changed"_s;
    }
    void statusLetters()
    {
        QFETCH(char, letter);
        QFETCH(QString, rest);
        QCOMPARE(FileChange::statusToRest(GitLogParser::statusFromLetter(letter)), rest);
    }

    void splitPatches()
    {
        const QByteArray diff = "diff --git a/a b.txt b/a b.txt\n"
                                "index 1..2 100644\n"
                                "--- a/a b.txt\t\n"
                                "+++ b/a b.txt\t\n"
                                "@@ -1 +1 @@\n"
                                "-x\n"
                                "+y\n"
                                "\\ No newline at end of file\n"
                                "diff --git \"a/tab\\there\" \"b/tab\\there\"\n"
                                "new file mode 100644\n"
                                "--- /dev/null\n"
                                "+++ \"b/tab\\there\"\n"
                                "@@ -0,0 +1 @@\n"
                                "+z\n"
                                "diff --git a/old.txt b/new.txt\n"
                                "similarity index 100%\n"
                                "rename from old.txt\n"
                                "rename to new.txt\n"
                                "diff --git a/gone.txt b/gone.txt\n"
                                "deleted file mode 100644\n"
                                "--- a/gone.txt\n"
                                "+++ /dev/null\n"
                                "@@ -1 +0,0 @@\n"
                                "-bye\n"
                                "diff --git a/img.png b/img.png\n"
                                "index 1..2 100644\n"
                                "Binary files a/img.png and b/img.png differ\n"
                                "diff --git a/caf\\303\\251 b/caf\\303\\251\n";
        const QList<GitFilePatch> patches = GitPatchSplitter::split(diff);
        QCOMPARE(patches.size(), 6);
        QCOMPARE(patches.at(0).newPath, u"a b.txt"_s);
        QCOMPARE(patches.at(0).patch, u"@@ -1 +1 @@\n-x\n+y\n\\ No newline at end of file"_s);
        QCOMPARE(patches.at(1).oldPath, QString());
        QCOMPARE(patches.at(1).newPath, u"tab\there"_s);
        QCOMPARE(patches.at(1).patch, u"@@ -0,0 +1 @@\n+z"_s);
        QCOMPARE(patches.at(2).oldPath, u"old.txt"_s);
        QCOMPARE(patches.at(2).newPath, u"new.txt"_s);
        QVERIFY(patches.at(2).patch.isEmpty());
        QCOMPARE(patches.at(3).oldPath, u"gone.txt"_s);
        QCOMPARE(patches.at(3).newPath, QString());
        QCOMPARE(patches.at(3).patch, u"@@ -1 +0,0 @@\n-bye"_s);
        QVERIFY(patches.at(4).binary);
        QVERIFY(patches.at(4).patch.isEmpty());
        QCOMPARE(patches.at(5).newPath, u"caf\\303\\251"_s); // unquoted headers are taken literally

        QList<FileChange> files(3);
        files[0].path = u"a b.txt"_s;
        files[0].additions = 1;
        files[1].path = u"gone.txt"_s;
        files[1].status = FileChange::Status::Removed;
        files[2].path = u"img.png"_s;
        const QList<FileChange> applied = GitPatchSplitter::apply(files, patches);
        QCOMPARE(applied.at(0).patch, patches.at(0).patch);
        QVERIFY(applied.at(0).hasPatch);
        QCOMPARE(applied.at(0).additions, 1);
        QCOMPARE(applied.at(1).patch, u"@@ -1 +0,0 @@\n-bye"_s);
        QVERIFY(!applied.at(2).hasPatch);
        QVERIFY(applied.at(2).binary);
        QCOMPARE(applied.size(), 6); // the others are appended
        QCOMPARE(applied.at(3).path, u"tab\there"_s);
        QCOMPARE(applied.at(3).status, FileChange::Status::Added);
        QCOMPARE(applied.at(4).previousPath, u"old.txt"_s);
        QCOMPARE(applied.at(4).status, FileChange::Status::Renamed);
    }

    void limits_data()
    {
        QTest::addColumn<int>("maxLines");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QString>("patch");
        QTest::addColumn<bool>("truncated");
        QTest::addRow("within both limits") << 5 << 1000 << u"@@ -0,0 +1,3 @@\n+1\n+2\n+3"_s << false;
        QTest::addRow("exactly at the line limit") << 4 << 1000 << u"@@ -0,0 +1,3 @@\n+1\n+2\n+3"_s << false;
        QTest::addRow("cut by lines") << 2 << 1000 << u"@@ -0,0 +1,3 @@\n+1"_s << true;
        QTest::addRow("cut by bytes") << 100 << 22 << u"@@ -0,0 +1,3 @@\n+1\n+2"_s << true;
    }
    void limits()
    {
        QFETCH(int, maxLines);
        QFETCH(int, maxBytes);
        QFETCH(QString, patch);
        QFETCH(bool, truncated);
        const QByteArray diff = "diff --git a/n b/n\n--- /dev/null\n+++ b/n\n@@ -0,0 +1,3 @@\n+1\n+2\n+3\n";
        const QList<GitFilePatch> patches = GitPatchSplitter::split(diff, maxLines, maxBytes);
        QCOMPARE(patches.size(), 1);
        QCOMPARE(patches.first().patch, patch);
        QCOMPARE(patches.first().truncated, truncated);
        QCOMPARE(patches.first().totalLines, 4);
        QCOMPARE(patches.first().additions, 3); // counted past a cut too
        QCOMPARE(patches.first().deletions, 0);
    }

    void countsFromPatches()
    {
        // With patches git is not asked for --numstat (it would make each diff twice): the +/- counts and the
        // binary flag come from the patch itself.
        QVERIFY(!GitLogParser::commitArguments(true).contains(u"--numstat"_s));
        QVERIFY(GitLogParser::commitArguments(true).contains(u"--raw"_s));
        QVERIFY(GitLogParser::commitArguments(false).contains(u"--numstat"_s));
        QByteArray out;
        out += "\x1e"
               "aaaa\x1f"
               "pppp\x1f"
               "1700000000\x1f"
               "Ann\x1f"
               "ann@example.com\x1f"
               "Edit (#3)\n";
        out += QByteArray("\0\n", 2);
        out += QByteArray(":100644 100644 111 222 M\0src/x.cpp\0", 35);
        out += QByteArray(":100644 100644 333 444 R090\0old.txt\0new.txt\0", 44);
        out += QByteArray(":000000 100644 000 555 A\0img.png\0", 34);
        out += QByteArray("\0", 1);
        out += "diff --git a/src/x.cpp b/src/x.cpp\n"
               "index 111..222 100644\n"
               "--- a/src/x.cpp\n"
               "+++ b/src/x.cpp\n"
               "@@ -1,3 +1,4 @@\n"
               " keep\n"
               "-old\n"
               "+new\n"
               "+--- not a header\n"
               "@@ -10 +11,2 @@\n"
               "-- gone\n"
               "+++ added\n"
               "+more\n"
               "\\ No newline at end of file\n"
               "diff --git a/old.txt b/new.txt\n"
               "similarity index 90%\n"
               "rename from old.txt\n"
               "rename to new.txt\n"
               "index 333..444 100644\n"
               "--- a/old.txt\n"
               "+++ b/new.txt\n"
               "@@ -1 +1 @@\n"
               "-a\n"
               "+b\n"
               "diff --git a/img.png b/img.png\n"
               "new file mode 100644\n"
               "index 000..555\n"
               "Binary files /dev/null and b/img.png differ\n";
        const QList<GitCommit> commits = GitLogParser::parse(out);
        QCOMPARE(commits.size(), 1);
        const QList<FileChange> &files = commits.first().files;
        QVERIFY(commits.first().patchesRead);
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).path, u"src/x.cpp"_s);
        QCOMPARE(files.at(0).additions, 4);
        QCOMPARE(files.at(0).deletions, 2);
        QCOMPARE(files.at(1).path, u"new.txt"_s);
        QCOMPARE(files.at(1).previousPath, u"old.txt"_s);
        QCOMPARE(files.at(1).additions, 1);
        QCOMPARE(files.at(1).deletions, 1);
        QCOMPARE(files.at(2).path, u"img.png"_s);
        QVERIFY(files.at(2).binary);
        QVERIFY(!files.at(2).hasPatch);
        QCOMPARE(files.at(2).additions, 0);
    }
};

QTEST_GUILESS_MAIN(TestGitParsers)
#include "tst_gitparsers.moc"
