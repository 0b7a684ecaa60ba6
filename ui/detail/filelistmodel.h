// SPDX-License-Identifier: MIT
#pragma once

#include "pullrequest.h"

#include <QAbstractTableModel>

namespace PrLens {

/// The files of one pull request: status, path, added and removed lines.
class FileListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { StatusColumn, PathColumn, AddedColumn, RemovedColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, FileIndexRole };

    explicit FileListModel(QObject *parent = nullptr);

    void setFiles(const QList<FileChange> &files);
    const QList<FileChange> &files() const { return m_files; }
    /// Row of the file with this path, or -1.
    int rowOf(const QString &path) const;
    /// Re-reads the headers and status names in the current language.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// One-letter status code as in `git status` (A, M, D, R, C, T).
    static QString statusCode(FileChange::Status status);
    QString statusName(FileChange::Status status) const;

private:
    QList<FileChange> m_files;
};

} // namespace PrLens
