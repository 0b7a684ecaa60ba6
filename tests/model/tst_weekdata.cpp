// SPDX-License-Identifier: MIT
// WeekData is a value: a copy handed to an analysis on another thread must not change when the original takes
// a PR's patches.
#include "weekdata.h"

#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestWeekData : public QObject {
    Q_OBJECT

private:
    static WeekData twoPulls()
    {
        WeekData week;
        for (int number : {7, 9}) {
            PullRequest pr;
            pr.number = number;
            FileChange f;
            f.path = u"src/old.cpp"_s;
            pr.files = {f};
            week.pulls.append(pr);
        }
        return week;
    }

private Q_SLOTS:
    void applyingPatchesLeavesCopiesAlone()
    {
        WeekData week = twoPulls();
        const WeekData copy = week; // shares the list, as a copy captured by a running analysis does
        PullPatches patches;
        patches.number = 9;
        FileChange f;
        f.path = u"src/new.cpp"_s;
        f.patch = u"@@ -0,0 +1 @@\n+x\n"_s;
        patches.files = {f};
        QVERIFY(week.applyPatches(patches));
        QCOMPARE(week.find(9)->files.constFirst().path, u"src/new.cpp"_s);
        QVERIFY(week.find(9)->patchesLoaded);
        QCOMPARE(copy.find(9)->files.constFirst().path, u"src/old.cpp"_s);
        QVERIFY(!copy.find(9)->patchesLoaded);
    }

    void findWritesOnlyItsOwnWeek()
    {
        WeekData week = twoPulls();
        const WeekData copy = week;
        week.find(7)->title = u"changed"_s;
        QVERIFY(copy.find(7)->title.isEmpty());
        QVERIFY(!week.find(8));
    }
};

QTEST_GUILESS_MAIN(TestWeekData)
#include "tst_weekdata.moc"
