// SPDX-License-Identifier: MIT
#include "countbarchart.h"

#include "charttext.h"
#include "plaintooltip.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QtMath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace PrLens {

CountBarChart::CountBarChart(ChartFilter::Kind kind, QWidget *parent)
    : DashboardChart(parent)
    , m_kind(kind)
{
    m_series = new QHorizontalBarSeries(chart());
    m_set = new QBarSet(QString(), m_series);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    // Outside the bar: a count never spills over a short bar, and reads in the text colour.
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setBarWidth(0.7);
    chart()->addSeries(m_series);

    m_categoryAxis = new QBarCategoryAxis(chart());
    m_valueAxis = new QValueAxis(chart());
    m_valueAxis->setLabelFormat(u"%d"_s);
    chart()->addAxis(m_categoryAxis, Qt::AlignLeft);
    chart()->addAxis(m_valueAxis, Qt::AlignBottom);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    connect(m_set, &QBarSet::clicked, this, [this](int index) { activateBar(shownCount() - 1 - index); });
    connect(m_set, &QBarSet::hovered, this, [this](bool on, int index) {
        const int i = shownCount() - 1 - index;
        if (!on || i < 0 || i >= m_entries.size()) {
            QToolTip::hideText();
            return;
        }
        const CountEntry &e = m_entries.at(i);
        QToolTip::showText(QCursor::pos(), plainToolTip(tr("%1: %n PR(s)", nullptr, e.count).arg(e.label)), this);
    });
    setCursor(Qt::PointingHandCursor);
    retranslate();
    applyPalette();
    m_fittingBars = fittingBars();
    rebuild();
}

void CountBarChart::setEntries(const QList<CountEntry> &entries)
{
    if (entries == m_entries)
        return;
    m_entries = entries;
    rebuild();
}

void CountBarChart::setMaxBars(int n)
{
    m_maxBars = std::max(1, n);
    rebuild();
}

int CountBarChart::shownCount() const
{
    return int(std::min<qsizetype>(m_entries.size(), std::min(m_maxBars, m_fittingBars)));
}

int CountBarChart::fittingBars() const
{
    // The plot is the height less the title and the value axis; each bar needs its label's line and some air,
    // or the chart draws its name as "...".
    const QFontMetrics labels(m_categoryAxis->labelsFont());
    const QFontMetrics title(chart()->titleFont());
    const int plot = height() - 2 * title.height() - 2 * labels.height() - 16;
    return std::max(1, plot / (labels.height() + 12));
}

QString CountBarChart::displayedLabel(int i) const
{
    return i >= 0 && i < m_displayed.size() ? m_displayed.at(i).trimmed() : QString();
}

void CountBarChart::activateBar(int i)
{
    if (i < 0 || i >= shownCount())
        return;
    const CountEntry &e = m_entries.at(i);
    Q_EMIT filterRequested(ChartFilter {m_kind, e.key, e.label});
}

void CountBarChart::rebuild()
{
    const int n = shownCount();
    m_set->remove(0, m_set->count());
    // Horizontal bars grow upwards: append in reverse so the largest is on top.
    for (int i = n - 1; i >= 0; --i)
        m_set->append(m_entries.at(i).count);
    m_valueAxis->setVisible(n > 0);
    m_categoryAxis->setVisible(n > 0);
    updateCategories();
    updateValueAxis();
    viewport()->update();
}

void CountBarChart::updateValueAxis()
{
    int maxCount = 0;
    for (int i = 0; i < m_set->count(); ++i)
        maxCount = std::max(maxCount, int(m_set->at(i)));
    // Room right of the longest bar for its count, then round ticks; on a narrow chart fewer of them, so their
    // labels ("0 20 40 60 80 100") never run into each other.
    const double top = std::max(1, maxCount) * 1.2;
    const QFontMetrics values(m_valueAxis->labelsFont());
    const QFontMetrics names(m_categoryAxis->labelsFont());
    int namesWidth = 0;
    for (const QString &name : std::as_const(m_displayed))
        namesWidth = std::max(namesWidth, names.horizontalAdvance(name));
    const int plot = width() - namesWidth - 3 * names.height();
    const int label = values.horizontalAdvance(QString::number(qCeil(top) * 2)) + 2 * values.horizontalAdvance(u'0');
    const int fitting = std::max(2, plot / std::max(1, label) + 1);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTickCount(std::min({6, std::max(2, maxCount + 1), fitting}));
    if (maxCount > 5)
        m_valueAxis->applyNiceNumbers();
}

void CountBarChart::updateCategories()
{
    const int n = shownCount();
    const QFontMetrics fm(m_categoryAxis->labelsFont());
    const int maxWidth = std::max(60, int(width() * 0.42));
    m_displayed.clear();
    QStringList categories;
    for (int i = 0; i < n; ++i) {
        const CountEntry &e = m_entries.at(i);
        // Rule names are long: the risk chart names its bars by the rules' short titles, as the PR list's badges
        // do; the tooltip and the filter chip give the full name.
        const QString &name = e.shortLabel.isEmpty() ? e.label : e.shortLabel;
        QString text = fm.elidedText(name, Qt::ElideMiddle, maxWidth);
        // Category names must be unique; pad colliding elisions invisibly.
        while (m_displayed.contains(text))
            text += u' ';
        m_displayed.append(text);
    }
    for (int i = n - 1; i >= 0; --i)
        categories.append(chartText(m_displayed.at(i)));
    m_categoryAxis->setCategories(categories);
}

void CountBarChart::resizeEvent(QResizeEvent *event)
{
    DashboardChart::resizeEvent(event);
    if (const int fitting = fittingBars(); fitting != m_fittingBars) {
        m_fittingBars = fitting;
        rebuild();
    } else {
        updateCategories();
        updateValueAxis();
    }
}

QString CountBarChart::titleText() const
{
    switch (m_kind) {
    case ChartFilter::Kind::Tag:
        return tr("Tags");
    case ChartFilter::Kind::File:
        return tr("Hot files");
    case ChartFilter::Kind::Module:
        return tr("Modules");
    case ChartFilter::Kind::Risk:
        return tr("Risk findings");
    case ChartFilter::Kind::MergeTime:
        return tr("Time to merge");
    case ChartFilter::Kind::Reviewer:
        return tr("Reviewer load");
    case ChartFilter::Kind::None:
        break;
    }
    return {};
}

void CountBarChart::retranslate()
{
    chart()->setTitle(titleText());
    m_set->setLabel(tr("PRs"));
    viewport()->update();
}

void CountBarChart::applyPalette()
{
    DashboardChart::applyPalette();
    const QColor c = seriesColor(m_kind == ChartFilter::Kind::Risk ? 3
            : m_kind == ChartFilter::Kind::File                    ? 1
            : m_kind == ChartFilter::Kind::MergeTime               ? 2
            : m_kind == ChartFilter::Kind::Reviewer                ? 4
                                                                   : 0);
    m_set->setColor(c);
    m_set->setBorderColor(c);
    m_set->setLabelColor(palette().color(QPalette::Text));
}

} // namespace PrLens
