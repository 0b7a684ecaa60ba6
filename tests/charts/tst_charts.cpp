// SPDX-License-Identifier: MIT
#include "countbarchart.h"
#include "moduletrendchart.h"

#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QSignalSpy>
#include <QValueAxis>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elidesLongPathsInTheMiddle()
    {
        CountBarChart chart(ChartFilter::Kind::File);
        chart.resize(400, 300);
        const QString longPath = u"vllm/model_executor/layers/quantization/compressed_tensors/schemes/w8a8_fp8.py"_s;
        chart.setEntries({{longPath, longPath, 7}, {u"setup.py"_s, u"setup.py"_s, 3}});
        const QString shown = chart.displayedLabel(0);
        QVERIFY(shown.size() < longPath.size());
        QVERIFY(shown.contains(u"…"_s));
        QVERIFY(longPath.startsWith(shown.section(u"…"_s, 0, 0)));
        QVERIFY(longPath.endsWith(shown.section(u"…"_s, 1)));
        QCOMPARE(chart.displayedLabel(1), u"setup.py"_s);
    }

    void shortChartDrawsOnlyTheBarsItCanName()
    {
        CountBarChart chart(ChartFilter::Kind::Tag);
        chart.setMaxBars(8);
        QList<CountEntry> entries;
        for (int i = 0; i < 8; ++i)
            entries.append({u"tag%1"_s.arg(i), u"Tag %1"_s.arg(i), 20 - i});
        chart.setEntries(entries);
        // At the height the charts row has in a 1280×800 window, eight labelled bars do not fit: fewer are drawn.
        chart.resize(300, 180);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(!chart.displayedLabel(0).isEmpty());
        QVERIFY(chart.displayedLabel(7).isEmpty());
        QSignalSpy spy(&chart, &DashboardChart::filterRequested);
        chart.activateBar(7);
        QCOMPARE(spy.count(), 0);
        // Given the height, all eight.
        chart.resize(300, 420);
        QCOMPARE(chart.displayedLabel(7), u"Tag 7"_s);
    }

    void riskBarsNamedByShortTitleFullNameAndIdInTheFilter()
    {
        CountBarChart chart(ChartFilter::Kind::Risk);
        chart.resize(300, 240);
        chart.setEntries({{u"no-approval"_s, u"Merged without approval"_s, 9, u"No approval"_s},
                          {u"large-change"_s, u"Large change"_s, 2}});
        QCOMPARE(chart.displayedLabel(0), u"No approval"_s);
        // Without a short title the bar is named by the full one, never by the id.
        QCOMPARE(chart.displayedLabel(1), u"Large change"_s);
        CountBarChart tags(ChartFilter::Kind::Tag);
        tags.setEntries({{u"bugfix"_s, u"Bug fixes"_s, 3}});
        QCOMPARE(tags.displayedLabel(0), u"Bug fixes"_s);
        QSignalSpy spy(&chart, &DashboardChart::filterRequested);
        chart.activateBar(0);
        QCOMPARE(spy.count(), 1);
        const auto filter = spy.first().first().value<ChartFilter>();
        QCOMPARE(filter.key, u"no-approval"_s);
        QCOMPARE(filter.label, u"Merged without approval"_s);
    }

    void countLabelsOutsideInTheTextColour_data()
    {
        QTest::addColumn<QColor>("base");
        QTest::addColumn<QColor>("text");
        QTest::addRow("light") << QColor(Qt::white) << QColor(Qt::black);
        QTest::addRow("dark") << QColor(0x18, 0x18, 0x18) << QColor(0xee, 0xee, 0xee);
    }

    void countLabelsOutsideInTheTextColour()
    {
        QFETCH(QColor, base);
        QFETCH(QColor, text);
        CountBarChart chart(ChartFilter::Kind::Risk);
        QPalette p;
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::Text, text);
        chart.setPalette(p);
        chart.setEntries({{u"a"_s, u"Alpha"_s, 196}, {u"b"_s, u"Beta"_s, 3}});
        auto *series = chart.chart()->findChild<QHorizontalBarSeries *>();
        QVERIFY(series);
        // A short bar's count would not fit inside it: outside, it must read on the chart's background.
        QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
        QCOMPARE(series->barSets().first()->labelColor(), text);
        // Room for the longest bar's count right of it.
        auto *axis = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY(axis->max() >= 196 * 1.15);
    }

    void clickRequestsTheBarsFilter_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("bar");
        QTest::addRow("tag, first bar") << int(ChartFilter::Kind::Tag) << 0;
        QTest::addRow("risk, second bar") << int(ChartFilter::Kind::Risk) << 1;
    }

    void clickRequestsTheBarsFilter()
    {
        QFETCH(int, kind);
        QFETCH(int, bar);
        CountBarChart chart{ChartFilter::Kind(kind)};
        const QList<CountEntry> entries = {{u"a"_s, u"Alpha"_s, 5}, {u"b"_s, u"Beta"_s, 2}};
        chart.setEntries(entries);
        QSignalSpy spy(&chart, &DashboardChart::filterRequested);
        // The series draws the largest bar on top, i.e. last: a click on set index i means entry count-1-i.
        auto *series = chart.chart()->findChild<QHorizontalBarSeries *>();
        QVERIFY(series);
        Q_EMIT series->barSets().first()->clicked(int(entries.size()) - 1 - bar);
        QCOMPARE(spy.count(), 1);
        const auto filter = spy.first().first().value<ChartFilter>();
        QCOMPARE(int(filter.kind), kind);
        QCOMPARE(filter.key, entries.at(bar).key);
        QCOMPARE(filter.label, entries.at(bar).label);
    }

    void followsThePalette()
    {
        CountBarChart chart(ChartFilter::Kind::Tag);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        chart.setPalette(dark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), dark.color(QPalette::Base));
        QCOMPARE(chart.chart()->titleBrush().color(), dark.color(QPalette::Text));
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Text, Qt::black);
        chart.setPalette(light);
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(Qt::white));
    }

    void emptyStates()
    {
        CountBarChart bars(ChartFilter::Kind::Tag);
        QVERIFY(bars.isEmpty());
        bars.setEntries({{u"x"_s, u"x"_s, 1}});
        QVERIFY(!bars.isEmpty());
        ModuleTrendChart trend;
        QVERIFY(trend.isEmpty());
        ModuleTrendData data;
        data.weeks = {IsoWeek(2026, 12), IsoWeek(2026, 13)};
        data.modules = {u"vllm/v1"_s};
        data.counts = {{3, 4}};
        trend.setTrend(data);
        QVERIFY(!trend.isEmpty());
        QSignalSpy spy(&trend, &DashboardChart::filterRequested);
        trend.activateModule(0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<ChartFilter>().key, u"vllm/v1"_s);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
