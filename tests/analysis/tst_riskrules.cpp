// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "pathclassifier.h"
#include "riskengine.h"
#include "weekanalysis.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

Q_DECLARE_METATYPE(PrLens::PullRequest)
Q_DECLARE_METATYPE(PrLens::RuleResult::Outcome)

namespace {

PullRequest withReviews(PullRequest pr, QList<Review> reviews, QList<ReviewThread> threads = {})
{
    pr.reviewDataKnown = true;
    pr.reviews = reviews;
    pr.reviewThreads = threads;
    return pr;
}

ReviewThread reviewThread(bool resolved, const QString &path, int line, const QString &author, const QString &body)
{
    ReviewThread t;
    t.isResolved = resolved;
    t.path = path;
    t.line = line;
    t.comments = {{author, body, path, line, line, {}, {}, false}};
    return t;
}

FileChange noPatch(const QString &path, int additions = 5)
{
    FileChange f = Test::file(path, additions, 0);
    f.hasPatch = false;
    return f;
}

FileChange cut(FileChange f)
{
    f.patchTruncated = true;
    return f;
}

const QString kCore = u"pkg/engine/core.py"_s;

} // namespace

class TstRiskRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rule_data();
    void rule();
    void everyBuiltInHasText();
    void overridesDisableReweightAndAddGlobs();
    void malformedOverrideRejected();
    void largeChangeXxlIsOneLevelHigher();
    void fastDeployRiskCountsListTheirPrs();
    void patchEvidenceNamesItsSubject_data();
    void patchEvidenceNamesItsSubject();
};

void TstRiskRules::rule_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<PullRequest>("pr");
    QTest::addColumn<RuleResult::Outcome>("outcome");
    QTest::addColumn<QString>("file"); // evidence[0]
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("text"); // evidence[0].text contains
    using O = RuleResult::Outcome;
    const auto pr = [](const QString &title, const QList<FileChange> &files) {
        return Test::pull(100, title, files);
    };

    // missing-tests
    QTest::addRow("missing-tests fires: source without test")
        << u"missing-tests"_s << pr(u"x"_s, {Test::file(u"pkg/a.py"_s, 4, 1)}) << O::Fired << u"pkg/a.py"_s << 0
        << u"+4 −1"_s;
    QTest::addRow("missing-tests passes: test changed too")
        << u"missing-tests"_s << pr(u"x"_s, {Test::file(u"pkg/a.py"_s), Test::file(u"tests/test_a.py"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("missing-tests passes: docs only")
        << u"missing-tests"_s << pr(u"x"_s, {Test::file(u"docs/a.md"_s)}) << O::Passed << QString() << 0 << QString();
    QTest::addRow("missing-tests passes: example script")
        << u"missing-tests"_s << pr(u"x"_s, {Test::file(u"examples/run.py"_s)}) << O::Passed << QString() << 0
        << QString();
    {
        PullRequest p = pr(u"x"_s, {Test::file(u"pkg/a.py"_s)});
        p.changedFiles = 3000; // the source listed only part of the files
        QTest::addRow("missing-tests not evaluated: file list cut")
            << u"missing-tests"_s << p << O::NotEvaluated << QString() << 0 << QString();
    }

    // core-path (kCore is a core file in the context)
    QTest::addRow("core-path fires") << u"core-path"_s << pr(u"x"_s, {Test::file(kCore, 2, 2)}) << O::Fired << kCore
                                     << 0 << u"+2 −2"_s;
    QTest::addRow("core-path passes") << u"core-path"_s << pr(u"x"_s, {Test::file(u"pkg/other.py"_s)}) << O::Passed
                                      << QString() << 0 << QString();

    // large-change
    QTest::addRow("large-change fires at XL")
        << u"large-change"_s << pr(u"x"_s, {Test::file(u"pkg/big.py"_s, 400, 150)}) << O::Fired << u"pkg/big.py"_s << 0
        << u"+400 −150"_s;
    QTest::addRow("large-change passes at L") << u"large-change"_s << pr(u"x"_s, {Test::file(u"pkg/big.py"_s, 400, 99)})
                                              << O::Passed << QString() << 0 << QString();
    QTest::addRow("large-change ignores lock files")
        << u"large-change"_s << pr(u"x"_s, {Test::file(u"Cargo.lock"_s, 5000, 0), Test::file(u"Cargo.toml"_s, 1, 0)})
        << O::Passed << QString() << 0 << QString();

    // new-env-var
    QTest::addRow("new-env-var fires: os.getenv")
        << u"new-env-var"_s
        << pr(u"x"_s,
               {Test::file(
                   u"pkg/cfg.py"_s, 1, 0, u"@@ -7,2 +7,3 @@\n a = 1\n+b = os.getenv(\"FD_NEW\", \"0\")\n c = 2"_s)})
        << O::Fired << u"pkg/cfg.py"_s << 8 << u"os.getenv(\"FD_NEW\""_s;
    QTest::addRow("new-env-var fires: envs.py table")
        << u"new-env-var"_s
        << pr(u"x"_s,
               {Test::file(
                   u"pkg/envs.py"_s, 1, 0, u"@@ -1,1 +1,2 @@\n x\n+    \"FD_TABLE\": lambda: int(envs_default),"_s)})
        << O::Fired << u"pkg/envs.py"_s << 2 << u"FD_TABLE"_s;
    QTest::addRow("new-env-var fires: process.env")
        << u"new-env-var"_s
        << pr(u"x"_s, {Test::file(u"web/a.ts"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+const k = process.env.API_KEY;"_s)})
        << O::Fired << u"web/a.ts"_s << 1 << u"process.env.API_KEY"_s;
    QTest::addRow("new-env-var passes: moved read")
        << u"new-env-var"_s
        << pr(u"x"_s,
               {Test::file(u"pkg/cfg.py"_s, 1, 1,
                   u"@@ -3,1 +3,1 @@\n-a = os.getenv(\"FD_OLD\")\n+a = os.getenv(\"FD_OLD\", \"1\")"_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("new-env-var passes: in a test")
        << u"new-env-var"_s
        << pr(u"x"_s, {Test::file(u"tests/test_cfg.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+os.environ[\"X\"] = \"1\""_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("new-env-var passes: comment")
        << u"new-env-var"_s
        << pr(u"x"_s, {Test::file(u"pkg/cfg.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+# set os.getenv(\"X\") first"_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("new-env-var not evaluated: patch missing")
        << u"new-env-var"_s << pr(u"x"_s, {noPatch(u"pkg/cfg.py"_s)}) << O::NotEvaluated << QString() << 0 << QString();
    QTest::addRow("new-env-var not evaluated: patch cut")
        << u"new-env-var"_s << pr(u"x"_s, {cut(Test::file(u"pkg/cfg.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+a = 1"_s))})
        << O::NotEvaluated << QString() << 0 << QString();
    QTest::addRow("new-env-var fires despite a cut patch elsewhere")
        << u"new-env-var"_s
        << pr(u"x"_s,
               {noPatch(u"pkg/big.py"_s),
                   Test::file(u"pkg/cfg.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+k = os.environ[\"FD_K\"]"_s)})
        << O::Fired << u"pkg/cfg.py"_s << 1 << u"FD_K"_s;

    // dependency-manifest
    QTest::addRow("dependency fires: requirements")
        << u"dependency-manifest"_s
        << pr(u"x"_s, {Test::file(u"requirements.txt"_s, 1, 0, u"@@ -12,1 +12,2 @@\n numpy\n+paddleformers>=1.1.1"_s)})
        << O::Fired << u"requirements.txt"_s << 13 << u"paddleformers>=1.1.1"_s;
    QTest::addRow("dependency fires: package.json without lock")
        << u"dependency-manifest"_s
        << pr(u"x"_s, {Test::file(u"web/package.json"_s, 1, 0, u"@@ -5,0 +5,1 @@\n+    \"left-pad\": \"^1.3.0\","_s)})
        << O::Fired << u"web/package.json"_s << 5 << u"left-pad"_s;
    QTest::addRow("dependency fires: cmake find_package")
        << u"dependency-manifest"_s
        << pr(u"x"_s, {Test::file(u"CMakeLists.txt"_s, 1, 0, u"@@ -3,0 +3,1 @@\n+find_package(ZLIB REQUIRED)"_s)})
        << O::Fired << u"CMakeLists.txt"_s << 3 << u"find_package(ZLIB"_s;
    QTest::addRow("dependency passes: cmake without packages")
        << u"dependency-manifest"_s
        << pr(u"x"_s, {Test::file(u"CMakeLists.txt"_s, 1, 0, u"@@ -3,0 +3,1 @@\n+add_library(x a.cpp)"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("dependency passes: pyproject tool settings")
        << u"dependency-manifest"_s
        << pr(u"x"_s, {Test::file(u"pyproject.toml"_s, 1, 0, u"@@ -3,0 +3,1 @@\n+line-length = 120"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("dependency not evaluated: manifest patch missing")
        << u"dependency-manifest"_s << pr(u"x"_s, {noPatch(u"setup.py"_s)}) << O::NotEvaluated << QString() << 0
        << QString();

    // debug-leftovers
    QTest::addRow("debug fires: print")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"pkg/a.py"_s, 1, 0, u"@@ -9,1 +9,2 @@\n x = 1\n+    print(\"here\", x)"_s)})
        << O::Fired << u"pkg/a.py"_s << 10 << u"print(\"here\", x)"_s;
    QTest::addRow("debug fires: breakpoint")
        << u"debug-leftovers"_s << pr(u"x"_s, {Test::file(u"pkg/a.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+breakpoint()"_s)})
        << O::Fired << u"pkg/a.py"_s << 1 << u"breakpoint()"_s;
    QTest::addRow("debug fires: console.log")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"web/a.js"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+console.log(state)"_s)}) << O::Fired
        << u"web/a.js"_s << 1 << u"console.log"_s;
    QTest::addRow("debug fires: dbg!")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"src/a.rs"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+let v = dbg!(v);"_s)}) << O::Fired
        << u"src/a.rs"_s << 1 << u"dbg!"_s;
    QTest::addRow("debug passes: logger call")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"pkg/a.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+logger.info(\"print(x)\")"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("debug passes: print in a script")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"scripts/run.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+print(\"done\")"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("debug passes: print in a test")
        << u"debug-leftovers"_s
        << pr(u"x"_s, {Test::file(u"tests/test_a.py"_s, 1, 0, u"@@ -1,0 +1,1 @@\n+print(\"done\")"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("debug fires: global dict only written")
        << u"debug-leftovers"_s
        << pr(u"x"_s,
               {Test::file(u"pkg/a.py"_s, 4, 0,
                   u"@@ -1,0 +1,4 @@\n+_DEBUG_TIMES = {}\n+def f(k):\n+    _DEBUG_TIMES[k] = now()\n+    return k"_s)})
        << O::Fired << u"pkg/a.py"_s << 1 << u"_DEBUG_TIMES = {}"_s;
    QTest::addRow("debug passes: global dict read back")
        << u"debug-leftovers"_s
        << pr(u"x"_s,
               {Test::file(u"pkg/a.py"_s, 4, 0,
                   u"@@ -1,0 +1,4 @@\n+_CACHE = {}\n+def f(k):\n+    _CACHE[k] = now()\n+    return _CACHE.get(k)"_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("debug not evaluated: patch missing") << u"debug-leftovers"_s << pr(u"x"_s, {noPatch(u"pkg/a.py"_s)})
                                                        << O::NotEvaluated << QString() << 0 << QString();

    // hard-coded-literal (core files only)
    QTest::addRow("literal fires: IP in core file")
        << u"hard-coded-literal"_s << pr(u"x"_s, {Test::file(kCore, 1, 0, u"@@ -4,0 +4,1 @@\n+HOST = \"10.0.0.12\""_s)})
        << O::Fired << kCore << 4 << u"10.0.0.12"_s;
    QTest::addRow("literal fires: URL in core file")
        << u"hard-coded-literal"_s
        << pr(u"x"_s, {Test::file(kCore, 1, 0, u"@@ -4,0 +4,1 @@\n+url = \"https://internal.example/api\""_s)})
        << O::Fired << kCore << 4 << u"https://internal.example/api"_s;
    QTest::addRow("literal passes: version string")
        << u"hard-coded-literal"_s << pr(u"x"_s, {Test::file(kCore, 1, 0, u"@@ -4,0 +4,1 @@\n+v = \"1.2.3.4.5\""_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("literal passes: URL in a comment")
        << u"hard-coded-literal"_s
        << pr(u"x"_s, {Test::file(kCore, 1, 0, u"@@ -4,0 +4,1 @@\n+# see https://docs.example"_s)}) << O::Passed
        << QString() << 0 << QString();
    QTest::addRow("literal passes: not a core file")
        << u"hard-coded-literal"_s
        << pr(u"x"_s, {Test::file(u"pkg/other.py"_s, 1, 0, u"@@ -4,0 +4,1 @@\n+HOST = \"10.0.0.12\""_s)}) << O::Passed
        << QString() << 0 << QString();

    // unresolved-threads
    const PullRequest base = pr(u"x"_s, {Test::file(u"pkg/a.py"_s)});
    QTest::addRow("unresolved fires") << u"unresolved-threads"_s
                                      << withReviews(base, {},
                                             {reviewThread(true, u"pkg/a.py"_s, 3, u"bob"_s, u"ok"_s),
                                                 reviewThread(
                                                     false, u"pkg/a.py"_s, 7, u"carol"_s, u"Is this safe?\nmore"_s)})
                                      << O::Fired << u"pkg/a.py"_s << 7 << u"carol: Is this safe?"_s;
    QTest::addRow("unresolved passes: all resolved")
        << u"unresolved-threads"_s << withReviews(base, {}, {reviewThread(true, u"pkg/a.py"_s, 3, u"bob"_s, u"ok"_s)})
        << O::Passed << QString() << 0 << QString();
    QTest::addRow("unresolved not evaluated: no review data")
        << u"unresolved-threads"_s << base << O::NotEvaluated << QString() << 0 << QString();
    {
        PullRequest p = withReviews(base, {}, {reviewThread(true, u"pkg/a.py"_s, 3, u"bob"_s, u"ok"_s)});
        p.reviewThreadCount = 30; // 29 threads were not read: one of them may be open
        QTest::addRow("unresolved not evaluated: threads incomplete, none open among those read")
            << u"unresolved-threads"_s << p << O::NotEvaluated << QString() << 0 << QString();
        p.reviewThreads.append(reviewThread(false, u"pkg/a.py"_s, 9, u"erin"_s, u"Still wrong"_s));
        QTest::addRow("unresolved fires on the open threads read: threads incomplete")
            << u"unresolved-threads"_s << p << O::Fired << u"pkg/a.py"_s << 9 << u"erin: Still wrong"_s;
    }

    // no-approval
    QTest::addRow("no-approval fires") << u"no-approval"_s
                                       << withReviews(base, {{u"bob"_s, Review::State::Commented, {}, {}}}) << O::Fired
                                       << QString() << 0 << u"bob: COMMENTED"_s;
    QTest::addRow("no-approval passes") << u"no-approval"_s
                                        << withReviews(base,
                                               {{u"bob"_s, Review::State::Commented, {}, {}},
                                                   {u"dan"_s, Review::State::Approved, {}, {}}})
                                        << O::Passed << QString() << 0 << QString();
    QTest::addRow("no-approval not evaluated: no review data")
        << u"no-approval"_s << base << O::NotEvaluated << QString() << 0 << QString();
    {
        PullRequest p = withReviews(base, {{u"bob"_s, Review::State::Commented, {}, {}}});
        p.reviewCount = 45; // 44 reviews were not read: one of them may approve
        QTest::addRow("no-approval not evaluated: reviews incomplete")
            << u"no-approval"_s << p << O::NotEvaluated << QString() << 0 << QString();
        p.reviews.append({u"dan"_s, Review::State::Approved, {}, {}});
        QTest::addRow("no-approval passes: approval among the reviews read")
            << u"no-approval"_s << p << O::Passed << QString() << 0 << QString();
        p.reviews.removeLast();
        p.reviewCount = 1;
        QTest::addRow("no-approval fires: every review read")
            << u"no-approval"_s << p << O::Fired << QString() << 0 << u"bob: COMMENTED"_s;
    }

    // revert-follow-up (PR 50 "[BugFix] Add lock" is known, merged earlier)
    QTest::addRow("revert fires: quoted title") << u"revert-follow-up"_s << pr(u"Revert \"[BugFix] Add lock\""_s, {})
                                                << O::Fired << QString() << 0 << u"Revert \"[BugFix] Add lock\""_s;
    {
        PullRequest p = pr(u"Revert \"[BugFix] Add lock to avoid nan (#…\""_s, {});
        p.body = u"This reverts commit abcdef1234567."_s;
        QTest::addRow("revert fires: reverted commit")
            << u"revert-follow-up"_s << p << O::Fired << QString() << 0 << u"This reverts commit abcdef1"_s;
    }
    QTest::addRow("revert fires: [Revert] tag") << u"revert-follow-up"_s << pr(u"[Revert] Remove the fallback"_s, {})
                                                << O::Fired << QString() << 0 << u"[Revert] Remove"_s;
    QTest::addRow("revert fires: unloaded PR named in the title")
        << u"revert-follow-up"_s << pr(u"Revert \"[MoE] kernel integration\" (#38050)"_s, {}) << O::Fired << QString()
        << 0 << u"(#38050)"_s;
    QTest::addRow("revert passes: word inside")
        << u"revert-follow-up"_s << pr(u"[Core] Reverted flag default is kept"_s, {}) << O::Passed << QString() << 0
        << QString();
    QTest::addRow("follow-up fires: Fix … (#50)")
        << u"revert-follow-up"_s << pr(u"Fix crash introduced in #50"_s, {}) << O::Fired << QString() << 0 << u"#50"_s;
    QTest::addRow("follow-up passes: unknown number")
        << u"revert-follow-up"_s << pr(u"Fix crash from #9999"_s, {}) << O::Passed << QString() << 0 << QString();
    QTest::addRow("follow-up passes: plain fix")
        << u"revert-follow-up"_s << pr(u"[BugFix] fix flaky test"_s, {}) << O::Passed << QString() << 0 << QString();
}

void TstRiskRules::rule()
{
    QFETCH(QString, ruleId);
    QFETCH(PullRequest, pr);
    QFETCH(RuleResult::Outcome, outcome);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, text);

    PullRequest earlier = Test::pull(50, u"[BugFix] Add lock"_s, {Test::file(kCore)});
    earlier.mergeCommitSha = u"abcdef1234567890abcdef1234567890abcdef12"_s;
    PrIndex index;
    index.add(earlier);
    index.add(pr);
    const PathClassifier paths;
    RuleContext ctx;
    ctx.paths = &paths;
    ctx.coreFiles = {kCore};
    ctx.index = &index;

    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    QVERIFY(rule);
    ctx.severity = rule->defaultSeverity();
    const RuleResult r = rule->evaluate(pr, ctx);
    QCOMPARE(r.outcome, outcome);
    if (outcome == RuleResult::Outcome::Fired) {
        QCOMPARE(r.finding.ruleId, ruleId);
        QCOMPARE(r.finding.prNumber, pr.number);
        QVERIFY(!r.finding.evidence.isEmpty());
        const Evidence &e = r.finding.evidence.first();
        QCOMPARE(e.file, file);
        QCOMPARE(e.line, line);
        QVERIFY2(e.text.contains(text), qPrintable(e.text));
        QVERIFY(!rule->describe(r.finding).isEmpty());
        if (ruleId == u"unresolved-threads"_s) {
            const int unread = int(pr.reviewThreadCount - pr.reviewThreads.size());
            QCOMPARE(r.finding.fact(u"unread"_s).toInt(), std::max(0, unread));
            QCOMPARE(rule->describe(r.finding).contains(u"could not be read"_s), unread > 0);
        }
        if (ruleId == u"revert-follow-up"_s) {
            const bool namesKnown = pr.title.contains(u"Add lock"_s) || pr.title.contains(u"#50"_s);
            const int target = namesKnown ? 50 : pr.title.contains(u"#38050"_s) ? 38050 : 0;
            QCOMPARE(r.finding.fact(u"target"_s).toInt(), target);
            QCOMPARE(r.finding.relatedPrs, target ? QList<int> {target} : QList<int> {});
        }
    } else if (outcome == RuleResult::Outcome::NotEvaluated) {
        QCOMPARE(r.notEvaluated.ruleId, ruleId);
        QCOMPARE(r.notEvaluated.prNumber, pr.number);
        QVERIFY(!r.notEvaluated.describe().isEmpty());
        if (ruleId == u"no-approval"_s || ruleId == u"unresolved-threads"_s) {
            const bool incomplete = ruleId == u"no-approval"_s ? pr.reviewsIncomplete() : pr.reviewThreadsIncomplete();
            const NotEvaluated::Reason expected = !pr.reviewDataKnown ? NotEvaluated::Reason::ReviewDataUnknown
                : ruleId == u"no-approval"_s                          ? NotEvaluated::Reason::ReviewsIncomplete
                                                                      : NotEvaluated::Reason::ReviewThreadsIncomplete;
            QVERIFY(!pr.reviewDataKnown || incomplete);
            QCOMPARE(r.notEvaluated.reason, expected);
        }
    }
}

void TstRiskRules::everyBuiltInHasText()
{
    const QStringList ids = RiskEngine::builtInIds();
    QCOMPARE(ids.size(), 10);
    for (const QString &id : ids) {
        const RiskRule *r = RiskEngine::builtIn(id);
        QCOMPARE(r->id(), id);
        QVERIFY(!r->title().isEmpty());
        // The short title fits a badge in the PR list and names a person can read, not the id.
        QVERIFY2(!r->shortTitle().isEmpty() && r->shortTitle().size() <= 16, qPrintable(r->shortTitle()));
        QVERIFY2(r->shortTitle() != id, qPrintable(id));
        QVERIFY(!r->explanation().isEmpty());
        QVERIFY(!r->recommendation().isEmpty());
    }
}

void TstRiskRules::overridesDisableReweightAndAddGlobs()
{
    AnalysisConfig cfg;
    QString error;
    const QJsonObject o = QJsonDocument::fromJson(R"({"rules": {
        "missing-tests": {"enabled": false},
        "core-path": {"severity": "high", "globs": ["pkg/engine/*"]}}})")
                              .object();
    QVERIFY2(cfg.apply(o, &error), qPrintable(error));
    QVERIFY(!cfg.rules.isEnabled(u"missing-tests"_s));
    QCOMPARE(cfg.rules.severity(u"core-path"_s), Severity::High);

    WeekData w;
    w.week = IsoWeek(2026, 14);
    w.pulls = {Test::pull(1, u"x"_s, {Test::file(u"pkg/engine/new.py"_s)})};
    const WeekAnalysis a = analyzeWeek(w, {}, cfg);
    QVERIFY(!a.risk(u"missing-tests"_s)); // disabled rules are not counted at all
    const RiskCount *core = a.risk(u"core-path"_s);
    QVERIFY(core);
    QCOMPARE(core->prs, QList<int> {1}); // fired through the configured glob
    QCOMPARE(core->severity, Severity::High);
    QCOMPARE(a.pulls.first().findings.first().evidence.first().file, u"pkg/engine/new.py"_s);
}

void TstRiskRules::malformedOverrideRejected()
{
    AnalysisConfig cfg;
    QString error;
    QVERIFY(!cfg.apply(QJsonDocument::fromJson(R"({"rules": {"no-such-rule": {}}})").object(), &error));
    QVERIFY(error.contains(u"no-such-rule"_s));
    QVERIFY(!cfg.apply(QJsonDocument::fromJson(R"({"rules": {"core-path": {"severity": "fatal"}}})").object(), &error));
    QVERIFY(!cfg.apply(QJsonDocument::fromJson(R"({"moduleDepth": "two"})").object(), &error));
    QCOMPARE(cfg.rules.severity(u"core-path"_s), Severity::Warning); // nothing applied
    QCOMPARE(cfg.moduleDepth, 2);
}

void TstRiskRules::largeChangeXxlIsOneLevelHigher()
{
    const PathClassifier paths;
    RuleContext ctx;
    ctx.paths = &paths;
    ctx.severity = Severity::Warning;
    const RiskRule *rule = RiskEngine::builtIn(u"large-change"_s);
    const RuleResult xl = rule->evaluate(Test::pull(1, u"x"_s, {Test::file(u"a.py"_s, 999, 0)}), ctx);
    const RuleResult xxl = rule->evaluate(Test::pull(2, u"x"_s, {Test::file(u"a.py"_s, 1000, 0)}), ctx);
    QCOMPARE(xl.finding.severity, Severity::Warning);
    QCOMPARE(xl.finding.fact(u"bucket"_s), u"XL"_s);
    QCOMPARE(xxl.finding.severity, Severity::High);
    QCOMPARE(xxl.finding.fact(u"bucket"_s), u"XXL"_s);
    QCOMPARE(xxl.finding.fact(u"lines"_s), u"1000"_s);
}

void TstRiskRules::fastDeployRiskCountsListTheirPrs()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    QCOMPARE(a.risks.size(), RiskEngine::builtInIds().size());
    for (const RiskCount &rc : a.risks) {
        int firing = 0, notEvaluated = 0;
        for (const PrAnalysis &p : a.pulls) {
            firing += p.hasFinding(rc.ruleId) ? 1 : 0;
            notEvaluated += std::any_of(p.notEvaluated.begin(), p.notEvaluated.end(),
                                [&](const NotEvaluated &n) { return n.ruleId == rc.ruleId; })
                ? 1
                : 0;
        }
        QCOMPARE(rc.prs.size(), firing);
        QCOMPARE(rc.notEvaluatedPrs.size(), notEvaluated);
    }
    // the dataset has no review data: those rules are not evaluated on any PR, never silently passed
    QCOMPARE(a.risk(u"no-approval"_s)->notEvaluatedPrs.size(), week.pulls.size());
    QVERIFY(a.risk(u"no-approval"_s)->prs.isEmpty());
    // both reverts of the week are found and linked to the PRs they revert
    QCOMPARE(a.risk(u"revert-follow-up"_s)->prs, (QList<int> {7075, 7133}));
    QCOMPARE(a.find(7133)->findings.last().relatedPrs, QList<int> {7121});
    QCOMPARE(a.find(7075)->findings.last().relatedPrs, QList<int> {7046});
}

QTEST_GUILESS_MAIN(TstRiskRules)
#include "tst_riskrules.moc"

void TstRiskRules::patchEvidenceNamesItsSubject_data()
{
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("added");
    QTest::addColumn<QString>("subject");
    const QString pad(300, u'x');
    QTest::addRow("env var read") << u"new-env-var"_s << u"pkg/config.py"_s
                                  << u"    level = os.getenv(\"PKG_LOG_LEVEL\", \"info\")"_s << u"PKG_LOG_LEVEL"_s;
    QTest::addRow("env table entry") << u"new-env-var"_s << u"vllm/envs.py"_s
                                     << u"    \"VLLM_SSM_CONV_STATE_LAYOUT\": lambda: os.getenv(\"X\"),"_s
                                     << u"VLLM_SSM_CONV_STATE_LAYOUT"_s;
    QTest::addRow("print") << u"debug-leftovers"_s << u"pkg/engine.py"_s << u"    print(\"here\", state)"_s
                           << u"print("_s;
    QTest::addRow("literal") << u"hard-coded-literal"_s << kCore << u"    url = \"http://10.0.0.7:8000/v1\""_s
                             << u"http://10.0.0.7:8000/v1"_s;
    QTest::addRow("literal at the end of a long line")
        << u"hard-coded-literal"_s << kCore << u"    x = \""_s + pad + u"\" + \"10.1.2.3\""_s << u"10.1.2.3"_s;
    QTest::addRow("dependency") << u"dependency-manifest"_s << u"requirements/common.txt"_s << u"torch==2.9.0"_s
                                << u"torch==2.9.0"_s;
}

void TstRiskRules::patchEvidenceNamesItsSubject()
{
    QFETCH(QString, ruleId);
    QFETCH(QString, path);
    QFETCH(QString, added);
    QFETCH(QString, subject);
    // The added line is the second of the new side's hunk starting at 40.
    const QString patch = u"@@ -40,2 +40,3 @@ def f():\n     a = 1\n+"_s + added + u"\n     b = 2\n"_s;
    const PullRequest pr = Test::pull(100, u"Change"_s, {Test::file(path, 1, 0, patch)});
    const PathClassifier paths;
    RuleContext ctx;
    ctx.paths = &paths;
    ctx.coreFiles = {kCore};
    const RiskRule *rule = RiskEngine::builtIn(ruleId);
    QVERIFY(rule);
    const RuleResult r = rule->evaluate(pr, ctx);
    QCOMPARE(r.outcome, RuleResult::Outcome::Fired);
    const Evidence &e = r.finding.evidence.first();
    QCOMPARE(e.file, path);
    QCOMPARE(e.line, 41);
    QCOMPARE(e.subject, subject);
    QVERIFY2(e.text.size() <= 160, qPrintable(e.text));
    QVERIFY2(e.text.contains(subject), qPrintable(e.text)); // a long line is cut around what matters
}
