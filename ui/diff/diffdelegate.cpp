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
    return text.left(n) + u' '
        + tr("… (line cut, %n character(s))", nullptr, int(std::min<qsizetype>(text.size(), INT_MAX)));
}

QSize DiffDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const DiffModel *>(index.model());
    const QFontMetrics fm(option.font);
    const int columns = model ? model->maxTextColumns() : 80;
    return {gutterWidth(option.font, model) + (columns + 2) * fm.horizontalAdvance(u'0') + Pad, fm.height() + 2};
}

namespace {

/// A code line's text with its highlighting, cut as shownText() cuts it, drawn at @p origin.
void drawCode(QPainter *painter, const QFont &font, const DiffLine &line, const QList<QTextLayout::FormatRange> &all,
    const DiffColors &c, QPointF origin)
{
    const int digit = QFontMetrics(font).horizontalAdvance(u'0');
    const qsizetype shown = DiffDelegate::shownLength(line.text);
    QList<QTextLayout::FormatRange> formats;
    for (const QTextLayout::FormatRange &r : all) {
        if (r.start >= shown)
            continue; // a minified line has a format per token: copy only the shown ones
        formats.append(r);
        formats.last().length = int(std::min<qsizetype>(r.length, shown - r.start));
    }
    const QString text = DiffDelegate::shownText(line.text);
    if (text.size() > shown) {
        QTextCharFormat note;
        note.setForeground(c.dim);
        note.setFontItalic(true);
        formats.append({int(shown), int(text.size() - shown), note});
    }
    QTextLayout layout(text, font);
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
    layout.draw(painter, origin);
}

/// The old and new line numbers and the +/− marker, over the row's gutter colour.
void drawGutter(QPainter *painter, const QStyleOptionViewItem &option, const DiffLine &line,
    const DiffColors::Row &look, const DiffColors &c, const QRect &gutterRect, int numberWidth)
{
    const int digit = QFontMetrics(option.font).horizontalAdvance(u'0');
    painter->fillRect(gutterRect, look.gutter);
    if (option.state & QStyle::State_Selected) {
        QColor sel = option.palette.color(QPalette::Highlight);
        sel.setAlphaF(0.35f);
        painter->fillRect(gutterRect, sel);
    }
    painter->setPen(c.dim);
    if (line.oldLine > 0)
        painter->drawText(QRect(gutterRect.x(), gutterRect.y(), numberWidth - Pad, gutterRect.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(line.oldLine));
    if (line.newLine > 0)
        painter->drawText(QRect(gutterRect.x() + numberWidth, gutterRect.y(), numberWidth - Pad, gutterRect.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(line.newLine));
    if (!look.marker.isEmpty()) {
        painter->setPen(c.text);
        painter->drawText(QRect(gutterRect.x() + 2 * numberWidth, gutterRect.y(), 2 * digit, gutterRect.height()),
            Qt::AlignCenter, look.marker);
    }
}

} // namespace

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
        painter->setPen(c.text);
        drawCode(
            painter, option.font, line, model->formats(index.row()), c, QPointF(row.x() + gutter + Pad, row.y() + 1));
    }

    if (line.kind != DiffLine::Kind::Notice) {
        painter->setClipping(false);
        painter->setFont(option.font);
        drawGutter(painter, option, line, look, c, QRect(left, row.y(), gutter, row.height()), numberWidth);
    }
    painter->restore();
}

} // namespace PrLens
