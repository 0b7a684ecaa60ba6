// SPDX-License-Identifier: MIT
#include "diffdelegate.h"

#include "diffcolors.h"
#include "diffmodel.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace PrLens {

namespace {
constexpr int Pad = 4;
constexpr int TabWidth = 4;

int digitsOf(int n)
{
    int d = 1;
    while (n >= 10) {
        n /= 10;
        ++d;
    }
    return d;
}
} // namespace

int DiffDelegate::gutterWidth(const QFont &font, const DiffModel *model)
{
    const QFontMetrics fm(font);
    const int digit = fm.horizontalAdvance(u'0');
    const int numbers = std::max(3, model ? digitsOf(model->maxLineNumber()) : 3);
    return 2 * (numbers * digit + 2 * Pad) + 2 * digit;
}

qsizetype DiffDelegate::shownLength(const QString &text)
{
    qsizetype n = std::min<qsizetype>(text.size(), DiffModel::MaxShownLineLength);
    if (n < text.size() && n > 0 && text.at(n - 1).isHighSurrogate())
        --n; // never split a character
    return n;
}

QString DiffDelegate::shownText(const QString &text)
{
    const qsizetype n = shownLength(text);
    if (n == text.size())
        return text;
    return text.left(n) + u' ' + tr("… (line cut, %n character(s))", nullptr, int(std::min<qsizetype>(text.size(), INT_MAX)));
}

QSize DiffDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DiffModel *>(index.model());
    const QFontMetrics fm(option.font);
    const int columns = model ? model->maxTextColumns() : 80;
    return {gutterWidth(option.font, model) + (columns + 2) * fm.horizontalAdvance(u'0') + Pad, fm.height() + 2};
}

void DiffDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DiffModel *>(index.model());
    if (!model) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const DiffLine &line = model->line(index.row());
    const DiffColors c = DiffColors::forPalette(option.palette);
    const QFontMetrics fm(option.font);
    const int digit = fm.horizontalAdvance(u'0');
    const int numberWidth = std::max(3, digitsOf(model->maxLineNumber())) * digit + 2 * Pad;
    const int gutter = gutterWidth(option.font, model);

    // Gutters stay at the viewport's left edge while the text scrolls sideways.
    int scrollX = 0;
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        scrollX = view->horizontalScrollBar()->value();
    const QRect row = option.rect;
    const int left = row.x() + scrollX;
    const int right = std::max(row.right(), left + (option.widget ? option.widget->width() : row.width()));
    const QRect full(left, row.y(), right - left + 1, row.height());

    painter->save();
    painter->setFont(option.font);

    const DiffColors::Row look = c.row(line.kind);
    const QColor &textBg = look.background;
    const QColor &gutterBg = look.gutter;
    const QString &marker = look.marker;
    painter->fillRect(full, textBg);
    if (option.state & QStyle::State_Selected) {
        QColor sel = option.palette.color(QPalette::Highlight);
        sel.setAlphaF(0.35f);
        painter->fillRect(full, sel);
    }

    const int baseline = row.y() + 1 + fm.ascent();
    const QRect textArea(left + gutter, row.y(), right - left - gutter + 1, row.height());
    painter->setClipRect(textArea);

    if (line.kind == DiffLine::Kind::Notice || line.kind == DiffLine::Kind::NoNewline
        || line.kind == DiffLine::Kind::HunkHeader) {
        QFont f = option.font;
        f.setItalic(line.kind != DiffLine::Kind::HunkHeader);
        painter->setFont(f);
        painter->setPen(line.kind == DiffLine::Kind::HunkHeader ? c.hunkText : c.dim);
        const int x = line.kind == DiffLine::Kind::Notice ? left + Pad : row.x() + gutter + Pad;
        painter->setClipRect(line.kind == DiffLine::Kind::Notice ? full : textArea);
        painter->drawText(QPoint(x, baseline), shownText(line.text));
    } else {
        const qsizetype shown = shownLength(line.text);
        QList<QTextLayout::FormatRange> formats;
        for (const QTextLayout::FormatRange &r : model->formats(index.row())) {
            if (r.start >= shown)
                continue; // a minified line has a format per token: copy only the shown ones
            formats.append(r);
            formats.last().length = int(std::min<qsizetype>(r.length, shown - r.start));
        }
        const QString text = shownText(line.text);
        if (text.size() > shown) {
            QTextCharFormat note;
            note.setForeground(c.dim);
            note.setFontItalic(true);
            formats.append({int(shown), int(text.size() - shown), note});
        }
        QTextLayout layout(text, option.font);
        QTextOption to;
        to.setWrapMode(QTextOption::NoWrap);
        to.setTabStopDistance(TabWidth * digit);
        layout.setTextOption(to);
        layout.setFormats(formats);
        layout.beginLayout();
        QTextLine tl = layout.createLine();
        if (tl.isValid())
            tl.setLineWidth(1e6);
        layout.endLayout();
        painter->setPen(c.text);
        layout.draw(painter, QPointF(row.x() + gutter + Pad, row.y() + 1));
    }

    if (line.kind != DiffLine::Kind::Notice) {
        painter->setClipping(false);
        painter->setFont(option.font);
        const QRect gutterRect(left, row.y(), gutter, row.height());
        painter->fillRect(gutterRect, gutterBg);
        if (option.state & QStyle::State_Selected) {
            QColor sel = option.palette.color(QPalette::Highlight);
            sel.setAlphaF(0.35f);
            painter->fillRect(gutterRect, sel);
        }
        painter->setPen(c.dim);
        if (line.oldLine > 0)
            painter->drawText(QRect(left, row.y(), numberWidth - Pad, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                              QString::number(line.oldLine));
        if (line.newLine > 0)
            painter->drawText(QRect(left + numberWidth, row.y(), numberWidth - Pad, row.height()),
                              Qt::AlignRight | Qt::AlignVCenter, QString::number(line.newLine));
        if (!marker.isEmpty()) {
            painter->setPen(c.text);
            painter->drawText(QRect(left + 2 * numberWidth, row.y(), 2 * digit, row.height()), Qt::AlignCenter, marker);
        }
    }
    painter->restore();
}

} // namespace PrLens
