// SPDX-License-Identifier: MIT
// The year of vLLM pull requests in ../shared/datasets (file lists, no patches: the metadata rules) back-tested over
// 26 weeks: the counts add up and every bad outcome carries its evidence. Skipped when the dataset is absent.
#include "../analysis/analysistesthelpers.h"
#include "analysisconfig.h"
#include "backtest.h"
#include "backtestjson.h"
#include "backtesttext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestBacktestDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsAddUp();
    void everyBadOutcomeHasEvidence();

private:
    BacktestResult m_result;
    QJsonObject m_json;
};

void TestBacktestDataset::initTestCase()
{
    QList<PullRequest> pulls;
    if (!Test::readVllmYear(&pulls))
        QSKIP("the shared year dataset (../shared/datasets/vllm-project__vllm/2025-06-01_2026-05-27) is absent or "
              "unreadable");

    const IsoWeek last(2026, 17);
    const IsoWeek first = last.addWeeks(-25);
    WeekData all;
    all.repo = RepoRef::parseGitHub(u"vllm-project/vllm"_s);
    all.zone = UtcOffset();
    all.pulls = pulls;
    const QList<WeekData> weeks = splitIntoWeeks(all, first.addWeeks(-4), last.addWeeks(4));
    m_result = runBacktest(weeks, first, last, AnalysisConfig());
    m_json = QJsonDocument::fromJson(BacktestJson::toJson(m_result)).object();
    const RuleBacktest *tests = m_result.rule(u"missing-tests"_s);
    qInfo("%lld PRs, %d reverted or fixed within 4 weeks; %s", qlonglong(m_result.pulls.size()), m_result.badPrs(),
        qPrintable(BacktestText::liftSentence(*tests, 26)));
}

void TestBacktestDataset::countsAddUp()
{
    const int prs = m_json.value("prs"_L1).toInt();
    QVERIFY(prs > 4000);
    QCOMPARE(m_result.incompleteHorizons(), 0);
    int badInJson = 0;
    for (const QJsonValue &v : m_json.value("pulls"_L1).toArray())
        badInJson += v.toObject().value("outcomes"_L1).toArray().isEmpty() ? 0 : 1;
    QCOMPARE(badInJson, m_json.value("prsWithBadOutcome"_L1).toInt());
    QVERIFY2(badInJson > 40, qPrintable(QString::number(badInJson))); // dozens of reverts alone in six months
    for (const char *group : {"rules", "importance"}) {
        int levelSum = 0;
        for (const QJsonValue &v : m_json.value(QLatin1StringView(group)).toArray()) {
            const QJsonObject r = v.toObject();
            const int flagged = r.value("flagged"_L1).toInt();
            QCOMPARE(flagged + r.value("unflagged"_L1).toInt() + r.value("notEvaluated"_L1).toInt(), prs);
            QVERIFY(r.value("flaggedBad"_L1).toInt() <= flagged);
            const int bad = r.value("flaggedBad"_L1).toInt() + r.value("unflaggedBad"_L1).toInt();
            QVERIFY(bad <= badInJson);
            QCOMPARE(r.value("flaggedBadPrs"_L1).toArray().size(), r.value("flaggedBad"_L1).toInt());
            if (r.value("notEvaluated"_L1).toInt() == 0)
                QCOMPARE(bad, badInJson);
            if (r.value("enoughData"_L1).toBool())
                QVERIFY(r.value("liftLow"_L1).toDouble() <= r.value("lift"_L1).toDouble()
                    && r.value("lift"_L1).toDouble() <= r.value("liftHigh"_L1).toDouble());
            else
                QVERIFY(r.value("lift"_L1).isNull());
            levelSum += flagged;
        }
        if (qstrcmp(group, "importance") == 0)
            QCOMPARE(levelSum, prs);
    }
    // the metadata rules measure; the diff rules cannot read the source PRs without patches
    QVERIFY(m_result.rule(u"missing-tests"_s)->hasLift());
    QCOMPARE(m_result.rule(u"new-env-var"_s)->flagged, 0);
    QVERIFY(m_result.rule(u"new-env-var"_s)->notEvaluated > prs / 2);
}

void TestBacktestDataset::everyBadOutcomeHasEvidence()
{
    QSet<int> numbers;
    for (const BacktestPr &p : std::as_const(m_result.pulls))
        numbers.insert(p.number);
    for (const QJsonValue &v : m_json.value("pulls"_L1).toArray()) {
        const QJsonObject p = v.toObject();
        QVERIFY(numbers.contains(p.value("number"_L1).toInt()));
        for (const QJsonValue &x : p.value("outcomes"_L1).toArray()) {
            const QJsonObject o = x.toObject();
            QVERIFY(o.value("by"_L1).toInt() > 0);
            QVERIFY(o.value("by"_L1).toInt() != p.value("number"_L1).toInt());
            QVERIFY2(!o.value("evidence"_L1).toString().trimmed().isEmpty(),
                qPrintable(u"#%1 by #%2"_s.arg(p.value("number"_L1).toInt()).arg(o.value("by"_L1).toInt())));
            QVERIFY(!o.value("reason"_L1).toString().isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestBacktestDataset)
#include "tst_backtestdataset.moc"
