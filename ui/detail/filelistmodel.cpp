// SPDX-License-Identifier: MIT
#include "filelistmodel.h"

#include "plaintooltip.h"

// Added/removed colours are mid-tones readable on light and dark bases alike.

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace PrLens {

FileListModel::FileListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FileListModel::setFiles(const QList<FileChange> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int FileListModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_files.size(); ++i) {
        if (m_files.at(i).path == path)
            return i;
    }
    return -1;
}

void FileListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_files.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int FileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int FileListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FileListModel::statusCode(FileChange::Status status)
{
    switch (status) {
    case FileChange::Status::Added:
        return u"A"_s;
    case FileChange::Status::Removed:
        return u"D"_s;
    case FileChange::Status::Renamed:
        return u"R"_s;
    case FileChange::Status::Copied:
        return u"C"_s;
    case FileChange::Status::Changed:
        return u"T"_s;
    case FileChange::Status::Unchanged:
        return u"U"_s;
    case FileChange::Status::Modified:
        break;
    }
    return u"M"_s;
}

QString FileListModel::statusName(FileChange::Status status) const
{
    switch (status) {
    case FileChange::Status::Added:
        return tr("Added");
    case FileChange::Status::Removed:
        return tr("Removed");
    case FileChange::Status::Renamed:
        return tr("Renamed");
    case FileChange::Status::Copied:
        return tr("Copied");
    case FileChange::Status::Changed:
        return tr("Type changed");
    case FileChange::Status::Unchanged:
        return tr("Unchanged");
    case FileChange::Status::Modified:
        break;
    }
    return tr("Modified");
}

QVariant FileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FileChange &f = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusCode(f.status);
        case PathColumn:
            return f.previousPath.isEmpty() || f.previousPath == f.path ? f.path
                                                                        : tr("%1 → %2").arg(f.previousPath, f.path);
        case AddedColumn:
            return f.binary ? QVariant() : QVariant(u"+%1"_s.arg(f.additions));
        case RemovedColumn:
            return f.binary ? QVariant() : QVariant(u"−%1"_s.arg(f.deletions));
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("%1: %2").arg(statusName(f.status), f.path);
        if (f.binary)
            tip = tr("%1 (binary)").arg(tip);
        return plainToolTip(tip);
    }
    case Qt::ForegroundRole:
        if (index.column() == AddedColumn)
            return QColor(0x2d, 0xa4, 0x4e);
        if (index.column() == RemovedColumn)
            return QColor(0xe5, 0x48, 0x4d);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AddedColumn || index.column() == RemovedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == StatusColumn)
            return Qt::AlignCenter;
        break;
    case PathRole:
        return f.path;
    case FileIndexRole:
        return index.row();
    default:
        break;
    }
    return {};
}

QVariant FileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case PathColumn:
        return tr("File");
    case AddedColumn:
        return tr("Added");
    case RemovedColumn:
        return tr("Removed");
    default:
        return {};
    }
}

} // namespace PrLens
