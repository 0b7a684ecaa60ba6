// SPDX-License-Identifier: MIT
// GitHubSource reads every review and review thread of a PR over follow-up pages, against a real loopback GitHub
// server, and the risk rules never guess when a page could not be read. The fixture (data/vllm-project__vllm/
// review-pages, written by data/make-review-pages.py) holds real vLLM PRs with more reviews and threads than the
// week's search reads per PR; every expectation below is computed from that file.
#include "fakegraphqlschema.h"
#include "githubtestsupport.h"
#include "graphqlqueries.h"
#include "weekanalysis.h"

#include <QFile>
#include <QJsonDocument>

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

namespace {

constexpr int kFirstPage = 20; ///< reviews and threads (and comments per thread) the search query reads per PR
constexpr int kFollowUpPage = 100; ///< per follow-up page, and comments per thread in a thread page

const QString kFixture = QStringLiteral(PRLENS_TEST_DATA_DIR) + u"/vllm-project__vllm/review-pages"_s;
const IsoWeek kFixtureWeek(2026, 13);

QJsonArray fixturePulls()
{
    QFile f(kFixture + u"/pulls.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array();
}

int pagesAfterFirst(qsizetype total)
{
    return total > kFirstPage ? int((total - kFirstPage + kFollowUpPage - 1) / kFollowUpPage) : 0;
}

/// Thread follow-ups: past the first page, or all threads again when the first page cut a thread's comments.
int threadPages(const QJsonArray &threads)
{
    for (qsizetype i = 0; i < std::min<qsizetype>(threads.size(), kFirstPage); ++i) {
        if (threads.at(i).toObject().value("comments"_L1).toArray().size() > kFirstPage)
            return int((threads.size() + kFollowUpPage - 1) / kFollowUpPage);
    }
    return pagesAfterFirst(threads.size());
}

/// Whether one of the first `read` reviews (all by default) approves.
bool approves(const QJsonArray &reviews, qsizetype read = -1)
{
    const auto end = read < 0 ? reviews.end() : reviews.begin() + std::min(read, reviews.size());
    return std::any_of(reviews.begin(), end,
        [](const QJsonValue &r) { return r.toObject().value("state"_L1).toString() == "APPROVED"_L1; });
}

int openThreads(const QJsonArray &threads, qsizetype read = -1)
{
    int n = 0;
    for (qsizetype i = 0; i < (read < 0 ? threads.size() : std::min(read, threads.size())); ++i)
        n += threads.at(i).toObject().value("isResolved"_L1).toBool() ? 0 : 1;
    return n;
}

QList<LedgerEntry> ledgerOf(const WeekData &d, int number, const QString &what)
{
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : d.ledger)
        if (e.prNumber == number && e.what == what)
            out.append(e);
    return out;
}

bool notEvaluated(const PrAnalysis &a, const QString &ruleId, NotEvaluated::Reason reason)
{
    return std::any_of(a.notEvaluated.begin(), a.notEvaluated.end(),
        [&](const NotEvaluated &n) { return n.ruleId == ruleId && n.reason == reason; });
}

const RiskFinding *finding(const PrAnalysis &a, const QString &ruleId)
{
    for (const RiskFinding &f : a.findings)
        if (f.ruleId == ruleId)
            return &f;
    return nullptr;
}

} // namespace

class TestGitHubReviewPages : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerTypes();
        m_pulls = fixturePulls();
        QVERIFY2(m_pulls.size() >= 4, qPrintable(kFixture));
    }

    void followUpQueriesFitTheSchema_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("connection");
        QTest::addRow("PRFiles") << u"PRFiles"_s << GraphQlQueries::filesBody(u"o"_s, u"r"_s, 7, u"c"_s)
                                 << u"files(first: 100, after: $after)"_s;
        QTest::addRow("PRReviews") << u"PRReviews"_s << GraphQlQueries::reviewsBody(u"o"_s, u"r"_s, 7, u"c"_s)
                                   << u"reviews(first: 100, after: $after)"_s;
        QTest::addRow("PRReviewThreads") << u"PRReviewThreads"_s
                                         << GraphQlQueries::reviewThreadsBody(u"o"_s, u"r"_s, 7, u"c"_s)
                                         << u"reviewThreads(first: 100, after: $after)"_s;
    }
    void followUpQueriesFitTheSchema()
    {
        QFETCH(QString, operation);
        QFETCH(QJsonObject, body);
        QFETCH(QString, connection);
        const QString query = body.value("query"_L1).toString();
        QVERIFY(query.contains(u"query "_s + operation + u'('));
        QVERIFY(query.contains(connection));
        QCOMPARE(body.value("operationName"_L1).toString(), operation);
        const QJsonObject vars = body.value("variables"_L1).toObject();
        QCOMPARE(vars.value("number"_L1).toInt(), 7);
        QCOMPARE(vars.value("after"_L1).toString(), u"c"_s);
        const auto schema = FakeGraphQlSchema::load(
            QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/github-schema.graphql"_s);
        if (!schema || schema->isEmpty())
            QSKIP("shared GitHub schema absent");
        const QList<QJsonObject> errors = schema->validate(query);
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors.value(0)).toJson().constData());
    }

    void mergedPrsQueryFitsTheSchema()
    {
        const auto schema = FakeGraphQlSchema::load(
            QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/graphql/github-schema.graphql"_s);
        if (!schema || schema->isEmpty())
            QSKIP("shared GitHub schema absent");
        const QList<QJsonObject> errors = schema->validate(GraphQlQueries::mergedPullRequests());
        QVERIFY2(errors.isEmpty(), QJsonDocument(errors.value(0)).toJson().constData());
        // and a field GitHub does not have is refused, so the check above means something
        QString wrong = GraphQlQueries::mergedPullRequests();
        wrong.replace(u"ReadyForReviewEvent { createdAt }"_s, u"ReadyForReviewEvent { readyAt }"_s);
        QVERIFY(!schema->validate(wrong).isEmpty());
    }

    void everyReviewAndThreadIsRead()
    {
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(kFixture, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"vllm-project/vllm"_s), kFixtureWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), m_pulls.size());

        int reviewPages = 0;
        int threadFollowUps = 0;
        const WeekAnalysis analysis = analyzeWeek(run.data, {}, AnalysisConfig());
        for (const QJsonValue &v : std::as_const(m_pulls)) {
            const QJsonObject o = v.toObject();
            const int number = o.value("number"_L1).toInt();
            const QJsonArray reviews = o.value("reviews"_L1).toArray();
            const QJsonArray threads = o.value("review_threads"_L1).toArray();
            reviewPages += pagesAfterFirst(reviews.size());
            threadFollowUps += threadPages(threads);
            const PullRequest *pr = run.data.find(number);
            QVERIFY(pr);
            QCOMPARE(pr->reviews.size(), reviews.size());
            QCOMPARE(pr->reviewCount, int(reviews.size()));
            QVERIFY(!pr->reviewsIncomplete());
            for (qsizetype i = 0; i < reviews.size(); ++i) {
                const QJsonObject r = reviews.at(i).toObject();
                QCOMPARE(pr->reviews.at(i).state, Review::stateFromString(r.value("state"_L1).toString()));
                QCOMPARE(pr->reviews.at(i).body, r.value("body"_L1).toString());
            }
            QCOMPARE(pr->reviewThreads.size(), threads.size());
            QVERIFY(!pr->reviewThreadsIncomplete());
            QStringList cutThreads;
            for (qsizetype i = 0; i < threads.size(); ++i) {
                const QJsonObject t = threads.at(i).toObject();
                const qsizetype comments = t.value("comments"_L1).toArray().size();
                QCOMPARE(pr->reviewThreads.at(i).isResolved, t.value("isResolved"_L1).toBool());
                QCOMPARE(pr->reviewThreads.at(i).comments.size(), std::min<qsizetype>(comments, kFollowUpPage));
                if (comments > kFollowUpPage)
                    cutThreads.append(u"(%1 of %2 comments)"_s.arg(kFollowUpPage).arg(comments));
            }
            // Only what no query can read is in the ledger, and it says what is missing.
            QVERIFY(ledgerOf(run.data, number, u"reviews"_s).isEmpty());
            QVERIFY(ledgerOf(run.data, number, u"reviewThreads"_s).isEmpty());
            const QList<LedgerEntry> cut = ledgerOf(run.data, number, u"reviewComments"_s);
            QCOMPARE(int(cut.size()), cutThreads.isEmpty() ? 0 : 1);
            for (const QString &c : std::as_const(cutThreads))
                QVERIFY2(cut.first().detail.contains(c), qPrintable(cut.first().detail));

            const PrAnalysis *a = analysis.find(number);
            QVERIFY(a);
            QCOMPARE(a->hasFinding(u"no-approval"_s), !approves(reviews));
            QCOMPARE(a->hasFinding(u"unresolved-threads"_s), openThreads(threads) > 0);
            if (const RiskFinding *f = finding(*a, u"unresolved-threads"_s)) {
                QCOMPARE(f->fact(u"threads"_s).toInt(), openThreads(threads));
                QCOMPARE(f->fact(u"unread"_s), QString());
            }
            for (const NotEvaluated &n : a->notEvaluated)
                QVERIFY2(n.ruleId != u"no-approval"_s && n.ruleId != u"unresolved-threads"_s, qPrintable(n.ruleId));
        }
        // The fixture needs follow-ups, some past the first page; one request per page and kind, no more.
        QVERIFY(reviewPages > 1);
        QVERIFY(threadFollowUps > 0);
        const QMap<QString, int> counts = server.requestCounts();
        QCOMPARE(counts.value(u"graphql.search"_s), 1);
        QCOMPARE(counts.value(u"graphql.reviews"_s), reviewPages);
        QCOMPARE(counts.value(u"graphql.reviewThreads"_s), threadFollowUps);
        QCOMPARE(source->requestCounts().value(u"graphql.reviews"_s), reviewPages);
    }

    void failedFollowUpIsLedgeredNeverGuessed_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        using K = FaultRule::Kind;
        QTest::addRow("reviews page keeps failing with 502") << u"graphql.reviews"_s << int(K::ServerError) << 502;
        QTest::addRow("reviews page keeps timing out in GraphQL")
            << u"graphql.reviews"_s << int(K::GraphQlTimeout) << 200;
        QTest::addRow("review threads page keeps failing with 503")
            << u"graphql.reviewThreads"_s << int(K::ServerError) << 503;
        QTest::addRow("review threads page keeps timing out in GraphQL")
            << u"graphql.reviewThreads"_s << int(K::GraphQlTimeout) << 200;
    }
    void failedFollowUpIsLedgeredNeverGuessed()
    {
        QFETCH(QString, kind);
        QFETCH(int, fault);
        QFETCH(int, status);
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(kFixture, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        FaultRule rule;
        rule.kind = FaultRule::Kind(fault);
        rule.status = status;
        rule.times = -1;
        rule.requestKind = kind;
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, RepoRef::parseGitHub(u"vllm-project/vllm"_s), kFixtureWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message)); // the week loads: only review data is missing
        const WeekAnalysis analysis = analyzeWeek(run.data, {}, AnalysisConfig());
        const bool reviewsFail = kind == u"graphql.reviews"_s;
        int hit = 0;
        for (const QJsonValue &v : std::as_const(m_pulls)) {
            const QJsonObject o = v.toObject();
            const int number = o.value("number"_L1).toInt();
            const QJsonArray reviews = o.value("reviews"_L1).toArray();
            const QJsonArray threads = o.value("review_threads"_L1).toArray();
            const PullRequest *pr = run.data.find(number);
            const PrAnalysis *a = analysis.find(number);
            QVERIFY(pr && a);
            const qsizetype all = reviewsFail ? reviews.size() : threads.size();
            const bool failed = pagesAfterFirst(all) > 0;
            const QString what = reviewsFail ? u"reviews"_s : u"reviewThreads"_s;
            const QString rule = reviewsFail ? u"no-approval"_s : u"unresolved-threads"_s;
            const QList<LedgerEntry> entries = ledgerOf(run.data, number, what);
            if (!failed) {
                QVERIFY(entries.isEmpty());
                continue;
            }
            ++hit;
            const qsizetype read = reviewsFail ? pr->reviews.size() : pr->reviewThreads.size();
            QCOMPARE(int(read), kFirstPage);
            QCOMPARE(reviewsFail ? pr->reviewCount : pr->reviewThreadCount, int(all));
            QCOMPARE(int(entries.size()), 1);
            QCOMPARE(entries.first().kind, LedgerEntry::Kind::Truncated);
            const QString detail = entries.first().detail;
            QVERIFY2(detail.contains(u"%1 of %2"_s.arg(kFirstPage).arg(all)) && detail.contains(u"failed"_s),
                qPrintable(detail));
            if (reviewsFail) {
                const bool approvalRead = approves(reviews, kFirstPage);
                QVERIFY(!a->hasFinding(rule)); // never "merged without approval" on a guess
                QCOMPARE(notEvaluated(*a, rule, NotEvaluated::Reason::ReviewsIncomplete), !approvalRead);
            } else {
                const int open = openThreads(threads, kFirstPage);
                QCOMPARE(a->hasFinding(rule), open > 0);
                QCOMPARE(notEvaluated(*a, rule, NotEvaluated::Reason::ReviewThreadsIncomplete), open == 0);
                if (const RiskFinding *f = finding(*a, rule))
                    QCOMPARE(f->fact(u"unread"_s).toInt(), int(all) - kFirstPage);
            }
        }
        QVERIFY(hit > 0);
        const RiskCount *risk = analysis.risk(reviewsFail ? u"no-approval"_s : u"unresolved-threads"_s);
        QVERIFY(risk);
        QVERIFY(!risk->notEvaluatedPrs.isEmpty());
    }

    void cancelDuringFollowUps()
    {
        FakeGitHubServer server;
        QString error;
        QVERIFY2(server.addDataset(kFixture, &error), qPrintable(error));
        QVERIFY(server.listen() != 0);
        FaultRule slow;
        slow.kind = FaultRule::Kind::SlowBody;
        slow.times = -1;
        slow.retryAfterSeconds = 30;
        slow.requestKind = u"graphql.reviews"_s;
        server.addFault(slow);
        auto source = makeSource(server);
        QSignalSpy failed(source.get(), &WeekSource::failed);
        QSignalSpy finished(source.get(), &WeekSource::finished);
        source->load(RepoRef::parseGitHub(u"vllm-project/vllm"_s), kFixtureWeek, kZone);
        QTRY_VERIFY(server.requestCounts().value(u"graphql.reviews"_s) > 0);
        source->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        QVERIFY(finished.isEmpty());
    }

private:
    QJsonArray m_pulls;
};

QTEST_GUILESS_MAIN(TestGitHubReviewPages)
#include "tst_githubreviewpages.moc"
