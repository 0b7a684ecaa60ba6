// SPDX-License-Identifier: MIT
#include "testweeks.h"
#include "weekcache.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

/// Runs SQL on a file through a connection of its own, as another program would.
static bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning() << s << q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    return ok;
}

class TestWeekCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<RepoRef>("repo");
        QTest::addRow("github.com") << RepoRef::parseGitHub(u"vllm-project/vllm");
        QTest::addRow("enterprise host") << RepoRef::parseGitHub(u"ghe.example.com/team/tool");
        QTest::addRow("local clone with branch") << RepoRef::localGit(u"/srv/repos/app"_s, u"release"_s);
    }
    void roundTrip()
    {
        QFETCH(RepoRef, repo);
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY2(cache.open(dir.filePath(u"c.sqlite"_s)), qPrintable(cache.lastError()));
        QVERIFY(cache.lastWarning().isEmpty());
        const WeekData in = TestWeeks::week(repo, 3);
        QVERIFY(!cache.week(repo, in.week, in.zone));
        QVERIFY2(cache.storeWeek(in), qPrintable(cache.lastError()));
        const std::optional<WeekData> out = cache.week(repo, in.week, in.zone);
        QVERIFY(out);
        QVERIFY(out->fromCache);
        QCOMPARE(out->repo, repo);
        QCOMPARE(out->week, in.week);
        QCOMPARE(out->zone, in.zone);
        QCOMPARE(out->fetchedAt, in.fetchedAt);
        QCOMPARE(out->pulls, in.pulls);
        QCOMPARE(out->ledger, in.ledger);
        // The same week in another zone or another repository is a different entry.
        QVERIFY(!cache.week(repo, in.week, UtcOffset(0)));
        QVERIFY(!cache.week(RepoRef::parseGitHub(u"other/repo"), in.week, in.zone));
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        const WeekData in = TestWeeks::week(repo, 120);
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.storeWeek(in));
        }
        WeekCache again;
        QSignalSpy warnings(&again, &WeekCache::warning);
        QVERIFY(again.open(path));
        QCOMPARE(warnings.count(), 0);
        QCOMPARE(again.lastRecovery(), WeekCache::Recovery::None);
        const auto out = again.week(repo, in.week, in.zone);
        QVERIFY(out);
        QCOMPARE(out->pulls.size(), 120);
        QCOMPARE(out->pulls, in.pulls);
        const QList<WeekCache::Entry> entries = again.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().repoKey, u"a/b"_s);
        QCOMPARE(entries.first().week, in.week);
        QCOMPARE(entries.first().zone, in.zone);
        QCOMPARE(entries.first().pullCount, 120);
        QVERIFY(entries.first().bytes > 0);
        QVERIFY(again.sizeOnDisk() >= entries.first().bytes);
    }

    void twoInstancesOnOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        WeekCache a, b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        QVERIFY(a.storeWeek(TestWeeks::week(repo, 2)));
        QVERIFY(b.week(repo, IsoWeek(2026, 13), UtcOffset(8 * 3600)));
    }

    void patchesByMergeSha()
    {
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"c.sqlite"_s)));
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        const QList<FileChange> files {TestWeeks::file(u"x.py"_s, 1, 1, u"@@ -1 +1 @@\n-a\n+b"_s)};
        QVERIFY(!cache.patches(repo, 7, u"abc"_s));
        QVERIFY(cache.storePatches(repo, 7, u"abc"_s, files));
        QCOMPARE(cache.patches(repo, 7, u"abc"_s).value_or(QList<FileChange>()), files);
        QVERIFY(!cache.patches(repo, 7, u"def"_s));
        QVERIFY(!cache.patches(repo, 8, u"abc"_s));
    }

    void weekStoresLoadedPatches()
    {
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"c.sqlite"_s)));
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekData in = TestWeeks::week(repo, 2);
        in.pulls[1].files[0].patch = u"@@ -1 +1 @@\n-x\n+y"_s;
        in.pulls[1].files[0].hasPatch = true;
        in.pulls[1].patchesLoaded = true;
        QVERIFY(cache.storeWeek(in));
        QCOMPARE(cache.patches(repo, 2, in.pulls[1].mergeCommitSha).value_or(QList<FileChange>()), in.pulls[1].files);
        QVERIFY(!cache.patches(repo, 1, in.pulls[0].mergeCommitSha));
    }

    void patchesAreStoredOnce()
    {
        // A week's patches live in the patches table only; the week's row keeps its file list without them.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        const QString marker = u"+UNIQUE_PATCH_TEXT_0123456789"_s;
        WeekData in = TestWeeks::week(repo, 2);
        for (PullRequest &pr : in.pulls) {
            pr.files[0].patch = u"@@ -1 +1 @@\n-x\n"_s + marker + QString::number(pr.number);
            pr.files[0].hasPatch = true;
            pr.patchesLoaded = true;
            pr.patchValidators = {{u"http://127.0.0.1/repos/a/b/pulls/%1/files"_s.arg(pr.number), u"\"e\""_s}};
        }
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            QVERIFY2(cache.storeWeek(in), qPrintable(cache.lastError()));
        }
        QByteArray weekRow;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT data FROM weeks"_s) && q.next());
            weekRow = qUncompress(q.value(0).toByteArray());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        QVERIFY(!weekRow.isEmpty());
        QVERIFY(weekRow.contains(in.pulls[0].files[0].path.toUtf8()));
        QVERIFY2(!weekRow.contains(marker.toUtf8()), "the week's row repeats the patch text");

        WeekCache cache;
        QVERIFY(cache.open(path));
        std::optional<WeekData> out = cache.week(repo, in.week, in.zone);
        QVERIFY(out);
        QCOMPARE(out->pulls, in.pulls);
        // As history: the file lists without the patch text, and said to be without patches.
        const std::optional<WeekData> history = cache.week(repo, in.week, in.zone, WeekCache::PatchText::Skip);
        QVERIFY(history);
        QCOMPARE(history->pulls.size(), in.pulls.size());
        QCOMPARE(history->pullsWithoutPatches(), in.pulls.size());
        for (qsizetype i = 0; i < in.pulls.size(); ++i) {
            const PullRequest &pr = history->pulls.at(i);
            QCOMPARE(pr.number, in.pulls.at(i).number);
            QCOMPARE(pr.files.size(), in.pulls.at(i).files.size());
            QCOMPARE(pr.files.at(0).path, in.pulls.at(i).files.at(0).path);
            QCOMPARE(pr.files.at(0).additions, in.pulls.at(i).files.at(0).additions);
            QVERIFY(!pr.files.at(0).hasPatch);
            QVERIFY(pr.files.at(0).patch.isEmpty());
            QVERIFY(pr.patchValidators.isEmpty());
        }
        // A PR whose patches are gone from the table is read again, from scratch.
        QVERIFY(runSql(path, {u"DELETE FROM patches WHERE number = %1"_s.arg(in.pulls[0].number)}));
        out = cache.week(repo, in.week, in.zone);
        QVERIFY(out);
        QCOMPARE(out->pullsWithoutPatches(), 1);
        QVERIFY(!out->pulls[0].patchesLoaded);
        QVERIFY(out->pulls[0].patchValidators.isEmpty());
        QCOMPARE(out->pulls[1], in.pulls[1]);
    }

    void weekKeepsPatchesAndValidatorsWithoutMergeSha()
    {
        // GitHub sources without a merge commit (datasets, the test server) still store the week's patches.
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"c.sqlite"_s)));
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekData in = TestWeeks::week(repo, 2);
        for (PullRequest &pr : in.pulls) {
            pr.mergeCommitSha = QString();
            pr.files[0].patch = u"@@ -1 +1 @@\n-x\n+y"_s;
            pr.files[0].hasPatch = true;
            pr.patchesLoaded = true;
            pr.patchValidators
                = {{u"http://127.0.0.1/repos/a/b/pulls/%1/files?per_page=100"_s.arg(pr.number), u"W/\"abc\""_s}};
        }
        QVERIFY2(cache.storeWeek(in), qPrintable(cache.lastError()));
        const std::optional<WeekData> out = cache.week(repo, in.week, in.zone);
        QVERIFY(out);
        QCOMPARE(out->pulls, in.pulls);
        QCOMPARE(out->pullsWithoutPatches(), 0);
        QCOMPARE(cache.patches(repo, 2, QString()).value_or(QList<FileChange>()), in.pulls[1].files);
    }

    void failedWriteRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekCache cache;
        QVERIFY(cache.open(path));
        const WeekData before = TestWeeks::week(repo, 2, u"[Old]"_s);
        QVERIFY(cache.storeWeek(before));
        // Make the patch write of PR #666 fail half-way through storing a week.
        QVERIFY(runSql(path,
            {u"CREATE TRIGGER fail_666 BEFORE INSERT ON patches WHEN NEW.number = 666 "
             "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"_s}));
        WeekData after = TestWeeks::week(repo, 3, u"[New]"_s);
        PullRequest big = TestWeeks::pull(666, u"[New] big"_s, {TestWeeks::file(u"b.c"_s, 1, 0, u"@@ +1 @@\n+x"_s)});
        big.patchesLoaded = true;
        after.pulls.append(big);
        QVERIFY(!cache.storeWeek(after));
        QVERIFY(cache.lastError().contains(u"disk trouble"_s));
        const auto out = cache.week(repo, before.week, before.zone);
        QVERIFY(out);
        QCOMPARE(out->pulls, before.pulls);
        QVERIFY(!cache.patches(repo, 666, big.mergeCommitSha));
        // The connection is usable again after the rollback.
        QVERIFY(runSql(path, {u"DROP TRIGGER fail_666"_s}));
        QVERIFY2(cache.storeWeek(after), qPrintable(cache.lastError()));
        QCOMPARE(cache.week(repo, after.week, after.zone)->pulls.size(), 4);
    }

    void storesInBackground()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekData in = TestWeeks::week(repo, 40);
        for (PullRequest &pr : in.pulls) {
            pr.files[0].patch = u"@@ -1 +1 @@\n-x\n+y%1"_s.arg(pr.number);
            pr.files[0].hasPatch = true;
            pr.patchesLoaded = true;
        }
        WeekData other = TestWeeks::week(repo, 2);
        other.week = IsoWeek(2026, 12);
        WeekCache cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.storeWeek(other));
        cache.storeWeekInBackground(in);
        // Reads go on meanwhile, on the cache's own connection.
        QCOMPARE(cache.week(repo, other.week, other.zone).value_or(WeekData()).pulls, other.pulls);
        QVERIFY2(cache.finishWrites(), qPrintable(cache.lastError()));
        QVERIFY(cache.finishWrites()); // nothing left to wait for
        const std::optional<WeekData> out = cache.week(repo, in.week, in.zone);
        QVERIFY(out);
        QCOMPARE(out->pulls, in.pulls);
        QCOMPARE(cache.patches(repo, 7, in.pulls[6].mergeCommitSha).value_or(QList<FileChange>()), in.pulls[6].files);
        // Committed: another connection sees it too.
        WeekCache second;
        QVERIFY(second.open(path));
        QCOMPARE(second.week(repo, in.week, in.zone).value_or(WeekData()).pulls, in.pulls);
    }

    void backgroundStoreIsCompleteWhenClosed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        const WeekData in = TestWeeks::week(repo, 30);
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            cache.storeWeekInBackground(in);
        } // the destructor waits for the write
        WeekCache cache;
        QVERIFY(cache.open(path));
        QCOMPARE(cache.week(repo, in.week, in.zone).value_or(WeekData()).pulls, in.pulls);
        // A write after a background one waits for it: the later week is the one kept.
        WeekData later = in;
        later.pulls.removeLast();
        cache.storeWeekInBackground(in);
        QVERIFY(cache.storeWeek(later));
        QVERIFY(cache.finishWrites());
        QCOMPARE(cache.week(repo, in.week, in.zone).value_or(WeekData()).pulls, later.pulls);
    }

    void backgroundFailureIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekCache cache;
        QVERIFY(cache.open(path));
        const WeekData before = TestWeeks::week(repo, 2, u"[Old]"_s);
        QVERIFY(cache.storeWeek(before));
        QVERIFY(runSql(path,
            {u"CREATE TRIGGER fail_666 BEFORE INSERT ON patches WHEN NEW.number = 666 "
             "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"_s}));
        WeekData after = TestWeeks::week(repo, 3, u"[New]"_s);
        PullRequest big = TestWeeks::pull(666, u"[New] big"_s, {TestWeeks::file(u"b.c"_s, 1, 0, u"@@ +1 @@\n+x"_s)});
        big.patchesLoaded = true;
        after.pulls.append(big);
        cache.storeWeekInBackground(after);
        QVERIFY(!cache.finishWrites());
        QVERIFY2(cache.lastError().contains(u"disk trouble"_s), qPrintable(cache.lastError()));
        QVERIFY(cache.finishWrites()); // said once
        QCOMPARE(cache.week(repo, before.week, before.zone).value_or(WeekData()).pulls, before.pulls);
        QVERIFY(!cache.patches(repo, 666, big.mergeCommitSha));
    }

    void revalidatablePullsComeWithTheirPatches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"c.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekData in = TestWeeks::week(repo, 4);
        for (PullRequest &pr : in.pulls) {
            pr.files[0].patch = u"@@ -1 +1 @@\n-x\n+y%1"_s.arg(pr.number);
            pr.files[0].hasPatch = true;
            pr.patchesLoaded = pr.number != 4;
        }
        // #1 and #2 have validators; #3 has patches without; #4 a validator but no patches read.
        for (const int n : {1, 2, 4})
            in.pulls[n - 1].patchValidators = {{u"http://127.0.0.1/repos/a/b/pulls/%1/files"_s.arg(n), u"\"e\""_s}};
        in.pulls[3].files[0].patch.clear();
        in.pulls[3].files[0].hasPatch = false;
        WeekCache cache;
        QVERIFY(cache.open(path));
        QVERIFY(cache.storeWeek(in));
        QCOMPARE(cache.revalidatablePulls(repo, in.week, in.zone), (QList<PullRequest> {in.pulls[0], in.pulls[1]}));
        // One whose patches are gone from the table cannot be revalidated.
        QVERIFY(runSql(path, {u"DELETE FROM patches WHERE number = 2"_s}));
        QCOMPARE(cache.revalidatablePulls(repo, in.week, in.zone), QList<PullRequest> {in.pulls[0]});
        // A week without validators (a clone's), or none at all.
        WeekData plain = TestWeeks::week(repo, 3);
        plain.week = IsoWeek(2026, 12);
        plain.pulls[0].title = u"\"patchValidators\":[] in a title"_s;
        plain.pulls[1].files[0].patch = u"+x"_s;
        plain.pulls[1].files[0].hasPatch = true;
        plain.pulls[1].patchesLoaded = true;
        QVERIFY(cache.storeWeek(plain));
        QCOMPARE(cache.revalidatablePulls(repo, plain.week, plain.zone), QList<PullRequest>());
        QCOMPARE(cache.revalidatablePulls(repo, IsoWeek(2020, 1), plain.zone), QList<PullRequest>());
    }

    void unusableFileIsSetAside_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<WeekCache::Recovery>("recovery");
        QTest::addRow("random bytes") << u"random"_s << WeekCache::Recovery::SetAsideCorrupt;
        QTest::addRow("text file") << u"text"_s << WeekCache::Recovery::SetAsideCorrupt;
        QTest::addRow("damaged pages") << u"damaged"_s << WeekCache::Recovery::SetAsideCorrupt;
        QTest::addRow("other application's database") << u"foreign"_s << WeekCache::Recovery::SetAsideForeign;
        QTest::addRow("other application id") << u"otherid"_s << WeekCache::Recovery::SetAsideForeign;
        QTest::addRow("newer schema") << u"newer"_s << WeekCache::Recovery::SetAsideNewer;
    }
    void unusableFileIsSetAside()
    {
        QFETCH(QString, kind);
        QFETCH(WeekCache::Recovery, recovery);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prlens-cache.sqlite"_s);
        if (kind == u"random" || kind == u"text") {
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            if (kind == u"random")
                QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            else
                bytes = QByteArray("these are my notes, not a database\n").repeated(100);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        } else if (kind == u"damaged") {
            {
                WeekCache cache;
                QVERIFY(cache.open(path));
                QVERIFY(cache.storeWeek(TestWeeks::week(RepoRef::parseGitHub(u"a/b"), 300)));
            }
            QVERIFY(runSql(path, {u"PRAGMA journal_mode = DELETE"_s}));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 3 * 4096);
            f.seek(4096); // scramble the b-tree pages after the schema page
            f.write(QByteArray(8192, '\xa5'));
        } else if (kind == u"foreign") {
            QVERIFY(runSql(path,
                {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                    u"INSERT INTO notes (text) VALUES ('keep me')"_s}));
        } else if (kind == u"otherid") {
            QVERIFY(runSql(path, {u"PRAGMA application_id = 1234"_s, u"CREATE TABLE weeks (x)"_s}));
        } else if (kind == u"newer") {
            QVERIFY(runSql(path,
                {u"PRAGMA application_id = %1"_s.arg(WeekCache::ApplicationId),
                    u"PRAGMA user_version = %1"_s.arg(WeekCache::SchemaVersion + 1), u"CREATE TABLE weeks (x)"_s}));
        }
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray originalBytes = original.readAll();
        original.close();

        WeekCache cache;
        QSignalSpy warnings(&cache, &WeekCache::warning);
        QVERIFY2(cache.open(path), qPrintable(cache.lastError()));
        QCOMPARE(cache.lastRecovery(), recovery);
        QCOMPARE(warnings.count(), 1);
        QCOMPARE(warnings.first().first().toString(), cache.lastWarning());
        const QString aside = cache.setAsidePath();
        QVERIFY(aside.startsWith(path + u'.'));
        QVERIFY(cache.lastWarning().contains(aside));
        QVERIFY(cache.lastWarning().contains(path));
        QFile moved(aside);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), originalBytes);
        // The fresh cache works.
        const RepoRef repo = RepoRef::parseGitHub(u"x/y"_s);
        QVERIFY(cache.entries().isEmpty());
        QVERIFY(cache.storeWeek(TestWeeks::week(repo, 1)));
        QVERIFY(cache.week(repo, IsoWeek(2026, 13), UtcOffset(8 * 3600)));
        // And a second open finds it healthy.
        cache.close();
        WeekCache again;
        QVERIFY(again.open(path));
        QCOMPARE(again.lastRecovery(), WeekCache::Recovery::None);
        QVERIFY(again.lastWarning().isEmpty());
        QCOMPARE(again.entries().size(), 1);
    }

    void damagedBodyIsSetAsideByTheNextWrite()
    {
        // Opening reads the keys and the weeks' rows, not their compressed bodies: damage there is found by the
        // read (a miss: the week is read from the source again) and by the write that follows, which sets the
        // file aside and writes into a new cache.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prlens-cache.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        WeekData big = TestWeeks::week(repo, 300);
        QRandomGenerator random(7);
        for (PullRequest &pr : big.pulls) { // text zlib cannot shrink: a body of many pages
            for (int i = 0; i < 40; ++i)
                pr.body += QString::number(random.generate64(), 36);
        }
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.storeWeek(big));
        }
        QVERIFY(runSql(path, {u"PRAGMA journal_mode = DELETE"_s}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // One row in each table: pages 1-5 are the schema, the tables and their keys; the rest is the week's body.
        QVERIFY2(f.size() > 30 * 4096, qPrintable(QString::number(f.size())));
        f.seek(20 * 4096);
        f.write(QByteArray(2 * 4096, '\xa5'));
        f.close();

        WeekCache cache;
        QSignalSpy warnings(&cache, &WeekCache::warning);
        QVERIFY(cache.open(path));
        QCOMPARE(cache.lastRecovery(), WeekCache::Recovery::None);
        QCOMPARE(cache.entries().size(), 1);
        QVERIFY(!cache.week(repo, big.week, big.zone)); // a miss, not a crash
        QCOMPARE(warnings.count(), 0);

        QVERIFY2(cache.storeWeek(big), qPrintable(cache.lastError()));
        QCOMPARE(cache.lastRecovery(), WeekCache::Recovery::SetAsideCorrupt);
        QCOMPARE(warnings.count(), 1);
        QVERIFY(cache.lastWarning().contains(cache.setAsidePath()));
        QVERIFY(QFileInfo::exists(cache.setAsidePath()));
        const std::optional<WeekData> again = cache.week(repo, big.week, big.zone);
        QVERIFY(again);
        QCOMPARE(again->pulls.size(), big.pulls.size());
    }

    void lockedCacheIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"prlens-cache.sqlite"_s);
        const RepoRef repo = RepoRef::parseGitHub(u"a/b");
        {
            WeekCache cache;
            QVERIFY(cache.open(path));
            QVERIFY(cache.storeWeek(TestWeeks::week(repo, 3)));
        }
        {
            // Another process holds the file: an exclusive lock, kept until its transaction ends.
            QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            holder.setDatabaseName(path);
            QVERIFY(holder.open());
            QSqlQuery q(holder);
            QVERIFY2(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"BEGIN EXCLUSIVE"_s), qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"DELETE FROM patches"_s), qPrintable(q.lastError().text()));

            WeekCache busy;
            busy.setBusyTimeout(50);
            QSignalSpy warnings(&busy, &WeekCache::warning);
            QVERIFY(!busy.open(path));
            QVERIFY2(busy.lastError().contains(u"in use by another PR Lens"_s), qPrintable(busy.lastError()));
            QCOMPARE(busy.lastRecovery(), WeekCache::Recovery::None);
            QVERIFY(busy.setAsidePath().isEmpty());
            QCOMPARE(warnings.count(), 0);
            QVERIFY(!busy.isOpen());
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(u".corrupt-"_s), QStringList());
            QVERIFY(q.exec(u"ROLLBACK"_s));
            q.finish();
            holder.close();
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).filter(u".corrupt-"_s), QStringList());
        // The lock gone, the same file opens with its data.
        WeekCache again;
        QVERIFY2(again.open(path), qPrintable(again.lastError()));
        QCOMPARE(again.lastRecovery(), WeekCache::Recovery::None);
        QVERIFY(again.week(repo, IsoWeek(2026, 13), UtcOffset(8 * 3600)));
    }

    void removeAndClear()
    {
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"c.sqlite"_s)));
        const RepoRef a = RepoRef::parseGitHub(u"a/a"), b = RepoRef::parseGitHub(u"b/b");
        QVERIFY(cache.storeWeek(TestWeeks::week(a, 50)));
        QVERIFY(cache.storeWeek(TestWeeks::week(b, 1)));
        QVERIFY(cache.storePatches(a, 1, u"sha"_s, {TestWeeks::file(u"f"_s, 1, 0, u"@@ +1 @@\n+x"_s)}));
        QCOMPARE(cache.entries().size(), 2);
        QVERIFY(cache.removeWeek(a.key(), IsoWeek(2026, 13), UtcOffset(8 * 3600)));
        QVERIFY(!cache.removeWeek(a.key(), IsoWeek(2026, 13), UtcOffset(8 * 3600)));
        QCOMPARE(cache.entries().size(), 1);
        QCOMPARE(cache.entries().first().repoKey, u"b/b"_s);
        const qint64 before = cache.sizeOnDisk();
        QVERIFY(cache.clear());
        QVERIFY(cache.entries().isEmpty());
        QVERIFY(!cache.patches(a, 1, u"sha"_s));
        QVERIFY(cache.sizeOnDisk() <= before);
    }

    void defaultPathIsInCacheLocation()
    {
        QVERIFY(WeekCache::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
        QVERIFY(WeekCache::defaultPath().endsWith(u"prlens-cache.sqlite"_s));
    }
};

QTEST_GUILESS_MAIN(TestWeekCache)
#include "tst_weekcache.moc"
