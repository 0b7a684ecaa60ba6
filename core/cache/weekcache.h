// SPDX-License-Identifier: MIT
#pragma once

#include "weekdata.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace PrLens {

/// A per-user SQLite file holding loaded weeks and PR patches, so they can be shown again offline.
/// Tokens are never stored. Each instance uses its own database connection, on the thread that opened it.
class WeekCache : public QObject {
    Q_OBJECT
public:
    /// One stored week, as listed by entries().
    struct Entry {
        QString repoKey;
        IsoWeek week;
        UtcOffset zone;
        QDateTime fetchedAt; ///< UTC
        int pullCount = 0;
        qint64 bytes = 0; ///< compressed size of the stored week
    };

    /// What open() did with an existing file that was not a usable cache.
    enum class Recovery { None, SetAsideCorrupt, SetAsideForeign, SetAsideNewer };

    static constexpr qint32 ApplicationId = 0x50524C4E; ///< "PRLN"
    static constexpr int SchemaVersion = 1;

    explicit WeekCache(QObject *parent = nullptr);
    ~WeekCache() override;

    /// QStandardPaths::CacheLocation/prlens-cache.sqlite
    static QString defaultPath();

    /// How long a statement waits for another process's lock before it gives up (default 5 s).
    void setBusyTimeout(int milliseconds) { m_busyTimeoutMs = milliseconds; }

    /// Opens (creating if needed) the cache file; an empty path means defaultPath().
    /// A damaged or foreign file is moved aside and a fresh cache created; lastWarning() then says so.
    /// A file that is merely locked (another PR Lens is writing) or unreadable is left as it is.
    /// Returns false when no usable cache could be made (lastError() says why).
    bool open(const QString &path = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Translated note about a file that was set aside at open(), or empty.
    QString lastWarning() const { return m_lastWarning; }
    Recovery lastRecovery() const { return m_recovery; }
    /// Where the set-aside file went, or empty.
    QString setAsidePath() const { return m_asidePath; }
    /// Translated reason of the last failed operation, or empty.
    QString lastError() const { return m_lastError; }

    /// Whether week() reads the PRs' patch text as well (from the patches table).
    enum class PatchText { Read, Skip };
    /// The cached week. With PatchText::Skip its PRs keep their file lists but no patch text and are marked as
    /// without patches (patchesLoaded false): for a week that serves as history (paths, sizes, authors), at a
    /// fraction of the cost.
    std::optional<WeekData> week(
        const RepoRef &repo, IsoWeek week, UtcOffset zone, PatchText patchText = PatchText::Read) const;
    /// The PRs of the cached week whose patches can be asked again with their validators (read, with
    /// validators), with their patches: the patches of the other PRs are not read at all.
    QList<PullRequest> revalidatablePulls(const RepoRef &repo, IsoWeek week, UtcOffset zone) const;
    /// Stores (replacing) a week in one transaction; its PRs' loaded patches are stored alongside.
    bool storeWeek(const WeekData &data);
    /// storeWeek() on a thread of its own with a connection of its own, so that the caller goes on meanwhile.
    /// Until it is done, reads see the cache as it was before; every other write, close() and the destructor
    /// wait for it first. finishWrites() waits for it and says whether it (or an earlier one) failed.
    void storeWeekInBackground(const WeekData &data);
    /// Waits for the background write; false (lastError() says why) when a background write failed since the
    /// last call.
    bool finishWrites();
    bool removeWeek(const QString &repoKey, IsoWeek week, UtcOffset zone);

    std::optional<QList<FileChange>> patches(const RepoRef &repo, int number, const QString &mergeSha) const;
    bool storePatches(const RepoRef &repo, int number, const QString &mergeSha, const QList<FileChange> &files);

    QList<Entry> entries() const;
    /// Bytes on disk, including the write-ahead log.
    qint64 sizeOnDisk() const;
    /// Removes every stored week and patch.
    bool clear();

Q_SIGNALS:
    /// Emitted with lastWarning() when open(), or a write that met a damaged file, had to set the file aside.
    void warning(const QString &message);

private:
    enum class Check { Usable, Empty, Corrupt, Foreign, Newer, Busy, Unreadable };
    Check inspect();
    Check failedCheck(const QSqlQuery &q);
    QString failureReason(const QSqlError &error) const;
    bool openConnection();
    void closeConnection();
    bool createSchema();
    static bool schemaIsCurrent(QSqlQuery &q);
    bool setAside(Recovery why);
    void attachPatches(WeekData *week) const;
    /// The week's row as JSON (its PRs without their patch text), or empty.
    QByteArray weekJson(const RepoRef &repo, IsoWeek week, UtcOffset zone) const;
    /// The week of a row's JSON, without its patch text.
    static std::optional<WeekData> weekFromJson(const QByteArray &json);
    /// Writes @p data in one transaction through @p db (the file at @p path); returns why it failed, or empty.
    static QString writeWeek(QSqlDatabase &db, const QString &path, const WeekData &data);
    static QString insertPatches(QSqlQuery &insert, const QString &path, const QString &repoKey, int number,
        const QString &mergeSha, const QByteArray &blob);
    static QString writeFailure(const QString &path, const QString &reason);
    /// Waits for the background write; its failure is kept for finishWrites().
    void waitForBackground();
    /// After a failed write: checks the whole file and, when it is damaged, sets it aside with a new, empty cache
    /// in its place (warning()); true when the write can be made again.
    bool setAsideIfDamaged();
    /// Sets the file aside (@p why) and opens a new, empty cache in its place; warning() says so.
    bool startOver(Recovery why);
    bool fail(const QString &message) const;

    QString m_connection;
    QString m_path;
    QString m_lastWarning;
    QString m_asidePath;
    mutable QString m_lastError;
    QString m_inspectError; ///< what inspect() could not read, for Check::Unreadable
    int m_busyTimeoutMs = 5000;
    Recovery m_recovery = Recovery::None;
    QFuture<QString> m_background; ///< the write storeWeekInBackground() started, its failure or empty
    QString m_backgroundError; ///< a background write's failure, until finishWrites()
};

} // namespace PrLens
