// SPDX-License-Identifier: MIT
// "prlens report --format pdf": the PDF of a shared dataset week, read back with poppler-utils.
#include "../export/pdftools.h"
#include "clitestrun.h"
#include "fakegithubserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

const QString fastDeployDir
    = QStringLiteral(PRLENS_SHARED_DIR "/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05");

/// The "## " headings of a Markdown report: the PDF must show the same sections.
QStringList headings(const QByteArray &markdown)
{
    QStringList out;
    static const QRegularExpression heading(u"^##\\s+(.+)$"_s, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &m : heading.globalMatch(QString::fromUtf8(markdown)))
        out.append(m.captured(1).trimmed().normalized(QString::NormalizationForm_KC));
    return out;
}

} // namespace

class TestCliPdf : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;
    FakeGitHubServer m_server;
    QString m_api;

    CliTest::Result report(const QStringList &extra)
    {
        return CliTest::run(
            QStringList {u"report"_s, u"--api-url"_s, m_api, u"--cache"_s, m_home.filePath(u"cache.sqlite"_s),
                u"--repo"_s, u"PaddlePaddle/FastDeploy"_s, u"--week"_s, u"2026-W14"_s, u"--tz"_s, u"+08:00"_s}
                + extra,
            m_home.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(CliTest::binary()), "the prlens binary is not built");
        if (!QFileInfo::exists(fastDeployDir + u"/pulls.json"_s))
            QSKIP("the shared FastDeploy dataset is absent");
        if (!PdfTools::available())
            QSKIP("poppler-utils (pdftotext, pdffonts, pdfimages) are not installed");
        QString error;
        QVERIFY2(m_server.addDataset(fastDeployDir, &error), qPrintable(error));
        QVERIFY(m_server.listen() != 0);
        m_api = m_server.baseUrl().toString();
    }

    void pdfReport_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<bool>("cjk");
        QTest::addRow("English, A4") << u"en"_s << u"a4"_s << false;
        QTest::addRow("English, Letter") << u"en"_s << u"letter"_s << false;
        QTest::addRow("Chinese, A4") << u"zh_CN"_s << u"a4"_s << true;
    }
    void pdfReport()
    {
        QFETCH(QString, lang);
        QFETCH(QString, paper);
        QFETCH(bool, cjk);
        const QString pdf = m_home.filePath(u"week-%1-%2.pdf"_s.arg(lang, paper));
        const CliTest::Result r
            = report({u"--format"_s, u"pdf"_s, u"--lang"_s, lang, u"--paper"_s, paper, u"-o"_s, pdf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        f.close();
        // PRLENS_TEST_ARTIFACTS=DIR keeps the PDFs for a look (pdftoppm) after the run.
        if (const QString keep = qEnvironmentVariable("PRLENS_TEST_ARTIFACTS"); !keep.isEmpty())
            QFile::copy(pdf, QDir(keep).filePath(QFileInfo(pdf).fileName()));

        // Every section of the report is in the text layer, in the report's language.
        const CliTest::Result md = report({u"--format"_s, u"md"_s, u"--lang"_s, lang});
        QCOMPARE(md.exitCode, 0);
        const QStringList sections = headings(md.out);
        QVERIFY(sections.size() >= 4);
        const QString text = PdfTools::text(pdf);
        const QString flat = QString(text).remove(QRegularExpression(u"\\s+"_s));
        for (const QString &heading : sections)
            QVERIFY2(flat.contains(QString(heading).remove(QRegularExpression(u"\\s+"_s))), qPrintable(heading));

        // Fonts embedded; a CJK one for Chinese.
        const QStringList fontLines = PdfTools::fonts(pdf).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fontLines.isEmpty());
        for (const QString &line : fontLines) {
            const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == u"yes", qPrintable(line)); // emb column
        }
        if (cjk)
            QVERIFY2(PdfTools::fonts(pdf).contains(u"WenQuanYi"_s, Qt::CaseInsensitive)
                    || PdfTools::fonts(pdf).contains(u"CJK"_s, Qt::CaseInsensitive),
                qPrintable(PdfTools::fonts(pdf)));

        // Charts are vectors: no raster image anywhere.
        const QStringList imageLines = PdfTools::images(pdf).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(imageLines.size(), 2); // the header lines only

        // The paper asked for, and the same page count on a second run.
        const QString info = PdfTools::run(u"pdfinfo"_s, {pdf});
        QVERIFY2(info.contains(paper == u"a4" ? u"(A4)"_s : u"(letter)"_s), qPrintable(info));
        const int pages = PdfTools::pages(pdf);
        QVERIFY(pages >= 4);
        const QString again = m_home.filePath(u"again-%1-%2.pdf"_s.arg(lang, paper));
        QCOMPARE(report({u"--format"_s, u"pdf"_s, u"--lang"_s, lang, u"--paper"_s, paper, u"-o"_s, again}).exitCode, 0);
        QCOMPARE(PdfTools::pages(again), pages);
    }

    void refusesTerminalAndBadPaper_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no -o") << QStringList {u"--format"_s, u"pdf"_s};
        QTest::addRow("-o -") << QStringList {u"--format"_s, u"pdf"_s, u"-o"_s, u"-"_s};
        QTest::addRow("unknown paper") << QStringList {
            u"--format"_s, u"pdf"_s, u"--paper"_s, u"a3"_s, u"-o"_s, m_home.filePath(u"x.pdf"_s)};
    }
    void refusesTerminalAndBadPaper()
    {
        QFETCH(QStringList, args);
        const CliTest::Result r = report(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }

    void unwritablePathFails()
    {
        const CliTest::Result r
            = report({u"--format"_s, u"pdf"_s, u"-o"_s, m_home.filePath(u"missing/dir/week.pdf"_s)});
        QCOMPARE(r.exitCode, 7);
        QVERIFY2(r.oneErrorLine(), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPdf)
#include "tst_clipdf.moc"
