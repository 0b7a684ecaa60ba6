// SPDX-License-Identifier: MIT
#include "datasetreader.h"
#include "weekdata.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestPullRequestJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsSharedDataset()
    {
        const QString path = QStringLiteral(PRLENS_SHARED_DIR)
            + u"/datasets/PaddlePaddle__FastDeploy/2026-03-30_2026-04-05/pulls.json"_s;
        if (!QFile::exists(path))
            QSKIP("shared dataset not present next to the repository");
        QList<PullRequest> prs;
        QString error;
        QVERIFY2(DatasetReader::read(path, &prs, &error), qPrintable(error));
        QCOMPARE(prs.size(), 54);
        int files = 0;
        for (const PullRequest &pr : prs) {
            QVERIFY(pr.number > 0);
            QVERIFY(pr.mergedAt.isValid());
            QCOMPARE(pr.changedFiles, pr.files.size());
            files += pr.files.size();
        }
        QCOMPARE(files, 324);
    }

    void roundTrip()
    {
        WeekData d;
        d.repo = RepoRef::parseGitHub(u"octo/hello"_s);
        d.week = IsoWeek(2026, 14);
        d.zone = UtcOffset(8 * 3600);
        d.fetchedAt = QDateTime(QDate(2026, 4, 6), QTime(1, 2, 3), QTimeZone::UTC);
        PullRequest pr;
        pr.number = 7;
        pr.title = u"[Bug] fix <b>crash</b>"_s;
        pr.mergedAt = QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::UTC);
        pr.labels = {Label {u"bug"_s, u"d73a4a"_s}};
        FileChange f;
        f.path = u"src/a.cpp"_s;
        f.previousPath = u"src/b.cpp"_s;
        f.status = FileChange::Status::Renamed;
        f.additions = 3;
        f.hasPatch = true;
        f.patch = u"@@ -1 +1 @@\n-a\n+b"_s;
        pr.files = {f};
        ReviewThread t;
        t.path = f.path;
        t.line = 4;
        t.comments = {ReviewComment {u"alice"_s, u"why?"_s, f.path, 4, 4, u"@@"_s, pr.mergedAt, false}};
        pr.reviewThreads = {t};
        pr.reviews = {Review {u"bob"_s, Review::State::Approved, u"ok"_s, pr.mergedAt},
            Review {u"lint-bot"_s, Review::State::Commented, {}, pr.mergedAt.addSecs(-60), true}};
        pr.createdAt = pr.mergedAt.addDays(-2);
        pr.readyForReviewAt = pr.mergedAt.addDays(-1);
        pr.authorIsBot = true;
        pr.reviewCount = 3; // two reviews could not be read
        pr.reviewThreadCount = 2;
        d.pulls = {pr};
        // a structured entry (its arguments) and one cached before arguments were kept
        d.ledger
            = {LedgerEntry {LedgerEntry::Kind::Truncated, 7, u"files"_s, u"3000 of 3100"_s, {u"3000"_s, u"3100"_s}},
                LedgerEntry {LedgerEntry::Kind::Retried, 0, u"requests"_s, u"2 request(s) retried after errors"_s}};
        const WeekData back = WeekData::fromJson(d.toJson());
        QCOMPARE(back.pulls, d.pulls);
        QCOMPARE(back.ledger, d.ledger);
        QCOMPARE(back.repo, d.repo);
        QCOMPARE(back.week, d.week);
        QCOMPARE(back.zone, d.zone);
        QCOMPARE(back.fetchedAt, d.fetchedAt);
    }

    void reviewFlowFieldsOfOlderCachedWeeks()
    {
        // A PR cached before the review-flow fields were kept: no draft end, people only.
        const QJsonObject pr {{"number"_L1, 9}, {"author"_L1, "alice"_L1}, {"createdAt"_L1, "2026-04-01T10:00:00Z"_L1},
            {"reviews"_L1,
                QJsonArray {QJsonObject {{"author"_L1, "bob"_L1}, {"state"_L1, "APPROVED"_L1},
                    {"submittedAt"_L1, "2026-04-01T11:00:00Z"_L1}}}}};
        const WeekData d = WeekData::fromJson(QJsonObject {{"pulls"_L1, QJsonArray {pr}}});
        QCOMPARE(d.pulls.size(), 1);
        const PullRequest &p = d.pulls.first();
        QVERIFY(!p.readyForReviewAt.isValid());
        QVERIFY(!p.authorIsBot);
        QCOMPARE(p.createdAt, QDateTime(QDate(2026, 4, 1), QTime(10, 0), QTimeZone::UTC));
        QCOMPARE(p.reviews.size(), 1);
        QVERIFY(!p.reviews.first().authorIsBot);
        // and what is not set is not written, so such weeks and new ones without drafts or bots look the same
        const QJsonObject written = p.toJson();
        QVERIFY(!written.contains("readyForReviewAt"_L1));
        QVERIFY(!written.contains("authorIsBot"_L1));
    }

    void reviewTotalsOfOlderCachedWeeks_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<int>("reviews");
        QTest::addColumn<int>("threads");
        QTest::addRow("reviews cut") << u"reviews"_s << u"first 20 of 45 reviews read"_s << 45 << 0;
        QTest::addRow("threads cut") << u"reviewThreads"_s << u"first 20 of 30 reviewThreads read"_s << 0 << 30;
        QTest::addRow("comments cut: no total")
            << u"reviewComments"_s << u"comments cut in 1 review thread(s)"_s << 0 << 0;
        QTest::addRow("other wording: no total") << u"reviews"_s << u"20 of 45 reviews read; failed"_s << 0 << 0;
    }
    void reviewTotalsOfOlderCachedWeeks()
    {
        QFETCH(QString, what);
        QFETCH(QString, detail);
        QFETCH(int, reviews);
        QFETCH(int, threads);
        // A week cached before PullRequest kept review totals: no reviewCount members, the cut only in the ledger.
        QJsonObject pr {{"number"_L1, 9}, {"reviewDataKnown"_L1, true}};
        const QJsonObject week {{"pulls"_L1, QJsonArray {pr}},
            {"ledger"_L1,
                QJsonArray {QJsonObject {
                    {"kind"_L1, "truncated"_L1}, {"pr"_L1, 9}, {"what"_L1, what}, {"detail"_L1, detail}}}}};
        const WeekData d = WeekData::fromJson(week);
        QCOMPARE(d.pulls.size(), 1);
        QCOMPARE(d.pulls.first().reviewCount, reviews);
        QCOMPARE(d.pulls.first().reviewThreadCount, threads);
        QCOMPARE(d.pulls.first().reviewsIncomplete(), reviews > 0);
        QCOMPARE(d.pulls.first().reviewThreadsIncomplete(), threads > 0);
    }

    void repoRefs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::addRow("plain") << u"vllm-project/vllm"_s << u"vllm-project/vllm"_s;
        QTest::addRow("url") << u"https://github.com/vllm-project/vllm.git"_s << u"vllm-project/vllm"_s;
        QTest::addRow("enterprise") << u"ghe.example.com/team/app"_s << u"ghe.example.com/team/app"_s;
        QTest::addRow("invalid") << u"just-a-name"_s << QString();
    }
    void repoRefs()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        const RepoRef r = RepoRef::parseGitHub(text);
        QCOMPARE(r.isValid(), !key.isEmpty());
        if (r.isValid())
            QCOMPARE(r.key(), key);
    }
};

QTEST_GUILESS_MAIN(TestPullRequestJson)
#include "tst_pullrequestjson.moc"
