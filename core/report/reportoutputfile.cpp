// SPDX-License-Identifier: MIT
#include "reportoutputfile.h"

#include <QFileInfo>

namespace PrLens {

ReportOutputFile::ReportOutputFile(const QString &path)
    : m_save(path)
    , m_direct(path)
{
    const QFileInfo info(path);
    // exists() and not isFile(): a device, a socket or a FIFO (a directory fails to open either way).
    m_inPlace = info.exists() && !info.isFile() && !info.isDir();
}

bool ReportOutputFile::open()
{
    return m_inPlace ? m_direct.open(QIODevice::WriteOnly) : m_save.open(QIODevice::WriteOnly);
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
    return m_inPlace ? m_direct.errorString() : m_save.errorString();
}

} // namespace PrLens
