// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

namespace PrLens {

/// Where a report is written: a QSaveFile (never a half-written file) for a regular path, but the path itself when
/// it is a device or a pipe (/dev/null, /dev/stdout, a FIFO): renaming a file over it would replace it.
/// A symbolic link is followed only when mayFollowSymlink() allows it, so a link planted by another user in a
/// shared folder cannot make PR Lens replace the file it points to.
class ReportOutputFile
{
public:
    explicit ReportOutputFile(const QString &path);

    bool open();
    /// The device to write to, valid once open() succeeded.
    QIODevice *device();
    /// Finishes the write: a saved file replaces the old one only now.
    bool commit();
    QString errorString() const;
    /// Whether the path is written in place (an existing device or pipe).
    bool inPlace() const { return m_inPlace; }

    /// Whether a process running as @p follower may write through a link owned by @p linkOwner that sits in a
    /// folder owned by @p folderOwner with mode @p folderMode (st_mode bits): only through its own links, or —
    /// as the kernel's protected_symlinks rule allows in a sticky, world-writable folder such as /tmp — the
    /// folder owner's.
    static bool mayFollowSymlink(uint linkOwner, uint follower, uint folderOwner, uint folderMode);

private:
    bool resolve(const QString &path);

    bool m_inPlace = false;
    QString m_target; ///< the path written, links resolved
    QString m_refusal; ///< why the path is not written, or empty
    QSaveFile m_save;
    QFile m_direct;
};

} // namespace PrLens
