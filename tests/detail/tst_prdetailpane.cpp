// SPDX-License-Identifier: MIT
#include "../common/filechanges.h"
#include "../ui/untrustedtext.h"
#include "datasetreader.h"
#include "diffmodel.h"
#include "diffview.h"
#include "filelistmodel.h"
#include "languagemanager.h"
#include "overviewbrowser.h"
#include "prdetailpane.h"
#include "reviewview.h"
#include "riskengine.h"
#include "syntax.h"

#include <QAbstractItemModelTester>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {
const QString evil = u"<img src=http://127.0.0.1:9/x.png><b>bold</b>"_s;

PullRequest samplePr(const QString &untrusted = {})
{
    PullRequest pr;
    pr.number = 7;
    pr.title = u"[Core] Faster scheduler "_s + untrusted;
    pr.body = u"Motivation: the scheduler was slow. "_s + untrusted;
    pr.author = u"alice"_s;
    pr.mergedAt = QDateTime(QDate(2026, 3, 24), QTime(10, 0), QTimeZone::UTC);
    pr.additions = 5;
    pr.deletions = 2;
    pr.files = {Test::file(u"csrc/sched.cpp"_s, 2, 1,
                    u"@@ -1,2 +1,3 @@\n #include <vector>\n-int a = 1;\n+int a = 2;\n+int b = 3;\n"_s),
        Test::file(
            u"vllm/sched.py"_s, 1, 1, u"@@ -10,2 +10,2 @@ class S:\n-    x = 1\n+    x = \"two\"\n     y = 3\n"_s),
        FileChange {u"docs/logo.png"_s, {}, FileChange::Status::Added, 0, 0, true, false, false, {}}};
    pr.changedFiles = int(pr.files.size());
    pr.reviews = {Review {u"bob"_s, Review::State::Approved, u"LGTM "_s + untrusted, pr.mergedAt}};
    ReviewThread t;
    t.path = u"vllm/sched.py"_s;
    t.line = 11;
    t.isResolved = false;
    t.comments = {ReviewComment {u"carol"_s, u"Why a string? "_s + untrusted, t.path, 11, 11,
                      u"@@ -10,2 +10,2 @@ class S:\n-    x = 1\n+    x = \"two\""_s, pr.mergedAt, false},
        ReviewComment {u"alice"_s, u"For the log."_s, t.path, 11, 11, {}, pr.mergedAt, true}};
    pr.reviewThreads = {t};
    pr.patchesLoaded = true;
    return pr;
}

RelatedPr related(RelatedPr::Kind kind, int number, const QString &title)
{
    RelatedPr r;
    r.kind = kind;
    r.number = number;
    r.title = title;
    r.sharedFiles = {u"vllm/sched.py"_s};
    return r;
}

PrAnalysis analysis(const QString &evidence)
{
    PrAnalysis a;
    a.number = 7;
    a.importance.score = 3;
    a.related = {related(RelatedPr::Kind::SameFiles, 5, u"Scheduler refactor"_s)};
    RiskFinding f;
    f.ruleId = RiskEngine::builtInIds().constFirst();
    f.prNumber = 7;
    f.evidence = {Evidence {u"vllm/sched.py"_s, 10, evidence}};
    a.findings = {f};
    return a;
}

class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};
} // namespace

class TestPrDetailPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDesktopServices::setUrlHandler(u"https"_s, &m_urls, "open");
        QDesktopServices::setUrlHandler(u"http"_s, &m_urls, "open");
    }
    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"http"_s);
    }
    void init() { m_urls.urls.clear(); }

    void fileModelPassesTester()
    {
        FileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(samplePr().files);
        QCOMPARE(model.index(0, FileListModel::AddedColumn).data().toString(), u"+2"_s);
        QCOMPARE(model.index(2, FileListModel::StatusColumn).data().toString(), u"A"_s);
        model.setFiles({});
    }

    void fillsEveryTab()
    {
        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        pane.resize(900, 700);
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        pane.setRelated({related(RelatedPr::Kind::SameFiles, 5, u"Scheduler refactor"_s)});

        QVERIFY(pane.overview()->toPlainText().contains(u"the scheduler was slow"_s));
        QCOMPARE(pane.fileModel()->rowCount(), 3);
        QCOMPARE(pane.diffView()->diffModel()->path(), u"csrc/sched.cpp"_s);
        QCOMPARE(pane.diffView()->diffModel()->definitionName(), u"C++"_s);
        QCOMPARE(pane.diffView()->diffModel()->rowCount(), 5);
        QVERIFY(pane.showFile(u"vllm/sched.py"_s));
        QCOMPARE(pane.tabs()->currentIndex(), int(PrDetailPane::FilesTab));
        QCOMPARE(pane.diffView()->diffModel()->definitionName(), u"Python"_s);
        QVERIFY(pane.showFile(u"docs/logo.png"_s));
        QCOMPARE(pane.diffView()->diffModel()->index(0).data().toString(), u"Binary file — no diff"_s);

        const QString review = pane.reviewView()->plainText();
        QVERIFY2(review.contains(u"vllm/sched.py:11"_s), qPrintable(review));
        QVERIFY(review.contains(u"Unresolved at merge"_s));
        QVERIFY(review.contains(u"Why a string?"_s));
        QVERIFY(review.contains(u"Approved"_s));
        QCOMPARE(pane.reviewView()->hunkViews().size(), 1);
        QCOMPARE(pane.reviewView()->hunkViews().first()->diffModel()->definitionName(), u"Python"_s);
        QCOMPARE(pane.reviewView()->hunkViews().first()->diffModel()->rowCount(), 3);

        QCOMPARE(pane.relatedList()->count(), 1);
        QVERIFY(pane.relatedList()->item(0)->text().contains(u"#5"_s));
        QVERIFY(pane.relatedList()->item(0)->text().contains(u"Scheduler refactor"_s));
        QCOMPARE(pane.tabs()->tabText(PrDetailPane::FilesTab), u"Files && diff (3)"_s);
        QCOMPARE(pane.tabs()->tabText(PrDetailPane::RelatedTab), u"Related (1)"_s);
    }

    void overviewShowsReport()
    {
        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        QSignalSpy activated(&pane, &PrDetailPane::pullRequestActivated);
        pane.setAnalysis(analysis(evil));
        const QString text = pane.overview()->toPlainText();
        for (const QString &part : {u"Motivation"_s, u"Implementation breakdown"_s, u"Key hunk"_s,
                 u"Review highlights"_s, u"Risks and impact"_s, u"Related PRs"_s, u"Scheduler refactor"_s})
            QVERIFY2(text.contains(part), qPrintable(part));
        QVERIFY(text.contains(evil)); // the evidence, literally
        // The key hunk (the C++ file's, with the most changed lines) is the diff table, highlighted.
        QVERIFY(text.contains(u"int b = 3;"_s));
        QVERIFY(pane.overview()->toHtml().contains(u">int</span>"_s));
        QCOMPARE(pane.relatedList()->count(), 1);
        // PR references link inside the application only.
        QVERIFY(pane.overview()->toHtml().contains(u"href=\"pr:5\""_s));
        Q_EMIT pane.overview()->anchorClicked(QUrl(u"pr:5"_s));
        Q_EMIT pane.overview()->anchorClicked(QUrl(u"https://evil.example/"_s));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toInt(), 5);
        QVERIFY(m_urls.urls.isEmpty());
    }

    void untrustedTextStaysLiteral_data()
    {
        QTest::addColumn<bool>("report");
        QTest::addRow("description fallback") << false;
        QTest::addRow("report document") << true;
    }
    void untrustedTextStaysLiteral()
    {
        QFETCH(bool, report);
        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        pane.resize(900, 700);
        pane.show();
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr(evil));
        pane.setRelated({related(RelatedPr::Kind::Reverts, 5, evil)});
        if (report) {
            ReportDocument doc;
            doc.sections = {ReportSection {u"summary"_s, evil, 2,
                {ReportBlock::paragraph(evil), ReportBlock::code(evil, u"text"_s), ReportBlock::code(evil),
                    ReportBlock::table({evil}, {{evil}}),
                    ReportBlock::list({ReportItem {evil, u"javascript:alert(1)"_s, evil, {evil}, evil}})}}};
            pane.setReport(doc);
        }
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        (void)pane.grab();

        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        const auto title = std::find_if(
            labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text().startsWith(u"[Core]"_s); });
        QVERIFY(title != labels.cend());
        QCOMPARE((*title)->textFormat(), Qt::PlainText);
        QVERIFY((*title)->text().endsWith(evil));
        QVERIFY2(pane.overview()->toPlainText().contains(evil), qPrintable(pane.overview()->toPlainText()));
        QVERIFY(!pane.overview()->toHtml().contains(u"<b>bold"_s));
        QVERIFY(pane.reviewView()->plainText().contains(u"Why a string? "_s + evil));
        QVERIFY(pane.reviewView()->plainText().contains(u"LGTM "_s + evil));
        for (const QLabel *l : pane.reviewView()->findChildren<QLabel *>())
            QCOMPARE(l->textFormat(), Qt::PlainText);
        QVERIFY(pane.relatedList()->item(0)->text().contains(evil));
        QVERIFY(!pane.overview()->toHtml().contains(u"javascript"_s));
        // Nothing asked for a resource, and no URL was opened.
        QCOMPARE(pane.overview()->refusedResources(), 0);
        QVERIFY(m_urls.urls.isEmpty());
    }

    void untrustedToolTipsStayLiteral()
    {
        // Every tooltip that holds a path or a title shows it as text: QToolTip would read "<img ..." as markup.
        PullRequest pr = samplePr();
        pr.files.first().path = evil;
        pr.reviewThreads.first().path = evil;
        pr.reviewThreads.first().line = 0;
        pr.reviewThreads.first().originalLine = 0;
        FileListModel model;
        model.setFiles(pr.files);
        const QString fileTip = model.index(0, FileListModel::PathColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(UntrustedText::shownText(fileTip), u"Modified: "_s + evil);

        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        pane.resize(900, 700);
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), pr);
        RelatedPr other = related(RelatedPr::Kind::SameFiles, 5, evil);
        other.sharedFiles = {evil};
        pane.setRelated({other});
        QVERIFY(pane.showFile(evil));
        QStringList shown;
        for (const QWidget *w : pane.findChildren<QWidget *>())
            if (!w->toolTip().isEmpty())
                shown.append(UntrustedText::shownText(w->toolTip()));
        QVERIFY2(shown.contains(evil), qPrintable(shown.join(u'\n'))); // the file bar's path
        QVERIFY2(shown.contains(u"Show %1 in the diff"_s.arg(evil)), qPrintable(shown.join(u'\n'))); // review thread
        const QString relatedTip = UntrustedText::shownText(pane.relatedList()->item(0)->toolTip());
        QVERIFY2(relatedTip.endsWith(u'\n' + evil), qPrintable(relatedTip));
    }

    void overviewLoadsNoResource_data()
    {
        QTest::addColumn<QString>("html"); // %1 = a local image file, %2 = the same image as a data: URL
        QTest::addRow("local file") << u"<p>a <img src=%1> b</p>"_s;
        QTest::addRow("file URL") << u"<p><img src=\"file://%1\"></p>"_s;
        QTest::addRow("data URL") << u"<p><img src=\"%2\"></p>"_s;
        QTest::addRow("style sheet")
            << u"<html><head><link rel=stylesheet type=text/css href=%1></head><p>x</p></html>"_s;
    }
    void overviewLoadsNoResource()
    {
        // The overview's HTML escapes PR text; should some ever slip through, the browser still loads nothing.
        QFETCH(QString, html);
        QTemporaryDir dir;
        UntrustedText::FileProbe probe(dir.filePath(u"probe.png"_s));
        QFile png(probe.path());
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QString data = u"data:image/png;base64,"_s + QString::fromLatin1(png.readAll().toBase64());
        png.close();
        probe.opens();
        OverviewBrowser browser;
        browser.resize(500, 300);
        browser.setHtml(QString(html).replace(u"%1"_s, probe.path()).replace(u"%2"_s, data));
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const QImage shown = browser.grab().toImage();
        QCOMPARE(probe.opens(), 0);
        QVERIFY(!UntrustedText::hasColour(shown, UntrustedText::FileProbe::Colour));
        QVERIFY(browser.refusedResources() > 0);
    }

    void patchesOnDemand()
    {
        PullRequest pr = samplePr();
        PullRequest bare = pr;
        for (FileChange &f : bare.files) {
            f.patch.clear();
            f.hasPatch = false;
        }
        bare.patchesLoaded = false;
        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        QSignalSpy wanted(&pane, &PrDetailPane::patchesWanted);
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), bare);
        QCOMPARE(wanted.count(), 0); // the overview does not need them
        pane.setCurrentTab(PrDetailPane::FilesTab);
        QCOMPARE(wanted.count(), 1);
        QCOMPARE(wanted.first().first().toInt(), 7);
        QCOMPARE(pane.diffView()->diffModel()->notice(), DiffModel::Notice::NotAvailable);
        pane.setCurrentTab(PrDetailPane::ReviewTab);
        pane.setCurrentTab(PrDetailPane::FilesTab);
        QCOMPARE(wanted.count(), 1); // asked once per PR

        pane.setPatches(8, pr.files); // a late answer for another PR changes nothing
        QCOMPARE(pane.diffView()->diffModel()->notice(), DiffModel::Notice::NotAvailable);
        pane.setPatches(7, pr.files);
        QCOMPARE(pane.diffView()->diffModel()->notice(), DiffModel::Notice::None);
        QCOMPARE(pane.diffView()->diffModel()->rowCount(), 5);
        QVERIFY(pane.pullRequest().patchesLoaded);
    }

    void unreadReviewsAreSaid()
    {
        PullRequest pr = samplePr();
        PrDetailPane pane;
        pane.setPullRequest(RepoRef::parseGitHub(u"vllm-project/vllm"_s), pr);
        QVERIFY(!pane.reviewView()->plainText().contains(u"could be read from the source"_s));
        pr.reviewCount = int(pr.reviews.size()) + 25;
        pr.reviewThreadCount = int(pr.reviewThreads.size()) + 10;
        pane.setPullRequest(RepoRef::parseGitHub(u"vllm-project/vllm"_s), pr);
        const QString text = pane.reviewView()->plainText();
        QVERIFY2(text.contains(u"Only %1 of %2 review"_s.arg(pr.reviews.size()).arg(pr.reviewCount)), qPrintable(text));
        QVERIFY(text.contains(u"Only %1 of %2 review thread"_s.arg(pr.reviewThreads.size()).arg(pr.reviewThreadCount)));
    }

    void gitSourceHasNoReviewData()
    {
        PullRequest pr = samplePr();
        pr.reviewDataKnown = false;
        pr.reviews.clear();
        pr.reviewThreads.clear();
        PrDetailPane pane;
        pane.setPullRequest(RepoRef::localGit(u"/tmp/clone"_s), pr);
        QVERIFY(pane.reviewView()->plainText().startsWith(u"No review data from this source"_s));
        QCOMPARE(pane.tabs()->tabText(PrDetailPane::ReviewTab), u"Review"_s);
        // A local clone has no web page to open.
        const auto buttons = pane.findChildren<QPushButton *>();
        for (const QPushButton *b : buttons)
            QVERIFY2(b->isHidden(), qPrintable(b->text()));
    }

    void threadLocationOpensDiffAtLine()
    {
        PrDetailPane pane;
        pane.setRepository(m_repo.get());
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        pane.setCurrentTab(PrDetailPane::ReviewTab);
        const auto buttons = pane.reviewView()->findChildren<QToolButton *>();
        QCOMPARE(buttons.size(), 1);
        QCOMPARE(buttons.first()->text(), u"vllm/sched.py:11"_s);
        buttons.first()->click();
        QCOMPARE(pane.tabs()->currentIndex(), int(PrDetailPane::FilesTab));
        QCOMPARE(pane.diffView()->diffModel()->path(), u"vllm/sched.py"_s);
        const QModelIndex current = pane.diffView()->currentIndex();
        QCOMPARE(current.data(DiffModel::NewLineRole).toInt(), 11);
        QCOMPARE(current.data().toString(), u"    y = 3"_s);
    }

    void relatedLinkSelectsOtherPr()
    {
        PrDetailPane pane;
        pane.resize(700, 500);
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        pane.setRelated({related(RelatedPr::Kind::Reverts, 5, u"Earlier"_s),
            related(RelatedPr::Kind::FollowedUpBy, 9, u"Later"_s)});
        pane.setCurrentTab(PrDetailPane::RelatedTab);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QSignalSpy activated(&pane, &PrDetailPane::pullRequestActivated);
        QListWidget *list = pane.relatedList();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
        QVERIFY(activated.count() >= 1);
        QCOMPARE(activated.last().first().toInt(), 9);
    }

    void openOnGitHubUsesRepoRef()
    {
        PrDetailPane pane;
        PullRequest pr = samplePr();
        pr.url = u"https://evil.example/phish"_s; // never used
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), pr);
        pane.showFile(u"vllm/sched.py"_s);
        const auto buttons = pane.findChildren<QPushButton *>();
        QCOMPARE(buttons.size(), 2);
        for (QPushButton *b : buttons) {
            QVERIFY(!b->isHidden());
            b->click();
        }
        QCOMPARE(m_urls.urls.size(), 2);
        QCOMPARE(m_urls.urls.at(0).toString(), u"https://github.com/octo/hello/pull/7"_s);
        QVERIFY(m_urls.urls.at(1).toString().startsWith(u"https://github.com/octo/hello/pull/7/files#diff-"_s));
    }

    void retranslatesAtRuntime()
    {
        PrDetailPane pane;
        pane.setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        const QString english = pane.tabs()->tabText(PrDetailPane::OverviewTab);
        QVERIFY(LanguageManager::instance()->setLanguage(u"zh_CN"_s));
        QTRY_VERIFY(pane.tabs()->tabText(PrDetailPane::OverviewTab) != english);
        QVERIFY(pane.reviewView()->plainText() != QString());
        QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s));
        QTRY_COMPARE(pane.tabs()->tabText(PrDetailPane::OverviewTab), english);
    }

    void screenshotOfDatasetPr_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QSize>("size");
        QTest::addRow("light") << false << QSize(900, 760);
        QTest::addRow("dark") << true << QSize(900, 760);
        QTest::addRow("narrow") << false << QSize(480, 600);
    }
    void screenshotOfDatasetPr()
    {
        QFETCH(bool, dark);
        QFETCH(QSize, size);
        const QString path
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/vllm-project__vllm/2026-03-23_2026-03-29/pulls.json"_s;
        if (!QFile::exists(path))
            QSKIP("shared vLLM dataset not present next to the repository");
        QList<PullRequest> prs;
        QString error;
        QVERIFY2(DatasetReader::read(path, &prs, &error), qPrintable(error));
        // The PR with the most changed lines that has both Python and C++/CUDA files.
        const PullRequest *pick = nullptr;
        for (const PullRequest &pr : std::as_const(prs)) {
            const bool py = std::any_of(
                pr.files.cbegin(), pr.files.cend(), [](const FileChange &f) { return f.path.endsWith(u".py"_s); });
            const bool cpp = std::any_of(pr.files.cbegin(), pr.files.cend(), [](const FileChange &f) {
                return f.path.endsWith(u".cpp"_s) || f.path.endsWith(u".cu"_s) || f.path.endsWith(u".h"_s);
            });
            if (py && cpp && (!pick || pr.size() > pick->size()))
                pick = &pr;
        }
        QVERIFY(pick);
        QWidget window;
        if (dark) {
            QPalette p;
            p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
            p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
            p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
            p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
            p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xed));
            window.setPalette(p);
        }
        auto *pane = new PrDetailPane(&window);
        pane->setRepository(m_repo.get());
        WeekData week;
        week.repo = RepoRef::parseGitHub(u"vllm-project/vllm"_s);
        week.week = IsoWeek(2026, 13);
        week.pulls = prs;
        const WeekAnalysis analysis = analyzeWeek(week, {}, AnalysisConfig());
        QVERIFY(analysis.find(pick->number));
        pane->setPullRequest(week.repo, *pick);
        pane->setAnalysis(*analysis.find(pick->number));
        window.resize(size);
        pane->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString dir = QStringLiteral(PRLENS_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        const QString suffix = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(pane->grab().save(dir + u"/detail-overview-"_s + suffix + u".png"_s));
        QVERIFY(pane->overview()->find(u"Review highlights"_s)); // scrolls the key hunk into view
        QVERIFY(pane->grab().save(dir + u"/detail-keyhunk-"_s + suffix + u".png"_s));
        auto py = std::find_if(pick->files.cbegin(), pick->files.cend(), [](const FileChange &f) {
            return f.path.endsWith(u".py"_s) && f.hasPatch && f.additions > 0 && f.deletions > 0;
        });
        if (py == pick->files.cend())
            py = std::find_if(pick->files.cbegin(), pick->files.cend(),
                [](const FileChange &f) { return f.path.endsWith(u".py"_s) && f.hasPatch; });
        QVERIFY(py != pick->files.cend());
        QVERIFY(pane->showFile(py->path));
        QTest::qWait(50);
        QVERIFY(pane->grab().save(dir + u"/detail-diff-"_s + suffix + u".png"_s));
        QVERIFY(pane->diffView()->diffModel()->rowCount() > 0);

        pane->setPullRequest(RepoRef::parseGitHub(u"octo/hello"_s), samplePr());
        pane->setRelated({related(RelatedPr::Kind::Reverts, 5, u"Scheduler refactor"_s)});
        pane->setCurrentTab(PrDetailPane::ReviewTab);
        QTest::qWait(50);
        QVERIFY(pane->grab().save(dir + u"/detail-review-"_s + suffix + u".png"_s));
        pane->setCurrentTab(PrDetailPane::RelatedTab);
        QVERIFY(pane->grab().save(dir + u"/detail-related-"_s + suffix + u".png"_s));
    }

private:
    std::unique_ptr<SyntaxRepository> m_repo = SyntaxRepository::create();
    UrlCatcher m_urls;
};

QTEST_MAIN(TestPrDetailPane)
#include "tst_prdetailpane.moc"
