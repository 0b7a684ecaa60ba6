// SPDX-License-Identifier: MIT
#include "paintedwidgets.h"

#include <QPainter>
#include <QStyleOptionToolButton>
#include <QStylePainter>

namespace PrLens {

QColor FrameColour::resolve(const QPalette &palette) const
{
    if (fixed.isValid())
        return fixed;
    return role == QPalette::NoRole ? QColor() : palette.color(role);
}

namespace {

/// Paints a rounded rectangle inside @p rect with a hairline @p border (none when invalid) and @p fill.
void paintRoundedRect(QPainter &painter, const QRect &rect, qreal radius, const QColor &border, const QColor &fill)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(border.isValid() ? QPen(border, 1) : QPen(Qt::NoPen));
    painter.setBrush(fill.isValid() ? QBrush(fill) : QBrush(Qt::NoBrush));
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter.restore();
}

} // namespace

RoundedFrame::RoundedFrame(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::NoFrame);
}

void RoundedFrame::setBorder(FrameColour colour)
{
    m_border = colour;
    update();
}

void RoundedFrame::setFill(FrameColour colour)
{
    m_fill = colour;
    update();
}

void RoundedFrame::setRadius(qreal radius)
{
    m_radius = radius;
    update();
}

void RoundedFrame::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintRoundedRect(painter, rect(), m_radius, m_border.resolve(palette()), m_fill.resolve(palette()));
}

BadgeLabel::BadgeLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setForegroundRole(QPalette::HighlightedText);
    setContentsMargins(6, 1, 6, 1);
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void BadgeLabel::paintEvent(QPaintEvent *event)
{
    {
        QPainter painter(this);
        const QColor fill = palette().color(QPalette::Highlight);
        paintRoundedRect(painter, rect(), 3, QColor(), fill);
    }
    QLabel::paintEvent(event);
}

PlainMenuButton::PlainMenuButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

void PlainMenuButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.features &= ~QStyleOptionToolButton::HasMenu;
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

} // namespace PrLens
