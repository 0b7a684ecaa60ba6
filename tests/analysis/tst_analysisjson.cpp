// SPDX-License-Identifier: MIT
#include "analysisjson.h"
#include "analysistesthelpers.h"
#include "weekanalysis.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstAnalysisJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyCountCarriesItsPrs();
};

void TstAnalysisJson::everyCountCarriesItsPrs()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    const WeekAnalysis a = analyzeWeek(week, {}, AnalysisConfig());
    const QJsonObject o = AnalysisJson::toJson(a);
    QCOMPARE(o.value("week"_L1).toString(), u"2026-W14"_s);
    QCOMPARE(o.value("summary"_L1).toObject().value("mergedPrs"_L1).toInt(), 54);
    QCOMPARE(o.value("summary"_L1).toObject().value("prs"_L1).toArray().size(), 54);
    QCOMPARE(o.value("pulls"_L1).toArray().size(), 54);
    for (const char *key : {"tags", "hotFiles", "hotModules", "excludedFiles", "risks"}) {
        for (const QJsonValue &v : o.value(QLatin1StringView(key)).toArray()) {
            const QJsonObject item = v.toObject();
            QCOMPARE(item.value("count"_L1).toInt(), item.value("prs"_L1).toArray().size());
        }
    }
    // a finding keeps rule, severity, evidence and a sentence
    const QJsonObject revert = [&] {
        for (const QJsonValue &p : o.value("pulls"_L1).toArray())
            if (p.toObject().value("number"_L1).toInt() == 7133)
                return p.toObject();
        return QJsonObject();
    }();
    const QJsonArray findings = revert.value("findings"_L1).toArray();
    const auto it = std::find_if(findings.begin(), findings.end(),
        [](const QJsonValue &f) { return f.toObject().value("rule"_L1).toString() == u"revert-follow-up"_s; });
    QVERIFY(it != findings.end());
    QCOMPARE(it->toObject().value("severity"_L1).toString(), u"info"_s);
    QCOMPARE(it->toObject().value("relatedPrs"_L1).toArray().first().toInt(), 7121);
    QVERIFY(!it->toObject().value("text"_L1).toString().isEmpty());
    QVERIFY(!it->toObject().value("evidence"_L1).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TstAnalysisJson)
#include "tst_analysisjson.moc"
