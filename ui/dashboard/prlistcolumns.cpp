// SPDX-License-Identifier: MIT
#include "prlistcolumns.h"

#include "prtablemodel.h"
#include "reviewflowreport.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

PrListColumns::PrListColumns(QTableView *table)
    : QObject(table)
    , m_table(table)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setTextElideMode(Qt::ElideRight);
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int) {
        if (m_fitting || column == PrTableModel::TitleColumn)
            return;
        // The user's width stays; the title gives or takes the difference, as a stretching column would.
        m_userSized.insert(column);
        QMetaObject::invokeMethod(this, &PrListColumns::fit, Qt::QueuedConnection);
    });
    // The headers' texts change with the language.
    connect(m_table->model(), &QAbstractItemModel::headerDataChanged, this, &PrListColumns::fit);
    m_table->viewport()->installEventFilter(this);
    fit();
}

bool PrListColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}

PrListColumns::Widths PrListColumns::widthsOf(int column) const
{
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics hfm = m_table->horizontalHeader()->fontMetrics();
    const int em = fm.horizontalAdvance(u'M');
    const int pad = 12;
    // The usual values: the widest ones that must not be elided ("#12345", "+1,234 −1,234", durations in the
    // language shown); names and badges read well in `values` and are elided below it only when the list is narrow.
    int values = 0;
    int roomy = 0;
    switch (column) {
    case PrTableModel::NumberColumn:
        values = fm.horizontalAdvance(u"#888888"_s) + pad;
        break;
    case PrTableModel::AuthorColumn:
        values = em * 6;
        roomy = em * 9;
        break;
    case PrTableModel::TagsColumn:
        values = em * 5;
        roomy = em * 8;
        break;
    case PrTableModel::SizeColumn:
        values = fm.horizontalAdvance(u"+8,888 −8,888"_s) + pad;
        break;
    case PrTableModel::FilesColumn:
    case PrTableModel::ImportanceColumn:
        values = fm.horizontalAdvance(u"888"_s) + pad;
        break;
    case PrTableModel::RisksColumn:
        values = em * 9; // one badge with a short rule title ("Core path") and a "+2"
        roomy = em * 12; // … or a long one ("Missing tests")
        break;
    case PrTableModel::WaitedColumn:
        values = std::max(fm.horizontalAdvance(ReviewFlowReport::duration(86340)),
                     fm.horizontalAdvance(PrTableModel::tr("not reviewed")))
            + pad;
        break;
    case PrTableModel::OpenForColumn:
        values = std::max(fm.horizontalAdvance(ReviewFlowReport::duration(6 * 86400 + 23 * 3600)),
                     fm.horizontalAdvance(ReviewFlowReport::duration(86340)))
            + pad;
        break;
    default:
        break;
    }
    // The header: its text, the sort arrow and the margins; elided, a few letters and "…" still say which it is.
    const QString text = m_table->model()->headerData(column, Qt::Horizontal).toString();
    const int header = std::max(m_table->horizontalHeader()->sectionSizeHint(column),
        hfm.horizontalAdvance(text) + hfm.height() + 2 * hfm.averageCharWidth());
    const int elided = header - hfm.horizontalAdvance(text) + hfm.horizontalAdvance(text.left(2) + u'…');
    return {std::max({values, roomy, header}), std::max(values, std::min(header, elided))};
}

int PrListColumns::titleMinimum() const
{
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    return std::clamp(m_table->viewport()->width() * 15 / 100, em * 8, em * 24);
}

void PrListColumns::fit()
{
    if (m_fitting || !m_table->model())
        return;
    m_fitting = true;
    const int columns = m_table->model()->columnCount();
    QList<Widths> widths(columns);
    int wanted = 0;
    int giving = 0; // what the columns can give way
    for (int c = 0; c < columns; ++c) {
        if (c == PrTableModel::TitleColumn || m_table->isColumnHidden(c))
            continue;
        widths[c] = m_userSized.contains(c) ? Widths {m_table->columnWidth(c), m_table->columnWidth(c)} : widthsOf(c);
        wanted += widths[c].wanted;
        giving += widths[c].wanted - widths[c].compact;
    }
    const int room = m_table->viewport()->width();
    const int excess = std::clamp(wanted + titleMinimum() - room, 0, giving);
    // Each column gives its share of the excess; shares taken from running sums add up to it exactly.
    int used = 0;
    qint64 canGiveSoFar = 0;
    int givenSoFar = 0;
    for (int c = 0; c < columns; ++c) {
        if (c == PrTableModel::TitleColumn || m_table->isColumnHidden(c))
            continue;
        const Widths &w = widths[c];
        canGiveSoFar += w.wanted - w.compact;
        const int given = giving > 0 ? int(canGiveSoFar * excess / giving) - givenSoFar : 0;
        givenSoFar += given;
        m_table->setColumnWidth(c, w.wanted - given);
        used += w.wanted - given;
    }
    m_table->setColumnWidth(PrTableModel::TitleColumn, std::max(titleMinimum(), room - used));
    m_fitting = false;
}

void PrListColumns::restoreState(const QByteArray &state)
{
    m_fitting = true;
    m_table->horizontalHeader()->restoreState(state);
    m_fitting = false;
    // Widths of another version or language would not fit: only the order and the sorting are kept.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    fit();
}

} // namespace PrLens
