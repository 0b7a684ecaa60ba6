// SPDX-License-Identifier: MIT
#include "../ui/untrustedtext.h"
#include "countbarchart.h"
#include "moduletrendchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace PrLens;
using namespace Qt::StringLiterals;
using UntrustedText::FileProbe;

namespace {
/// What a chart shows for its untrusted names: the bar categories, or the module trend's legend labels.
QStringList chartNames(DashboardChart *chart)
{
    if (auto *trend = chart->chart()->findChild<QStackedBarSeries *>()) {
        QStringList out;
        for (const QBarSet *set : trend->barSets())
            out.append(set->label());
        return out;
    }
    const auto axes = chart->chart()->axes(Qt::Vertical);
    for (QAbstractAxis *axis : axes)
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            return categories->categories();
    return {};
}

/// A chart of @p kind (Module = the module trend) with one name: @p name.
std::unique_ptr<DashboardChart> chartNaming(ChartFilter::Kind kind, const QString &name)
{
    if (kind == ChartFilter::Kind::Module) {
        auto trend = std::make_unique<ModuleTrendChart>();
        ModuleTrendData data;
        data.weeks = {IsoWeek(2026, 12), IsoWeek(2026, 13)};
        data.modules = {name, u"docs"_s};
        data.counts = {{3, 4}, {1, 1}};
        trend->setTrend(data);
        return trend;
    }
    auto bars = std::make_unique<CountBarChart>(kind);
    bars->setEntries({{name, name, 5, {}}, {u"setup.py"_s, u"setup.py"_s, 2, {}}});
    return bars;
}
} // namespace

class TestCharts : public QObject {
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
        CountBarChart chart {ChartFilter::Kind(kind)};
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

    void hostileNamesStayText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("tag") << int(ChartFilter::Kind::Tag) << u"["_s;
        QTest::addRow("hot file") << int(ChartFilter::Kind::File) << u"src/"_s;
        QTest::addRow("risk") << int(ChartFilter::Kind::Risk) << QString();
        QTest::addRow("module trend legend") << int(ChartFilter::Kind::Module) << u"vllm/"_s;
    }
    void hostileNamesStayText()
    {
        QFETCH(int, kind);
        QFETCH(QString, prefix);
        QTemporaryDir dir;
        FileProbe probe(dir.filePath(u"probe.png"_s));
        const QString name = prefix + probe.imgTag() + u" <b>x</b>"_s;
        auto chart = chartNaming(ChartFilter::Kind(kind), name);
        chart->resize(1600, 500);
        const QImage shown = chart->grab().toImage();

        // Drawn, the name's <img> opened nothing and showed nothing.
        QCOMPARE(probe.opens(), 0);
        QVERIFY(!UntrustedText::hasColour(shown, FileProbe::Colour));
        // The name is escaped: the chart reads it back as the literal text.
        const QStringList names = chartNames(chart.get());
        QStringList shownNames;
        for (const QString &n : names) {
            QVERIFY2(!n.contains(u"<img"_s), qPrintable(n));
            shownNames.append(UntrustedText::htmlText(n).trimmed());
        }
        QVERIFY2(shownNames.contains(name), qPrintable(shownNames.join(u'\n')));

        // Only now, with escaping proven (a regression would read /dev/zero until memory runs out): a device file.
        auto zero = chartNaming(ChartFilter::Kind(kind), prefix + u"<img src=/dev/zero>"_s);
        zero->resize(800, 400);
        QVERIFY(!zero->grab().isNull());
        QVERIFY(UntrustedText::htmlText(chartNames(zero.get()).join(u'\n')).contains(u"<img src=/dev/zero>"_s));
    }

    void longModuleNamesAreElidedBeforeEscaping()
    {
        ModuleTrendChart trend;
        ModuleTrendData data;
        data.weeks = {IsoWeek(2026, 13)};
        const QString module = u"a&b/"_s.repeated(200);
        data.modules = {module};
        data.counts = {{2}};
        trend.setTrend(data);
        trend.resize(600, 300);
        (void)trend.grab();
        const QString label = chartNames(&trend).value(0);
        const QString shown = UntrustedText::htmlText(label);
        QVERIFY2(shown.contains(u"…"_s), qPrintable(shown));
        QVERIFY(shown.size() < 120);
        QVERIFY(shown.startsWith(u"a&b/"_s));
        QVERIFY(!label.contains(u"&b"_s)); // escaped after eliding: the & reads as &amp;
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
