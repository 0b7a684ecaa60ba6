// SPDX-License-Identifier: MIT
// A risk badge's tooltip says, in one line per rule, how the rule measured in this repository.
#include "../backtest/measuredlift.h"
#include "backtesttext.h"
#include "plaintooltip.h"
#include "prtablemodel.h"
#include "riskbadgedelegate.h"
#include "riskengine.h"

#include <QApplication>
#include <QLabel>
#include <QStandardItemModel>
#include <QTest>
#include <QToolTip>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestBadgeLift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { MeasuredLift::useLanguage(u"en"_s); }
    void sentence();
    void toolTipHasTheMeasurement();
    void screenshots_data();
    void screenshots();

private:
    static QHash<QString, QString> sentences()
    {
        QHash<QString, QString> out;
        const BacktestSummary s = MeasuredLift::summary(u"acme/widgets"_s);
        for (const RuleBacktest &r : s.rules)
            out.insert(r.id, BacktestText::liftSentence(r, s.weeks()));
        return out;
    }
    static void fill(QStandardItemModel &model, const QString &evidence = u"src/<b>cache</b>.py (+40 −0)"_s)
    {
        model.setData(model.index(0, 0),
            QVariantList {QVariantMap {{u"ruleId"_s, u"missing-tests"_s},
                {u"name"_s, RiskEngine::builtIn(u"missing-tests"_s)->title()}, {u"evidence"_s, evidence}}},
            PrTableModel::RisksRole);
    }
};

void TestBadgeLift::sentence()
{
    const BacktestSummary s = MeasuredLift::summary(u"acme/widgets"_s);
    QCOMPARE(s.weeks(), 26);
    const QString line = BacktestText::liftSentence(*s.rule(u"missing-tests"_s), s.weeks());
    QVERIFY2(line.startsWith(u"In this repository over the last 26 week"_s), qPrintable(line));
    QVERIFY2(line.endsWith(
                 u"PRs flagged “Missing tests” were reverted or fixed 3.2× as often — 41 of 380 vs 38 of 1,120."_s),
        qPrintable(line));
    QVERIFY(BacktestText::liftSentence(*s.rule(u"new-env-var"_s), 26).contains(u"too few"_s));
}

void TestBadgeLift::toolTipHasTheMeasurement()
{
    QStandardItemModel model(1, 1);
    fill(model);
    const QString tip = RiskBadgeDelegate::toolTipFor(model.index(0, 0), sentences());
    QCOMPARE(tip,
        plainToolTip(u"Missing tests (missing-tests)\n"_s + sentences().value(u"missing-tests"_s)
            + u"\nsrc/<b>cache</b>.py (+40 −0)"_s));
    QVERIFY(!tip.contains(u"<b>"_s)); // the evidence stays text
    QVERIFY(!RiskBadgeDelegate::toolTipFor(model.index(0, 0)).contains(u"41 of 380"_s));
}

void TestBadgeLift::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s;
}

void TestBadgeLift::screenshots()
{
    QFETCH(QString, language);
    MeasuredLift::useLanguage(language);
    QStandardItemModel model(1, 1);
    fill(model, u"vllm/v1/engine/core.py (+212 −40)"_s);
    QWidget host;
    host.resize(300, 60);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    QToolTip::showText(
        host.mapToGlobal(QPoint(10, 10)), RiskBadgeDelegate::toolTipFor(model.index(0, 0), sentences()), &host);
    QWidget *tip = nullptr;
    QTRY_VERIFY((tip = [] {
        const auto all = QApplication::topLevelWidgets();
        for (QWidget *w : all)
            if (w->inherits("QTipLabel") && w->isVisible())
                return w;
        return static_cast<QWidget *>(nullptr);
    }()));
    MeasuredLift::screenshot(tip, u"badge-tooltip-lift%1.png"_s.arg(language == u"en" ? QString() : u'-' + language));
    QToolTip::hideText();
    MeasuredLift::useLanguage(u"en"_s);
}

QTEST_MAIN(TestBadgeLift)
#include "tst_badgelift.moc"
