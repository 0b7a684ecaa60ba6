// SPDX-License-Identifier: MIT
#pragma once

#include "chartdata.h"

#include <QChartView>

namespace PrLens {

/// Base of the dashboard charts: palette theming, retranslation, an empty-state text and a filter signal.
class DashboardChart : public QChartView {
    Q_OBJECT
public:
    explicit DashboardChart(QWidget *parent = nullptr);

    /// True when the chart has nothing to show (it then paints an explanatory text).
    virtual bool isEmpty() const = 0;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// The user clicked a bar; the PR list should show only the matching PRs.
    void filterRequested(const PrLens::ChartFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    /// Sets titles and axis texts through tr(); called at construction and on a language change.
    virtual void retranslate() = 0;
    /// Colours the chart, its axes and series from the widget palette.
    virtual void applyPalette();
    /// Text painted when isEmpty().
    virtual QString emptyText() const;
    /// Colour for the n-th series / set.
    QColor seriesColor(int n) const;
    bool isDark() const;
};

} // namespace PrLens
