// SPDX-License-Identifier: MIT
#include "prtablemodel.h"

#include "plaintooltip.h"
#include "reviewflowreport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

#include <climits>

using namespace Qt::StringLiterals;

namespace PrLens {

PrTableModel::PrTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Models are not widgets: listen for the language change on the application.
    QCoreApplication::instance()->installEventFilter(this);
}

bool PrTableModel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void PrTableModel::setRows(const QList<PrRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_searchText.clear();
    m_searchText.reserve(m_rows.size());
    m_rowOfNumber.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        const PrRow &r = m_rows.at(i);
        QString text = r.pr.title + u'\n' + r.pr.author + u'\n' + r.tags.join(u'\n') + u'\n' + r.tagLabels.join(u'\n');
        for (const FileChange &f : r.pr.files)
            text += u'\n' + f.path;
        m_searchText.append(text.toLower());
        if (r.pr.number > 0)
            m_rowOfNumber.insert(r.pr.number, i);
    }
    endResetModel();
}

const PrRow *PrTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int PrTableModel::rowOfNumber(int number) const
{
    return m_rowOfNumber.value(number, -1);
}

int PrTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PrTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PrTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PrRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, index.column());
    case Qt::ToolTipRole:
        return toolTipData(r, index.column());
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case SortRole:
        return sortData(r, index.column());
    case SearchTextRole:
        return m_searchText.at(index.row());
    default:
        return rowData(r, role);
    }
}

QVariant PrTableModel::displayData(const PrRow &r, int column) const
{
    const PullRequest &pr = r.pr;
    switch (column) {
    case NumberColumn:
        return pr.number > 0 ? u"#%1"_s.arg(pr.number) : tr("direct");
    case TitleColumn:
        return pr.title;
    case AuthorColumn:
        return pr.author;
    case TagsColumn:
        return r.tagLabels.join(u", "_s);
    case SizeColumn:
        return tr("+%1 −%2").arg(QLocale().toString(pr.additions), QLocale().toString(pr.deletions));
    case FilesColumn:
        return QLocale().toString(pr.changedFiles > 0 ? pr.changedFiles : int(pr.files.size()));
    case ImportanceColumn:
        return r.importance;
    case RisksColumn:
        return r.risks.isEmpty() ? QVariant() : QVariant(r.risks.size());
    case WaitedColumn:
        if (!r.reviewFlow.known)
            return QVariant();
        return r.reviewFlow.waitedForReview ? ReviewFlowReport::duration(double(*r.reviewFlow.waitedForReview))
                                            : tr("not reviewed");
    case OpenForColumn:
        return r.reviewFlow.openFor ? ReviewFlowReport::duration(double(*r.reviewFlow.openFor)) : QVariant();
    }
    return {};
}

QVariant PrTableModel::toolTipData(const PrRow &r, int column) const
{
    const PullRequest &pr = r.pr;
    switch (column) {
    case WaitedColumn:
        if (r.reviewFlow.known && r.reviewFlow.waitedForReview)
            return plainToolTip(tr("First review by %1 after %2")
                    .arg(
                        r.reviewFlow.firstReviewer, ReviewFlowReport::duration(double(*r.reviewFlow.waitedForReview))));
        if (r.reviewFlow.known)
            return tr("Merged without a review by a person other than its author");
        break;
    case TitleColumn:
        return plainToolTip(pr.title);
    case ImportanceColumn:
        return plainToolTip(tr("Importance %1 of 5: %2").arg(r.importance).arg(r.importanceReason));
    case SizeColumn:
        return QString(
            tr("%n line(s) added", nullptr, pr.additions) + u'\n' + tr("%n line(s) removed", nullptr, pr.deletions));
    default:
        break;
    }
    return {};
}

QVariant PrTableModel::alignment(int column)
{
    switch (column) {
    case NumberColumn:
    case SizeColumn:
    case FilesColumn:
    case ImportanceColumn:
    case WaitedColumn:
    case OpenForColumn:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
}

QVariant PrTableModel::sortData(const PrRow &r, int column)
{
    const PullRequest &pr = r.pr;
    switch (column) {
    case NumberColumn:
        return pr.number;
    case TitleColumn:
        return pr.title.toLower();
    case AuthorColumn:
        return pr.author.toLower();
    case TagsColumn:
        return r.tags.join(u',').toLower();
    case SizeColumn:
        return pr.size();
    case FilesColumn:
        return pr.changedFiles > 0 ? pr.changedFiles : int(pr.files.size());
    case ImportanceColumn:
        return r.importance;
    case RisksColumn: {
        int weight = 0;
        for (const RiskBadge &b : r.risks)
            weight += 1 + int(b.severity);
        return weight;
    }
    case WaitedColumn:
        // not reviewed sorts after the longest wait; unknown before everything
        return !r.reviewFlow.known         ? -1
            : r.reviewFlow.waitedForReview ? int(std::min<qint64>(*r.reviewFlow.waitedForReview, INT_MAX - 1))
                                           : INT_MAX;
    case OpenForColumn:
        return r.reviewFlow.openFor ? int(std::min<qint64>(*r.reviewFlow.openFor, INT_MAX)) : -1;
    }
    return {};
}

/// The roles the filters, delegates and charts read, the same for every column.
QVariant PrTableModel::rowData(const PrRow &r, int role)
{
    const PullRequest &pr = r.pr;
    switch (role) {
    case NumberRole:
        return pr.number;
    case TagsRole:
        return r.tags;
    case PathsRole: {
        QStringList paths;
        paths.reserve(pr.files.size());
        for (const FileChange &f : pr.files)
            paths.append(f.path);
        return paths;
    }
    case ModulesRole:
        return r.modules;
    case RiskRulesRole: {
        QStringList ids;
        for (const RiskBadge &b : r.risks)
            ids.append(b.ruleId);
        return ids;
    }
    case RisksRole: {
        QVariantList list;
        for (const RiskBadge &b : r.risks)
            list.append(QVariantMap {{u"ruleId"_s, b.ruleId}, {u"name"_s, b.name}, {u"shortName"_s, b.shortName},
                {u"severity"_s, int(b.severity)}, {u"evidence"_s, b.evidence}});
        return list;
    }
    case HighlightedRole:
        return r.highlighted;
    case ReviewersRole:
        return r.reviewers;
    case MergeTimeBucketRole:
        return r.reviewFlow.openFor ? mergeTimeBucket(*r.reviewFlow.openFor) : QString();
    default:
        break;
    }
    return {};
}

QVariant PrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NumberColumn:
            return tr("PR");
        case TitleColumn:
            return tr("Title");
        case AuthorColumn:
            return tr("Author");
        case TagsColumn:
            return tr("Tags");
        case SizeColumn:
            return tr("+/−");
        case FilesColumn:
            return tr("Files");
        case ImportanceColumn:
            return tr("Importance");
        case RisksColumn:
            return tr("Risks");
        case WaitedColumn:
            return tr("Waited for review");
        case OpenForColumn:
            return tr("Open for");
        }
    }
    if (role != Qt::ToolTipRole)
        return {};
    // The whole header, as a narrow list elides it, and what the figure means where it needs saying.
    const QString name = headerData(section, orientation, Qt::DisplayRole).toString();
    switch (section) {
    case WaitedColumn:
        return u"%1\n%2"_s.arg(name,
            tr("From ready for review (or opening) to the first review by a person other "
               "than the author"));
    case OpenForColumn:
        return u"%1\n%2"_s.arg(name, tr("From ready for review (or opening) to the merge"));
    case ImportanceColumn:
        return u"%1\n%2"_s.arg(name, tr("1 (minor) to 5 (most important), from size, breadth, core paths and risks"));
    default:
        return name;
    }
}

void PrTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace PrLens
