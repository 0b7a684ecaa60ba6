// SPDX-License-Identifier: MIT
#include "dashboardchart.h"

#include <QAbstractAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace PrLens {

DashboardChart::DashboardChart(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    chart()->legend()->setVisible(false);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
}

QSize DashboardChart::minimumSizeHint() const
{
    return {160, 140};
}

bool DashboardChart::isDark() const
{
    const QPalette p = palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor DashboardChart::seriesColor(int n) const
{
    // A qualitative palette readable on light and dark backgrounds.
    static constexpr QRgb light[] = {0x3465a4, 0xf57900, 0x4e9a06, 0xcc0000, 0x75507b, 0xc4a000, 0x06989a, 0x888a85};
    static constexpr QRgb dark[] = {0x729fcf, 0xfcaf3e, 0x8ae234, 0xef2929, 0xad7fa8, 0xfce94f, 0x34e2e2, 0xbabdb6};
    const auto count = int(std::size(light));
    return QColor::fromRgb(isDark() ? dark[n % count] : light[n % count]);
}

void DashboardChart::applyPalette()
{
    const QPalette p = palette();
    QChart *c = chart();
    c->setBackgroundBrush(p.base());
    c->setBackgroundPen(Qt::NoPen);
    c->setTitleBrush(p.text());
    c->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    const auto axes = c->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(p.text());
        axis->setTitleBrush(p.text());
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    setBackgroundBrush(p.base());
}

QString DashboardChart::emptyText() const
{
    return tr("No data for this week");
}

void DashboardChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyPalette();
    QChartView::changeEvent(event);
}

void DashboardChart::paintEvent(QPaintEvent *event)
{
    QChartView::paintEvent(event);
    if (!isEmpty())
        return;
    QPainter painter(viewport());
    QColor c = palette().color(QPalette::Text);
    c.setAlpha(150);
    painter.setPen(c);
    painter.drawText(viewport()->rect().adjusted(8, 24, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
}

} // namespace PrLens
