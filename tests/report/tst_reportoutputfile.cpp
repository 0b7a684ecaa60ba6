// SPDX-License-Identifier: MIT
// A report written to a device or a pipe goes through it; the path is never replaced by a file (as renaming a
// saved file over /dev/null would do when run as root).
#include "reportoutputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

constexpr uint Me = 1000;
constexpr uint Other = 1001;
constexpr uint Root = 0;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Writes @p bytes through ReportOutputFile; empty on success, else its error.
QString writeReport(const QString &path, const QByteArray &bytes)
{
    ReportOutputFile file(path);
    if (!file.open() || file.device()->write(bytes) != bytes.size() || !file.commit())
        return file.errorString().isEmpty() ? u"failed without a reason"_s : file.errorString();
    return {};
}

} // namespace

class TestReportOutputFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void mayFollowSymlink_data()
    {
        QTest::addColumn<uint>("linkOwner");
        QTest::addColumn<uint>("folderOwner");
        QTest::addColumn<uint>("folderMode");
        QTest::addColumn<bool>("follow");
        const uint tmp = S_IFDIR | S_ISVTX | 0777;
        QTest::addRow("own link in own folder") << Me << Me << uint(S_IFDIR | 0755) << true;
        QTest::addRow("own link in /tmp") << Me << Root << tmp << true;
        QTest::addRow("another user's link in /tmp") << Other << Root << tmp << false;
        QTest::addRow("the folder owner's link in /tmp") << Root << Root << tmp << true;
        QTest::addRow("another user's link in a shared folder without sticky bit")
            << Other << Other << uint(S_IFDIR | 0777) << false;
        QTest::addRow("another user's link in a group folder") << Other << Other << uint(S_IFDIR | 0775) << false;
        QTest::addRow("another user's link in their own folder") << Other << Other << uint(S_IFDIR | 0755) << false;
        QTest::addRow("sticky but not world-writable") << Other << Other << uint(S_IFDIR | S_ISVTX | 0775) << false;
    }
    void mayFollowSymlink()
    {
        QFETCH(uint, linkOwner);
        QFETCH(uint, folderOwner);
        QFETCH(uint, folderMode);
        QFETCH(bool, follow);
        QCOMPARE(ReportOutputFile::mayFollowSymlink(linkOwner, Me, folderOwner, folderMode), follow);
    }

    void ownSymlinkIsFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"target.md"_s);
        const QString link = dir.filePath(u"report.md"_s);
        QVERIFY(writeFile(target, "old"));
        QVERIFY(QFile::link(target, link));
        QCOMPARE(writeReport(link, "new report"), QString());
        QCOMPARE(readAll(target), QByteArray("new report"));
        QVERIFY(QFileInfo(link).isSymLink());
    }

    void plantedSymlinkIsRefused_data()
    {
        QTest::addColumn<uint>("folderMode");
        QTest::addRow("sticky world-writable folder like /tmp") << uint(01777);
        QTest::addRow("world-writable folder") << uint(0777);
        QTest::addRow("private folder") << uint(0755);
    }
    void plantedSymlinkIsRefused()
    {
        // Another user's link: only root can give a link away, and the test suite runs as root in CI.
        if (::geteuid() != 0)
            QSKIP("needs root to give a symbolic link to another user (lchown)");
        QFETCH(uint, folderMode);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString victim = dir.filePath(u"victim"_s);
        QVERIFY(writeFile(victim, "precious"));
        const QString shared = dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkdir(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), folderMode), 0);
        const QString link = shared + u"/report.md"_s;
        QVERIFY(QFile::link(victim, link));
        QCOMPARE(::lchown(QFile::encodeName(link).constData(), 4242, 4242), 0);

        const QString error = writeReport(link, "attacker's choice");
        QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(link).isSymLink());
        // A chain through a link of one's own does not help either.
        const QString mine = dir.filePath(u"mine.md"_s);
        QVERIFY(QFile::link(link, mine));
        QVERIFY(!writeReport(mine, "attacker's choice").isEmpty());
        QCOMPARE(readAll(victim), QByteArray("precious"));
    }

    void folderOwnersLinkInStickyFolderIsFollowed()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to own a folder as another user (chown)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = dir.filePath(u"target.md"_s);
        QVERIFY(writeFile(target, "old"));
        const QString shared = dir.filePath(u"shared"_s);
        QVERIFY(QDir().mkdir(shared));
        QCOMPARE(::chmod(QFile::encodeName(shared).constData(), 01777), 0);
        QCOMPARE(::chown(QFile::encodeName(shared).constData(), 4242, 4242), 0);
        const QString link = shared + u"/report.md"_s;
        QVERIFY(QFile::link(target, link));
        QCOMPARE(::lchown(QFile::encodeName(link).constData(), 4242, 4242), 0);
        QCOMPARE(writeReport(link, "new"), QString());
        QCOMPARE(readAll(target), QByteArray("new"));
    }

    void regularFileReplacedOnCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.md"_s);
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();

        ReportOutputFile file(path);
        QVERIFY(!file.inPlace());
        QVERIFY(file.open());
        QCOMPARE(file.device()->write("new report"), 10);
        // Not committed yet: the old file is whole.
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("old"));
        check.close();
        QVERIFY(file.commit());
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("new report"));
    }

    void pipeWrittenInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray path = dir.filePath(u"fifo"_s).toLocal8Bit();
        QCOMPARE(::mkfifo(path.constData(), 0600), 0);
        // A reader first, so that opening the write end does not block.
        const int reader = ::open(path.constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);

        ReportOutputFile file(QString::fromLocal8Bit(path));
        QVERIFY(file.inPlace());
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        QCOMPARE(file.device()->write("through the pipe"), 16);
        QVERIFY(file.commit());

        char buffer[64] = {};
        const ssize_t n = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(QByteArray(buffer, int(n)), QByteArray("through the pipe"));
        struct stat st = {};
        QCOMPARE(::stat(path.constData(), &st), 0);
        QVERIFY2(S_ISFIFO(st.st_mode), "the pipe was replaced by a file");
    }

    void symlinkPlantedAfterTheCheckIsReplaced_data()
    {
        QTest::addColumn<bool>("afterOpen");
        QTest::addColumn<bool>("oldFile");
        QTest::addRow("before open, over a file") << false << true;
        QTest::addRow("before open, new path") << false << false;
        QTest::addRow("after open, over a file") << true << true;
        QTest::addRow("after open, new path") << true << false;
    }
    void symlinkPlantedAfterTheCheckIsReplaced()
    {
        // The link appears once the path was checked (as another user racing PR Lens would plant it): the report
        // replaces the link itself, and the file it points to is untouched.
        QFETCH(bool, afterOpen);
        QFETCH(bool, oldFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString victim = dir.filePath(u"victim"_s);
        QVERIFY(writeFile(victim, "precious"));
        const QString path = dir.filePath(u"report.md"_s);
        if (oldFile)
            QVERIFY(writeFile(path, "old"));

        ReportOutputFile file(path);
        QVERIFY(!file.inPlace());
        auto plant = [&] {
            return QFile::remove(path) == oldFile && QFile::link(victim, path);
        };
        if (!afterOpen)
            QVERIFY(plant());
        QVERIFY2(file.open(), qPrintable(file.errorString()));
        if (afterOpen)
            QVERIFY(plant());
        QCOMPARE(file.device()->write("new report"), 10);
        QVERIFY2(file.commit(), qPrintable(file.errorString()));

        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(!QFileInfo(path).isSymLink());
        QCOMPARE(readAll(path), QByteArray("new report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
            QStringList({u"report.md"_s, u"victim"_s}));
    }

    void replacedFileKeepsItsPermissions()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.md"_s);
        QVERIFY(writeFile(path, "old"));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0640), 0);
        QCOMPARE(writeReport(path, "new"), QString());
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    void uncommittedLeavesNothingBehind()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"report.md"_s);
        {
            ReportOutputFile file(path);
            QVERIFY(file.open());
            QCOMPARE(file.device()->write("half"), 4);
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList());
    }

    void directoryFailsWithAReason()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportOutputFile file(dir.path());
        QVERIFY(!file.inPlace());
        QVERIFY(!file.open());
        QVERIFY(!file.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportOutputFile)
#include "tst_reportoutputfile.moc"
