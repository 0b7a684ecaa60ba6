// SPDX-License-Identifier: MIT
#include "proutcome.h"
#include "pullrequest.h"
#include "tagnormalizer.h"

#include <QTest>
#include <QTimeZone>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::UTC);

PullRequest pr(int number, const QString &title, int day, const QString &body = {}, const QString &path = {},
    const QString &patch = {})
{
    PullRequest p;
    p.number = number;
    p.title = title;
    p.body = body;
    p.mergedAt = kStart.addDays(day);
    p.mergeCommitSha = u"%1"_s.arg(number, 40, 10, QLatin1Char('a'));
    if (!path.isEmpty()) {
        FileChange f;
        f.path = path;
        f.patch = patch;
        f.hasPatch = true;
        p.files.append(f);
    }
    return p;
}

QHash<int, QList<PrOutcome>> find(const QList<PullRequest> &pulls, int horizonDays = 28)
{
    QList<const PullRequest *> ptrs;
    for (const PullRequest &p : pulls)
        ptrs.append(&p);
    return OutcomeFinder::find(ptrs, horizonDays, TagNormalizer());
}

} // namespace

class TestPrOutcome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revertByTitle();
    void revertByCommit();
    void revertNamingPr();
    void fixNamingPr();
    void fixNamingNeedsFixTag();
    void fixTouchingAddedLines();
    void trivialLinesDoNotTie();
    void horizon();
    void onlyLaterPrsCount();
};

void TestPrOutcome::revertByTitle()
{
    const auto out = find({pr(1, u"[Core] Add cache"_s, 0), pr(2, u"Revert \"[Core] Add cache\""_s, 3)});
    QCOMPARE(out.value(1).size(), 1);
    const PrOutcome o = out.value(1).first();
    QCOMPARE(o.kind, PrOutcome::Kind::Revert);
    QCOMPARE(o.reason, PrOutcome::Reason::RevertTitle);
    QCOMPARE(o.by, 2);
    QCOMPARE(o.evidence, u"Revert \"[Core] Add cache\""_s);
    QVERIFY(out.value(2).isEmpty());
}

void TestPrOutcome::revertByCommit()
{
    const PullRequest target = pr(7, u"Speed up parser"_s, 0);
    const auto out = find({target,
        pr(8, u"Revert parser speed-up"_s, 2, u"This reverts commit %1.\n"_s.arg(target.mergeCommitSha.left(12)))});
    QCOMPARE(out.value(7).size(), 1);
    QCOMPARE(out.value(7).first().reason, PrOutcome::Reason::RevertCommit);
    QCOMPARE(out.value(7).first().by, 8);
}

void TestPrOutcome::revertNamingPr()
{
    const auto out = find({pr(12, u"Add exporter config"_s, 0),
        pr(13, u"Revert exporter config"_s, 1, u"Reverts acme/widgets#12\n\nIt broke the nightly build."_s)});
    QCOMPARE(out.value(12).size(), 1);
    QCOMPARE(out.value(12).first().reason, PrOutcome::Reason::RevertNames);
    QCOMPARE(out.value(12).first().evidence, u"Reverts acme/widgets#12"_s);
}

void TestPrOutcome::fixNamingPr()
{
    const auto out = find({pr(10, u"Add metrics exporter"_s, 0),
        pr(11, u"[Bugfix] Handle empty metrics"_s, 2, u"Crashed on an empty list.\nFixes #10 for good.\n"_s)});
    QCOMPARE(out.value(10).size(), 1);
    const PrOutcome o = out.value(10).first();
    QCOMPARE(o.kind, PrOutcome::Kind::Fix);
    QCOMPARE(o.reason, PrOutcome::Reason::FixNames);
    QCOMPARE(o.by, 11);
    QCOMPARE(o.evidence, u"Fixes #10 for good."_s);
}

void TestPrOutcome::fixNamingNeedsFixTag()
{
    // A feature mentioning #10 is no fix; a "Fix … (#10)" title is one even without a tag.
    auto out = find({pr(10, u"Add metrics exporter"_s, 0), pr(11, u"[Feature] Extend #10 to gauges"_s, 2)});
    QVERIFY(out.value(10).isEmpty());
    out = find({pr(10, u"Add metrics exporter"_s, 0), pr(11, u"Fix crash from #10"_s, 2)});
    QCOMPARE(out.value(10).size(), 1);
}

void TestPrOutcome::fixTouchingAddedLines()
{
    const auto out = find({
        pr(5, u"Add scheduler"_s, 0, {}, u"src/sched.py"_s,
            u"@@ -0,0 +1,3 @@\n+def run(task):\n+    priority = compute_priority(task)\n+    return priority\n"_s),
        pr(6, u"[Feature] Unrelated"_s, 1, {}, u"src/sched.py"_s,
            u"@@ -1,3 +1,4 @@\n def run(task):\n     priority = compute_priority(task)\n+    log(task)\n     return priority\n"_s),
        pr(7, u"fix: scheduler priority"_s, 3, {}, u"src/sched.py"_s,
            u"@@ -1,4 +1,4 @@\n def run(task):\n-    priority = compute_priority(task)\n+    priority = compute_priority(task, now())\n     log(task)\n     return priority\n"_s),
    });
    QCOMPARE(out.value(5).size(), 1);
    const PrOutcome o = out.value(5).first();
    QCOMPARE(o.reason, PrOutcome::Reason::FixTouchesLines);
    QCOMPARE(o.by, 7);
    QCOMPARE(o.file, u"src/sched.py"_s);
    QCOMPARE(o.line, 2);
    QCOMPARE(o.evidence, u"priority = compute_priority(task)"_s);
    QVERIFY(out.value(6).isEmpty()); // PR 6 added other lines only
}

void TestPrOutcome::trivialLinesDoNotTie()
{
    const auto out = find({
        pr(5, u"Add block"_s, 0, {}, u"src/a.c"_s, u"@@ -0,0 +1,3 @@\n+    }\n+  pass\n+x = 0;\n"_s),
        pr(7, u"[Bugfix] Tidy"_s, 3, {}, u"src/a.c"_s, u"@@ -1,3 +1,0 @@\n-    }\n-  pass\n-x = 0;\n"_s),
    });
    QVERIFY(out.value(5).isEmpty());
}

void TestPrOutcome::horizon()
{
    const QList<PullRequest> pulls {pr(1, u"Add cache"_s, 0), pr(2, u"Revert \"Add cache\""_s, 15)};
    QCOMPARE(find(pulls, 14).value(1).size(), 0);
    QCOMPARE(find(pulls, 15).value(1).size(), 1);
}

void TestPrOutcome::onlyLaterPrsCount()
{
    // A fix merged before the PR it names is no outcome of it.
    const auto out = find({pr(10, u"Add metrics exporter"_s, 5), pr(11, u"[Bugfix] Fixes #10"_s, 2)});
    QVERIFY(out.value(10).isEmpty());
}

QTEST_GUILESS_MAIN(TestPrOutcome)
#include "tst_proutcome.moc"
