// SPDX-License-Identifier: MIT
// The weekly report's risk observations follow the rules' measured lift when the repository has one, not the count.
#include "../analysis/analysistesthelpers.h"
#include "languagemanager.h"
#include "weekanalysis.h"
#include "weeklyreport.h"

#include <QTest>

using namespace PrLens;
using namespace PrLens::Test;
using namespace Qt::StringLiterals;

class TestReportLift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { LanguageManager::instance()->setLanguage(u"en"_s); }
    void orderFollowsLift();

private:
    static QStringList ruleOrder(const ReportDocument &doc)
    {
        QStringList ids;
        for (const ReportSection &s : doc.sections)
            if (s.id.startsWith(u"risk:"_s))
                ids.append(s.id.mid(5));
        return ids;
    }
};

void TestReportLift::orderFollowsLift()
{
    // Three PRs without tests (missing-tests: 3 PRs), one of them large (large-change: 1 PR).
    WeekData week;
    week.repo = RepoRef::parseGitHub(u"acme/widgets"_s);
    week.week = IsoWeek(2026, 14);
    week.pulls = {pull(1, u"Add a"_s, {file(u"src/a.py"_s, 600)}), pull(2, u"Add b"_s, {file(u"src/b.py"_s, 5)}),
        pull(3, u"Add c"_s, {file(u"src/c.py"_s, 5)})};
    WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    QVERIFY(a.risk(u"missing-tests"_s)->prs.size() == 3 && a.risk(u"large-change"_s)->prs.size() == 1);
    QStringList byCount = ruleOrder(WeeklyReport::build(a, week));
    QCOMPARE(byCount.indexOf(u"missing-tests"_s) < byCount.indexOf(u"large-change"_s), true);
    const ReportSection *risks = WeeklyReport::build(a, week).section(u"risk-observations"_s);
    QCOMPARE(risks->blocks.at(1).header.size(), 3); // no measurement: no lift column

    a.measuredLift = {{u"large-change"_s, 3.8}, {u"missing-tests"_s, 1.2}};
    const ReportDocument doc = WeeklyReport::build(a, week);
    const QStringList byLift = ruleOrder(doc);
    QCOMPARE(byLift.first(), u"large-change"_s);
    QVERIFY(byLift.indexOf(u"large-change"_s) < byLift.indexOf(u"missing-tests"_s));
    const ReportBlock &table = doc.section(u"risk-observations"_s)->blocks.at(1);
    QCOMPARE(table.header.last(), u"Measured lift"_s);
    QCOMPARE(table.rows.first().last(), u"3.8×"_s);
}

QTEST_GUILESS_MAIN(TestReportLift)
#include "tst_reportlift.moc"
