// SPDX-License-Identifier: MIT
#include "reportoutputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace PrLens {

namespace {

/// Links followed at most, as the kernel's MAXSYMLINKS.
constexpr int MaxLinks = 40;

bool lstatPath(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

bool isSymlink(const QString &path)
{
    struct stat st = {};
    return lstatPath(path, &st) && S_ISLNK(st.st_mode);
}

QString refusedLink(const QString &path)
{
    return QCoreApplication::translate("PrLens::ReportOutputFile",
                                       "%1 is a symbolic link owned by another user; PR Lens does not write "
                                       "through it. Remove the link or choose another file.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

ReportOutputFile::ReportOutputFile(const QString &path)
{
    if (!resolve(path))
        return;
    m_save.setFileName(m_target);
    m_direct.setFileName(m_target);
    const QFileInfo info(m_target);
    // exists() and not isFile(): a device, a socket or a FIFO (a directory fails to open either way).
    m_inPlace = info.exists() && !info.isFile() && !info.isDir();
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
        if (::stat(QFile::encodeName(folder).constData(), &dir) != 0
            || !mayFollowSymlink(link.st_uid, ::geteuid(), dir.st_uid, dir.st_mode)) {
            m_refusal = refusedLink(path);
            return false;
        }
        const QString next = QFileInfo(current).symLinkTarget();
        if (next.isEmpty())
            break;
        current = next;
    }
    m_refusal = QCoreApplication::translate("PrLens::ReportOutputFile", "Too many levels of symbolic links in %1.")
                    .arg(QDir::toNativeSeparators(path));
    return false;
}

bool ReportOutputFile::open()
{
    if (!m_refusal.isEmpty())
        return false;
    if (m_inPlace) {
        // O_NOFOLLOW: a link put in the device's place since it was checked is not followed.
        const int fd = ::open(QFile::encodeName(m_target).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            m_refusal = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        return m_direct.open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle);
    }
    if (!m_save.open(QIODevice::WriteOnly))
        return false;
    // QSaveFile resolves links itself when it opens: a link put in place since the check is refused.
    if (isSymlink(m_target)) {
        m_save.cancelWriting();
        m_refusal = QCoreApplication::translate("PrLens::ReportOutputFile",
                                                "%1 was replaced by a symbolic link while opening it; nothing was "
                                                "written.")
                        .arg(QDir::toNativeSeparators(m_target));
        return false;
    }
    return true;
}

QIODevice *ReportOutputFile::device()
{
    if (m_inPlace)
        return &m_direct;
    return &m_save;
}

bool ReportOutputFile::commit()
{
    if (!m_inPlace)
        return m_save.commit();
    const bool ok = m_direct.flush() && m_direct.error() == QFileDevice::NoError;
    m_direct.close();
    return ok;
}

QString ReportOutputFile::errorString() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    return m_inPlace ? m_direct.errorString() : m_save.errorString();
}

} // namespace PrLens
