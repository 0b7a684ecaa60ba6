// SPDX-License-Identifier: MIT
// Golden-file tests of the weekly report. Regenerate the references with the `regenerate-golden` target
// (or PRLENS_REGENERATE_GOLDEN=1) and read the diff before committing it.
#include "../analysis/reviewflowweeks.h"
#include "languagemanager.h"
#include "reportrenderer.h"
#include "weekanalysis.h"
#include "weeklyreport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

namespace {

/// The derived week of a dataset row (tests/data/weeks): vLLM with its four previous weeks, FastDeploy on its own.
std::optional<Test::DerivedWeek> derivedWeekOf(const QString &repo)
{
    return Test::derivedWeek(repo.startsWith(u"vllm"_s) ? u"vllm-2026-W13"_s : u"fastdeploy-2026-W14"_s);
}

QString goldenPath(const QString &name)
{
    return QStringLiteral(QT_TESTCASE_SOURCEDIR "/golden/") + name;
}

bool regenerate()
{
    return qEnvironmentVariableIntValue("PRLENS_REGENERATE_GOLDEN") == 1;
}

void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = goldenPath(name);
    if (regenerate()) {
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        f.write(actual.toUtf8());
        qInfo("rewrote %s", qPrintable(QDir::cleanPath(path)));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
        qPrintable(u"missing golden file %1; build the regenerate-golden target"_s.arg(path)));
    const QString expected = QString::fromUtf8(f.readAll());
    if (actual != expected) {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            if (a.value(i) != e.value(i)) {
                qWarning("first difference at line %lld:\n  expected: %s\n  actual:   %s", qlonglong(i + 1),
                    qPrintable(e.value(i)), qPrintable(a.value(i)));
                break;
            }
        }
        QFAIL(qPrintable(
            u"%1 differs from the report; run the regenerate-golden target and review the diff"_s.arg(name)));
    }
}

} // namespace

class TstWeeklyReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void riskCountsEqualListedPrs_data();
    void riskCountsEqualListedPrs();
    void untrustedTextEscaped();
    void reviewFlowByHand();
    void reviewFlowGolden_data();
    void reviewFlowGolden();
    void reviewFlowFromAClone();
    void reviewFlowUntrustedLogins();
};

namespace {

AnalysisConfig helperBotConfig()
{
    AnalysisConfig cfg;
    cfg.bots = {u"ci-helper"_s};
    return cfg;
}

/// The review-flow section and the recommendations of a report, alone, in Markdown.
QString reviewFlowMarkdown(const ReportDocument &doc)
{
    ReportDocument part;
    part.kind = doc.kind;
    part.language = doc.language;
    part.title = doc.title;
    for (const QString &id : {u"review-flow"_s, u"recommendations"_s})
        if (const ReportSection *s = doc.section(id))
            part.sections.append(*s);
    return ReportRenderer::toMarkdown(part);
}

} // namespace

void TstWeeklyReport::reviewFlowByHand()
{
    WeekData week;
    QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
    const ReportDocument doc = WeeklyReport::build(analyzeWeek(week, {}, helperBotConfig()), week);
    const ReportSection *sec = doc.section(u"review-flow"_s);
    QVERIFY(sec);
    QCOMPARE(sec->heading, u"Review flow"_s);
    const QString md = ReportRenderer::toMarkdown(doc);
    // medians and p90s computed by hand in tst_reviewflow: 4500 s, 14400 s; 54000 s, 172800 s
    QVERIFY(md.contains(u"| Time to first review, median | 1 h 15 min | — |"_s));
    QVERIFY(md.contains(u"| Time to first review, 90th percentile | 4 h | — |"_s));
    QVERIFY(md.contains(u"| Time to merge, median | 15 h | — |"_s));
    QVERIFY(md.contains(u"| Time to merge, 90th percentile | 2 d | — |"_s));
    QVERIFY(md.contains(u"| Merged without review | 2 | — |"_s));
    QVERIFY(md.contains(u"| Review rounds (changes requested, then approved) | 1 | — |"_s));
    QVERIFY(md.contains(u"| alice | 3 | 4 | 30 min |"_s));
    QVERIFY(md.contains(u"| bob | 1 | 2 | 4 h |"_s));
    // (plural endings come from the English translation file; the counts are what matters)
    QVERIFY(md.contains(u"Review flow: median 1 h 15 min to a first review and 15 h to merge; 2 PR"_s));
    // the slowest first: the unreviewed PR open 48 h leads
    const int slowest = week.pulls.at(5).number;
    QVERIFY(md.contains(u"Merged after 2 d without a review by another person"_s));
    QVERIFY(md.indexOf(u"[#%1]"_s.arg(slowest)) < md.indexOf(u"Waited 4 h for a first review (bob)"_s));
    // recommendations that follow: alice reviewed 3 of the 4 reviewed PRs; two merged without review
    QVERIFY(md.contains(u"Share the review load: alice reviewed 3 of the 4 reviewed PRs."_s));
    QVERIFY(md.contains(u"Ask for a review by another person before merging"_s));
    QVERIFY(!md.contains(u"Agree on a time to a first review"_s)); // p90 4 h is no long wait
}

void TstWeeklyReport::reviewFlowGolden_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s;
}

void TstWeeklyReport::reviewFlowGolden()
{
    if (!QFileInfo::exists(QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/PaddlePaddle__FastDeploy"_s))
        QSKIP("the shared FastDeploy dataset is not present next to the repository");
    QFETCH(QString, lang);
    WeekData week;
    QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
    // the week before, with review data: the changes are shown
    WeekData before;
    QVERIFY(
        Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 13), &before));
    before.pulls = before.pulls.mid(6, 2);
    for (PullRequest &pr : before.pulls) {
        pr.reviewDataKnown = true;
        pr.createdAt = pr.mergedAt.addSecs(-7200);
        pr.reviews = {Test::review(u"carol"_s, Review::State::Approved, pr.createdAt.addSecs(3600))};
    }
    QVERIFY(LanguageManager::instance()->setLanguage(lang));
    const ReportDocument doc = WeeklyReport::build(analyzeWeek(week, {before}, helperBotConfig()), week);
    const QString md = reviewFlowMarkdown(doc);
    LanguageManager::instance()->setLanguage(u"en"_s);
    compareWithGolden(md, u"fastdeploy-2026-W14-review-flow.%1.md"_s.arg(lang));
}

void TstWeeklyReport::reviewFlowFromAClone()
{
    WeekData week;
    QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
    week.repo = RepoRef::localGit(u"/tmp/clone"_s);
    for (PullRequest &pr : week.pulls)
        pr.reviewDataKnown = false;
    const ReportDocument doc = WeeklyReport::build(analyzeWeek(week, {}, AnalysisConfig()), week);
    const QString md = ReportRenderer::toMarkdown(doc);
    // a note instead of figures, said once in the section and once in the ledger; never a zero
    const ReportSection *sec = doc.section(u"review-flow"_s);
    QVERIFY(sec);
    QCOMPARE(sec->blocks.size(), 1);
    QCOMPARE(sec->blocks.first().kind, ReportBlock::Kind::Paragraph);
    QVERIFY(sec->blocks.first().text.contains(u"Review times are unknown for this source"_s));
    QCOMPARE(md.count(u"Review flow not measured"_s), 1);
    QVERIFY(!md.contains(u"Time to first review"_s));
    QVERIFY(!md.contains(u"Review flow: median"_s));
    QVERIFY(!md.contains(u"Merged without review"_s));
}

void TstWeeklyReport::reviewFlowUntrustedLogins()
{
    WeekData week;
    QVERIFY2(Test::reviewFlowWeek(&week), "tests/data/weeks/fastdeploy-2026-W14.week is missing");
    week.pulls[0].reviews.first().author = u"<img src=x onerror=alert(1)>"_s;
    const ReportDocument doc = WeeklyReport::build(analyzeWeek(week, {}, helperBotConfig()), week);
    const QString html = ReportRenderer::toHtml(doc);
    QVERIFY(!html.contains(u"<img src=x"_s));
    QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_s));
    QVERIFY(!ReportRenderer::toMarkdown(doc).contains(u"<img src=x"_s));
}

void TstWeeklyReport::initTestCase()
{
    LanguageManager::instance()->setLanguage(u"en"_s);
}

void TstWeeklyReport::golden_data()
{
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("isoWeek");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("name");
    for (const QString &lang : {u"en"_s, u"zh_CN"_s}) {
        QTest::addRow("vllm %s", qPrintable(lang)) << u"vllm-project__vllm"_s << u"2026-03-23_2026-03-29"_s << 13
                                                   << lang << u"vllm-2026-W13.%1.md"_s.arg(lang);
        QTest::addRow("fastdeploy %s", qPrintable(lang)) << u"PaddlePaddle__FastDeploy"_s << u"2026-03-30_2026-04-05"_s
                                                         << 14 << lang << u"fastdeploy-2026-W14.%1.md"_s.arg(lang);
    }
}

void TstWeeklyReport::golden()
{
    QFETCH(QString, repo);
    QFETCH(QString, range);
    QFETCH(int, isoWeek);
    QFETCH(QString, lang);
    QFETCH(QString, name);
    const std::optional<Test::DerivedWeek> input = derivedWeekOf(repo);
    QVERIFY2(input, qPrintable(u"no derived week for "_s + repo));
    const WeekData &week = input->week;
    QCOMPARE(week.week, IsoWeek(2026, isoWeek));
    QVERIFY(!range.isEmpty());
    // vLLM is analysed against its four previous weeks, FastDeploy (no history available) on its own
    const QList<WeekData> &history = input->history;
    QVERIFY(LanguageManager::instance()->setLanguage(lang));
    const WeekAnalysis a = analyzeWeek(week, history, AnalysisConfig());
    const ReportDocument doc = WeeklyReport::build(a, week);
    QCOMPARE(doc.language, lang);
    const QString md = ReportRenderer::toMarkdown(doc);
    LanguageManager::instance()->setLanguage(u"en"_s);
    compareWithGolden(md, name);
}

void TstWeeklyReport::riskCountsEqualListedPrs_data()
{
    QTest::addColumn<QString>("repo");
    QTest::addColumn<QString>("range");
    QTest::addColumn<int>("isoWeek");
    QTest::addRow("fastdeploy") << u"PaddlePaddle__FastDeploy"_s << u"2026-03-30_2026-04-05"_s << 14;
    QTest::addRow("vllm") << u"vllm-project__vllm"_s << u"2026-03-23_2026-03-29"_s << 13;
}

void TstWeeklyReport::riskCountsEqualListedPrs()
{
    QFETCH(QString, repo);
    QFETCH(QString, range);
    QFETCH(int, isoWeek);
    const std::optional<Test::DerivedWeek> input = derivedWeekOf(repo);
    QVERIFY2(input, qPrintable(u"no derived week for "_s + repo));
    const WeekData &week = input->week;
    QCOMPARE(week.week, IsoWeek(2026, isoWeek));
    QVERIFY(!range.isEmpty());
    const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    const ReportDocument doc = WeeklyReport::build(a, week);
    int fired = 0;
    for (const RiskCount &rc : a.risks) {
        // the analysis: each listed PR really has a finding of the rule
        for (int n : rc.prs)
            QVERIFY(a.find(n)->hasFinding(rc.ruleId));
        const ReportSection *sec = doc.section(u"risk:"_s + rc.ruleId);
        if (rc.prs.isEmpty()) {
            QVERIFY(!sec);
            continue;
        }
        ++fired;
        QVERIFY2(sec, qPrintable(rc.ruleId));
        // the report: the heading's number equals the PRs listed under it
        const QRegularExpression count(uR"(: (\d+) PRs?$)"_s);
        const QRegularExpressionMatch m = count.match(sec->heading);
        QVERIFY2(m.hasMatch(), qPrintable(sec->heading));
        QList<int> listed;
        for (const ReportBlock &b : sec->blocks)
            for (const ReportItem &i : b.items)
                if (!i.lead.isEmpty()) // the evidence examples before the list name their PR in the text
                    listed.append(i.lead.mid(1).toInt());
        QCOMPARE(m.captured(1).toInt(), listed.size());
        QCOMPARE(listed, rc.prs);
    }
    QVERIFY(fired > 0);
    // and in the rendered Markdown, counting lines
    const QStringList lines = ReportRenderer::toMarkdown(doc).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch h = QRegularExpression(uR"(^### .*: (\d+) PRs?$)"_s).match(lines.at(i));
        if (!h.hasMatch())
            continue;
        int items = 0;
        for (qsizetype j = i + 1; j < lines.size() && !lines.at(j).startsWith(u'#'); ++j)
            items += lines.at(j).startsWith(u"- [#"_s) ? 1 : 0;
        QCOMPARE(items, h.captured(1).toInt());
    }
}

void TstWeeklyReport::untrustedTextEscaped()
{
    WeekData week;
    week.repo = RepoRef::parseGitHub(u"o/r"_s);
    week.week = IsoWeek(2026, 14);
    PullRequest pr;
    pr.number = 7;
    pr.title = u"[Feature] <script>alert(1)</script> ![x](https://evil.example/p.png) `code` | pipe"_s;
    pr.author = u"<b>mallory</b>"_s;
    pr.url = u"javascript:alert(1)"_s;
    FileChange f;
    f.path = u"src/<img src=x>.py"_s;
    f.additions = 600;
    f.hasPatch = true;
    f.patch = u"@@ -0,0 +1,1 @@\n+print(\"<iframe src=https://evil.example>\")"_s;
    pr.files = {f};
    pr.changedFiles = 1;
    pr.additions = 600;
    pr.reviewDataKnown = false;
    week.pulls = {pr};
    const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    const ReportDocument doc = WeeklyReport::build(a, week);
    const QString html = ReportRenderer::toHtml(doc);
    QVERIFY(!html.contains(u"<script"_s));
    QVERIFY(!html.contains(u"<img"_s));
    QVERIFY(!html.contains(u"<iframe"_s));
    QVERIFY(!html.contains(u"<b>mallory"_s));
    QVERIFY(!html.contains(u"javascript:"_s + u"alert"_s) || !html.contains(u"href=\"javascript"_s));
    QVERIFY(!html.contains(u"href=\"javascript"_s));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
    QVERIFY(!html.contains(u"src="_s + u"\"http"_s));
    QVERIFY(html.contains(u"Content-Security-Policy"_s));
    const QString md = ReportRenderer::toMarkdown(doc);
    QVERIFY(!md.contains(u"<script"_s));
    QVERIFY(!md.contains(u"![x](https"_s));
    QVERIFY(md.contains(u"&lt;script&gt;"_s));
    QVERIFY(!md.contains(u"](javascript"_s) || md.contains(u"\\]"_s));
    const QByteArray json = ReportRenderer::toJson(doc);
    QVERIFY(json.contains("<script>")); // JSON keeps text as data, escaped by the JSON writer's quoting
}

QTEST_GUILESS_MAIN(TstWeeklyReport)
#include "tst_weeklyreport.moc"
