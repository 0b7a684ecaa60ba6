// SPDX-License-Identifier: MIT
#include "riskratio.h"

#include <QTest>

using namespace PrLens;

class TestRiskRatio : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void katz_data();
    void katz();
    void undefined();
};

void TestRiskRatio::katz_data()
{
    QTest::addColumn<int>("a");
    QTest::addColumn<int>("n1");
    QTest::addColumn<int>("c");
    QTest::addColumn<int>("n0");
    QTest::addColumn<double>("lift");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    // By hand: RR = (41/380)/(38/1120) = 3.1801; SE = sqrt(1/41 − 1/380 + 1/38 − 1/1120) = 0.21721;
    // exp(ln 3.1801 ± 1.96 · 0.21721) = 2.0775 … 4.8677.
    QTest::addRow("issue example") << 41 << 380 << 38 << 1120 << 3.1801 << 2.0775 << 4.8677;
    // RR = (4/5)/(1/7) = 5.6; SE = sqrt(1/4 − 1/5 + 1 − 1/7) = 0.95244; 0.8659 … 36.22
    QTest::addRow("small counts") << 4 << 5 << 1 << 7 << 5.6 << 0.8659 << 36.2165;
    // equal rates: RR = 1
    QTest::addRow("no better than chance") << 10 << 100 << 20 << 200 << 1.0 << 0.4867 << 2.0547;
    // a = 0: 0.5 added to every cell: (0.5/6)/(5.5/41) = 0.6212; SE = sqrt(2 − 1/6 + 1/5.5 − 1/41) = 1.41094
    QTest::addRow("no flagged PR went wrong") << 0 << 5 << 5 << 40 << 0.6212 << 0.0391 << 9.8682;
}

void TestRiskRatio::katz()
{
    QFETCH(int, a);
    QFETCH(int, n1);
    QFETCH(int, c);
    QFETCH(int, n0);
    QFETCH(double, lift);
    QFETCH(double, low);
    QFETCH(double, high);
    const RiskRatio r = RiskRatio::katz(a, n1, c, n0);
    QVERIFY(r.defined);
    QVERIFY2(qAbs(r.lift - lift) < 5e-4, qPrintable(QString::number(r.lift, 'f', 5)));
    QVERIFY2(qAbs(r.low - low) < 5e-4, qPrintable(QString::number(r.low, 'f', 5)));
    QVERIFY2(qAbs(r.high - high) / high < 5e-4, qPrintable(QString::number(r.high, 'f', 5)));
}

void TestRiskRatio::undefined()
{
    QVERIFY(!RiskRatio::katz(0, 0, 3, 10).defined); // nothing flagged
    QVERIFY(!RiskRatio::katz(2, 10, 0, 0).defined); // everything flagged
    QVERIFY(!RiskRatio::katz(0, 10, 0, 10).defined); // nothing went wrong
}

QTEST_GUILESS_MAIN(TestRiskRatio)
#include "tst_riskratio.moc"
