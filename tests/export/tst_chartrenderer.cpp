// SPDX-License-Identifier: MIT
#include "chartrenderer.h"
#include "pdftools.h"

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

class TestChartRenderer : public QObject
{
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
        QVERIFY(ChartRenderer::write(chart.get(), dir.filePath(u"c.png"_s), ChartRenderer::Format::Png,
                                     QSizeF(600, 400), &error));
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

    void unwritablePathSaysSo()
    {
        auto chart = makeChart();
        QString error;
        QVERIFY(!ChartRenderer::write(chart.get(), u"/nonexistent-dir/c.pdf"_s, ChartRenderer::Format::Pdf,
                                      QSizeF(600, 400), &error));
        QVERIFY(error.contains(u"/nonexistent-dir/c.pdf"_s));
    }
};

QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
