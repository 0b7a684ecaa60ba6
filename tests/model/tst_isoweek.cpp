// SPDX-License-Identifier: MIT
#include "isoweek.h"

#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestIsoWeek : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("week");
        QTest::addRow("canonical") << u"2026-W14"_s << true << 2026 << 14;
        QTest::addRow("compact") << u"2026W01"_s << true << 2026 << 1;
        QTest::addRow("lower-case w") << u"2026-w9"_s << true << 2026 << 9;
        QTest::addRow("week 53 exists in 2026") << u"2026-W53"_s << true << 2026 << 53;
        QTest::addRow("week 53 does not exist in 2025") << u"2025-W53"_s << false << 0 << 0;
        QTest::addRow("week 0") << u"2026-W00"_s << false << 0 << 0;
        QTest::addRow("garbage") << u"last week"_s << false << 0 << 0;
        QTest::addRow("date, not week") << u"2026-03-30"_s << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto w = IsoWeek::parse(text);
        QCOMPARE(w.has_value(), valid);
        if (valid) {
            QFETCH(int, year);
            QFETCH(int, week);
            QCOMPARE(w->year(), year);
            QCOMPARE(w->week(), week);
        }
    }

    void boundaries_data()
    {
        QTest::addColumn<QString>("week");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addRow("W14 in UTC+8") << u"2026-W14"_s << u"+08:00"_s << u"2026-03-29T16:00:00Z"_s
                                      << u"2026-04-05T16:00:00Z"_s;
        QTest::addRow("W13 in UTC+8") << u"2026-W13"_s << u"UTC+8"_s << u"2026-03-22T16:00:00Z"_s
                                      << u"2026-03-29T16:00:00Z"_s;
        QTest::addRow("W14 in UTC") << u"2026-W14"_s << u"Z"_s << u"2026-03-30T00:00:00Z"_s
                                    << u"2026-04-06T00:00:00Z"_s;
        QTest::addRow("W1 2026 starts in 2025")
            << u"2026-W01"_s << u"+00:00"_s << u"2025-12-29T00:00:00Z"_s << u"2026-01-05T00:00:00Z"_s;
        QTest::addRow("negative offset") << u"2026-W14"_s << u"-05:30"_s << u"2026-03-30T05:30:00Z"_s
                                         << u"2026-04-06T05:30:00Z"_s;
    }
    void boundaries()
    {
        QFETCH(QString, week);
        QFETCH(QString, zone);
        QFETCH(QString, start);
        QFETCH(QString, end);
        const auto r = WeekRange::of(*IsoWeek::parse(week), *UtcOffset::parse(zone));
        QCOMPARE(r.start.toString(Qt::ISODate), start);
        QCOMPARE(r.end.toString(Qt::ISODate), end);
        QVERIFY(r.contains(r.start));
        QVERIFY(!r.contains(r.end));
        QVERIFY(r.contains(r.end.addSecs(-1)));
    }

    void containingAndStepping()
    {
        const UtcOffset cst(8 * 3600);
        // Sunday 2026-03-29 17:00 UTC is Monday 01:00 in UTC+8: already week 14 there.
        const QDateTime t(QDate(2026, 3, 29), QTime(17, 0), QTimeZone::UTC);
        QCOMPARE(IsoWeek::containing(t, cst).toString(), u"2026-W14"_s);
        QCOMPARE(IsoWeek::containing(t, UtcOffset()).toString(), u"2026-W13"_s);
        QCOMPARE(IsoWeek(2026, 1).previous().toString(), u"2025-W52"_s);
        QCOMPARE(IsoWeek(2026, 53).next().toString(), u"2027-W01"_s);
        QVERIFY(IsoWeek(2026, 13) < IsoWeek(2026, 14));
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("seconds");
        QTest::addRow("+08:00") << u"+08:00"_s << true << 28800;
        QTest::addRow("UTC+8") << u"UTC+8"_s << true << 28800;
        QTest::addRow("-0530") << u"-0530"_s << true << -19800;
        QTest::addRow("UTC") << u"utc"_s << true << 0;
        QTest::addRow("out of range") << u"+15:00"_s << false << 0;
        QTest::addRow("no sign") << u"08:00"_s << false << 0;
    }
    void offsets()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto o = UtcOffset::parse(text);
        QCOMPARE(o.has_value(), valid);
        if (valid) {
            QFETCH(int, seconds);
            QCOMPARE(o->seconds(), seconds);
            QCOMPARE(UtcOffset::parse(o->toString()), o);
        }
    }
};

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "tst_isoweek.moc"
