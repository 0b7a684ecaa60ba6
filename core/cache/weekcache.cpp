// SPDX-License-Identifier: MIT
#include "weekcache.h"

#include "cachelogging.h"
#include "jsonwriter.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrentMap>
#include <QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

QAtomicInteger<quint32> s_connectionCounter;

const QStringList &siblingSuffixes()
{
    static const QStringList suffixes {u"-wal"_s, u"-shm"_s, u"-journal"_s};
    return suffixes;
}

// SQLite's primary result codes, as the Qt driver reports them in QSqlError::nativeErrorCode().
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xFF : -1; // extended codes keep the primary one in the low byte
}

bool isBusy(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

QByteArray pack(const JsonWriter &json)
{
    // Level 3: a busy week's 1 MB of JSON in ~3 ms instead of ~8 ms at the default level, for ~15 % more bytes.
    return qCompress(json.bytes(), 3);
}

/// Threads of the cache's own: a write must not wait behind analyses queued in the global pool.
QThreadPool *encodingPool()
{
    static QThreadPool pool;
    return &pool;
}

/// The thread of background writes: one at a time, in the order they were asked for.
QThreadPool *writerPool()
{
    static QThreadPool *const pool = [] {
        static QThreadPool one;
        one.setMaxThreadCount(1);
        return &one;
    }();
    return pool;
}

/// A PR's files with their patches, as the patches table keeps them.
QByteArray encodeFiles(const QList<FileChange> &files)
{
    JsonWriter json;
    json.array(files, [&json](const FileChange &f) { writeFileChange(json, f); });
    return pack(json);
}

QJsonDocument unpack(const QByteArray &blob)
{
    const QByteArray raw = qUncompress(blob);
    if (raw.isEmpty())
        return {};
    return QJsonDocument::fromJson(raw);
}

} // namespace

WeekCache::WeekCache(QObject *parent)
    : QObject(parent)
    , m_connection(u"prlens-cache-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

WeekCache::~WeekCache()
{
    close();
}

QString WeekCache::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/prlens-cache.sqlite"_s;
}

bool WeekCache::fail(const QString &message) const
{
    m_lastError = message;
    return false;
}

bool WeekCache::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeoutMs));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        return fail(tr("Could not open the cache file %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
    }
    return true;
}

void WeekCache::closeConnection()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool WeekCache::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

void WeekCache::close()
{
    waitForBackground();
    closeConnection();
}

QString WeekCache::failureReason(const QSqlError &error) const
{
    if (isBusy(error))
        return tr("The cache file %1 is in use by another PR Lens; try again when it has finished.")
            .arg(QDir::toNativeSeparators(m_path));
    return tr("Could not read the cache file %1: %2").arg(QDir::toNativeSeparators(m_path), error.text());
}

WeekCache::Check WeekCache::failedCheck(const QSqlQuery &q)
{
    // Only what SQLite calls damaged is set aside; a file another process holds locked, or one that cannot be
    // read right now, is left as it is.
    const QSqlError error = q.lastError();
    const int code = sqliteCode(error);
    if (code == SqliteCorrupt || code == SqliteNotADatabase)
        return Check::Corrupt;
    m_inspectError = failureReason(error);
    return isBusy(error) ? Check::Busy : Check::Unreadable;
}

WeekCache::Check WeekCache::inspect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // A file that is not SQLite at all fails on its first statement ("file is not a database").
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return failedCheck(q);
    const qint32 appId = q.value(0).toInt();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return failedCheck(q);
    const int version = q.value(0).toInt();
    QStringList tables;
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return failedCheck(q);
    while (q.next())
        tables.append(q.value(0).toString());
    if (appId == 0 && tables.isEmpty())
        return Check::Empty;
    if (appId != ApplicationId)
        return Check::Foreign;
    if (version > SchemaVersion)
        return Check::Newer;
    for (const QString &t : tables)
        if (t != u"weeks" && t != u"patches")
            return Check::Foreign;
    // Not PRAGMA quick_check: it reads the whole file, on every start (0.2 s warm and 1.9 s cold for 200 MB of
    // patches). Walked instead: both tables' keys and every week's row, a few pages per week and per hundred
    // patches; the weeks' and patches' compressed bodies (most of the file) are not read. Damage inside a body
    // shows when it is read: that week or those patches are read from the source again.
    for (const QString &scan : {u"SELECT count(*) FROM weeks"_s, u"SELECT count(*) FROM patches"_s,
             u"SELECT repo, week, zone, fetched_at, pull_count FROM weeks"_s}) {
        if (!q.exec(scan))
            return failedCheck(q);
        while (q.next()) { }
        if (q.lastError().isValid())
            return failedCheck(q);
    }
    return Check::Usable;
}

bool WeekCache::setAside(Recovery why)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString kind = why == Recovery::SetAsideCorrupt ? u"corrupt"_s
        : why == Recovery::SetAsideForeign                ? u"foreign"_s
                                                          : u"newer"_s;
    QString aside = u"%1.%2-%3"_s.arg(m_path, kind, stamp);
    for (int i = 2; QFileInfo::exists(aside); ++i)
        aside = u"%1.%2-%3-%4"_s.arg(m_path, kind, stamp).arg(i);
    if (!QFile::rename(m_path, aside))
        return fail(tr("The cache file %1 is not usable and could not be moved aside; remove it by hand.")
                .arg(QDir::toNativeSeparators(m_path)));
    // Journal files belong to the file they were written for: keep them together.
    for (const QString &suffix : siblingSuffixes())
        if (QFileInfo::exists(m_path + suffix))
            QFile::rename(m_path + suffix, aside + suffix);
    m_recovery = why;
    m_asidePath = aside;
    const QString from = QDir::toNativeSeparators(m_path);
    const QString to = QDir::toNativeSeparators(aside);
    switch (why) {
    case Recovery::SetAsideCorrupt:
        m_lastWarning = tr("The cache file %1 was damaged. It was moved to %2 and a new, empty cache was "
                           "created; weeks will be loaded again.")
                            .arg(from, to);
        break;
    case Recovery::SetAsideForeign:
        m_lastWarning = tr("The file %1 is not a PR Lens cache. It was moved to %2 and a new, empty cache was "
                           "created; check which program uses that file.")
                            .arg(from, to);
        break;
    case Recovery::SetAsideNewer:
        m_lastWarning = tr("The cache file %1 was written by a newer PR Lens. It was moved to %2 and a new, "
                           "empty cache was created.")
                            .arg(from, to);
        break;
    case Recovery::None:
        break;
    }
    return true;
}

bool WeekCache::schemaIsCurrent(QSqlQuery &q)
{
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next() || q.value(0).toInt() != ApplicationId)
        return false;
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next() || q.value(0).toInt() != SchemaVersion)
        return false;
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('weeks', 'patches')"_s)
        || !q.next())
        return false;
    return q.value(0).toInt() == 2;
}

bool WeekCache::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // WAL: a crash mid-write leaves the last committed state, never a half-written week.
    q.exec(u"PRAGMA journal_mode = WAL"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    if (schemaIsCurrent(q))
        return true; // nothing to write: opening stays a read, with no commit to sync to disk
    if (!db.transaction())
        return fail(isBusy(db.lastError()) ? failureReason(db.lastError())
                                           : tr("Could not write to the cache file %1: %2")
                                                 .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    const QStringList statements {
        u"CREATE TABLE IF NOT EXISTS weeks ("
        "repo TEXT NOT NULL, week TEXT NOT NULL, zone INTEGER NOT NULL, fetched_at TEXT NOT NULL, "
        "pull_count INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (repo, week, zone))"_s,
        u"CREATE TABLE IF NOT EXISTS patches ("
        "repo TEXT NOT NULL, number INTEGER NOT NULL, sha TEXT NOT NULL, stored_at TEXT NOT NULL, "
        "data BLOB NOT NULL, PRIMARY KEY (repo, number, sha))"_s,
        u"PRAGMA application_id = %1"_s.arg(ApplicationId),
        u"PRAGMA user_version = %1"_s.arg(SchemaVersion),
    };
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            const QString reason = q.lastError().text();
            db.rollback();
            return fail(tr("Could not write to the cache file %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
        }
    }
    if (!db.commit())
        return fail(tr("Could not write to the cache file %1: %2")
                .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    return true;
}

bool WeekCache::open(const QString &path)
{
    close();
    m_path = QDir::cleanPath(QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath());
    m_lastWarning.clear();
    m_asidePath.clear();
    m_lastError.clear();
    m_recovery = Recovery::None;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(tr("Could not create the folder for the cache file %1.").arg(QDir::toNativeSeparators(m_path)));
    if (!openConnection())
        return false;
    Recovery why = Recovery::None;
    switch (inspect()) {
    case Check::Usable:
    case Check::Empty:
        break;
    case Check::Corrupt:
        why = Recovery::SetAsideCorrupt;
        break;
    case Check::Foreign:
        why = Recovery::SetAsideForeign;
        break;
    case Check::Newer:
        why = Recovery::SetAsideNewer;
        break;
    case Check::Busy:
    case Check::Unreadable:
        closeConnection();
        return fail(m_inspectError);
    }
    if (why != Recovery::None)
        return startOver(why);
    if (!createSchema()) {
        closeConnection();
        return false;
    }
    return true;
}

bool WeekCache::startOver(Recovery why)
{
    closeConnection();
    if (!setAside(why) || !openConnection())
        return false;
    if (!createSchema()) {
        closeConnection();
        return false;
    }
    Q_EMIT warning(m_lastWarning);
    return true;
}

std::optional<WeekData> WeekCache::week(const RepoRef &repo, IsoWeek week, UtcOffset zone, PatchText patchText) const
{
    std::optional<WeekData> d = weekFromJson(weekJson(repo, week, zone));
    if (!d)
        return d;
    if (patchText == PatchText::Read) {
        attachPatches(&*d);
        return d;
    }
    for (PullRequest &pr : d->pulls) {
        if (!pr.patchesLoaded)
            continue;
        pr.patchesLoaded = false;
        pr.patchValidators.clear();
        for (FileChange &f : pr.files) {
            f.hasPatch = false;
            f.patch.clear();
            f.patchTruncated = false;
        }
    }
    return d;
}

QList<PullRequest> WeekCache::revalidatablePulls(const RepoRef &repo, IsoWeek week, UtcOffset zone) const
{
    const QByteArray json = weekJson(repo, week, zone);
    // A week without a single validator (any week of a clone) is not decoded at all. The key as written, compact:
    // a title or a path holding the same text has its quotes escaped.
    if (!json.contains(R"("patchValidators":)"))
        return {};
    std::optional<WeekData> d = weekFromJson(json);
    if (!d)
        return {};
    const auto revalidatable = [](const PullRequest &pr) {
        return pr.patchesLoaded && !pr.patchValidators.isEmpty();
    };
    d->pulls.removeIf([&](const PullRequest &pr) { return !revalidatable(pr); });
    attachPatches(&*d);
    d->pulls.removeIf([&](const PullRequest &pr) { return !revalidatable(pr); });
    return d->pulls;
}

QByteArray WeekCache::weekJson(const RepoRef &repo, IsoWeek week, UtcOffset zone) const
{
    if (!isOpen())
        return {};
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT data FROM weeks WHERE repo = ? AND week = ? AND zone = ?"_s);
    q.addBindValue(repo.key());
    q.addBindValue(week.toString());
    q.addBindValue(zone.seconds());
    if (!q.exec() || !q.next())
        return {};
    return qUncompress(q.value(0).toByteArray());
}

std::optional<WeekData> WeekCache::weekFromJson(const QByteArray &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    WeekData d = WeekData::fromJson(doc.object());
    d.fromCache = true;
    return d;
}

void WeekCache::attachPatches(WeekData *week) const
{
    // The week's row holds its PRs without patch text; each PR's patches live once, in the patches table.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT data FROM patches WHERE repo = ? AND number = ? AND sha = ?"_s);
    const QString key = week->repo.key();
    for (PullRequest &pr : week->pulls) {
        if (!pr.patchesLoaded)
            continue;
        if (std::any_of(pr.files.cbegin(), pr.files.cend(), [](const FileChange &f) { return f.hasPatch; }))
            continue; // written before the patches moved out of the week's row
        q.addBindValue(key);
        q.addBindValue(pr.number);
        q.addBindValue(pr.mergeCommitSha.isNull() ? u""_s : pr.mergeCommitSha);
        const QJsonDocument doc = q.exec() && q.next() ? unpack(q.value(0).toByteArray()) : QJsonDocument();
        q.finish();
        if (doc.isArray() && doc.array().size() == pr.files.size()) {
            QList<FileChange> files;
            files.reserve(pr.files.size());
            for (const QJsonValue &v : doc.array())
                files.append(fileChangeFromJson(v.toObject()));
            pr.files = std::move(files);
        } else {
            // Gone or damaged: read the patches again, from scratch (a validator would only confirm text we lack).
            pr.patchesLoaded = false;
            pr.patchValidators.clear();
        }
    }
}

QString WeekCache::writeFailure(const QString &path, const QString &reason)
{
    return tr("Could not write to the cache file %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString WeekCache::insertPatches(QSqlQuery &insert, const QString &path, const QString &repoKey, int number,
    const QString &mergeSha, const QByteArray &blob)
{
    qCDebug(lcCache).noquote() << "storing the patches of PR" << number << "of" << repoKey << "(" << blob.size()
                               << "bytes )";
    if (insert.lastQuery().isEmpty()
        && !insert.prepare(
            u"INSERT OR REPLACE INTO patches (repo, number, sha, stored_at, data) VALUES (?, ?, ?, ?, ?)"_s))
        return writeFailure(path, insert.lastError().text());
    insert.addBindValue(repoKey);
    insert.addBindValue(number);
    insert.addBindValue(mergeSha.isNull() ? u""_s : mergeSha); // a source without merge commits: never NULL
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    insert.addBindValue(blob);
    if (!insert.exec())
        return writeFailure(path, insert.lastError().text());
    return {};
}

QString WeekCache::writeWeek(QSqlDatabase &db, const QString &path, const WeekData &data)
{
    if (!db.transaction())
        return writeFailure(path, db.lastError().text());
    const QString key = data.repo.key();
    qCDebug(lcCache).noquote() << "storing week" << data.week.toString() << data.zone.displayName() << "of" << key
                               << "(" << data.pulls.size() << "pull requests )";
    // Encoding a busy week's patches (JSON, then zlib) costs more than writing them: done on the pool's threads
    // while the week's row is encoded here; then one transaction writes it all.
    QList<const PullRequest *> withPatches;
    for (const PullRequest &pr : data.pulls)
        if (pr.patchesLoaded)
            withPatches.append(&pr);
    QFuture<QByteArray> blobs = QtConcurrent::mapped(
        encodingPool(), withPatches, [](const PullRequest *pr) { return encodeFiles(pr->files); });
    QString error;
    {
        // Patches are stored once, in the patches table (below); the week's row keeps the file list without them.
        WeekData slim = data;
        for (PullRequest &pr : slim.pulls) {
            if (!pr.patchesLoaded)
                continue;
            for (FileChange &f : pr.files) {
                f.hasPatch = false;
                f.patch.clear();
                f.patchTruncated = false;
            }
        }
        JsonWriter json;
        slim.writeJson(json);
        QSqlQuery q(db);
        q.prepare(u"INSERT OR REPLACE INTO weeks (repo, week, zone, fetched_at, pull_count, data) "
                  "VALUES (?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(key);
        q.addBindValue(data.week.toString());
        q.addBindValue(data.zone.seconds());
        q.addBindValue(data.fetchedAt.toUTC().toString(Qt::ISODate));
        q.addBindValue(int(data.pulls.size()));
        q.addBindValue(pack(json));
        if (!q.exec())
            error = writeFailure(path, q.lastError().text());
    }
    blobs.waitForFinished();
    {
        QSqlQuery insert(db); // prepared once for the week's PRs
        for (qsizetype i = 0; error.isEmpty() && i < withPatches.size(); ++i)
            error = insertPatches(
                insert, path, key, withPatches.at(i)->number, withPatches.at(i)->mergeCommitSha, blobs.resultAt(i));
    }
    if (!error.isEmpty()) {
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        const QString reason = db.lastError().text();
        db.rollback();
        return writeFailure(path, reason);
    }
    return {};
}

bool WeekCache::storeWeek(const WeekData &data)
{
    waitForBackground();
    if (!isOpen())
        return fail(tr("The cache is not open."));
    const auto write = [&] {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        return writeWeek(db, m_path, data);
    };
    QString error = write();
    if (!error.isEmpty() && setAsideIfDamaged())
        error = write(); // into the fresh cache
    return error.isEmpty() || fail(error);
}

bool WeekCache::setAsideIfDamaged()
{
    // Opening walks only the keys and the weeks' rows (inspect()): damage in a week's or a PR's body shows when it
    // is read (it is read from the source again) and when a write meets it. Only then is the whole file checked.
    if (!isOpen())
        return false;
    bool damaged = false;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        if (!q.exec(u"PRAGMA quick_check"_s)) {
            const int code = sqliteCode(q.lastError());
            damaged = code == SqliteCorrupt || code == SqliteNotADatabase;
        } else {
            damaged = !q.next() || q.value(0).toString() != u"ok";
        }
    }
    return damaged && startOver(Recovery::SetAsideCorrupt);
}

void WeekCache::storeWeekInBackground(const WeekData &data)
{
    waitForBackground();
    if (!isOpen()) {
        m_backgroundError = tr("The cache is not open.");
        return;
    }
    const QString connection = m_connection + u"-background"_s;
    m_background = QtConcurrent::run(writerPool(), [path = m_path, timeout = m_busyTimeoutMs, connection, data] {
        QString error;
        {
            // A connection belongs to the thread that uses it: this one is opened, used and closed here.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(timeout));
            if (db.open()) {
                QSqlQuery(db).exec(u"PRAGMA synchronous = NORMAL"_s); // as the cache's own connection
                error = writeWeek(db, path, data);
                // Fold the week into the file now, on this thread, rather than when the last connection closes.
                if (error.isEmpty())
                    QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
            } else {
                error = tr("Could not open the cache file %1: %2")
                            .arg(QDir::toNativeSeparators(path), db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return error;
    });
}

void WeekCache::waitForBackground()
{
    if (!m_background.isValid())
        return;
    const QString error = m_background.result(); // waits
    m_background = {};
    if (!error.isEmpty())
        m_backgroundError = error;
}

bool WeekCache::finishWrites()
{
    waitForBackground();
    if (m_backgroundError.isEmpty())
        return true;
    const QString error = std::exchange(m_backgroundError, {});
    // A damaged file is set aside: the week is not kept, but the next run has a working cache.
    return fail(setAsideIfDamaged() ? m_lastWarning : error);
}

bool WeekCache::removeWeek(const QString &repoKey, IsoWeek week, UtcOffset zone)
{
    waitForBackground();
    if (!isOpen())
        return fail(tr("The cache is not open."));
    qCDebug(lcCache).noquote() << "removing week" << week.toString() << zone.displayName() << "of" << repoKey;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM weeks WHERE repo = ? AND week = ? AND zone = ?"_s);
    q.addBindValue(repoKey);
    q.addBindValue(week.toString());
    q.addBindValue(zone.seconds());
    if (!q.exec())
        return fail(
            tr("Could not write to the cache file %1: %2").arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    return q.numRowsAffected() > 0;
}

std::optional<QList<FileChange>> WeekCache::patches(const RepoRef &repo, int number, const QString &mergeSha) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT data FROM patches WHERE repo = ? AND number = ? AND sha = ?"_s);
    q.addBindValue(repo.key());
    q.addBindValue(number);
    q.addBindValue(mergeSha.isNull() ? u""_s : mergeSha); // a source without merge commits: never NULL
    if (!q.exec() || !q.next())
        return std::nullopt;
    const QJsonDocument doc = unpack(q.value(0).toByteArray());
    if (!doc.isArray())
        return std::nullopt;
    QList<FileChange> files;
    for (const QJsonValue &v : doc.array())
        files.append(fileChangeFromJson(v.toObject()));
    return files;
}

bool WeekCache::storePatches(const RepoRef &repo, int number, const QString &mergeSha, const QList<FileChange> &files)
{
    waitForBackground();
    if (!isOpen())
        return fail(tr("The cache is not open."));
    const QByteArray blob = encodeFiles(files);
    const auto write = [&] {
        QSqlQuery insert(QSqlDatabase::database(m_connection, false));
        return insertPatches(insert, m_path, repo.key(), number, mergeSha, blob);
    };
    QString error = write();
    if (!error.isEmpty() && setAsideIfDamaged())
        error = write(); // into the fresh cache
    return error.isEmpty() || fail(error);
}

QList<WeekCache::Entry> WeekCache::entries() const
{
    QList<Entry> out;
    if (!isOpen())
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT repo, week, zone, fetched_at, pull_count, length(data) FROM weeks "
                "ORDER BY repo, week DESC, zone"_s))
        return out;
    while (q.next()) {
        Entry e;
        e.repoKey = q.value(0).toString();
        e.week = IsoWeek::parse(q.value(1).toString()).value_or(IsoWeek());
        e.zone = UtcOffset(q.value(2).toInt());
        e.fetchedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate).toUTC();
        e.pullCount = q.value(4).toInt();
        e.bytes = q.value(5).toLongLong();
        out.append(e);
    }
    return out;
}

qint64 WeekCache::sizeOnDisk() const
{
    qint64 total = QFileInfo(m_path).size();
    for (const QString &suffix : siblingSuffixes())
        total += QFileInfo(m_path + suffix).size();
    return total;
}

bool WeekCache::clear()
{
    waitForBackground();
    if (!isOpen())
        return fail(tr("The cache is not open."));
    qCDebug(lcCache).noquote() << "clearing the cache" << QDir::toNativeSeparators(m_path);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    {
        QSqlQuery q(db);
        if (!db.transaction() || !q.exec(u"DELETE FROM weeks"_s) || !q.exec(u"DELETE FROM patches"_s)) {
            const QString reason = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
            db.rollback();
            return fail(tr("Could not write to the cache file %1: %2").arg(QDir::toNativeSeparators(m_path), reason));
        }
    }
    if (!db.commit())
        return fail(tr("Could not write to the cache file %1: %2")
                .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    // Give the space back: fold the log into the file and shrink it.
    QSqlQuery q(db);
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.exec(u"VACUUM"_s);
    return true;
}

} // namespace PrLens
