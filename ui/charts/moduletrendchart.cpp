// SPDX-License-Identifier: MIT
#include "moduletrendchart.h"

#include "charttext.h"
#include "plaintooltip.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QLegend>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

ModuleTrendChart::ModuleTrendChart(QWidget *parent)
    : DashboardChart(parent)
{
    m_series = new QStackedBarSeries(chart());
    m_series->setBarWidth(0.6);
    chart()->addSeries(m_series);
    m_weekAxis = new QBarCategoryAxis(chart());
    m_valueAxis = new QValueAxis(chart());
    m_valueAxis->setLabelFormat(u"%d"_s);
    m_weekAxis->setTruncateLabels(false); // "W13" always fits; Qt would still cut it to "W…" next to a wide legend
    chart()->addAxis(m_weekAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_weekAxis);
    m_series->attachAxis(m_valueAxis);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignRight);
    connect(chart(), &QChart::plotAreaChanged, this, &ModuleTrendChart::fitWeekLabels);
    setCursor(Qt::PointingHandCursor);
    retranslate();
    rebuild();
}

void ModuleTrendChart::setTrend(const ModuleTrendData &trend)
{
    m_trend = trend;
    rebuild();
}

void ModuleTrendChart::setMaxModules(int n)
{
    m_maxModules = std::max(1, n);
    rebuild();
}

void ModuleTrendChart::activateModule(int i)
{
    if (i < 0 || i >= std::min<qsizetype>(m_trend.modules.size(), m_maxModules))
        return;
    const QString module = m_trend.modules.at(i);
    Q_EMIT filterRequested(ChartFilter {ChartFilter::Kind::Module, module, module});
}

void ModuleTrendChart::rebuild()
{
    m_series->clear();
    QStringList weeks;
    for (const IsoWeek &w : std::as_const(m_trend.weeks))
        weeks.append(u"W%1"_s.arg(w.week(), 2, 10, QChar(u'0')));
    m_weekAxis->setCategories(weeks);

    const int shown = int(std::min<qsizetype>(m_trend.modules.size(), m_maxModules));
    QList<int> totals(m_trend.weeks.size(), 0);
    for (int m = 0; m < m_trend.modules.size(); ++m) {
        const QList<int> &row = m_trend.counts.value(m);
        for (int w = 0; w < totals.size(); ++w)
            totals[w] += row.value(w);
    }
    for (int m = 0; m < shown; ++m) {
        auto *set = new QBarSet(QString()); // named by updateLegendLabels()
        const QList<int> &row = m_trend.counts.value(m);
        for (int w = 0; w < m_trend.weeks.size(); ++w)
            set->append(row.value(w));
        connect(set, &QBarSet::clicked, this, [this, m](int) { activateModule(m); });
        connect(set, &QBarSet::hovered, this, [this, m, set](bool on, int w) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                plainToolTip(tr("%1: %n PR(s)", nullptr, int(set->at(w))).arg(m_trend.modules.at(m))), this);
        });
        m_series->append(set);
    }
    if (m_trend.modules.size() > shown) {
        auto *other = new QBarSet(tr("other"));
        for (int w = 0; w < m_trend.weeks.size(); ++w) {
            int sum = 0;
            for (int m = shown; m < m_trend.modules.size(); ++m)
                sum += m_trend.counts.value(m).value(w);
            other->append(sum);
        }
        m_series->append(other);
    }
    int maxTotal = 1;
    for (int w = 0; w < m_trend.weeks.size(); ++w) {
        int sum = 0;
        for (int m = 0; m < m_trend.modules.size(); ++m)
            sum += m_trend.counts.value(m).value(w);
        maxTotal = std::max(maxTotal, sum);
    }
    m_valueAxis->setRange(0, maxTotal * 1.08);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setVisible(!isEmpty());
    m_weekAxis->setVisible(!isEmpty());
    chart()->legend()->setVisible(!isEmpty());
    updateLegendLabels();
    retranslate();
    applyPalette();
    fitWeekLabels();
    viewport()->update();
}

void ModuleTrendChart::retranslate()
{
    chart()->setTitle(
        tr("Modules over the last %n week(s)", nullptr, int(std::max<qsizetype>(1, m_trend.weeks.size()))));
    const auto sets = m_series->barSets();
    if (m_trend.modules.size() > m_maxModules && !sets.isEmpty())
        sets.last()->setLabel(tr("other"));
}

void ModuleTrendChart::updateLegendLabels()
{
    // Module names are untrusted: elided as plain text to the legend's width, then escaped (the legend is rich text).
    const QFontMetrics fm(chart()->legend()->font());
    const int maxWidth = std::max(40, int(width() * 0.36) - 3 * fm.height()); // less its marker and spacing
    const auto sets = m_series->barSets();
    for (int m = 0; m < sets.size() && m < m_trend.modules.size() && m < m_maxModules; ++m)
        sets.at(m)->setLabel(chartText(fm.elidedText(m_trend.modules.at(m), Qt::ElideMiddle, maxWidth)));
}

void ModuleTrendChart::fitWeekLabels()
{
    // Beside five other charts a week's column is narrower than "W12": upright labels would run together
    // ("W10W11W12"), so they stand on end instead.
    const QFontMetrics fm(m_weekAxis->labelsFont());
    const int weeks = std::max<int>(1, int(m_trend.weeks.size()));
    const bool fits = chart()->plotArea().width() / weeks >= fm.horizontalAdvance(u"W88"_s) + fm.averageCharWidth();
    const int angle = fits ? 0 : -90;
    if (m_weekAxis->labelsAngle() != angle)
        m_weekAxis->setLabelsAngle(angle);
}

void ModuleTrendChart::resizeEvent(QResizeEvent *event)
{
    // Long module names must not take the plot's width.
    chart()->legend()->setMaximumWidth(width() * 0.36);
    updateLegendLabels();
    DashboardChart::resizeEvent(event);
}

QString ModuleTrendChart::emptyText() const
{
    return tr("No module trend yet");
}

void ModuleTrendChart::applyPalette()
{
    DashboardChart::applyPalette();
    const auto sets = m_series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QColor c = seriesColor(i);
        if (i >= m_maxModules)
            c = palette().color(QPalette::PlaceholderText);
        sets.at(i)->setColor(c);
        sets.at(i)->setBorderColor(palette().color(QPalette::Base));
    }
}

} // namespace PrLens
