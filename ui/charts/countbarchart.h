// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;

namespace PrLens {

/// Horizontal bars of PR counts per tag, file or risk rule; long labels are elided in the middle.
class CountBarChart : public DashboardChart {
    Q_OBJECT
public:
    /// kind decides the title and which filter a click requests.
    explicit CountBarChart(ChartFilter::Kind kind, QWidget *parent = nullptr);

    /// Entries in display order (largest first); only the first maxBars() are drawn, and of those only as many
    /// as the chart's height gives room to name (a short chart draws fewer bars rather than unnamed ones).
    void setEntries(const QList<CountEntry> &entries);
    QList<CountEntry> entries() const { return m_entries; }
    void setMaxBars(int n);
    int maxBars() const { return m_maxBars; }
    ChartFilter::Kind kind() const { return m_kind; }
    bool isEmpty() const override { return m_entries.isEmpty(); }

    /// The label drawn for bar i (elided), for tests and tooltips.
    QString displayedLabel(int i) const;
    /// The counts' axis, for tests.
    const QValueAxis *valueAxis() const { return m_valueAxis; }
    /// Requests the filter of bar i, as a click on it does.
    void activateBar(int i);

protected:
    void retranslate() override;
    void applyPalette() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateCategories();
    /// Range and ticks of the counts' axis: as many round ticks as the plot's width has room to label apart.
    void updateValueAxis();
    QString titleText() const;
    int shownCount() const;
    int fittingBars() const;

    ChartFilter::Kind m_kind;
    QList<CountEntry> m_entries;
    int m_maxBars = 10;
    int m_fittingBars = 0; ///< bars the height has room for, when last laid out
    QHorizontalBarSeries *m_series = nullptr;
    QBarSet *m_set = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
    QStringList m_displayed; ///< elided labels, top bar first
};

} // namespace PrLens
