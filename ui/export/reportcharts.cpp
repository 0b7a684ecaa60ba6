// SPDX-License-Identifier: MIT
#include "reportcharts.h"

#include "countbarchart.h"
#include "moduletrendchart.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QPalette>
#include <QResizeEvent>

namespace PrLens {

namespace {

/// Black on white whatever the desktop's colour scheme: the report is printed.
QPalette printPalette()
{
    QPalette p;
    for (const QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, Qt::white);
        p.setColor(g, QPalette::Base, Qt::white);
        p.setColor(g, QPalette::WindowText, Qt::black);
        p.setColor(g, QPalette::Text, Qt::black);
    }
    return p;
}

} // namespace

ReportCharts::ReportCharts(const QList<CountEntry> &tags, const QList<CountEntry> &hotFiles,
    const ModuleTrendData &trend, const QList<CountEntry> &risks, QSize size, const QList<CountEntry> &mergeTimes,
    const QList<CountEntry> &reviewerLoad)
{
    const QPalette palette = printPalette();
    auto place = [&](std::unique_ptr<DashboardChart> chart) {
        if (chart->isEmpty())
            return;
        chart->setPalette(palette);
        // Laid out by a real resize event (axis labels are elided to the width), never shown: no window is made.
        chart->resize(size);
        QResizeEvent resize(size, QSize());
        QCoreApplication::sendEvent(chart.get(), &resize);
        QChart *c = chart->chart();
        c->resize(QSizeF(size));
        if (c->layout())
            c->layout()->activate();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        m_views.push_back(std::move(chart));
    };
    auto bars = [&](ChartFilter::Kind kind, const QList<CountEntry> &entries) {
        auto chart = std::make_unique<CountBarChart>(kind);
        chart->setPalette(palette);
        chart->setEntries(entries);
        place(std::move(chart));
    };
    bars(ChartFilter::Kind::Tag, tags);
    bars(ChartFilter::Kind::File, hotFiles);
    auto trendChart = std::make_unique<ModuleTrendChart>();
    trendChart->setPalette(palette);
    trendChart->setTrend(trend);
    place(std::move(trendChart));
    bars(ChartFilter::Kind::Risk, risks);
    bars(ChartFilter::Kind::MergeTime, mergeTimes);
    bars(ChartFilter::Kind::Reviewer, reviewerLoad);
}

ReportCharts::~ReportCharts() = default;

QList<QChart *> ReportCharts::charts() const
{
    QList<QChart *> out;
    for (const auto &view : m_views)
        out.append(view->chart());
    return out;
}

} // namespace PrLens
