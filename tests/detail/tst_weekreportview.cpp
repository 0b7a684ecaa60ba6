// SPDX-License-Identifier: MIT
#include "languagemanager.h"
#include "overviewbrowser.h"
#include "reportrenderer.h"
#include "weekreportview.h"

#include <QDesktopServices>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
const QString evil = u"<img src=\"file:///etc/hostname\"><b>bold</b>"_s;

PullRequest pr(int number, const QString &title, const QString &path, const QString &patch)
{
    PullRequest p;
    p.number = number;
    p.title = title;
    p.author = u"alice"_s;
    p.mergedAt = QDateTime(QDate(2026, 3, 24), QTime(10, number % 24), QTimeZone::UTC);
    FileChange f;
    f.path = path;
    f.additions = 2;
    f.hasPatch = true;
    f.patch = patch;
    p.files = {f};
    p.additions = 2;
    p.changedFiles = 1;
    p.patchesLoaded = true;
    return p;
}

WeekData sampleWeek()
{
    WeekData w;
    w.repo = RepoRef::parseGitHub(u"octo/hello"_s);
    w.week = IsoWeek(2026, 13);
    w.zone = UtcOffset(0);
    w.pulls = {
        pr(12, u"[Bugfix] Read the layout "_s + evil, u"vllm/envs.py"_s,
            u"@@ -120,2 +120,3 @@ environment_variables = {\n     \"A\": 1,\n+    \"VLLM_SSM_LAYOUT\": lambda: 1,\n     \"B\": 2,\n"_s),
        pr(13, u"[Bugfix] Another fix"_s, u"vllm/engine.py"_s, u"@@ -1,1 +1,2 @@\n x = 1\n+y = 2\n"_s)};
    w.ledger = {
        LedgerEntry {LedgerEntry::Kind::Truncated, 13, u"files"_s, u"GitHub listed 1 of 3 files"_s, {u"1"_s, u"3"_s}}};
    return w;
}

class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};
} // namespace

class TestWeekReportView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &scheme : {u"https"_s, u"http"_s, u"file"_s, u"prlens"_s})
            QDesktopServices::setUrlHandler(scheme, &m_urls, "open");
    }
    void cleanupTestCase()
    {
        for (const QString &scheme : {u"https"_s, u"http"_s, u"file"_s, u"prlens"_s})
            QDesktopServices::unsetUrlHandler(scheme);
    }

    void showsTheReport()
    {
        WeekReportView view;
        const WeekData week = sampleWeek();
        view.setWeek(analyzeWeek(week, {}, AnalysisConfig()), week);
        const QString text = view.browser()->toPlainText();
        for (const QString &heading : {u"Executive summary"_s, u"Key changes"_s, u"Modules and themes"_s,
                 u"Risk observations"_s, u"Highlighted PRs"_s, u"Recommendations"_s, u"Completeness"_s})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        // evidence people can act on: the file, the new-side line and the variable
        QVERIFY2(text.contains(u"vllm/envs.py:121 adds VLLM_SSM_LAYOUT"_s), qPrintable(text));
        // the ledger in words, and no delta against a week that was not loaded
        QVERIFY(text.contains(u"File list cut: GitHub listed 1 of 3 files."_s));
        QVERIFY(text.contains(u"No data for the week before"_s));
        QVERIFY(text.contains(evil)); // the title, literally
    }

    void linksSelectPrsAndSetFilters()
    {
        WeekReportView view;
        const WeekData week = sampleWeek();
        view.setWeek(analyzeWeek(week, {}, AnalysisConfig()), week);
        const QString html = view.browser()->toHtml();
        QVERIFY2(html.contains(u"href=\"prlens://pr/12\""_s), qPrintable(html));
        QVERIFY(html.contains(u"href=\"prlens://filter/tag/bugfix\""_s));
        QVERIFY(html.contains(u"href=\"prlens://filter/risk/new-env-var\""_s));
        QVERIFY(html.contains(u"href=\"prlens://filter/file/vllm/envs.py\""_s));
        QVERIFY(!html.contains(u"https://github.com"_s)); // PR links stay in the app

        QSignalSpy prs(&view, &WeekReportView::pullRequestActivated);
        QSignalSpy filters(&view, &WeekReportView::filterRequested);
        Q_EMIT view.browser()->anchorClicked(QUrl(u"prlens://pr/12"_s));
        Q_EMIT view.browser()->anchorClicked(QUrl(ReportRenderer::appUrl(u"filter/file/vllm/envs.py"_s)));
        Q_EMIT view.browser()->anchorClicked(QUrl(u"prlens://filter/tag/bugfix"_s));
        Q_EMIT view.browser()->anchorClicked(QUrl(u"prlens://filter/nonsense/x"_s));
        Q_EMIT view.browser()->anchorClicked(QUrl(u"https://evil.example/"_s));
        Q_EMIT view.browser()->anchorClicked(QUrl(u"file:///etc/passwd"_s));
        QCOMPARE(prs.count(), 1);
        QCOMPARE(prs.first().first().toInt(), 12);
        QCOMPARE(filters.count(), 2);
        QCOMPARE(filters.at(0), (QVariantList {u"file"_s, u"vllm/envs.py"_s}));
        QCOMPARE(filters.at(1), (QVariantList {u"tag"_s, u"bugfix"_s}));
        QVERIFY(m_urls.urls.isEmpty());
    }

    void languageSwitchRerenders()
    {
        WeekReportView view;
        const WeekData week = sampleWeek();
        view.setWeek(analyzeWeek(week, {}, AnalysisConfig()), week);
        QVERIFY(view.browser()->toPlainText().contains(u"Executive summary"_s));
        QVERIFY(LanguageManager::instance()->setLanguage(u"zh_CN"_s));
        QTRY_VERIFY(view.browser()->toPlainText().contains(u"执行摘要"_s));
        QVERIFY(!view.browser()->toPlainText().contains(u"Executive summary"_s));
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        QTRY_VERIFY(view.browser()->toPlainText().contains(u"Executive summary"_s));
    }

    void loadsNoResource()
    {
        WeekReportView view;
        view.resize(800, 600);
        view.show();
        const WeekData week = sampleWeek();
        view.setWeek(analyzeWeek(week, {}, AnalysisConfig()), week);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        (void)view.grab();
        QCOMPARE(view.browser()->refusedResources(), 0); // the untrusted <img> is text, not an element
        QVERIFY(!view.browser()->toHtml().contains(u"<img"_s));

        // Asked directly, the browser hands out nothing, not even a local file QTextDocument could read itself.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"secret.png"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("SECRET");
        f.close();
        const QVariant image
            = view.browser()->document()->resource(QTextDocument::ImageResource, QUrl::fromLocalFile(path));
        QVERIFY(!image.toByteArray().contains("SECRET"));
        const QVariant css
            = view.browser()->document()->resource(QTextDocument::StyleSheetResource, QUrl::fromLocalFile(path));
        QVERIFY(!css.toByteArray().contains("SECRET"));
        QVERIFY(view.browser()->refusedResources() >= 1); // the second answer comes from the document's cache
    }

private:
    UrlCatcher m_urls;
};

QTEST_MAIN(TestWeekReportView)
#include "tst_weekreportview.moc"
