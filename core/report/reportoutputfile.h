// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QString>

namespace PrLens {

/// Where a report is written. A regular path gets a new file, never a half-written one: a temporary file created
/// next to it (O_CREAT | O_EXCL | O_NOFOLLOW, so nothing already there is opened), written, synced and renamed over
/// the path on commit(). rename() replaces whatever is at the path — a symbolic link planted there after the checks
/// included — and never writes through it. A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written in place,
/// opened with O_NOFOLLOW: renaming a file over it would replace it.
/// A symbolic link that is at the path when the object is made is followed only when mayFollowSymlink() allows it,
/// so a link planted by another user in a shared folder cannot make PR Lens replace the file it points to.
class ReportOutputFile {
public:
    explicit ReportOutputFile(const QString &path);
    /// Removes the temporary file when the report was not committed.
    ~ReportOutputFile();
    ReportOutputFile(const ReportOutputFile &) = delete;
    ReportOutputFile &operator=(const ReportOutputFile &) = delete;

    bool open();
    /// The device to write to, valid once open() succeeded.
    QIODevice *device();
    /// Finishes the write: the new file replaces what was at the path only now.
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
    bool openInPlace();
    bool openTemporary();
    bool commitTemporary();
    void discardTemporary();

    bool m_inPlace = false;
    QString m_target; ///< the path written, links resolved
    QString m_temporary; ///< the file being written until commit(), or empty
    QString m_error; ///< why the path is not written, or empty
    QFile m_file; ///< the device or the temporary file
};

} // namespace PrLens
