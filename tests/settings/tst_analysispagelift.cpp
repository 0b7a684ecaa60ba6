// SPDX-License-Identifier: MIT
// Settings › Analysis shows each rule's lift measured for the repository open, and the switch to turn it off.
#include "../backtest/measuredlift.h"
#include "analysispage.h"
#include "backtesttext.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestAnalysisPageLift : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void notMeasured();
    void measured();
    void screenshots_data();
    void screenshots();

private:
    static QTreeWidgetItem *item(AnalysisPage &page, const QString &id);
};

void TestAnalysisPageLift::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings;
    settings.clear();
    BacktestStore::save(settings, MeasuredLift::summary(u"acme/widgets"_s));
    MeasuredLift::useLanguage(u"en"_s);
}

QTreeWidgetItem *TestAnalysisPageLift::item(AnalysisPage &page, const QString &id)
{
    for (int i = 0; i < page.ruleTree()->topLevelItemCount(); ++i)
        if (page.ruleTree()->topLevelItem(i)->data(0, Qt::UserRole).toString() == id)
            return page.ruleTree()->topLevelItem(i);
    return nullptr;
}

void TestAnalysisPageLift::notMeasured()
{
    AnalysisPage page;
    page.setRepository(u"other/repo"_s);
    QCOMPARE(item(page, u"missing-tests"_s)->text(2), u"not measured"_s);
}

void TestAnalysisPageLift::measured()
{
    AnalysisPage page;
    page.setRepository(u"acme/widgets"_s);
    QTreeWidgetItem *tests = item(page, u"missing-tests"_s);
    QCOMPARE(tests->text(2), u"3.2× (2.1–4.9)"_s);
    QVERIFY(tests->toolTip(2).contains(u"41 of 380 vs 38 of 1,120"_s));
    QVERIFY(tests->toolTip(2).contains(u"26"_s));
    QCOMPARE(item(page, u"core-path"_s)->text(2), u"1.5× (1.0–2.5), no better than chance"_s);
    QCOMPARE(item(page, u"new-env-var"_s)->text(2), u"not enough data"_s);
    // the switch: unchecking a rule and saving switches it off
    tests->setCheckState(0, Qt::Unchecked);
    page.save();
    QSettings settings;
    QCOMPARE(settings.value(u"analysis/rules/missing-tests/enabled"_s).toBool(), false);
}

void TestAnalysisPageLift::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("zh_CN") << u"zh_CN"_s;
}

void TestAnalysisPageLift::screenshots()
{
    QFETCH(QString, language);
    MeasuredLift::useLanguage(language);
    AnalysisPage page;
    page.setRepository(u"acme/widgets"_s);
    page.resize(820, 520);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!item(page, u"missing-tests"_s)->text(2).isEmpty());
    MeasuredLift::screenshot(
        &page, u"settings-analysis-lift%1.png"_s.arg(language == u"en" ? QString() : u'-' + language));
    MeasuredLift::useLanguage(u"en"_s);
}

QTEST_MAIN(TestAnalysisPageLift)
#include "tst_analysispagelift.moc"
