// SPDX-License-Identifier: MIT
#include "prfilterproxy.h"

#include "prtablemodel.h"

using namespace Qt::StringLiterals;

namespace PrLens {

PrFilterProxy::PrFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PrTableModel::SortRole);
    setDynamicSortFilter(true);
}

void PrFilterProxy::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void PrFilterProxy::setChartFilter(const ChartFilter &filter)
{
    if (filter == m_chartFilter)
        return;
    m_chartFilter = filter;
    invalidateRowsFilter();
    Q_EMIT chartFilterChanged(m_chartFilter);
}

bool PrFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_words.isEmpty()) {
        const QString haystack = idx.data(PrTableModel::SearchTextRole).toString();
        for (const QString &w : m_words)
            if (!haystack.contains(w))
                return false;
    }
    if (!m_chartFilter.isActive())
        return true;
    int role = 0;
    switch (m_chartFilter.kind) {
    case ChartFilter::Kind::Tag:
        role = PrTableModel::TagsRole;
        break;
    case ChartFilter::Kind::File:
        role = PrTableModel::PathsRole;
        break;
    case ChartFilter::Kind::Module:
        role = PrTableModel::ModulesRole;
        break;
    case ChartFilter::Kind::Risk:
        role = PrTableModel::RiskRulesRole;
        break;
    case ChartFilter::Kind::MergeTime:
        return idx.data(PrTableModel::MergeTimeBucketRole).toString() == m_chartFilter.key;
    case ChartFilter::Kind::Reviewer:
        role = PrTableModel::ReviewersRole;
        break;
    case ChartFilter::Kind::None:
        return true;
    }
    return idx.data(role).toStringList().contains(m_chartFilter.key);
}

bool PrFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(PrTableModel::SortRole);
    const QVariant r = right.data(PrTableModel::SortRole);
    if (l.typeId() == QMetaType::Int && r.typeId() == QMetaType::Int) {
        if (l.toInt() != r.toInt())
            return l.toInt() < r.toInt();
    } else if (const int c = QString::compare(l.toString(), r.toString()); c != 0) {
        return c < 0;
    }
    // Stable tie-break on the PR number so equal keys keep a predictable order.
    return left.data(PrTableModel::NumberRole).toInt() < right.data(PrTableModel::NumberRole).toInt();
}

} // namespace PrLens
