// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace PrLens {

class DiffModel;

/// Paints a DiffModel row: old/new line-number gutters that stay put when scrolling sideways, a +/- marker,
/// added/removed/hunk backgrounds derived from the palette (readable in light and dark), and highlighted text.
class DiffDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Width of both line-number gutters and the marker column for @p model in @p font.
    static int gutterWidth(const QFont &font, const DiffModel *model);
    /// The text a row lays out for a line's text: at most DiffModel::MaxShownLineLength characters, then a note
    /// that the line was cut, so one huge line costs no more per paint than a normal one.
    static QString shownText(const QString &text);
    /// Length of the line's part in shownText() (the rest is the note).
    static qsizetype shownLength(const QString &text);
};

} // namespace PrLens
