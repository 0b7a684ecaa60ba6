// SPDX-License-Identifier: MIT
#include "clitestrun.h"
#include "weekcache.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

/// "prlens report --git": a real repository made in a temporary folder, read with no network and no token.
class TestCliGit : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    QString m_repo;

    bool git(const QStringList &args, const QString &date = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GIT_AUTHOR_NAME"_s, u"Alice"_s);
        env.insert(u"GIT_AUTHOR_EMAIL"_s, u"alice@example.com"_s);
        env.insert(u"GIT_COMMITTER_NAME"_s, u"GitHub"_s);
        env.insert(u"GIT_COMMITTER_EMAIL"_s, u"noreply@github.com"_s);
        env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
        if (!date.isEmpty()) {
            env.insert(u"GIT_AUTHOR_DATE"_s, date);
            env.insert(u"GIT_COMMITTER_DATE"_s, date);
        }
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_repo);
        p.start(u"git"_s, args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

    bool commit(const QString &file, const QString &text, const QString &subject, const QString &date)
    {
        QFile f(m_repo + u'/' + file);
        QDir().mkpath(QFileInfo(f).absolutePath());
        if (!f.open(QIODevice::Append))
            return false;
        f.write(text.toUtf8());
        f.close();
        return git({u"add"_s, u"-A"_s}) && git({u"commit"_s, u"-q"_s, u"-m"_s, subject}, date);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(PrLens::CliTest::binary()), "the prlens binary is not built");
        m_repo = m_home.filePath(u"repo"_s);
        QVERIFY(QDir().mkpath(m_repo));
        QVERIFY(git({u"init"_s, u"-q"_s, u"-b"_s, u"main"_s}));
        // 2026-W10 is 2026-03-02 .. 03-08; 2026-W11 follows.
        QVERIFY(commit(u"src/core/a.cpp"_s, u"a\n"_s, u"[Core] Add a (#1)"_s, u"2026-03-03T10:00:00+00:00"_s));
        QVERIFY(commit(u"src/core/a.cpp"_s, u"b\nc\n"_s, u"fix: repair a (#2)"_s, u"2026-03-04T10:00:00+00:00"_s));
        QVERIFY(commit(u"docs/readme.md"_s, u"d\n"_s, u"Update readme"_s, u"2026-03-05T10:00:00+00:00"_s));
        QVERIFY(commit(u"src/ui/b.cpp"_s, u"e\n"_s, u"[UI] Add b (#3)"_s, u"2026-03-10T10:00:00+00:00"_s));
    }

    void latestWeekByDefault()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--tz"_s, u"+00:00"_s, u"--format"_s,
                                                u"json"_s, u"--cache"_s, m_home.filePath(u"c.sqlite"_s)},
            m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("week"_L1).toString(), u"2026-W11"_s);
        QCOMPARE(json.value("summary"_L1)[u"mergedPrs"_s].toInt(), 1);
        QCOMPARE(json.value("pulls"_L1)[0][u"number"_s].toInt(), 3);
    }

    void chosenWeek()
    {
        const auto r
            = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s, u"--tz"_s, u"+00:00"_s,
                                       u"--format"_s, u"json"_s, u"--cache"_s, m_home.filePath(u"c.sqlite"_s)},
                m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value("summary"_L1)[u"mergedPrs"_s].toInt(), 2);
        QCOMPARE(json.value("summary"_L1)[u"additions"_s].toInt(), 3);
        QCOMPARE(json.value("direct"_L1).toArray().size(), 1);
        QStringList hot;
        for (const QJsonValue &v : json.value("hotFiles"_L1).toArray())
            hot.append(u"%1=%2"_s.arg(v[u"key"_s].toString()).arg(v[u"count"_s].toInt()));
        QCOMPARE(hot, QStringList {u"src/core/a.cpp=2"_s});
    }

    void traceTellsEachStep()
    {
        // PRLENS_TRACE (bench_gitweek --phases): each step of the run on stderr, in order; nothing without it. The
        // earlier weeks are read from the cache while git reads the week.
        const QStringList args {u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s, u"--tz"_s, u"+00:00"_s,
            u"--format"_s, u"json"_s, u"--refresh"_s, u"--cache"_s, m_home.filePath(u"trace.sqlite"_s), u"-o"_s,
            m_home.filePath(u"trace.json"_s)};
        QProcessEnvironment trace;
        trace.insert(u"PRLENS_TRACE"_s, u"1"_s);
        const auto traced = PrLens::CliTest::run(args, m_home.path(), trace);
        QVERIFY2(traced.exitCode == 0, traced.err.constData());
        QStringList steps;
        double last = -1;
        for (const QByteArray &line : traced.err.split('\n')) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> parts = line.split(' ');
            QVERIFY2(parts.size() >= 3 && parts.at(0) == "trace:", line.constData());
            bool ok = false;
            const double ms = parts.at(1).toDouble(&ok);
            QVERIFY(ok && ms >= last);
            last = ms;
            steps.append(QString::fromUtf8(line.sliced(parts.at(0).size() + parts.at(1).size() + 2)));
        }
        QCOMPARE(steps,
            (QStringList {u"main"_s, u"cache opened"_s, u"history read"_s, u"week read"_s, u"patches read"_s,
                u"analysed"_s, u"report made"_s, u"report written"_s, u"cache written"_s, u"end"_s}));

        const auto quiet = PrLens::CliTest::run(args, m_home.path());
        QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
        QVERIFY2(!quiet.err.contains("trace:"), quiet.err.constData());
    }

    void unknownBranch()
    {
        const auto r = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--branch"_s, u"nope"_s, u"--week"_s,
                                                u"2026-W10"_s, u"--cache"_s, m_home.filePath(u"c.sqlite"_s)},
            m_home.path());
        QVERIFY2(r.oneErrorLine(), r.err.constData());
        QVERIFY(r.err.contains("nope"));
        QVERIFY(r.exitCode != 0);
    }

    void cacheHoldsTheWeekOnceTheReportIsDone()
    {
        // The week goes to the cache while the report is made: complete once the process has ended.
        const QString cachePath = m_home.filePath(u"written.sqlite"_s);
        const auto r = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s, u"--tz"_s,
                                                u"+00:00"_s, u"--format"_s, u"json"_s, u"--cache"_s, cachePath},
            m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        PrLens::WeekCache cache;
        QVERIFY(cache.open(cachePath));
        const QList<PrLens::WeekCache::Entry> entries = cache.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].week, PrLens::IsoWeek(2026, 10));
        QCOMPARE(entries[0].pullCount, 2);
        const PrLens::RepoRef repo = PrLens::RepoRef::localGit(m_repo);
        QCOMPARE(entries[0].repoKey, repo.key());
        const std::optional<PrLens::WeekData> week = cache.week(repo, PrLens::IsoWeek(2026, 10), PrLens::UtcOffset());
        QVERIFY(week);
        QCOMPARE(week->pullsWithoutPatches(), 0); // with every patch
        QVERIFY(week->pulls[0].files[0].hasPatch);
    }

    void weekBeforeFromTheCacheGivesTheChanges()
    {
        // The weeks before are read from the cache while git reads the week: the report compares with them.
        const QString cachePath = m_home.filePath(u"history.sqlite"_s);
        const QStringList common {u"--tz"_s, u"+00:00"_s, u"--format"_s, u"json"_s, u"--cache"_s, cachePath};
        const auto first = PrLens::CliTest::run(
            QStringList {u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s} + common, m_home.path());
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const auto next = PrLens::CliTest::run(
            QStringList {u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W11"_s} + common, m_home.path());
        QVERIFY2(next.exitCode == 0, next.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(next.out).object();
        QCOMPARE(report.value("summary"_L1)[u"mergedPrs"_s].toInt(), 1);
        QCOMPARE(report.value("previous"_L1)[u"mergedPrs"_s].toInt(), 2);
        QCOMPARE(report.value("delta"_L1)[u"mergedPrs"_s].toInt(), -1);
    }

    void unusableCacheIsSaidAndTheReportMade()
    {
        // git starts before the cache is opened: a cache that cannot be opened is said, and the report made.
        const QString folder = m_home.filePath(u"cache-is-a-folder"_s);
        QVERIFY(QDir().mkpath(folder));
        const auto r = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s, u"--tz"_s,
                                                u"+00:00"_s, u"--format"_s, u"json"_s, u"--cache"_s, folder},
            m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("summary"_L1)[u"mergedPrs"_s].toInt(), 2);
        QVERIFY2(r.err.contains("Continuing without the cache."), r.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
    }

    void failedCacheWriteIsSaid()
    {
        const QString cachePath = m_home.filePath(u"failing.sqlite"_s);
        {
            PrLens::WeekCache cache;
            QVERIFY(cache.open(cachePath));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
            db.setDatabaseName(cachePath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"CREATE TRIGGER fail BEFORE INSERT ON weeks BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"trigger"_s);
        const auto r = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W10"_s, u"--tz"_s,
                                                u"+00:00"_s, u"--format"_s, u"json"_s, u"--cache"_s, cachePath},
            m_home.path());
        // The report is made all the same; the cache's failure is said.
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value("summary"_L1)[u"mergedPrs"_s].toInt(), 2);
        QVERIFY2(r.oneErrorLine() && r.err.contains("disk trouble"), r.err.constData());
    }

    // Last: its commit lands in an earlier week than the others read.
    void jsonEscapesTerminalAndBidiControls()
    {
        const QString subject
            = u"evil\x1b]0;pwned\x07\x1b[2J\u007f\u009b31m\u2028\u2029\u202Egnp.exe\u2066\u200F (#9)"_s;
        QVERIFY(commit(u"evil.txt"_s, u"x\n"_s, subject, u"2026-01-06T10:00:00+00:00"_s));
        const auto r
            = PrLens::CliTest::run({u"report"_s, u"--git"_s, m_repo, u"--week"_s, u"2026-W02"_s, u"--tz"_s, u"+00:00"_s,
                                       u"--format"_s, u"json"_s, u"--cache"_s, m_home.filePath(u"c.sqlite"_s)},
                m_home.path());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Indented JSON: line breaks and spaces are the only bytes below 0x20.
        for (const char c : r.out)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', qPrintable(u"byte 0x%1"_s.arg(uchar(c), 2, 16, QChar(u'0'))));
        const QString out = QString::fromUtf8(r.out);
        for (const QChar c : out) {
            const char16_t u = c.unicode();
            const bool raw = u == 0x7f || (u >= 0x80 && u <= 0x9f) || (u >= 0x2028 && u <= 0x202e)
                || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0x061c;
            QVERIFY2(!raw, qPrintable(u"U+%1 written raw"_s.arg(int(u), 4, 16, QChar(u'0'))));
        }
        QVERIFY2(r.out.contains("\\u001b[2J") && r.out.contains("\\u009b31m") && r.out.contains("\\u202egnp.exe"),
            r.out.constData());
        // Escaped, not lost: the title reads back whole.
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(json.value("pulls"_L1)[0][u"title"_s].toString().contains(u"\u202Egnp.exe\u2066\u200F"_s),
            r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliGit)
#include "tst_cligit.moc"
