// SPDX-License-Identifier: MIT
#include "../ui/untrustedtext.h"
#include "chartrenderer.h"
#include "pdftools.h"
#include "reportcharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestChartRenderer : public QObject {
    Q_OBJECT

    std::unique_ptr<QChart> makeChart()
    {
        auto chart = std::make_unique<QChart>();
        auto *set = new QBarSet(u"PRs"_s);
        *set << 9 << 7 << 4;
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append({u"bugfix"_s, u"feature"_s, u"ci"_s});
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        chart->setTitle(u"Tag distribution"_s);
        chart->resize(600, 400);
        return chart;
    }

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("pdf") << u"chart.pdf"_s << QByteArray("%PDF-");
        QTest::addRow("svg") << u"chart.svg"_s << QByteArray("<?xml");
        QTest::addRow("png") << u"chart.png"_s << QByteArray("\x89PNG");
    }
    void formats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        auto chart = makeChart();
        QString error;
        QVERIFY2(ChartRenderer::write(chart.get(), path, ChartRenderer::formatForPath(path), QSizeF(600, 400), &error),
            qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(magic.size()) == magic);
    }

    void pngIsAtTwiceThePixels()
    {
        QTemporaryDir dir;
        auto chart = makeChart();
        QString error;
        QVERIFY(ChartRenderer::write(
            chart.get(), dir.filePath(u"c.png"_s), ChartRenderer::Format::Png, QSizeF(600, 400), &error));
        const QImage image(dir.filePath(u"c.png"_s));
        QCOMPARE(image.size(), QSize(1200, 800));
    }

    void pdfChartIsVector()
    {
        if (!PdfTools::available())
            QSKIP("poppler-utils not installed");
        QTemporaryDir dir;
        auto chart = makeChart();
        const QString path = dir.filePath(u"c.pdf"_s);
        QString error;
        QVERIFY(ChartRenderer::write(chart.get(), path, ChartRenderer::Format::Pdf, QSizeF(600, 400), &error));
        const QStringList imageLines = PdfTools::images(path).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(imageLines.size(), 2); // header and rule only: no raster image
        const QString text = PdfTools::text(path);
        QVERIFY2(text.contains(u"bugfix"_s), qPrintable(text));
    }

    void hostileNamesLoadNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("pdf") << u"hostile.pdf"_s;
        QTest::addRow("svg") << u"hostile.svg"_s;
        QTest::addRow("png") << u"hostile.png"_s;
    }
    void hostileNamesLoadNothing()
    {
        QFETCH(QString, name);
        QTemporaryDir dir;
        UntrustedText::FileProbe probe(dir.filePath(u"probe.png"_s));
        const QString img = probe.imgTag();
        const QList<CountEntry> tags = {{img, u"["_s + img + u"]"_s, 4, {}}};
        const QList<CountEntry> files = {{u"src/"_s + img, u"src/"_s + img, 3, {}}};
        ModuleTrendData trend;
        trend.weeks = {IsoWeek(2026, 12), IsoWeek(2026, 13)};
        trend.modules = {img};
        trend.counts = {{1, 2}};
        const ReportCharts charts(tags, files, trend, {{u"r"_s, img, 1, {}}});
        QCOMPARE(charts.charts().size(), 4);
        int i = 0;
        for (QChart *chart : charts.charts()) {
            const QString path = dir.filePath(u"%1-"_s.arg(i++) + name);
            QString error;
            QVERIFY2(ChartRenderer::write(chart, path, ChartRenderer::formatForPath(path), QSizeF(760, 420), &error),
                qPrintable(error));
            QCOMPARE(probe.opens(), 0);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            switch (ChartRenderer::formatForPath(path)) {
            case ChartRenderer::Format::Png:
                QVERIFY(!UntrustedText::hasColour(QImage::fromData(data), UntrustedText::FileProbe::Colour));
                break;
            case ChartRenderer::Format::Svg:
                QVERIFY(!data.contains("<image"));
                QVERIFY(data.contains("&lt;img src="));
                break;
            case ChartRenderer::Format::Pdf:
                if (PdfTools::available()) {
                    QCOMPARE(PdfTools::images(path).split(u'\n', Qt::SkipEmptyParts).size(), 2); // no image
                    QVERIFY2(PdfTools::text(path).contains(u"<img src="_s), qPrintable(PdfTools::text(path)));
                }
                break;
            }
        }
    }

    void unwritablePathSaysSo()
    {
        auto chart = makeChart();
        QString error;
        QVERIFY(!ChartRenderer::write(
            chart.get(), u"/nonexistent-dir/c.pdf"_s, ChartRenderer::Format::Pdf, QSizeF(600, 400), &error));
        QVERIFY(error.contains(u"/nonexistent-dir/c.pdf"_s));
    }
};

QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
