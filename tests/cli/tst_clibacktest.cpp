// SPDX-License-Identifier: MIT
// "prlens backtest --git" on a history with known reverts and fixes, run by the `prlens` front end (no network or
// window libraries), with the counts made by hand (see tests/backtest/backtesthistory.h).
#include "../backtest/backtesthistory.h"
#include "clitestrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliBacktest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void json();
    void markdown();
    void fromTheCache();
    void badArguments_data();
    void badArguments();

private:
    QStringList args(const QString &format) const
    {
        return {u"backtest"_s, u"--git"_s, m_repo.path(), u"--weeks"_s, u"4"_s, u"--until"_s, u"2026-W13"_s,
            u"--horizon"_s, u"2"_s, u"--tz"_s, u"+00:00"_s, u"--format"_s, format};
    }
    QTemporaryDir m_repo;
    QTemporaryDir m_home;
};

void TestCliBacktest::initTestCase()
{
    QVERIFY(m_repo.isValid() && m_home.isValid());
    BacktestHistory::build(m_repo.path());
}

void TestCliBacktest::json()
{
    const PrLens::CliTest::Result r = PrLens::CliTest::run(args(u"json"_s), m_home.path());
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("from"_L1).toString(), u"2026-W10"_s);
    QCOMPARE(o.value("to"_L1).toString(), u"2026-W13"_s);
    QCOMPARE(o.value("prs"_L1).toInt(), 12);
    QCOMPARE(o.value("prsWithBadOutcome"_L1).toInt(), 5);
    QJsonObject tests;
    for (const QJsonValue &v : o.value("rules"_L1).toArray())
        if (v.toObject().value("id"_L1).toString() == u"missing-tests")
            tests = v.toObject();
    QCOMPARE(tests.value("flagged"_L1).toInt(), 5);
    QCOMPARE(tests.value("flaggedBad"_L1).toInt(), 4);
    QCOMPARE(tests.value("unflagged"_L1).toInt(), 7);
    QCOMPARE(tests.value("unflaggedBad"_L1).toInt(), 1);
    // 5 flagged PRs are below the default minimum of 20: not enough data, no number
    QCOMPARE(tests.value("enoughData"_L1).toBool(), false);
    QVERIFY(
        tests.value("lift"_L1).isNull() && tests.value("liftLow"_L1).isNull() && tests.value("liftHigh"_L1).isNull());
    QList<int> bad;
    for (const QJsonValue &v : o.value("pulls"_L1).toArray()) {
        bad.append(v.toObject().value("number"_L1).toInt());
        const QJsonObject first = v.toObject().value("outcomes"_L1).toArray().first().toObject();
        QVERIFY(first.value("by"_L1).toInt() > 0);
        QVERIFY(!first.value("evidence"_L1).toString().isEmpty());
    }
    QCOMPARE(bad, QList<int>({1, 5, 8, 10, 12}));
}

void TestCliBacktest::markdown()
{
    const PrLens::CliTest::Result r = PrLens::CliTest::run(args(u"md"_s), m_home.path());
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QString md = QString::fromUtf8(r.out);
    QVERIFY2(md.contains(u"| Missing tests | 5 | 4 | 7 | 1 | not enough data |"_s), qPrintable(md));
    QVERIFY(md.contains(u"Reverted by #4"_s));
}

void TestCliBacktest::fromTheCache()
{
    // Every week read (W06 … W15: 4 before for the rules, 2 after for the horizon) put in the cache by reports;
    // then the back-test runs offline from the cache alone, with the same counts.
    QTemporaryDir home;
    for (int w = 6; w <= 15; ++w) {
        const PrLens::CliTest::Result report = PrLens::CliTest::run(
            {u"report"_s, u"--git"_s, m_repo.path(), u"--week"_s, u"2026-W%1"_s.arg(w, 2, 10, QLatin1Char('0')),
                u"--tz"_s, u"+00:00"_s, u"--format"_s, u"json"_s},
            home.path());
        QVERIFY2(report.finished && report.exitCode == 0, report.err.constData());
    }
    const PrLens::CliTest::Result r = PrLens::CliTest::run(args(u"json"_s) << u"--offline"_s, home.path());
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value("prs"_L1).toInt(), 12);
    QCOMPARE(o.value("prsWithBadOutcome"_L1).toInt(), 5);
    const QJsonObject tests = o.value("rules"_L1).toArray().at(0).toObject();
    QCOMPARE(tests.value("flagged"_L1).toInt(), 5);
    QCOMPARE(tests.value("flaggedBad"_L1).toInt(), 4);

    // offline without the cache: nothing to read, "not found"
    QTemporaryDir empty;
    const PrLens::CliTest::Result missing = PrLens::CliTest::run(args(u"json"_s) << u"--offline"_s, empty.path());
    QVERIFY(missing.finished);
    QCOMPARE(missing.exitCode, 3);
}

void TestCliBacktest::badArguments_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("zero weeks") << QStringList {u"--weeks"_s, u"0"_s};
    QTest::addRow("bad horizon") << QStringList {u"--horizon"_s, u"x"_s};
    QTest::addRow("bad until") << QStringList {u"--until"_s, u"2026-13"_s};
    QTest::addRow("html") << QStringList {u"--format"_s, u"html"_s};
}

void TestCliBacktest::badArguments()
{
    QFETCH(QStringList, extra);
    const PrLens::CliTest::Result r
        = PrLens::CliTest::run(QStringList {u"backtest"_s, u"--git"_s, m_repo.path()} + extra, m_home.path());
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.oneErrorLine(), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliBacktest)
#include "tst_clibacktest.moc"
