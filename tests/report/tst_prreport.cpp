// SPDX-License-Identifier: MIT
#include "../analysis/reviewflowweeks.h"
#include "languagemanager.h"
#include "prreport.h"
#include "reportrenderer.h"
#include "weekanalysis.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstPrReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s)); } // English plural forms
    void sectionsAndEvidence();
    void keyHunkPrefersSource();
    void reviewHighlights();
    void reviewTimeline();
    void goldenFastDeployPr_data();
    void goldenFastDeployPr();
};

namespace {

WeekData sampleWeek()
{
    WeekData w;
    w.repo = RepoRef::parseGitHub(u"o/r"_s);
    w.week = IsoWeek(2026, 14);
    PullRequest pr;
    pr.number = 42;
    pr.title = u"[Feature] add the scheduler knob"_s;
    pr.body = u"Adds FD_KNOB so that operators can tune it.\n\nCo-authored-by: x <x@example.com>"_s;
    pr.author = u"alice"_s;
    pr.mergedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::UTC);
    FileChange src;
    src.path = u"pkg/engine/sched.py"_s;
    src.additions = 3;
    src.hasPatch = true;
    src.patch = u"@@ -10,2 +10,5 @@ def f():\n x = 1\n+knob = os.getenv(\"FD_KNOB\", \"1\")\n+y = 2\n+z = 3\n"_s;
    FileChange test;
    test.path = u"tests/test_sched.py"_s;
    test.additions = 20;
    test.hasPatch = true;
    test.patch = u"@@ -1,1 +1,21 @@\n"_s + u"+assert True\n"_s.repeated(20);
    pr.files = {src, test};
    pr.changedFiles = 2;
    pr.additions = 23;
    pr.reviewDataKnown = false;
    w.pulls = {pr};
    return w;
}

} // namespace

void TstPrReport::sectionsAndEvidence()
{
    const WeekData w = sampleWeek();
    const WeekAnalysis a = analyzeWeek(w, {}, AnalysisConfig());
    const ReportDocument doc = PrReport::build(w.pulls.first(), a.pulls.first(), w.repo);
    QStringList ids;
    for (const ReportSection &s : doc.sections)
        ids.append(s.id);
    QCOMPARE(ids,
        (QStringList {
            u"summary"_s, u"motivation"_s, u"implementation"_s, u"key-hunk"_s, u"review"_s, u"risks"_s, u"related"_s}));
    const QString md = ReportRenderer::toMarkdown(doc);
    QVERIFY(md.contains(u"Adds FD_KNOB so that operators can tune it."_s));
    QVERIFY(!md.contains(u"Co-authored-by"_s)); // squash trailers are not motivation
    QVERIFY(md.contains(u"pkg/engine/sched.py, line 11: knob = os.getenv(\"FD_KNOB\", \"1\")"_s));
    QVERIFY(md.contains(u"New environment variable"_s));
    QVERIFY(md.contains(u"| pkg/engine | 1 | +3 | −0 |"_s));
    QVERIFY(md.contains(u"This source has no review data"_s));
}

void TstPrReport::keyHunkPrefersSource()
{
    const WeekData w = sampleWeek();
    QString path;
    const QString hunk = PrReport::keyHunk(w.pulls.first(), &path);
    QCOMPARE(path, u"pkg/engine/sched.py"_s); // the test hunk is larger but a source hunk says more
    QVERIFY(hunk.startsWith(u"@@ -10,2 +10,5 @@"_s));
    QVERIFY(hunk.contains(u"+knob"_s));
    PullRequest none = w.pulls.first();
    for (FileChange &f : none.files)
        f.hasPatch = false, f.patch.clear();
    QVERIFY(PrReport::keyHunk(none, &path).isEmpty());
}

void TstPrReport::reviewHighlights()
{
    WeekData w = sampleWeek();
    PullRequest &pr = w.pulls.first();
    pr.reviewDataKnown = true;
    pr.reviews = {{u"bob"_s, Review::State::Approved, u"LGTM"_s, {}}};
    ReviewThread t;
    t.path = u"pkg/engine/sched.py"_s;
    t.line = 11;
    t.isResolved = false;
    t.comments = {{u"carol"_s, u"Should this default be documented?"_s, t.path, 11, 11, {}, {}, false}};
    pr.reviewThreads = {t};
    const WeekAnalysis a = analyzeWeek(w, {}, AnalysisConfig());
    const QString md = ReportRenderer::toMarkdown(PrReport::build(pr, a.pulls.first(), w.repo));
    QVERIFY(md.contains(u"1 review, 1 approval; 1 thread unresolved at merge."_s));
    QVERIFY(md.contains(u"- **Unresolved** pkg/engine/sched.py, line 11"_s));
    QVERIFY(md.contains(u"carol: Should this default be documented?"_s));
    QVERIFY(md.contains(u"Unresolved review threads"_s));
    QVERIFY(!md.contains(u"could be read from the source"_s));

    // What the source could not read is said, not hidden.
    pr.reviewCount = 45;
    pr.reviewThreadCount = 30;
    const WeekAnalysis cutAnalysis = analyzeWeek(w, {}, AnalysisConfig());
    const QString cut = ReportRenderer::toMarkdown(PrReport::build(pr, cutAnalysis.pulls.first(), w.repo));
    QVERIFY2(cut.contains(u"Only 1 of 45 reviews could be read from the source."_s), qPrintable(cut));
    QVERIFY(cut.contains(u"Only 1 of 30 review threads could be read from the source."_s));
}

void TstPrReport::goldenFastDeployPr_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("lang");
    // a new environment variable with evidence; a revert linked to the PR it reverts
    for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
        QTest::addRow("7161 %s", qPrintable(lang)) << 7161 << lang;
        QTest::addRow("7133 %s", qPrintable(lang)) << 7133 << lang;
    }
}

void TstPrReport::goldenFastDeployPr()
{
    QFETCH(int, number);
    QFETCH(QString, lang);
    const std::optional<Test::DerivedWeek> input = Test::derivedWeek(u"fastdeploy-2026-W14"_s);
    QVERIFY(input);
    const WeekData &w = input->week;
    QVERIFY(LanguageManager::instance()->setLanguage(lang));
    const WeekAnalysis a = analyzeWeek(w, {}, AnalysisConfig());
    const QString md = ReportRenderer::toMarkdown(PrReport::build(*w.find(number), *a.find(number), w.repo));
    LanguageManager::instance()->setLanguage(u"en"_s);
    const QString golden = QStringLiteral(QT_TESTCASE_SOURCEDIR "/golden/fastdeploy-pr-%1.%2.md").arg(number).arg(lang);
    QFile f(golden);
    if (qEnvironmentVariableIntValue("PRLENS_REGENERATE_GOLDEN") == 1) {
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(md.toUtf8());
        return;
    }
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(golden));
    QCOMPARE(md, QString::fromUtf8(f.readAll()));
}

void TstPrReport::reviewTimeline()
{
    WeekData week;
    QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
    AnalysisConfig cfg;
    cfg.bots = {u"ci-helper"_s};
    const WeekAnalysis a = analyzeWeek(week, {}, cfg);
    const PullRequest &pr = week.pulls.at(1); // draft, a typed bot, the author's answer, changes then approval
    const QString md = ReportRenderer::toMarkdown(PrReport::build(pr, *a.find(pr.number), week.repo));
    const QString at = u"%1 UTC"_s;
    const auto time = [&at](const QDateTime &t) {
        return at.arg(t.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
    };
    const QDateTime ready = pr.readyForReviewAt;
    const QStringList expected {
        u"- **%1** Opened as a draft by %2"_s.arg(time(pr.createdAt), pr.author),
        u"- **%1** Ready for review"_s.arg(time(ready)),
        u"- **%1** copilot-pull-request-reviewer commented (a bot; counted apart)"_s.arg(time(ready.addSecs(60))),
        u"- **%1** %2 commented (the author; not counted as a review)"_s.arg(time(ready.addSecs(120)), pr.author),
        u"- **%1** bob requested changes"_s.arg(time(ready.addSecs(4 * 3600))),
        u"- **%1** bob approved"_s.arg(time(ready.addSecs(6 * 3600))),
        u"- **%1** Merged"_s.arg(time(pr.mergedAt)),
    };
    qsizetype from = md.indexOf(u"Timeline:"_s);
    QVERIFY2(from >= 0, qPrintable(md));
    for (const QString &line : expected) {
        const qsizetype i = md.indexOf(line, from);
        QVERIFY2(i > from, qPrintable(line + u"\n---\n"_s + md.mid(from)));
        from = i;
    }
    QVERIFY(md.contains(u"waited 4 h for a first review, open 1 d until the merge, and 1 review round"_s)); // (s)
}

QTEST_GUILESS_MAIN(TstPrReport)
#include "tst_prreport.moc"
