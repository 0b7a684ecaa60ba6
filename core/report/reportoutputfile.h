// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QSaveFile>
#include <QString>

namespace PrLens {

/// Where a report is written: a QSaveFile (never a half-written file) for a regular path, but the path itself when
/// it is a device or a pipe (/dev/null, /dev/stdout, a FIFO): renaming a file over it would replace it.
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

private:
    bool m_inPlace = false;
    QSaveFile m_save;
    QFile m_direct;
};

} // namespace PrLens
