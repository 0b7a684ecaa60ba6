// SPDX-License-Identifier: MIT
// GitHubSource against a real loopback GitHub server (tools/fake-github): week loads over several pages, follow-up
// file pages, review data, the 1,000-result split, the concurrency limit, patches and cancellation.
#include "datasetreader.h"
#include "githubtestsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <set>

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

class TestGitHubSource : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }

    void weekOverSeveralPages_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("repo");
        QTest::addColumn<QString>("week");
        QTest::addColumn<int>("zoneHours");
        QTest::addRow("vLLM 2026-W13 in UTC+8, 4 pages")
            << u"vllm-project__vllm/2026-03-23_2026-03-29"_s << u"vllm-project/vllm"_s << u"2026-W13"_s << 8;
        // The same server, the week's boundaries in UTC: PRs of the other zone's edges come and go.
        QTest::addRow("vLLM 2026-W13 in UTC")
            << u"vllm-project__vllm/2026-03-23_2026-03-29"_s << u"vllm-project/vllm"_s << u"2026-W13"_s << 0;
        QTest::addRow("FastDeploy 2026-W14 in UTC+8, 2 pages") << u"PaddlePaddle__FastDeploy/2026-03-30_2026-04-05"_s
                                                               << u"PaddlePaddle/FastDeploy"_s << u"2026-W14"_s << 8;
    }
    void weekOverSeveralPages()
    {
        QFETCH(QString, folder);
        QFETCH(QString, repo);
        QFETCH(QString, week);
        QFETCH(int, zoneHours);
        const QString dir = datasetDir(folder);
        if (!QFile::exists(dir + u"/pulls.json"_s))
            QSKIP("shared dataset not present next to the repository");
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(dir, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);

        const UtcOffset zone(zoneHours * 3600);
        const IsoWeek isoWeek = *IsoWeek::parse(week);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(repo), isoWeek, zone);
        QVERIFY2(run.finished, qPrintable(run.error.message));

        // Expected values come from the dataset itself, not from the client.
        QList<PullRequest> expected;
        QVERIFY(DatasetReader::read(dir + u"/pulls.json"_s, &expected, &error));
        const QStringList extras = QDir(dir).entryList({u"boundary_extra_pulls_*.json"_s}, QDir::Files);
        for (const QString &extra : extras) {
            QList<PullRequest> more;
            QVERIFY(DatasetReader::read(dir + u'/' + extra, &more, &error));
            expected.append(more);
        }
        const WeekRange range = WeekRange::of(isoWeek, zone);
        expected.removeIf([&range](const PullRequest &p) { return !range.contains(p.mergedAt); });
        QCOMPARE(run.data.pulls.size(), expected.size());
        const int pages = int((expected.size() + 49) / 50);
        QCOMPARE(server.requestCounts().value(u"graphql.search"_s), pages);
        QCOMPARE(source->requestCounts().value(u"graphql.search"_s), pages);

        QHash<int, const PullRequest *> byNumber;
        for (const PullRequest &p : run.data.pulls)
            byNumber.insert(p.number, &p);
        int followUps = 0;
        for (const PullRequest &want : std::as_const(expected)) {
            const PullRequest *got = byNumber.value(want.number);
            QVERIFY2(got, qPrintable(QString::number(want.number)));
            QCOMPARE(got->mergedAt, want.mergedAt);
            QCOMPARE(got->title, want.title);
            QCOMPARE(got->files.size(), want.files.size());
            QCOMPARE(got->additions, want.additions);
            followUps += int((want.files.size() - 1) / 100);
        }
        QCOMPARE(server.requestCounts().value(u"graphql.files"_s), followUps);
        for (qsizetype i = 1; i < run.data.pulls.size(); ++i)
            QVERIFY(run.data.pulls.at(i - 1).mergedAt >= run.data.pulls.at(i).mergedAt);
        QCOMPARE(run.data.week, isoWeek);
        QCOMPARE(run.lastDone, int(expected.size()));
        QCOMPARE(run.lastTotal, int(expected.size()));
        QVERIFY(run.progressTexts.size() >= pages);
        QVERIFY(run.data.fetchedAt.isValid());

        if (zoneHours != 8)
            return; // stats.json describes the UTC+8 week
        // Hot files as stats.json counts them.
        QFile statsFile(dir + u"/stats.json"_s);
        QVERIFY(statsFile.open(QIODevice::ReadOnly));
        const QJsonObject stats = QJsonDocument::fromJson(statsFile.readAll()).object();
        QCOMPARE(run.data.pulls.size(), stats.value("pr_count"_L1).toInt());
        QHash<QString, int> prsPerFile;
        for (const PullRequest &p : run.data.pulls)
            for (const FileChange &f : p.files)
                ++prsPerFile[f.path];
        const QJsonArray hot = stats.value("top_hot_files"_L1).toArray();
        QVERIFY(!hot.isEmpty());
        for (const QJsonValue &h : hot)
            QCOMPARE(
                prsPerFile.value(h.toObject().value("filename"_L1).toString()), h.toObject().value("prs"_L1).toInt());

        // Every request carried GitHub's headers and the token (all went to the API host).
        const auto requests = server.requests();
        QVERIFY(!requests.isEmpty());
        for (const auto &r : requests) {
            QVERIFY(r.headers.value("user-agent").startsWith("PRLens/"));
            QCOMPARE(r.headers.value("accept"), QByteArray("application/vnd.github+json"));
            QCOMPARE(r.headers.value("x-github-api-version"), QByteArray("2022-11-28"));
            QCOMPARE(r.headers.value("authorization"), "Bearer " + kToken.toUtf8());
        }
    }

    void reviewDataPastTheFirstPage()
    {
        const WeekRange range = WeekRange::of(kWeek, kZone);
        QJsonObject busy = makePull(7, range.start.addDays(2), 2);
        QJsonArray labels, reviews, threads;
        for (int i = 0; i < 21; ++i)
            labels.append(QJsonObject {{"name"_L1, u"label-%1"_s.arg(i)}, {"color"_L1, "ededed"_L1}});
        for (int i = 0; i < 25; ++i)
            reviews.append(QJsonObject {{"user"_L1, QJsonObject {{"login"_L1, u"rev%1"_s.arg(i)}}},
                {"state"_L1, i == 0 ? "CHANGES_REQUESTED"_L1 : "APPROVED"_L1}, {"body"_L1, "ok"_L1},
                {"submitted_at"_L1, range.start.addDays(1).toString(Qt::ISODate)}});
        for (int t = 0; t < 22; ++t) {
            QJsonArray comments;
            for (int c = 0; c < (t == 0 ? 25 : 2); ++c) {
                QJsonObject comment {{"id"_L1, t * 100 + c + 1},
                    {"user"_L1, QJsonObject {{"login"_L1, c % 2 ? "author"_L1 : "reviewer"_L1}}},
                    {"body"_L1, u"comment %1"_s.arg(c)}, {"path"_L1, "src/m0/file0.cpp"_L1}, {"line"_L1, 3},
                    {"original_line"_L1, 3}, {"diff_hunk"_L1, "@@ -0,0 +1 @@"_L1},
                    {"created_at"_L1, range.start.addDays(1).toString(Qt::ISODate)}};
                if (c > 0)
                    comment.insert("in_reply_to_id"_L1, t * 100 + 1);
                comments.append(comment);
            }
            threads.append(QJsonObject {{"isResolved"_L1, t % 2 == 0}, {"isOutdated"_L1, false},
                {"path"_L1, "src/m0/file0.cpp"_L1}, {"line"_L1, 3}, {"originalLine"_L1, 3}, {"comments"_L1, comments}});
        }
        busy.insert("labels"_L1, labels);
        busy.insert("reviews"_L1, reviews);
        busy.insert("review_threads"_L1, threads);
        busy.insert("requested_reviewers"_L1, QJsonArray {QJsonObject {{"login"_L1, "alice"_L1}}});
        busy.insert("requested_teams"_L1, QJsonArray {QJsonObject {{"slug"_L1, "core"_L1}}});
        QJsonObject quiet = makePull(8, range.start.addDays(3), 1);
        quiet.insert("reviews"_L1, QJsonArray {reviews.at(0), reviews.at(1)});
        quiet.insert("review_threads"_L1, QJsonArray {threads.at(1)});

        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, QJsonArray {busy, quiet});
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));

        const PullRequest *b = run.data.find(7);
        QVERIFY(b);
        QCOMPARE(b->labels.size(), 20);
        // Reviews and threads past the first page, and the cut comments, come from follow-up queries.
        QCOMPARE(b->reviews.size(), reviews.size());
        QCOMPARE(b->reviews.first().state, Review::State::ChangesRequested);
        QCOMPARE(b->reviewThreads.size(), threads.size());
        QCOMPARE(b->reviewThreads.first().comments.size(), threads.at(0)["comments"_L1].toArray().size());
        QVERIFY(b->reviewThreads.first().isResolved);
        QVERIFY(!b->reviewThreads.first().comments.first().isReply);
        QVERIFY(b->reviewThreads.first().comments.at(1).isReply);
        QCOMPARE(b->requestedReviewers, (QStringList {u"alice"_s, u"core"_s}));
        QStringList cut;
        for (const LedgerEntry &e : run.data.ledger) {
            QCOMPARE(e.prNumber, 7); // nothing was cut of the quiet PR
            QCOMPARE(e.kind, LedgerEntry::Kind::Truncated);
            cut.append(e.what);
        }
        QCOMPARE(cut, (QStringList {u"labels"_s})); // labels have no follow-up query
        QCOMPARE(server.requestCounts().value(u"graphql.reviews"_s), 1);
        QCOMPARE(server.requestCounts().value(u"graphql.reviewThreads"_s), 1);

        const PullRequest *q = run.data.find(8);
        QVERIFY(q);
        QCOMPARE(q->reviews.size(), 2);
        QCOMPARE(q->reviewThreads.size(), 1);
        QVERIFY(!q->reviewThreads.first().isResolved);
        QCOMPARE(q->reviewThreads.first().comments.size(), 2);
        QVERIFY(q->reviewDataKnown);
    }

    void reviewFlowFieldsFromTheDatasetKeys()
    {
        // The fake server serves created_at, ready_for_review_at, reviews' submitted_at and user.type as
        // GitHub's GraphQL names them (createdAt, a ReadyForReviewEvent, submittedAt, author __typename).
        const WeekRange range = WeekRange::of(kWeek, kZone);
        const QDateTime created = range.start.addDays(1);
        const QDateTime ready = created.addSecs(3600);
        QJsonObject bot = makePull(11, range.start.addDays(3), 1);
        bot.insert("user"_L1, QJsonObject {{"login"_L1, "renovate[bot]"_L1}, {"type"_L1, "Bot"_L1}});
        bot.insert("created_at"_L1, created.toString(Qt::ISODate));
        bot.insert("ready_for_review_at"_L1, ready.toString(Qt::ISODate));
        bot.insert("reviews"_L1,
            QJsonArray {QJsonObject {{"user"_L1, QJsonObject {{"login"_L1, "review-bot"_L1}, {"type"_L1, "Bot"_L1}}},
                            {"state"_L1, "COMMENTED"_L1}, {"body"_L1, ""_L1},
                            {"submitted_at"_L1, ready.addSecs(60).toString(Qt::ISODate)}},
                QJsonObject {{"user"_L1, QJsonObject {{"login"_L1, "alice"_L1}, {"type"_L1, "User"_L1}}},
                    {"state"_L1, "APPROVED"_L1}, {"body"_L1, ""_L1},
                    {"submitted_at"_L1, ready.addSecs(7200).toString(Qt::ISODate)}}});
        const QJsonObject person = makePull(12, range.start.addDays(4), 1);

        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, QJsonArray {bot, person});
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));

        const PullRequest *b = run.data.find(11);
        QVERIFY(b);
        QVERIFY(b->authorIsBot);
        QCOMPARE(b->createdAt, created);
        QCOMPARE(b->readyForReviewAt, ready);
        QCOMPARE(b->reviews.size(), 2);
        QVERIFY(b->reviews.at(0).authorIsBot);
        QCOMPARE(b->reviews.at(0).submittedAt, ready.addSecs(60));
        QVERIFY(!b->reviews.at(1).authorIsBot);
        QCOMPARE(b->reviews.at(1).author, u"alice"_s);

        const PullRequest *p = run.data.find(12);
        QVERIFY(p);
        QVERIFY(!p->authorIsBot);
        QVERIFY(!p->readyForReviewAt.isValid());
        QCOMPARE(p->createdAt, range.start.addDays(3));
    }

    void concurrencyIsLimited_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addRow("one at a time") << 1;
        QTest::addRow("two at a time") << 2;
        QTest::addRow("four at a time") << 4;
    }
    void concurrencyIsLimited()
    {
        QFETCH(int, limit);
        const QJsonArray pulls = syntheticWeek(6, 120);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        server.setLatencyMs(50);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        RequestPolicy policy = fastPolicy();
        policy.maxConcurrent = limit;
        source->setPolicy(policy);
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        const RepoRef repo = RepoRef::parseGitHub(u"acme/widgets"_s);
        for (int n = 1; n <= 6; ++n) {
            PullRequest pr;
            pr.number = n;
            pr.changedFiles = 120;
            source->loadPatches(repo, pr);
        }
        QTRY_COMPARE_WITH_TIMEOUT(patches.size(), 6, 20000);
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 12);
        // Six loads start at once; the queue lets exactly `limit` run together.
        QCOMPARE(source->peakInFlight(), limit);
    }

    void splitsAboveTheSearchCap()
    {
        constexpr int count = 1120;
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(count));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        std::set<int> numbers;
        for (const PullRequest &p : run.data.pulls)
            numbers.insert(p.number);
        QCOMPARE(int(numbers.size()), count);
        QCOMPARE(int(run.data.pulls.size()), count);
        QCOMPARE(*numbers.begin(), 1);
        QCOMPARE(*numbers.rbegin(), count);
        // One over-full first page, then every half read on its own.
        const int searches = source->requestCounts().value(u"graphql.search"_s);
        QVERIFY2(searches >= 1 + (count + 49) / 50 && searches <= 3 + (count + 49) / 50,
            qPrintable(QString::number(searches)));
        QVERIFY(!hasLedger(run.data, LedgerEntry::Kind::Truncated));
    }

    void prWithManyFilesAndPatches()
    {
        const WeekRange range = WeekRange::of(kWeek, kZone);
        QJsonArray pulls = syntheticWeek(5, 2);
        pulls.append(makePull(900, range.start.addDays(3), 250));
        pulls.append(makePull(901, range.start.addDays(4), 3050));
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        const PullRequest *big = run.data.find(900);
        QVERIFY(big);
        QCOMPARE(big->files.size(), 250);
        QCOMPARE(big->changedFiles, 250);
        QVERIFY(!big->files.first().hasPatch); // GraphQL has no patch text

        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        QSignalSpy ledger(source.get(), &GitHubSource::ledgerEntryAdded);
        source->resetCounts();
        source->loadPatches(run.data.repo, *big);
        QVERIFY(patches.wait(10000));
        QCOMPARE(patches.first().at(0).toInt(), 900);
        const auto files = patches.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), 250);
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 3); // 100 + 100 + 50, via Link rel="next"
        int withPatch = 0;
        for (const FileChange &f : files) {
            if (f.hasPatch) {
                ++withPatch;
                QVERIFY(f.patch.startsWith("@@"_L1));
            }
        }
        QCOMPARE(withPatch, 250 - 250 / 3); // every third file is binary
        QCOMPARE(ledger.size(), 0);

        // Asked again, GitHub answers 304 Not Modified to the ETags and the same patches come back.
        source->resetCounts();
        patches.clear();
        source->loadPatches(run.data.repo, *big);
        QVERIFY(patches.wait(10000));
        QCOMPARE(patches.first().at(1).value<QList<FileChange>>(), files);
        QCOMPARE(source->notModifiedCount(), 3);
        int conditional = 0;
        for (const auto &r : server.requests())
            conditional += r.headers.contains("if-none-match") ? 1 : 0;
        QCOMPARE(conditional, 3);

        // Over GitHub's 3,000-file REST cap: what is there is merged, the cut is recorded.
        const PullRequest *huge = run.data.find(901);
        QVERIFY(huge);
        source->resetCounts();
        patches.clear();
        source->loadPatches(run.data.repo, *huge);
        QVERIFY(patches.wait(20000));
        QCOMPARE(source->requestCounts().value(u"rest.files"_s), 30);
        QCOMPARE(ledger.size(), 1);
        const auto entry = ledger.first().first().value<LedgerEntry>();
        QCOMPARE(entry.kind, LedgerEntry::Kind::Truncated);
        QCOMPARE(entry.prNumber, 901);
    }
    void cancelMidLoad()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(300));
        server.setLatencyMs(150);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        QSignalSpy finished(source.get(), &WeekSource::finished);
        QSignalSpy failed(source.get(), &WeekSource::failed);
        QSignalSpy progress(source.get(), &WeekSource::progress);
        source->load(RepoRef::parseGitHub(u"acme/widgets"_s), kWeek, kZone);
        // Wait until the first page is in, so the cancel hits a load with requests in flight.
        QTRY_VERIFY(progress.size() >= 2);
        source->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        const auto countSent = [&source] {
            int n = 0;
            for (int v : source->requestCounts())
                n += v;
            return n;
        };
        const int sent = countSent();
        QVERIFY(sent < 6);
        // Nothing more happens: no finish, no late failure, no further request.
        QVERIFY(!finished.wait(600));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(countSent(), sent);
        QVERIFY(server.totalRequests() <= sent);
    }
};

QTEST_GUILESS_MAIN(TestGitHubSource)
#include "tst_githubsource.moc"
