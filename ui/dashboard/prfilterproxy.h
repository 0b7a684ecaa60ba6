// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"

#include <QSortFilterProxyModel>

namespace PrLens {

/// Filters the PR list by search text (all words must match title, author, tags or paths) and by a chart filter.
class PrFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PrFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setChartFilter(const ChartFilter &filter);
    ChartFilter chartFilter() const { return m_chartFilter; }
    void clearChartFilter() { setChartFilter({}); }

Q_SIGNALS:
    void chartFilterChanged(const PrLens::ChartFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    ChartFilter m_chartFilter;
};

} // namespace PrLens
