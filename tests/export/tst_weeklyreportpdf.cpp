// SPDX-License-Identifier: MIT
#include "datasetreader.h"
#include "languagemanager.h"
#include "pdftools.h"
#include "reportdocument.h"
#include "reportrenderer.h"
#include "weekanalysis.h"
#include "weeklyreport.h"
#include "weeklyreportpdf.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestWeeklyReportPdf : public QObject {
    Q_OBJECT

    WeekData m_week;
    QTemporaryDir m_dir;

    std::unique_ptr<QChart> tagChart(const WeekAnalysis &a)
    {
        auto chart = std::make_unique<QChart>();
        auto *set = new QBarSet(u"PRs"_s);
        QStringList names;
        for (const CountedItem &t : a.tags.mid(0, 6)) {
            *set << t.count();
            names << t.display;
        }
        auto *series = new QBarSeries;
        series->append(set);
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(names);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        chart->resize(800, 500);
        return chart;
    }

    QString writeReport(const QString &lang, const QString &name, QPageSize::PageSizeId paper, ReportDocument *docOut)
    {
        LanguageManager::instance()->setLanguage(lang);
        const WeekAnalysis analysis = analyzeWeek(m_week, {}, AnalysisConfig());
        const ReportDocument doc = WeeklyReport::build(analysis, m_week);
        auto chart = tagChart(analysis);
        const QString path = m_dir.filePath(name);
        WeeklyReportPdf::Options options;
        options.paper = paper;
        options.author = u"Release team"_s;
        QString error;
        if (!WeeklyReportPdf::write(path, doc, m_week, analysis, {chart.get(), chart.get()}, options, &error))
            qWarning("%s", qPrintable(error));
        if (docOut)
            *docOut = doc;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = QStringLiteral(PRLENS_SHARED_DIR)
            + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05/pulls.json"_s;
        if (!QFile::exists(path))
            QSKIP("shared dataset not present next to the repository");
        if (!PdfTools::available())
            QSKIP("poppler-utils not installed");
        QString error;
        QVERIFY2(DatasetReader::read(path, &m_week.pulls, &error), qPrintable(error));
        m_week.repo = RepoRef::parseGitHub(u"PaddlePaddle/FastDeploy"_s);
        m_week.week = IsoWeek(2026, 14);
        m_week.zone = UtcOffset(8 * 3600);
        m_week.fetchedAt = QDateTime(QDate(2026, 4, 6), QTime(9, 0), QTimeZone::UTC);
    }

    void cleanupTestCase() { LanguageManager::instance()->setLanguage(u"en"_s); }

    void languages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addRow("English") << u"en"_s;
        QTest::addRow("Simplified Chinese") << u"zh_CN"_s;
    }
    void languages()
    {
        QFETCH(QString, lang);
        ReportDocument doc;
        const QString path = writeReport(lang, u"week-%1.pdf"_s.arg(lang), QPageSize::A4, &doc);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(5), QByteArray("%PDF-"));

        // Every section heading of the report is in the text layer.
        const QString text = PdfTools::text(path);
        QString flat = text;
        flat.remove(u'\n');
        int checked = 0;
        for (const ReportSection &s : doc.sections) {
            if (s.level != 2)
                continue;
            QString heading = s.heading;
            heading.remove(u' ');
            QString hay = flat;
            hay.remove(u' ');
            QVERIFY2(hay.contains(heading), qPrintable(u"missing heading: "_s + s.heading));
            ++checked;
        }
        QVERIFY(checked >= 6);
        if (lang == u"zh_CN")
            QVERIFY(flat.contains(u"执行摘要"_s));
        else
            QVERIFY(flat.contains(u"Executive summary"_s));

        // Fonts are embedded; Chinese needs a CJK one.
        const QStringList fontLines = PdfTools::fonts(path).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines)
            QVERIFY2(line.contains(u" yes "_s), qPrintable(u"not embedded: "_s + line));
        if (lang == u"zh_CN") {
            bool cjk = false;
            for (const QString &line : fontLines)
                cjk = cjk || line.contains(u"CJK"_s) || line.contains(u"WenQuanYi"_s) || line.contains(u"Hei"_s);
            QVERIFY2(cjk, qPrintable(PdfTools::fonts(path)));
        }

        // Charts are vectors: no raster image anywhere in the report.
        QCOMPARE(PdfTools::images(path).split(u'\n', Qt::SkipEmptyParts).size(), 2);
    }

    void pageCountIsStableAndPaperApplies()
    {
        const QString a = writeReport(u"en"_s, u"a.pdf"_s, QPageSize::A4, nullptr);
        const QString b = writeReport(u"en"_s, u"b.pdf"_s, QPageSize::A4, nullptr);
        const int pages = PdfTools::pages(a);
        QVERIFY(pages >= 4);
        QCOMPARE(PdfTools::pages(b), pages);
        const QString letter = writeReport(u"en"_s, u"letter.pdf"_s, QPageSize::Letter, nullptr);
        QVERIFY(PdfTools::run(u"pdfinfo"_s, {letter}).contains(u"612 x 792"_s));
        QVERIFY(PdfTools::run(u"pdfinfo"_s, {a}).contains(u"595"_s));
        // Page numbers and metadata.
        QVERIFY(PdfTools::text(a).contains(u"Page 1 of %1"_s.arg(pages)));
        QVERIFY(PdfTools::run(u"pdfinfo"_s, {a}).contains(QRegularExpression(u"Creator:\\s+PR Lens"_s)));
    }

    void appendixListsEveryPrWithLinks()
    {
        const QString path = writeReport(u"en"_s, u"appendix.pdf"_s, QPageSize::A4, nullptr);
        const QString text = PdfTools::text(path);
        for (const PullRequest &pr : std::as_const(m_week.pulls))
            QVERIFY2(text.contains(u"#%1"_s.arg(pr.number)), qPrintable(QString::number(pr.number)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray raw = f.readAll();
        QVERIFY(raw.contains("/URI (https://github.com/PaddlePaddle/FastDeploy/pull/"));
    }

    void untrustedTitlesStayText()
    {
        WeekData week = m_week;
        week.pulls.first().title = u"<img src=\"http://example.invalid/x.png\"> <b>bold</b>"_s;
        const WeekAnalysis analysis = analyzeWeek(week, {}, AnalysisConfig());
        const QString html = WeeklyReportPdf::bodyHtml(WeeklyReport::build(analysis, week), week, analysis);
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(html.contains(u"&lt;img src="_s));
    }

    void bodyIsTheReportRenderedForPrint()
    {
        LanguageManager::instance()->setLanguage(u"en"_s);
        const WeekAnalysis analysis = analyzeWeek(m_week, {}, AnalysisConfig());
        const ReportDocument report = WeeklyReport::build(analysis, m_week);
        const QString html = WeeklyReportPdf::bodyHtml(report, m_week, analysis);
        // The fonts are the document's: the page names none.
        QVERIFY(!html.contains(u"font-family"_s));
        // The report's sections as ReportRenderer writes them, then the PDF's own.
        const QString report_html
            = ReportRenderer::toHtml(report, ReportRenderer::Links::Web, ReportRenderer::Style::Print);
        QVERIFY(html.startsWith(report_html.left(report_html.indexOf(u"</body>"_s))));
        QVERIFY(html.contains(u"<h2 id=\"highlighted-risks\">Highlighted pull requests and their risks</h2>"_s));
        QVERIFY(html.contains(u"<h2 id=\"appendix-pull-requests\" style=\"page-break-before:always;\">"_s));
        QVERIFY(html.contains(u"<a href=\"https://github.com/PaddlePaddle/FastDeploy/pull/"_s));
        QCOMPARE(html.count(u"</body>"_s), 1);
    }

    void unwritablePathSaysSo()
    {
        const WeekAnalysis analysis = analyzeWeek(m_week, {}, AnalysisConfig());
        QString error;
        QVERIFY(!WeeklyReportPdf::write(
            u"/nonexistent-dir/w.pdf"_s, WeeklyReport::build(analysis, m_week), m_week, analysis, {}, {}, &error));
        QVERIFY(error.contains(u"/nonexistent-dir/w.pdf"_s));
    }
};

QTEST_MAIN(TestWeeklyReportPdf)
#include "tst_weeklyreportpdf.moc"
