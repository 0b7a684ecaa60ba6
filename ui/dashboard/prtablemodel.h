// SPDX-License-Identifier: MIT
#pragma once

#include "weekview.h"

#include <QAbstractTableModel>

namespace PrLens {

/// The week's merged PRs as a table: one row per PR, fixed columns, sort and filter keys as roles.
class PrTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        TitleColumn,
        AuthorColumn,
        TagsColumn,
        SizeColumn,
        FilesColumn,
        ImportanceColumn,
        RisksColumn,
        WaitedColumn,
        OpenForColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numeric or lower-case key for sorting the column
        SearchTextRole, ///< lower-case title, author, tags and paths
        NumberRole, ///< int
        TagsRole, ///< QStringList
        PathsRole, ///< QStringList
        ModulesRole, ///< QStringList
        RiskRulesRole, ///< QStringList of rule ids
        RisksRole, ///< QVariantList of QVariantMap {ruleId, name, shortName, severity, evidence}
        HighlightedRole, ///< bool
        ReviewersRole, ///< QStringList: people who reviewed it (not its author, no bots)
        MergeTimeBucketRole, ///< QString: its time-to-merge bucket id (see mergeTimeBucket())
    };
    Q_ENUM(Role)

    explicit PrTableModel(QObject *parent = nullptr);

    void setRows(const QList<PrRow> &rows);
    const QList<PrRow> &rows() const { return m_rows; }
    const PrRow *rowAt(int row) const;
    /// Model row of a PR number, or -1.
    int rowOfNumber(int number) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Emits headerDataChanged and dataChanged so views pick up the new language.
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QVariant displayData(const PrRow &r, int column) const;
    QVariant toolTipData(const PrRow &r, int column) const;
    static QVariant alignment(int column);
    static QVariant sortData(const PrRow &r, int column);
    static QVariant rowData(const PrRow &r, int role);
    QList<PrRow> m_rows;
    QStringList m_searchText;
    QHash<int, int> m_rowOfNumber;
};

} // namespace PrLens
