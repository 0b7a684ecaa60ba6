// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QTableView;

namespace PrLens {

/// Sizes the PR list's columns to the room the list has, in the language shown: each column as wide as its header
/// and its usual values, the title taking the rest. When the list is narrow the other columns give way first, down
/// to their values (their headers are then elided, the header tooltip has them whole), so the title keeps a
/// readable share; only then does the list scroll sideways. A column the user resized keeps its width.
class PrListColumns : public QObject {
    Q_OBJECT
public:
    /// @p table shows a PrTableModel (through a proxy or not).
    explicit PrListColumns(QTableView *table);

    /// Sizes the columns now (the language or the list's width changed).
    void fit();
    /// Restores the header (order, sorting) saved by QHeaderView::saveState; the widths are fitted again.
    void restoreState(const QByteArray &state);
    /// The least width the title keeps before the list scrolls sideways, at the list's current width.
    int titleMinimum() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Widths {
        int wanted = 0; ///< the whole header and the usual values
        int compact = 0; ///< the usual values, the header elided
    };
    Widths widthsOf(int column) const;

    QTableView *m_table;
    QSet<int> m_userSized; ///< columns the user resized by hand
    bool m_fitting = false;
};

} // namespace PrLens
