// SPDX-License-Identifier: MIT
#include "reportoutputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {

/// Links followed at most, as the kernel's MAXSYMLINKS.
constexpr int MaxLinks = 40;

/// Names tried for the temporary file before giving up (each one random: a clash means someone guesses them).
constexpr int MaxTemporaryNames = 16;

/// Characters of the report's own name kept in the temporary file's name, so that it stays under NAME_MAX.
constexpr qsizetype MaxNameInTemporary = 48;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(encoded(path).constData(), st) == 0;
}

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString refusedLink(const QString &path)
{
    return QCoreApplication::translate("PrLens::ReportOutputFile",
        "%1 is a symbolic link owned by another user; PR Lens does not write "
        "through it. Remove the link or choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

/// Makes a rename in @p folder durable; a failure only costs durability, never the report.
void syncFolder(const QString &folder)
{
    const int fd = ::open(encoded(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return;
    ::fsync(fd);
    ::close(fd);
}

} // namespace

ReportOutputFile::ReportOutputFile(const QString &path)
{
    if (!resolve(path))
        return;
    const QFileInfo info(m_target);
    // exists() and not isFile(): a device, a socket or a FIFO (a directory fails to open either way).
    m_inPlace = info.exists() && !info.isFile() && !info.isDir();
}

ReportOutputFile::~ReportOutputFile()
{
    discardTemporary();
}

bool ReportOutputFile::mayFollowSymlink(uint linkOwner, uint follower, uint folderOwner, uint folderMode)
{
    if (linkOwner == follower)
        return true;
    const bool sharedSticky = (folderMode & S_ISVTX) && (folderMode & S_IWOTH);
    return sharedSticky && linkOwner == folderOwner;
}

bool ReportOutputFile::resolve(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int hops = 0; hops <= MaxLinks; ++hops) {
        struct stat link = {};
        if (!lstatPath(current, &link) || !S_ISLNK(link.st_mode)) {
            m_target = current;
            return true;
        }
        const QString folder = QFileInfo(current).absolutePath();
        struct stat dir = {};
        if (::stat(encoded(folder).constData(), &dir) != 0
            || !mayFollowSymlink(link.st_uid, ::geteuid(), dir.st_uid, dir.st_mode)) {
            m_error = refusedLink(path);
            return false;
        }
        const QString next = QFileInfo(current).symLinkTarget();
        if (next.isEmpty())
            break;
        current = next;
    }
    m_error = QCoreApplication::translate("PrLens::ReportOutputFile", "Too many levels of symbolic links in %1.")
                  .arg(QDir::toNativeSeparators(path));
    return false;
}

bool ReportOutputFile::open()
{
    if (!m_error.isEmpty())
        return false;
    return m_inPlace ? openInPlace() : openTemporary();
}

bool ReportOutputFile::openInPlace()
{
    // O_NOFOLLOW: a link put in the device's place since it was checked is not followed.
    const int fd = ::open(encoded(m_target).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        m_error = systemError(errno);
        return false;
    }
    return m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle);
}

bool ReportOutputFile::openTemporary()
{
    struct stat old = {};
    const bool exists = lstatPath(m_target, &old);
    if (exists && S_ISDIR(old.st_mode)) {
        m_error = systemError(EISDIR);
        return false;
    }
    const QFileInfo info(m_target);
    const QString prefix = info.absolutePath() + u"/."_s + info.fileName().left(MaxNameInTemporary) + u".prlens-"_s;
    for (int attempt = 0; attempt < MaxTemporaryNames; ++attempt) {
        const QString name = prefix + QString::number(QRandomGenerator::system()->generate64(), 36);
        // A new file or nothing: O_EXCL never opens what is there, link or not. Mode 0666 less the umask.
        const int fd = ::open(encoded(name).constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd < 0) {
            m_error = systemError(errno);
            return false;
        }
        m_temporary = name;
        if (exists && S_ISREG(old.st_mode))
            ::fchmod(fd, old.st_mode & 0777); // a replaced file keeps its permissions
        if (!m_file.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            m_error = m_file.errorString();
            discardTemporary();
            return false;
        }
        return true;
    }
    m_error = systemError(EEXIST);
    return false;
}

QIODevice *ReportOutputFile::device()
{
    return &m_file;
}

bool ReportOutputFile::commit()
{
    if (!m_inPlace)
        return commitTemporary();
    const bool ok = m_file.flush() && m_file.error() == QFileDevice::NoError;
    m_file.close();
    return ok;
}

bool ReportOutputFile::commitTemporary()
{
    if (m_temporary.isEmpty() || !m_file.isOpen())
        return false;
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        m_error = m_file.errorString();
        discardTemporary();
        return false;
    }
    if (::fsync(m_file.handle()) != 0) {
        m_error = systemError(errno);
        discardTemporary();
        return false;
    }
    m_file.close();
    // rename() replaces the directory entry itself: a link that sits at the path now is replaced, not followed.
    if (::rename(encoded(m_temporary).constData(), encoded(m_target).constData()) != 0) {
        m_error = systemError(errno);
        discardTemporary();
        return false;
    }
    m_temporary.clear();
    syncFolder(QFileInfo(m_target).absolutePath());
    return true;
}

void ReportOutputFile::discardTemporary()
{
    if (m_temporary.isEmpty())
        return;
    m_file.close();
    ::unlink(encoded(m_temporary).constData());
    m_temporary.clear();
}

QString ReportOutputFile::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    return m_file.errorString();
}

} // namespace PrLens
