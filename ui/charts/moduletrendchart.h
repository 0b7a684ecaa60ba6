// SPDX-License-Identifier: MIT
#pragma once

#include "dashboardchart.h"

class QBarCategoryAxis;
class QStackedBarSeries;
class QValueAxis;

namespace PrLens {

/// Stacked bars of PRs per module over the last weeks; clicking a module filters the PR list by it.
class ModuleTrendChart : public DashboardChart {
    Q_OBJECT
public:
    explicit ModuleTrendChart(QWidget *parent = nullptr);

    void setTrend(const ModuleTrendData &trend);
    const ModuleTrendData &trend() const { return m_trend; }
    /// How many modules get their own colour; the others are summed as "other" (not clickable).
    void setMaxModules(int n);
    bool isEmpty() const override { return m_trend.isEmpty(); }
    /// Requests the filter of module i, as a click on its bar does.
    void activateModule(int i);
    /// The weeks' axis, for tests.
    const QBarCategoryAxis *weekAxis() const { return m_weekAxis; }

protected:
    void retranslate() override;
    void applyPalette() override;
    QString emptyText() const override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void updateLegendLabels();
    void fitWeekLabels();

    ModuleTrendData m_trend;
    int m_maxModules = 6;
    QStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_weekAxis = nullptr;
    QValueAxis *m_valueAxis = nullptr;
};

} // namespace PrLens
