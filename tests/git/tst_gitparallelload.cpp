// SPDX-License-Identifier: MIT
// A busy week read by several `git log` runs at once gives exactly the week one run gives; a failing run fails
// the whole load.
#include "gitprocess.h"
#include "gitsource.h"
#include "gittestrepo.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const IsoWeek kWeek = *IsoWeek::parse(u"2026-W20"_s);
constexpr int kWeekCommits = 160; ///< first-parent commits inside the week
constexpr int kSlackCommits = 1; ///< listed by git (clock-skew slack) but before the week

// One commit of a fast-import stream on refs/heads/NAME.
struct StreamCommit {
    QByteArray ref = "refs/heads/main";
    QByteArray message;
    QByteArray author;
    qint64 when = 0;
    int mark = 0;
    int merge = 0; ///< mark of a second parent, or 0
    QByteArray changes; ///< fast-import file commands
    int from = 0; ///< mark of the first parent of a new branch, or 0
};

QByteArray commitText(const StreamCommit &c)
{
    QByteArray out = "commit " + c.ref + "\nmark :" + QByteArray::number(c.mark) + '\n';
    out += "author " + c.author + ' ' + QByteArray::number(c.when) + " +0000\n";
    out += "committer " + c.author + ' ' + QByteArray::number(c.when) + " +0000\n";
    out += "data " + QByteArray::number(c.message.size()) + '\n' + c.message + '\n';
    if (c.from)
        out += "from :" + QByteArray::number(c.from) + '\n';
    if (c.merge)
        out += "merge :" + QByteArray::number(c.merge) + '\n';
    return out + c.changes + '\n';
}

QByteArray inlineFile(const QByteArray &path, const QByteArray &content)
{
    return "M 100644 inline " + path + "\ndata " + QByteArray::number(content.size()) + '\n' + content + '\n';
}

// A week of squash and merge pull requests, direct commits, renames, removals and binaries (kWeekCommits
// first-parent commits 30 minutes apart), with a root commit before it, one commit inside the clock-skew slack and
// one after it.
QByteArray busyHistory()
{
    const qint64 start = WeekRange::of(kWeek, UtcOffset(0)).start.toSecsSinceEpoch();
    QList<QByteArray> paths;
    QList<QByteArray> contents;
    QByteArray root;
    for (int f = 0; f < 24; ++f) {
        paths << "src/module" + QByteArray::number(f % 4) + "/file" + QByteArray::number(f) + ".txt";
        contents << "file " + QByteArray::number(f) + '\n' + QByteArray("common line\n").repeated(6);
        root += inlineFile(paths.last(), contents.last());
    }
    int mark = 1;
    QByteArray stream = commitText({"refs/heads/main", "Initial import\n", "Root <root@example.com>", start - 2 * 86400,
        mark, 0, "deleteall\n" + root});
    int tip = mark++;
    const auto edit = [&](int i, int f) {
        contents[f] += "change " + QByteArray::number(i) + '\n';
        return inlineFile(paths.at(f), contents.at(f));
    };
    stream += commitText(
        {"refs/heads/main", "Late clock (#999)\n", "Dev <dev@example.com>", start - 1800, mark, 0, edit(0, 0)});
    tip = mark++;
    for (int i = 0; i < kWeekCommits; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray author = i % 3 == 0
            ? QByteArray("Dev" + n + " <" + n + "+dev" + n + "@users.noreply.github.com>")
            : QByteArray("Dev" + QByteArray::number(i % 5) + " <dev@example.com>");
        StreamCommit c {"refs/heads/main", {}, author, start + 60 + i * 1800, 0, 0, {}};
        for (int k = 0; k <= i % 3; ++k)
            c.changes += edit(i, (i * 7 + k * 5) % int(paths.size()));
        if (i % 13 == 4) {
            const int f = i % int(paths.size());
            const QByteArray moved = "moved/" + n + "/" + paths.at(f).split('/').last();
            c.changes += "R " + paths.at(f) + ' ' + moved + '\n';
            paths[f] = moved;
        }
        if (i % 17 == 8)
            c.changes += "D " + paths.at((i + 11) % int(paths.size())) + '\n';
        if (i % 19 == 0)
            c.changes += inlineFile("assets/logo" + n + ".png", QByteArray("\x89PNG\0", 5) + n);
        if (i % 10 == 3) {
            // A merged topic branch: the topic commit carries the change, the merge repeats it on main.
            const StreamCommit topic {"refs/heads/topic" + n, "Topic work " + n + '\n',
                "Topic" + n + " <topic" + n + "@example.com>", c.when - 600, mark++, 0, c.changes, tip};
            stream += commitText(topic);
            c.merge = topic.mark;
            c.message = "Merge pull request #" + QByteArray::number(1000 + i) + " from topic/t" + n + "\n\nTopic title "
                + n + '\n';
            c.author = "Merger <merger@example.com>";
        } else if (i % 7 == 5) {
            c.message = "Direct change " + n + '\n';
        } else {
            c.message = "Change " + n + " (#" + QByteArray::number(2000 + i) + ")\n\nDetails of " + n + '\n';
        }
        c.mark = mark++;
        stream += commitText(c);
        tip = c.mark;
    }
    stream += commitText({"refs/heads/main", "Next week (#3000)\n", "Dev <dev@example.com>", start + 8 * 86400, mark, 0,
        edit(kWeekCommits, 1)});
    return stream;
}

// Imports busyHistory() into a new bare repository; @p looseObjects keeps one file per object (to remove one).
void makeBusyRepo(const QString &path, bool looseObjects)
{
    GitTestRepo repo(path);
    repo.git({u"init"_s, u"-q"_s, u"--bare"_s, u"-b"_s, u"main"_s});
    QTemporaryDir scratch;
    const QString streamFile = scratch.filePath(u"stream"_s);
    QFile f(streamFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(busyHistory());
    f.close();
    QProcess p;
    p.setWorkingDirectory(path);
    p.setStandardInputFile(streamFile);
    p.start(u"git"_s,
        {u"-c"_s, u"fastimport.unpackLimit=%1"_s.arg(looseObjects ? 100000 : 100), u"fast-import"_s, u"--quiet"_s});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
}

} // namespace

class TestGitParallelLoad : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_repo;
    WeekData m_oneRun; // the week as a single `git log` run reads it

    WeekData loadWeek(GitSource &source, const QString &repo, LoadError *error)
    {
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(RepoRef::localGit(repo), kWeek, UtcOffset(0));
        if (!QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 30000))
            return {};
        if (!failed.isEmpty()) {
            *error = failed.first().first().value<LoadError>();
            return {};
        }
        return finished.first().first().value<WeekData>();
    }

    // A git that records its command lines in @p logFile, one a line, then runs the real git.
    QString recordingGit(const QString &logFile)
    {
        const QString git = QStandardPaths::findExecutable(u"git"_s);
        const QString wrapper = m_dir.filePath(u"git-recording-%1"_s.arg(QFileInfo(logFile).baseName()));
        QFile f(wrapper);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("#!/bin/sh\nprintf '%s\\n' \"$*\" >> '" + logFile.toUtf8() + "'\nexec '" + git.toUtf8() + "' \"$@\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return wrapper;
    }

    // Makes (once) the busy history at @p path without the new content of a file changed by a commit in the middle
    // of the week (in the second of four parts); returns that blob's sha.
    static QByteArray removedBlob(const QString &path)
    {
        if (!QFileInfo::exists(path))
            makeBusyRepo(path, true);
        // --raw names the blobs without reading them, so this works before and after the removal.
        const QByteArray raw = GitTestRepo(path).git(
            {u"log"_s, u"-1"_s, u"--format="_s, u"--raw"_s, u"--no-abbrev"_s, u"main~%1"_s.arg(kWeekCommits / 2)});
        const QByteArray blob = raw.trimmed().split(' ').value(3);
        if (blob.size() == 40)
            QFile::remove(u"%1/objects/%2/%3"_s.arg(
                path, QString::fromLatin1(blob.first(2)), QString::fromLatin1(blob.sliced(2))));
        return blob;
    }

    static int commitReadingRuns(const QString &logFile)
    {
        QFile f(logFile);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        int runs = 0;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines)
            runs += line.contains("--no-walk=unsorted") && line.contains("--raw") ? 1 : 0;
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<WeekData>();
        qRegisterMetaType<LoadError>();
        QVERIFY(m_dir.isValid());
        m_repo = m_dir.filePath(u"busy.git"_s);
        makeBusyRepo(m_repo, false);
        GitSource source;
        source.setMaxParallelLogs(1);
        LoadError error;
        m_oneRun = loadWeek(source, m_repo, &error);
        QCOMPARE(error.message, QString());
    }

    void oneRunReadsTheWholeWeek()
    {
        // The reference for the parallel loads, checked against what the history holds.
        QCOMPARE(m_oneRun.pulls.size() + m_oneRun.direct.size(), kWeekCommits);
        const auto isMerge = [](const PullRequest &pr) {
            return pr.number >= 1000 && pr.number < 2000;
        };
        QCOMPARE(std::count_if(m_oneRun.pulls.cbegin(), m_oneRun.pulls.cend(), isMerge), kWeekCommits / 10);
        for (const PullRequest &pr : std::as_const(m_oneRun.pulls)) {
            if (isMerge(pr))
                QCOMPARE(pr.author, u"Topic%1"_s.arg(pr.number - 1000));
        }
        QVERIFY(std::is_sorted(m_oneRun.pulls.cbegin(), m_oneRun.pulls.cend(),
            [](const PullRequest &a, const PullRequest &b) { return a.mergedAt > b.mergedAt; }));
    }

    void splitLoadEqualsOneRun_data()
    {
        QTest::addColumn<int>("maxParallel");
        QTest::addColumn<int>("runs");
        constexpr int listed = kWeekCommits + kSlackCommits;
        QTest::addRow("one run") << 1 << 1;
        QTest::addRow("two runs") << 2 << 2;
        QTest::addRow("three runs: parts of unequal size") << 3 << 3;
        QTest::addRow("capped by the commits per run")
            << 64 << int((listed + GitSource::kCommitsPerLog - 1) / GitSource::kCommitsPerLog);
    }
    void splitLoadEqualsOneRun()
    {
        QFETCH(int, maxParallel);
        QFETCH(int, runs);
        const QString log = m_dir.filePath(u"runs-%1.log"_s.arg(maxParallel));
        GitSource source;
        source.setGitProgram(recordingGit(log));
        source.setMaxParallelLogs(maxParallel);
        LoadError error;
        const WeekData data = loadWeek(source, m_repo, &error);
        QCOMPARE(error.message, QString());
        QCOMPARE(commitReadingRuns(log), runs);
        QCOMPARE(data.pulls.size(), m_oneRun.pulls.size());
        for (qsizetype i = 0; i < data.pulls.size(); ++i)
            QCOMPARE(data.pulls.at(i), m_oneRun.pulls.at(i));
        QCOMPARE(data.direct, m_oneRun.direct);
    }

    void partsAreWrittenToPrivateFiles_data()
    {
        QTest::addColumn<bool>("usableTemp");
        QTest::addRow("in the temporary folder") << true;
        QTest::addRow("through pipes when it cannot be used") << false;
    }
    void partsAreWrittenToPrivateFiles()
    {
        QFETCH(bool, usableTemp);
        // git writes each part to a file in a private folder of its own (no pipe to wait on); the folder is gone
        // with the load. A temporary folder that cannot be used leaves the parts to pipes, with the same week.
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const QString tempPath = usableTemp ? temp.path() : temp.filePath(u"missing/folder"_s);
        const TemporaryFolderOverride tmpdir(tempPath);
        const QString log = m_dir.filePath(u"runs-files-%1.log"_s.arg(usableTemp));
        GitSource source;
        source.setGitProgram(recordingGit(log));
        source.setMaxParallelLogs(2);
        LoadError error;
        const WeekData data = loadWeek(source, m_repo, &error);
        QCOMPARE(error.message, QString());
        QCOMPARE(data.pulls, m_oneRun.pulls);
        QCOMPARE(data.direct, m_oneRun.direct);

        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringList outputs;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype at = line.indexOf("--output=");
            if (at >= 0)
                outputs << QString::fromUtf8(line.sliced(at + 9).split(' ').first());
        }
        QCOMPARE(outputs.size(), usableTemp ? 2 : 0);
        for (const QString &file : std::as_const(outputs)) {
            QVERIFY2(file.startsWith(temp.path() + u"/prlens-git-"_s), qPrintable(file));
            QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
        }
        QCOMPARE(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void gitRunsWithHugePageMalloc_data()
    {
        QTest::addColumn<QByteArray>("userSetting");
        QTest::addRow("not set") << QByteArray();
        QTest::addRow("the user's own") << QByteArray("glibc.malloc.arena_max=2");
    }
    void gitRunsWithHugePageMalloc()
    {
        // Every git run of a load gets glibc's malloc on huge pages (far fewer page faults), unless the user has
        // set glibc's tunables: then theirs, untouched.
#ifndef Q_OS_LINUX
        QSKIP("glibc's tunables are set on Linux only");
#endif
        QFETCH(QByteArray, userSetting);
        const QByteArray previous = qgetenv("GLIBC_TUNABLES");
        const bool hadPrevious = qEnvironmentVariableIsSet("GLIBC_TUNABLES");
        if (userSetting.isEmpty())
            qunsetenv("GLIBC_TUNABLES");
        else
            qputenv("GLIBC_TUNABLES", userSetting);
        const QString log = m_dir.filePath(u"tunables-%1.log"_s.arg(userSetting.isEmpty()));
        const QString wrapper = m_dir.filePath(u"git-tunables-%1"_s.arg(userSetting.isEmpty()));
        {
            QFile f(wrapper);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#!/bin/sh\nprintf '%s\\n' \"$GLIBC_TUNABLES\" >> '" + log.toUtf8() + "'\nexec '"
                + QStandardPaths::findExecutable(u"git"_s).toUtf8() + "' \"$@\"\n");
            f.close();
            QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
        }
        GitSource source;
        source.setGitProgram(wrapper);
        LoadError error;
        const WeekData data = loadWeek(source, m_repo, &error);
        if (hadPrevious)
            qputenv("GLIBC_TUNABLES", previous);
        else
            qunsetenv("GLIBC_TUNABLES");
        QCOMPARE(error.message, QString());
        QCOMPARE(data.pulls, m_oneRun.pulls);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> runs = f.readAll().trimmed().split('\n');
        QVERIFY(runs.size() >= 3); // the listing, the commits, the remote URL at least
        const QByteArray expected = userSetting.isEmpty() ? GitProcess::mallocTunables().toLatin1() : userSetting;
        for (const QByteArray &run : runs)
            QCOMPARE(run, expected);
    }

    void failingRunFailsTheLoad_data()
    {
        QTest::addColumn<int>("maxParallel");
        QTest::addRow("one run") << 1;
        QTest::addRow("four runs") << 4;
    }
    void failingRunFailsTheLoad()
    {
        QFETCH(int, maxParallel);
        // A clone missing the content of one file changed in the middle of the week.
        const QString broken = m_dir.filePath(u"broken.git"_s);
        const QByteArray blob = removedBlob(broken);
        QCOMPARE(blob.size(), 40);

        GitSource source;
        source.setMaxParallelLogs(maxParallel);
        QSignalSpy finished(&source, &WeekSource::finished);
        LoadError error;
        loadWeek(source, broken, &error);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(error.kind, LoadError::Kind::Io);
        QVERIFY2(error.message.contains(broken), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::fromLatin1(blob)), qPrintable(error.message));
    }

    void runningPartsAreStopped_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::addRow("by a new load") << false;
        QTest::addRow("by cancel()") << true;
    }
    void runningPartsAreStopped()
    {
        QFETCH(bool, cancel);
        // The parts' private folder goes with the stopped load.
        QTemporaryDir temp;
        QVERIFY(temp.isValid());
        const TemporaryFolderOverride tmpdir(temp.path());
        const auto scratchFolders = [&temp] {
            return QDir(temp.path()).entryList({u"prlens-git-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot).size();
        };
        // The parts of the first load wait (in a git that holds them while a flag file exists) until stopped.
        const QString hold = m_dir.filePath(u"hold"_s);
        QFile flag(hold);
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.close();
        const QString git = QStandardPaths::findExecutable(u"git"_s);
        const QString wrapper = m_dir.filePath(u"git-holding"_s);
        QFile f(wrapper);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\ncase \"$*\" in *--raw*) while [ -e '" + hold.toUtf8()
            + "' ]; do sleep 0.01; done;; esac\nexec '" + git.toUtf8() + "' \"$@\"\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);

        GitSource source;
        source.setGitProgram(wrapper);
        source.setMaxParallelLogs(4);
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(RepoRef::localGit(m_repo), kWeek, UtcOffset(0));
        const auto runningParts = [&source] {
            int n = 0;
            const auto processes = source.findChildren<QProcess *>();
            for (const QProcess *p : processes)
                n += p->state() != QProcess::NotRunning && p->arguments().contains(u"--raw"_s) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(runningParts(), 4, 10000);
        QCOMPARE(scratchFolders(), 1);
        if (cancel) {
            source.cancel();
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
            QTRY_COMPARE(runningParts(), 0);
            QCOMPARE(scratchFolders(), 0);
        }
        source.load(RepoRef::localGit(m_repo), kWeek.next(), UtcOffset(0));
        QVERIFY(QFile::remove(hold));
        QVERIFY(finished.wait(30000));
        const WeekData next = finished.first().first().value<WeekData>();
        QCOMPARE(next.week, kWeek.next());
        QCOMPARE(next.pulls.size(), 1);
        // One more load through the event loop proves that the stopped one reports nothing.
        source.load(RepoRef::localGit(m_repo), kWeek.next(), UtcOffset(0));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 2);
        QCOMPARE(failed.size(), cancel ? 1 : 0);
        QCOMPARE(scratchFolders(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGitParallelLoad)
#include "tst_gitparallelload.moc"
