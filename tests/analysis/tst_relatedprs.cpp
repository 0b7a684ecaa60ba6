// SPDX-License-Identifier: MIT
#include "analysistesthelpers.h"
#include "pathclassifier.h"
#include "relatedprs.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

class TstRelatedPrs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void revertedTitle_data();
    void revertedTitle();
    void linksBothWays();
    void sameFilesWithinWindowOnly();
    void fastDeployReverts();
};

void TstRelatedPrs::revertedTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("whole") << u"Revert \"[BugFix] Add lock\""_s << u"[BugFix] Add lock"_s;
    QTest::addRow("cut with ellipsis") << u"Revert \"[BugFix] Correct index calculation in speculate…\""_s
                                       << u"[BugFix] Correct index calculation in speculate"_s;
    QTest::addRow("cut inside the PR number")
        << u"Revert \"[BugFix] Add lock to avoid nan (#…\""_s << u"[BugFix] Add lock to avoid nan"_s;
    QTest::addRow("not a revert") << u"Reverted the flag"_s << QString();
}

void TstRelatedPrs::revertedTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, quoted);
    QCOMPARE(PrIndex::revertedTitle(title), quoted);
}

void TstRelatedPrs::linksBothWays()
{
    WeekData prev, cur;
    prev.week = IsoWeek(2026, 13);
    cur.week = IsoWeek(2026, 14);
    prev.pulls
        = {Test::pull(10, u"[Feature] new scheduler"_s, {Test::file(u"pkg/sched.py"_s), Test::file(u"pkg/a.py"_s)})};
    prev.pulls.first().mergedAt = QDateTime(QDate(2026, 3, 25), QTime(9, 0), QTimeZone::UTC);
    cur.pulls = {
        Test::pull(20, u"Revert \"[Feature] new scheduler\""_s, {Test::file(u"pkg/sched.py"_s)}),
        Test::pull(21, u"[BugFix] follow-up"_s, {Test::file(u"pkg/other.py"_s)}),
        Test::pull(22, u"[Misc] touch a"_s, {Test::file(u"pkg/a.py"_s), Test::file(u"pkg/sched.py"_s)}),
    };
    cur.pulls[1].body = u"This fixes #10 properly."_s;
    const RelatedPrs related(cur, {prev}, PathClassifier(), 4);

    const QList<RelatedPr> r20 = related.of(20);
    QCOMPARE(r20.first().kind, RelatedPr::Kind::Reverts);
    QCOMPARE(r20.first().number, 10);
    QCOMPARE(r20.first().week, IsoWeek(2026, 13));
    QCOMPARE(r20.first().sharedFiles, QStringList {u"pkg/sched.py"_s});

    const QList<RelatedPr> r21 = related.of(21);
    QCOMPARE(r21.first().kind, RelatedPr::Kind::FollowsUp);
    QCOMPARE(r21.first().number, 10);

    // the earlier PR knows both, and is not listed twice as a same-file neighbour
    const QList<RelatedPr> r10 = related.of(10);
    QCOMPARE(r10.size(), 2);
    QCOMPARE(r10.at(0).kind, RelatedPr::Kind::RevertedBy);
    QCOMPARE(r10.at(0).number, 20);
    QCOMPARE(r10.at(1).kind, RelatedPr::Kind::FollowedUpBy);
    QCOMPARE(r10.at(1).number, 21);

    // same files: earlier merges only, most shared first
    const QList<RelatedPr> r22 = related.of(22);
    QCOMPARE(r22.size(), 2);
    QCOMPARE(r22.at(0).number, 10);
    QCOMPARE(r22.at(0).sharedFiles, (QStringList {u"pkg/a.py"_s, u"pkg/sched.py"_s}));
    QCOMPARE(r22.at(1).number, 20);
    QCOMPARE(r22.at(1).kind, RelatedPr::Kind::SameFiles);
}

void TstRelatedPrs::sameFilesWithinWindowOnly()
{
    WeekData old, cur;
    old.week = IsoWeek(2026, 5);
    cur.week = IsoWeek(2026, 14);
    old.pulls = {Test::pull(1, u"old"_s, {Test::file(u"pkg/a.py"_s)})};
    old.pulls.first().mergedAt = QDateTime(QDate(2026, 1, 28), QTime(9, 0), QTimeZone::UTC);
    cur.pulls = {Test::pull(2, u"new"_s, {Test::file(u"pkg/a.py"_s), Test::file(u"Cargo.lock"_s)})};
    QVERIFY(RelatedPrs(cur, {old}, PathClassifier(), 4).of(2).isEmpty());
    QCOMPARE(RelatedPrs(cur, {old}, PathClassifier(), 12).of(2).size(), 1);
}

void TstRelatedPrs::fastDeployReverts()
{
    WeekData week;
    if (!Test::loadDatasetWeek(u"PaddlePaddle__FastDeploy"_s, u"2026-03-30_2026-04-05"_s, IsoWeek(2026, 14), &week))
        QSKIP("shared FastDeploy dataset not present");
    const RelatedPrs related(week, {}, PathClassifier(), 4);
    // #7133 quotes a cut title, #7075 a title cut inside "(#…"; both also name the reverted commit
    QCOMPARE(related.of(7133).first().number, 7121);
    QCOMPARE(related.of(7133).first().kind, RelatedPr::Kind::Reverts);
    QCOMPARE(related.of(7121).first().number, 7133);
    QCOMPARE(related.of(7121).first().kind, RelatedPr::Kind::RevertedBy);
    QCOMPARE(related.of(7075).first().number, 7046);
    QCOMPARE(related.of(7046).first().kind, RelatedPr::Kind::RevertedBy);
}

QTEST_GUILESS_MAIN(TstRelatedPrs)
#include "tst_relatedprs.moc"
