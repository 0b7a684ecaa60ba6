// SPDX-License-Identifier: MIT
// A report written to a device or a pipe goes through it; the path is never replaced by a file (as renaming a
// saved file over /dev/null would do when run as root).
#include "reportoutputfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestReportOutputFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
