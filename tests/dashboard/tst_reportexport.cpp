// SPDX-License-Identifier: MIT
// The window's exports: the weekly report (PDF, Markdown, HTML) and single charts (PDF, SVG, PNG).
#include "../export/pdftools.h"
#include "../ui/untrustedtext.h"
#include "countbarchart.h"
#include "datasetweeksource.h"
#include "mainwindow.h"
#include "mainwindowaccess.h"
#include "messagebar.h"
#include "moduletrendchart.h"
#include "reportexporter.h"
#include "testdata.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// The week with @p markup in the first PRs' title prefixes (tags), file paths (hot files) and top folders (modules).
QList<PullRequest> hostileWeek(QList<PullRequest> pulls, const QString &markup)
{
    for (int i = 0; i < std::min<qsizetype>(6, pulls.size()); ++i) {
        PullRequest &pr = pulls[i];
        pr.title = u"[%1] "_s.arg(markup) + pr.title;
        pr.body = markup + u" "_s + pr.body;
        if (!pr.files.isEmpty())
            pr.files.first().path = markup + u"/hot.py"_s;
    }
    return pulls;
}

QByteArray head(const QString &path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT

private:
    QList<PullRequest> m_pulls;
    QTemporaryDir m_dir;

    WeekLoader::SourceFactory factory()
    {
        return [this](const RepoRef &, QObject *parent, LoadError *) -> WeekSource * {
            return new DatasetWeekSource(m_pulls, parent);
        };
    }

    bool openWeek(MainWindow &w)
    {
        QSignalSpy settled(&w, &MainWindow::loadSettled);
        w.open(RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy"), IsoWeek {2026, 14}, UtcOffset {8 * 3600});
        return settled.wait(10000) && w.hasData();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PRLensTest"_s);
        QCoreApplication::setApplicationName(u"tst_reportexport"_s);
        QSettings().clear();
        if (!TestData::read(TestData::fastDeployPulls(), &m_pulls))
            QSKIP("the FastDeploy dataset is not available");
        QVERIFY(m_dir.isValid());
    }

    void menuAndChartActions()
    {
        MainWindow w(factory());
        w.show();
        QAction *report = parts(w).exporter()->exportReportAction();
        bool inMenu = false;
        for (QAction *menu : w.menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(report))
                inMenu = true;
        QVERIFY(inMenu);
        QVERIFY(!report->text().isEmpty());
        const MainWindowTestAccess window(w);
        for (QWidget *chart :
            {static_cast<QWidget *>(window.tagChart()), static_cast<QWidget *>(window.moduleTrendChart())}) {
            QCOMPARE(chart->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(chart->actions().size(), 1);
            auto *button = chart->findChild<QToolButton *>();
            QVERIFY(button);
            QCOMPARE(button->defaultAction(), chart->actions().first());
        }
    }

    void reportFormats_data()
    {
        QTest::addColumn<ReportExporter::ReportFormat>("format");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("PDF") << ReportExporter::ReportFormat::Pdf << u"week.pdf"_s << QByteArray("%PDF-");
        QTest::addRow("Markdown") << ReportExporter::ReportFormat::Markdown << u"week.md"_s << QByteArray("# ");
        QTest::addRow("HTML") << ReportExporter::ReportFormat::Html << u"week.html"_s << QByteArray("<");
    }
    void reportFormats()
    {
        QFETCH(ReportExporter::ReportFormat, format);
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        MainWindow w(factory());
        w.show();
        QVERIFY(openWeek(w));
        const QString path = m_dir.filePath(name);
        QVERIFY(parts(w).exporter()->exportReport(path, format));
        QVERIFY2(head(path, 64).trimmed().startsWith(start), head(path, 64).constData());
        QVERIFY(w.messageBar()->isVisible());
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Information);
        QVERIFY(w.messageBar()->text().contains(QDir::toNativeSeparators(path)));
        QVERIFY(w.messageBar()->extraAction());
        if (format == ReportExporter::ReportFormat::Pdf && PdfTools::available()) {
            QVERIFY(PdfTools::pages(path) >= 4);
            QVERIFY(PdfTools::text(path).contains(u"FastDeploy"_s));
            QCOMPARE(PdfTools::images(path).split(u'\n', Qt::SkipEmptyParts).size(), 2);
        }
    }

    void chartFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::addRow("SVG") << u"tags.svg"_s << QByteArray("<?xml");
        QTest::addRow("PNG") << u"tags.png"_s << QByteArray("\x89PNG");
        QTest::addRow("PDF") << u"tags.pdf"_s << QByteArray("%PDF-");
    }
    void chartFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        MainWindow w(factory());
        w.resize(1280, 800);
        w.show();
        QVERIFY(openWeek(w));
        const QString path = m_dir.filePath(name);
        QVERIFY(parts(w).exporter()->exportChart(parts(w).tagChart(), path));
        QVERIFY2(head(path, 5).startsWith(start), head(path, 5).constData());
        QVERIFY(w.messageBar()->text().contains(QDir::toNativeSeparators(path)));
        if (name.endsWith(u".png"_s)) {
            // 2× device pixel ratio: twice the chart's size in pixels.
            QImageReader reader(path);
            QCOMPARE(reader.size().width(), int(parts(w).tagChart()->chart()->size().width()) * 2);
        }
    }

    void hostileWeekLoadsNothing()
    {
        // A relative src, as a tag or module name holds no '/': resolved against the working folder.
        QTemporaryDir dir;
        const QString previous = QDir::currentPath();
        QDir::setCurrent(dir.path());
        const auto restore = qScopeGuard([&] { QDir::setCurrent(previous); });
        UntrustedText::FileProbe probe(dir.filePath(u"probe.png"_s));
        const QString markup = u"<img src=probe.png>"_s;
        const QList<PullRequest> original = m_pulls;
        const auto restorePulls = qScopeGuard([&] { m_pulls = original; });
        m_pulls = hostileWeek(original, markup);

        MainWindow w(factory());
        w.resize(1280, 800);
        w.show();
        QVERIFY(openWeek(w));
        const QImage shown = w.grab().toImage();
        QCOMPARE(probe.opens(), 0);
        QVERIFY(!UntrustedText::hasColour(shown, UntrustedText::FileProbe::Colour));
        const QString pdf = m_dir.filePath(u"hostile.pdf"_s);
        QVERIFY(parts(w).exporter()->exportReport(pdf, ReportExporter::ReportFormat::Pdf));
        QVERIFY(parts(w).exporter()->exportChart(parts(w).tagChart(), m_dir.filePath(u"hostile-tags.png"_s)));
        QCOMPARE(probe.opens(), 0);
        if (PdfTools::available()) {
            QCOMPARE(PdfTools::images(pdf).split(u'\n', Qt::SkipEmptyParts).size(), 2); // no image
            QVERIFY(PdfTools::text(pdf).contains(markup));
        }
        // The tag chart names the tag literally (elided in the middle to the chart's width).
        auto *axis = qobject_cast<QBarCategoryAxis *>(parts(w).tagChart()->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        const QStringList categories = axis->categories();
        QVERIFY2(std::any_of(categories.cbegin(), categories.cend(),
                     [](const QString &c) { return UntrustedText::htmlText(c).startsWith(u"<img s"_s); }),
            qPrintable(categories.join(u'\n')));

        // With that proven, the markup that read /dev/zero until memory ran out: the window and the PDF finish.
        m_pulls = hostileWeek(original, u"<img src=/dev/zero>"_s);
        MainWindow zero(factory());
        zero.resize(1280, 800);
        zero.show();
        QVERIFY(openWeek(zero));
        QVERIFY(!zero.grab().isNull());
        QVERIFY(parts(zero).exporter()->exportReport(m_dir.filePath(u"zero.pdf"_s), ReportExporter::ReportFormat::Pdf));
    }

    void unwritablePathIsReported()
    {
        MainWindow w(factory());
        w.show();
        QVERIFY(openWeek(w));
        const QString path = m_dir.filePath(u"no/such/folder/week.pdf"_s);
        QVERIFY(!parts(w).exporter()->exportReport(path, ReportExporter::ReportFormat::Pdf));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(w.messageBar()->text().size() > 20);
        QVERIFY(!parts(w).exporter()->exportChart(parts(w).tagChart(), m_dir.filePath(u"no/such/folder/c.svg"_s)));
        QCOMPARE(w.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
