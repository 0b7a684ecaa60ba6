// SPDX-License-Identifier: MIT
#include "gitsource.h"
#include "gittestrepo.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;
using namespace GitTestFixture;

namespace {

// "status:path:+:-" per file ("status:old>new:+:-" for renames, "status:path:bin" for binaries), joined by '|'.
QString describeFiles(const QList<FileChange> &files)
{
    QStringList out;
    for (const FileChange &f : files) {
        const QString path = f.previousPath.isEmpty() ? f.path : f.previousPath + u'>' + f.path;
        out << (f.binary
                ? u"%1:%2:bin"_s.arg(FileChange::statusToRest(f.status), path)
                : u"%1:%2:%3:%4"_s.arg(FileChange::statusToRest(f.status), path).arg(f.additions).arg(f.deletions));
    }
    return out.join(u'|');
}

QStringList numbersOf(const QList<PullRequest> &prs)
{
    QStringList out;
    for (const PullRequest &pr : prs)
        out << (pr.isDirectCommit ? pr.title : u"#%1"_s.arg(pr.number));
    return out;
}

} // namespace

class TestGitSource : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_repo; // the fixture: work tree on main, no remote
    QString m_clone; // a clone with origin/HEAD and a GitHub remote URL, on another branch
    QString m_bare;

    WeekData loadWeek(GitSource &source, const RepoRef &ref, IsoWeek week, UtcOffset zone, LoadError *error)
    {
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(ref, week, zone);
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 30000))
            return {};
        if (!failed.isEmpty()) {
            *error = failed.first().first().value<LoadError>();
            return {};
        }
        return finished.first().first().value<WeekData>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"fixture"_s);
        buildFixture(m_repo);

        m_bare = m_dir.filePath(u"bare.git"_s);
        GitTestRepo(m_dir.path()).git({u"clone"_s, u"-q"_s, u"--bare"_s, m_repo, m_bare});

        m_clone = m_dir.filePath(u"clone"_s);
        GitTestRepo(m_dir.path()).git({u"clone"_s, u"-q"_s, m_repo, m_clone});
        GitTestRepo c(m_clone);
        c.git({u"remote"_s, u"set-url"_s, u"origin"_s, u"git@github.com:acme/widgets.git"_s});
        c.git({u"checkout"_s, u"-q"_s, u"-b"_s, u"local-work"_s});
        c.write(u"local.txt"_s, "mine\n");
        c.commit(u"Local experiment"_s, u"2026-04-03T09:00:00Z"_s, kDave);
        c.git({u"worktree"_s, u"add"_s, u"-q"_s, u"-b"_s, u"side"_s, m_dir.filePath(u"worktree"_s)});

        // No remote and a detached HEAD at #8: the default is HEAD itself.
        const QString detached = m_dir.filePath(u"detached"_s);
        GitTestRepo(m_dir.path()).git({u"clone"_s, u"-q"_s, m_repo, detached});
        GitTestRepo d(detached);
        d.git({u"remote"_s, u"remove"_s, u"origin"_s});
        d.git({u"checkout"_s, u"-q"_s, u"--detach"_s, u"HEAD~2"_s});
    }

    void weekMembership_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("week");
        QTest::addColumn<int>("zone");
        QTest::addColumn<QStringList>("pulls");
        QTest::addColumn<QStringList>("direct");
        const QStringList typo {u"Fix typo in README"_s};
        QTest::addRow("UTC week: starts with the commit at Monday 00:00, ends before next Monday")
            << u"fixture"_s << QString() << u"2026-W14"_s << 0 << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s}
            << typo;
        QTest::addRow("UTC+8 week: Sunday 16:00 UTC is in, the next Sunday 16:00 UTC is out")
            << u"fixture"_s << QString() << u"2026-W14"_s << 8 * 3600
            << QStringList {u"#7"_s, u"#12"_s, u"#6"_s, u"#5"_s} << typo;
        QTest::addRow("UTC week before: the Sunday 16:00 commit is its last")
            << u"fixture"_s << QString() << u"2026-W13"_s << 0 << QStringList {u"#5"_s} << QStringList();
        QTest::addRow("UTC week after: the commit exactly at its start")
            << u"fixture"_s << QString() << u"2026-W15"_s << 0 << QStringList {u"#9"_s} << QStringList();
        QTest::addRow("UTC+8 week after: the commit exactly at its start and the next one")
            << u"fixture"_s << QString() << u"2026-W15"_s << 8 * 3600 << QStringList {u"#9"_s, u"#8"_s}
            << QStringList();
        QTest::addRow("empty week") << u"fixture"_s << QString() << u"2026-W18"_s << 0 << QStringList()
                                    << QStringList();
        QTest::addRow("first week with the root commit")
            << u"fixture"_s << QString() << u"2026-W12"_s << 0 << QStringList() << QStringList {u"Initial commit"_s};
        QTest::addRow("bare clone") << u"bare"_s << QString() << u"2026-W14"_s << 0
                                    << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s} << typo;
        QTest::addRow("clone: default is the remote HEAD, not the checked-out branch")
            << u"clone"_s << QString() << u"2026-W14"_s << 0 << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s}
            << typo;
        QTest::addRow("linked work tree of the clone: the remote HEAD too")
            << u"worktree"_s << QString() << u"2026-W14"_s << 0 << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s}
            << typo;
        QTest::addRow("detached HEAD without a remote: HEAD")
            << u"detached"_s << QString() << u"2026-W15"_s << 0 << QStringList() << QStringList();
        QTest::addRow("detached HEAD without a remote: its week")
            << u"detached"_s << QString() << u"2026-W14"_s << 0 << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s}
            << typo;
        QTest::addRow("clone: a named local branch")
            << u"clone"_s << u"local-work"_s << u"2026-W14"_s << 0 << QStringList {u"#8"_s, u"#7"_s, u"#12"_s, u"#6"_s}
            << QStringList {u"Fix typo in README"_s};
        QTest::addRow("clone: a branch only on the remote")
            << u"clone"_s << u"guide"_s << u"2026-W14"_s << 0 << QStringList {u"#6"_s}
            << QStringList {u"Write the guide"_s};
    }
    void weekMembership()
    {
        QFETCH(QString, where);
        QFETCH(QString, branch);
        QFETCH(QString, week);
        QFETCH(int, zone);
        QFETCH(QStringList, pulls);
        QFETCH(QStringList, direct);
        GitSource source;
        LoadError error;
        const auto ref = RepoRef::localGit(m_dir.filePath(where == u"bare" ? u"bare.git"_s : where), branch);
        const WeekData data = loadWeek(source, ref, *IsoWeek::parse(week), UtcOffset(zone), &error);
        QCOMPARE(error.message, QString());
        QCOMPARE(numbersOf(data.pulls), pulls);
        QStringList expectedDirect = direct;
        if (where == u"clone" && branch == u"local-work")
            expectedDirect.prepend(u"Local experiment"_s);
        QCOMPARE(numbersOf(data.direct), expectedDirect);
        QCOMPARE(data.week, *IsoWeek::parse(week));
        QCOMPARE(data.zone, UtcOffset(zone));
        QCOMPARE(data.repo, ref);
    }

    void clockSkewWithinSlack()
    {
        // A commit dated 30 minutes before the week sits between two commits of the week on the first-parent
        // chain (a committer clock running late): the walk goes on past it and the older commit is kept.
        GitTestRepo r(m_dir.filePath(u"skew"_s));
        r.init();
        r.write(u"a.txt"_s, "1\n");
        r.commit(u"Base"_s, u"2026-03-20T00:00:00Z"_s, kBob);
        r.write(u"a.txt"_s, "2\n");
        r.commit(u"In the week (#1)"_s, u"2026-03-30T10:00:00Z"_s, kBob);
        r.write(u"a.txt"_s, "3\n");
        r.commit(u"Late clock (#2)"_s, u"2026-03-29T23:30:00Z"_s, kBob);
        r.write(u"a.txt"_s, "4\n");
        r.commit(u"Later in the week (#3)"_s, u"2026-04-01T10:00:00Z"_s, kBob);
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(r.path()), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QCOMPARE(error.message, QString());
        QCOMPARE(numbersOf(data.pulls), (QStringList {u"#3"_s, u"#1"_s}));
    }

    void pullDetails_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("mergedAt");
        QTest::addColumn<int>("additions");
        QTest::addColumn<int>("deletions");
        QTest::addColumn<QString>("files");
        QTest::addColumn<int>("zone");
        QTest::addRow("squash: added, modified and a UTF-8 path; login from the noreply address")
            << 5 << u"Add parser"_s << u"alice"_s << u"Long description\n\nCo-authored-by: Bob <bob@example.com>"_s
            << u"2026-03-29T16:00:00Z"_s << 7 << 1
            << u"modified:src/a.cpp:2:1|added:src/naïve.txt:1:0|added:src/parser.cpp:4:0"_s << 8 * 3600;
        QTest::addRow("squash: rename with an edit")
            << 6 << u"Rename old name"_s << u"Bob"_s << QString() << u"2026-03-30T00:00:00Z"_s << 1 << 1
            << u"renamed:old/name.txt>new/name.txt:1:1"_s << 8 * 3600;
        QTest::addRow("merge commit: title from the body, author of the second parent, diff against first parent")
            << 12 << u"Write the guide"_s << u"Carol"_s << u"More words"_s << u"2026-03-31T10:00:00Z"_s << 3 << 0
            << u"modified:README.md:1:0|added:docs/user guide.md:2:0"_s << 8 * 3600;
        QTest::addRow("squash: binary change and a removal")
            << 7 << u"Update logo and drop parser"_s << u"alice"_s << QString() << u"2026-04-02T08:00:00Z"_s << 0 << 4
            << u"modified:logo.png:bin|removed:src/parser.cpp:0:4"_s << 8 * 3600;
        QTest::addRow("squash at the week's last second in UTC")
            << 8 << u"Tweak"_s << u"Bob"_s << QString() << u"2026-04-05T16:00:00Z"_s << 1 << 0
            << u"modified:src/a.cpp:1:0"_s << 0;
    }
    void pullDetails()
    {
        QFETCH(int, number);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QString, body);
        QFETCH(QString, mergedAt);
        QFETCH(int, additions);
        QFETCH(int, deletions);
        QFETCH(QString, files);
        QFETCH(int, zone);
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(zone), &error);
        QCOMPARE(error.message, QString());
        const PullRequest *pr = data.find(number);
        QVERIFY(pr);
        QCOMPARE(pr->title, title);
        QCOMPARE(pr->author, author);
        QCOMPARE(pr->body, body);
        QCOMPARE(pr->mergedAt, QDateTime::fromString(mergedAt, Qt::ISODate));
        QCOMPARE(pr->additions, additions);
        QCOMPARE(pr->deletions, deletions);
        QCOMPARE(describeFiles(pr->files), files);
        QCOMPARE(pr->changedFiles, int(files.count(u'|') + 1));
        QCOMPARE(pr->isDirectCommit, false);
        QCOMPARE(pr->reviewDataKnown, false);
        QCOMPARE(pr->baseRef, u"main"_s);
        QCOMPARE(pr->url, QString()); // the fixture has no GitHub remote
        QCOMPARE(pr->mergeCommitSha.size(), 40);
        const QString sha = QString::fromLatin1(
            GitTestRepo(m_repo).git({u"log"_s, u"-1"_s, u"--format=%H"_s, u"--grep=#%1"_s.arg(number)}).trimmed());
        QCOMPARE(pr->mergeCommitSha, sha);
    }

    void directCommitDetails()
    {
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QCOMPARE(data.direct.size(), 1);
        const PullRequest &d = data.direct.first();
        QCOMPARE(d.number, 0);
        QVERIFY(d.isDirectCommit);
        QCOMPARE(d.author, u"Dave"_s);
        QCOMPARE(d.mergedAt, QDateTime::fromString(u"2026-04-01T12:00:00Z"_s, Qt::ISODate));
        QCOMPARE(describeFiles(d.files), u"modified:README.md:1:1"_s);
        QCOMPARE(d.additions, 1);
        QCOMPARE(d.deletions, 1);
    }

    void githubUrlsFromOrigin()
    {
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(m_clone), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QVERIFY(data.find(12));
        QCOMPARE(data.find(12)->url, u"https://github.com/acme/widgets/pull/12"_s);
        QCOMPARE(data.find(12)->baseRef, u"main"_s);
        QCOMPARE(data.direct.size(), 1);
        QCOMPARE(
            data.direct.first().url, u"https://github.com/acme/widgets/commit/"_s + data.direct.first().mergeCommitSha);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("not a repository") << u"plain"_s << QString() << QString()
                                          << int(LoadError::Kind::NotARepository) << u"not a git repository"_s;
        QTest::addRow("no such folder") << u"missing"_s << QString() << QString()
                                        << int(LoadError::Kind::NotARepository) << u"no folder"_s;
        QTest::addRow("unknown branch") << u"fixture"_s << u"nope"_s << QString() << int(LoadError::Kind::NotFound)
                                        << u"“nope”"_s;
        QTest::addRow("option-like branch")
            << u"fixture"_s << u"--all"_s << QString() << int(LoadError::Kind::NotFound) << u"“--all”"_s;
        QTest::addRow("git missing") << u"fixture"_s << QString() << u"/nonexistent/bin/git"_s
                                     << int(LoadError::Kind::ToolMissing) << u"git"_s;
    }
    void errors()
    {
        QFETCH(QString, where);
        QFETCH(QString, branch);
        QFETCH(QString, program);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        QDir().mkpath(m_dir.filePath(u"plain"_s));
        GitSource source;
        if (!program.isEmpty())
            source.setGitProgram(program);
        QSignalSpy finished(&source, &WeekSource::finished);
        LoadError error;
        loadWeek(source, RepoRef::localGit(m_dir.filePath(where), branch), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0),
            &error);
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(!error.message.contains(u'\n'));
        QCOMPARE(finished.size(), 0);
    }

    void emptyRepository()
    {
        GitTestRepo empty(m_dir.filePath(u"empty"_s));
        empty.init();
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(empty.path()), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QCOMPARE(error.message, QString());
        QCOMPARE(data.week, *IsoWeek::parse(u"2026-W14"_s));
        QVERIFY(data.pulls.isEmpty());
        QVERIFY(data.direct.isEmpty());
    }

    void shallowClone_data()
    {
        QTest::addColumn<QString>("week");
        QTest::addColumn<QStringList>("pulls");
        QTest::addColumn<QString>("mentions");
        // --depth 3 keeps #10, #9 and #8 (committed 2026-04-05 16:00 UTC).
        QTest::addRow("week inside the kept history") << u"2026-W15"_s << QStringList {u"#9"_s} << QString();
        QTest::addRow("newest week") << u"2026-W22"_s << QStringList {u"#10"_s} << QString();
        QTest::addRow("week cut by the depth") << u"2026-W14"_s << QStringList() << u"2026-04-05 16:00"_s;
        QTest::addRow("week before the depth") << u"2026-W12"_s << QStringList() << u"2026-04-05 16:00"_s;
    }
    void shallowClone()
    {
        QFETCH(QString, week);
        QFETCH(QStringList, pulls);
        QFETCH(QString, mentions);
        const QString shallow = m_dir.filePath(u"shallow"_s);
        if (!QFileInfo::exists(shallow))
            GitTestRepo(m_dir.path()).git({u"clone"_s, u"-q"_s, u"--depth"_s, u"3"_s, u"file://"_s + m_repo, shallow});
        GitSource source;
        LoadError error;
        const WeekData data = loadWeek(source, RepoRef::localGit(shallow), *IsoWeek::parse(week), UtcOffset(0), &error);
        if (mentions.isEmpty()) {
            QCOMPARE(error.message, QString());
            QCOMPARE(numbersOf(data.pulls), pulls);
        } else {
            QCOMPARE(error.kind, LoadError::Kind::NotFound);
            QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
            QVERIFY2(error.message.contains(u"--shallow-since"_s), qPrintable(error.message));
        }
    }

    void cancellation()
    {
        GitSource source;
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0));
        source.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        // A later load completes alone: nothing of the cancelled one arrives.
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W15"_s), UtcOffset(0));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<WeekData>().week, *IsoWeek::parse(u"2026-W15"_s));
        QCOMPARE(failed.size(), 1);
        source.cancel(); // nothing under way: no report
        QCOMPARE(failed.size(), 1);
    }

    void newLoadReplacesRunningOne()
    {
        GitSource source;
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0));
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W13"_s), UtcOffset(0));
        QVERIFY(finished.wait(30000));
        const WeekData data = finished.first().first().value<WeekData>();
        QCOMPARE(data.week, *IsoWeek::parse(u"2026-W13"_s));
        QCOMPARE(numbersOf(data.pulls), QStringList {u"#5"_s});
        // One more round trip through the event loop proves that the replaced load reports nothing.
        source.load(RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W15"_s), UtcOffset(0));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(failed.size(), 0);
    }

    void patches_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("hasPatch");
        QTest::addColumn<QString>("patch");
        QTest::addRow("rename with an edit")
            << 6 << u"new/name.txt"_s << true << u"@@ -2,4 +2,4 @@ n1\n n2\n n3\n n4\n-n5\n+N5"_s;
        QTest::addRow("path with a space, from a merge commit")
            << 12 << u"docs/user guide.md"_s << true << u"@@ -0,0 +1,2 @@\n+Guide\n+More"_s;
        QTest::addRow("merge commit, diff against the first parent")
            << 12 << u"README.md"_s << true << u"@@ -1,3 +1,4 @@\n # Widgets\n line2\n line3\n+line4"_s;
        QTest::addRow("UTF-8 path") << 5 << u"src/naïve.txt"_s << true << u"@@ -0,0 +1 @@\n+hello"_s;
        QTest::addRow("removed file") << 7 << u"src/parser.cpp"_s << true << u"@@ -1,4 +0,0 @@\n-p1\n-p2\n-p3\n-p4"_s;
        QTest::addRow("binary file has no patch") << 7 << u"logo.png"_s << false << QString();
        QTest::addRow("root commit, a direct change")
            << 0 << u"old/name.txt"_s << true << u"@@ -0,0 +1,5 @@\n+n1\n+n2\n+n3\n+n4\n+n5"_s;
    }
    void patches()
    {
        QFETCH(int, number);
        QFETCH(QString, path);
        QFETCH(bool, hasPatch);
        QFETCH(QString, patch);
        GitSource source;
        LoadError error;
        const IsoWeek week = *IsoWeek::parse(number == 0 ? u"2026-W12"_s : u"2026-W14"_s);
        const WeekData data = loadWeek(source, RepoRef::localGit(m_repo), week, UtcOffset(8 * 3600), &error);
        const PullRequest *pr = number == 0 ? &data.direct.first() : data.find(number);
        QVERIFY(pr);
        QSignalSpy loaded(&source, &WeekSource::patchesLoaded);
        source.loadPatches(data.repo, *pr);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toInt(), number);
        const auto files = loaded.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), pr->files.size());
        const auto it = std::find_if(files.cbegin(), files.cend(), [&](const FileChange &f) { return f.path == path; });
        QVERIFY(it != files.cend());
        QCOMPARE(it->hasPatch, hasPatch);
        QCOMPARE(it->patch, patch);
        QCOMPARE(it->patchTruncated, false);
        // Figures are kept from the week's pass.
        for (qsizetype i = 0; i < files.size(); ++i) {
            QCOMPARE(files.at(i).additions, pr->files.at(i).additions);
            QCOMPARE(files.at(i).deletions, pr->files.at(i).deletions);
            QCOMPARE(files.at(i).status, pr->files.at(i).status);
        }
        // A source that did not read the week (e.g. the week came from a cache) finds the first parent itself.
        GitSource fresh;
        QSignalSpy freshLoaded(&fresh, &WeekSource::patchesLoaded);
        fresh.loadPatches(data.repo, *pr);
        QVERIFY(freshLoaded.wait(30000));
        QCOMPARE(freshLoaded.first().at(1).value<QList<FileChange>>(), files);
        // The second request is served from memory: it works even with git gone.
        source.setGitProgram(u"/nonexistent/bin/git"_s);
        source.loadPatches(data.repo, *pr);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.last().at(1).value<QList<FileChange>>(), files);
    }

    void largePatchIsCut()
    {
        GitTestRepo r(m_dir.filePath(u"large"_s));
        r.init();
        r.write(u"seed.txt"_s, "seed\n");
        r.commit(u"Seed"_s, u"2026-03-30T08:00:00Z"_s, kBob);
        r.write(u"big.txt"_s, GitTestRepo::lines(u"line "_s, 1, 20005));
        r.commit(u"Big file (#20)"_s, u"2026-03-31T08:00:00Z"_s, kBob);
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(r.path()), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QVERIFY(data.find(20));
        QCOMPARE(data.find(20)->additions, 20005);
        QSignalSpy loaded(&source, &WeekSource::patchesLoaded);
        source.loadPatches(data.repo, *data.find(20));
        QVERIFY(loaded.wait(30000));
        const auto files = loaded.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), 1);
        QVERIFY(files.first().hasPatch);
        QVERIFY(files.first().patchTruncated);
        QCOMPARE(files.first().patch.count(u'\n') + 1, GitPatchSplitter::kMaxPatchLines);
        QVERIFY(files.first().patch.startsWith(u"@@ -0,0 +1,20005 @@\n+line 1\n"_s));
    }

    void cancelPatches()
    {
        GitSource source;
        LoadError error;
        const WeekData data
            = loadWeek(source, RepoRef::localGit(m_repo), *IsoWeek::parse(u"2026-W14"_s), UtcOffset(0), &error);
        QSignalSpy loaded(&source, &WeekSource::patchesLoaded);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.loadPatches(data.repo, *data.find(12));
        source.cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        source.loadPatches(data.repo, *data.find(6));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().at(0).toInt(), 6);
    }

    void latestWeekWithCommits_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<int>("zone");
        QTest::addColumn<QString>("week");
        QTest::addRow("fixture, current branch") << u"fixture"_s << QString() << 0 << u"2026-W22"_s;
        QTest::addRow("named branch") << u"fixture"_s << u"guide"_s << 0 << u"2026-W14"_s;
        QTest::addRow("clone: remote HEAD before the checked-out branch")
            << u"clone"_s << QString() << 0 << u"2026-W22"_s;
        QTest::addRow("clone: local branch, dated by its tip") << u"clone"_s << u"local-work"_s << 0 << u"2026-W14"_s;
        QTest::addRow("bare") << u"bare.git"_s << QString() << 0 << u"2026-W22"_s;
        QTest::addRow("unknown branch") << u"fixture"_s << u"nope"_s << 0 << QString();
        QTest::addRow("not a repository") << u"plain"_s << QString() << 0 << QString();
        QTest::addRow("empty repository") << u"empty2"_s << QString() << 0 << QString();
    }
    void latestWeekWithCommits()
    {
        QFETCH(QString, where);
        QFETCH(QString, branch);
        QFETCH(int, zone);
        QFETCH(QString, week);
        QDir().mkpath(m_dir.filePath(u"plain"_s));
        if (where == u"empty2")
            GitTestRepo(m_dir.filePath(where)).init();
        const auto result = GitSource::latestWeekWithCommits(m_dir.filePath(where), branch, UtcOffset(zone));
        QCOMPARE(result.has_value(), !week.isEmpty());
        if (result)
            QCOMPARE(result->toString(), week);
    }

    void findRepositoryRoot_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("root");
        QTest::addRow("top of the work tree") << u"fixture"_s << u"fixture"_s;
        QTest::addRow("sub-folder") << u"fixture/src"_s << u"fixture"_s;
        QTest::addRow("bare repository") << u"bare.git"_s << u"bare.git"_s;
        QTest::addRow("not a repository") << u"plain"_s << QString();
    }
    void findRepositoryRoot()
    {
        QFETCH(QString, start);
        QFETCH(QString, root);
        QDir().mkpath(m_dir.filePath(u"plain"_s));
        const QString found = GitSource::findRepositoryRoot(m_dir.filePath(start));
        const QString expected = root.isEmpty() ? QString() : QFileInfo(m_dir.filePath(root)).canonicalFilePath();
        QCOMPARE(found.isEmpty() ? QString() : QFileInfo(found).canonicalFilePath(), expected);
    }
};

QTEST_GUILESS_MAIN(TestGitSource)
#include "tst_gitsource.moc"
