// SPDX-License-Identifier: MIT
#include "languagemanager.h"
#include "prreport.h"
#include "reportrenderer.h"
#include "weekanalysis.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstPrReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(LanguageManager::instance()->setLanguage(u"en"_s)); } // English plural forms
    void sectionsAndEvidence();
    void keyHunkPrefersSource();
    void reviewHighlights();
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
    QCOMPARE(ids, (QStringList{u"summary"_s, u"motivation"_s, u"implementation"_s, u"key-hunk"_s, u"review"_s,
                               u"risks"_s, u"related"_s}));
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
    QVERIFY(md.contains(u"- Unresolved pkg/engine/sched.py, line 11"_s));
    QVERIFY(md.contains(u"carol: Should this default be documented?"_s));
    QVERIFY(md.contains(u"Unresolved review threads"_s));
}

QTEST_GUILESS_MAIN(TstPrReport)
#include "tst_prreport.moc"
