// SPDX-License-Identifier: MIT
// GitHubSource against a hostile or broken server on the loopback: pulls of other repositories, impossible
// numbers, answers too large or too slow, pages without end, redirects and next links that leave the API, and
// rate-limit waits that would overflow.
#include "githubtestsupport.h"
#include "pageguard.h"
#include "pullrequestparser.h"
#include "ratelimitpolicy.h"

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const RepoRef kRepo = RepoRef::parseGitHub(u"acme/widgets"_s);

bool hasLedgerAbout(const WeekData &d, LedgerEntry::Kind kind, const QString &text)
{
    return std::any_of(d.ledger.cbegin(), d.ledger.cend(),
        [&](const LedgerEntry &e) { return e.kind == kind && e.detail.contains(text); });
}

QString ledgerText(const WeekData &d)
{
    QStringList lines;
    for (const LedgerEntry &e : d.ledger)
        lines.append(u"%1 #%2 %3: %4"_s.arg(LedgerEntry::kindToString(e.kind)).arg(e.prNumber).arg(e.what, e.detail));
    return lines.join(u'\n');
}

FaultRule fault(FaultRule::Kind kind, const QString &path, int times = 1)
{
    FaultRule rule;
    rule.kind = kind;
    rule.pathContains = path;
    rule.times = times;
    return rule;
}

} // namespace

class TestGitHubHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { registerTypes(); }

    void pullsOfAnotherRepositoryAreLeftOut()
    {
        FakeGitHubServer server;
        QJsonArray pulls = syntheticWeek(5);
        // The search answers with a PR whose address is in another repository (a search qualifier got through).
        QJsonObject foreign = pulls.at(2).toObject();
        foreign.insert("html_url"_L1, u"https://github.com/evil/other/pull/3"_s);
        pulls.replace(2, foreign);
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 4);
        QVERIFY(!run.data.find(3));
        QVERIFY2(hasLedgerAbout(run.data, LedgerEntry::Kind::Skipped, u"evil/other/pull/3"_s),
            qPrintable(ledgerText(run.data)));
    }

    void impossibleNumbersAreLeftOut()
    {
        FakeGitHubServer server;
        QJsonArray pulls = syntheticWeek(4, 2);
        QJsonObject negativeLines = pulls.at(1).toObject();
        negativeLines.insert("deletions"_L1, -7);
        pulls.replace(1, negativeLines);
        QJsonObject badFile = pulls.at(2).toObject();
        QJsonArray files = badFile.value("files"_L1).toArray();
        QJsonObject f = files.at(0).toObject();
        f.insert("additions"_L1, -1);
        files.replace(0, f);
        badFile.insert("files"_L1, files);
        pulls.replace(2, badFile);
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QVERIFY(!run.data.find(2));
        QVERIFY2(
            hasLedgerAbout(run.data, LedgerEntry::Kind::Skipped, u"deletions"_s), qPrintable(ledgerText(run.data)));
        QVERIFY(run.data.find(3));
        QCOMPARE(run.data.find(3)->files.size(), 1);
        QVERIFY2(hasLedgerAbout(run.data, LedgerEntry::Kind::Skipped, u"src/m0/file0.cpp"_s),
            qPrintable(ledgerText(run.data)));
    }

    void parserRefusesImpossibleNumbers_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addRow("number 0") << u"number"_s << 0.0;
        QTest::addRow("negative number") << u"number"_s << -5.0;
        QTest::addRow("number beyond int") << u"number"_s << 3000000000.0;
        QTest::addRow("fractional number") << u"number"_s << 1.5;
        QTest::addRow("negative additions") << u"additions"_s << -1.0;
        QTest::addRow("additions beyond int") << u"additions"_s << 1e12;
        QTest::addRow("negative changedFiles") << u"changedFiles"_s << -3.0;
    }
    void parserRefusesImpossibleNumbers()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QJsonObject node {{"__typename"_L1, "PullRequest"_L1}, {"number"_L1, 7}, {"additions"_L1, 1},
            {"deletions"_L1, 1}, {"changedFiles"_L1, 1}, {"url"_L1, "https://github.com/acme/widgets/pull/7"_L1}};
        QString refused;
        QVERIFY(PullRequestParser::fromGraphQl(node, &refused));
        QVERIFY(refused.isEmpty());
        node.insert(field, value);
        QVERIFY(!PullRequestParser::fromGraphQl(node, &refused));
        QVERIFY2(refused.contains(field == "number"_L1 ? u"number"_s : field), qPrintable(refused));

        QStringList refusedFiles;
        const QJsonArray restFiles {QJsonObject {{"filename"_L1, "a.cpp"_L1}, {"additions"_L1, -2}},
            QJsonObject {{"filename"_L1, "b.cpp"_L1}, {"additions"_L1, 2}, {"deletions"_L1, 3e10}},
            QJsonObject {{"filename"_L1, "c.cpp"_L1}, {"additions"_L1, 2}}};
        const QList<FileChange> kept = PullRequestParser::filesFromRest(restFiles, &refusedFiles);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().path, u"c.cpp"_s);
        QCOMPARE(refusedFiles.size(), 2);
    }

    void pullAddressMustMatch_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addRow("same") << u"https://github.com/acme/widgets/pull/7"_s << true;
        QTest::addRow("other case") << u"https://github.com/ACME/Widgets/pull/7"_s << true;
        QTest::addRow("enterprise") << u"https://ghe.example.com/acme/widgets/pull/7"_s << true;
        QTest::addRow("other owner") << u"https://github.com/xacme/widgets/pull/7"_s << false;
        QTest::addRow("other repo") << u"https://github.com/acme/widgets2/pull/7"_s << false;
        QTest::addRow("other number") << u"https://github.com/acme/widgets/pull/77"_s << false;
        QTest::addRow("issue") << u"https://github.com/acme/widgets/issues/7"_s << false;
        QTest::addRow("missing") << QString() << false;
        QTest::addRow("file") << u"file:///acme/widgets/pull/7"_s << false;
    }
    void pullAddressMustMatch()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QCOMPARE(PullRequestParser::isPullOf(url, u"acme"_s, u"widgets"_s, 7), ok);
    }

    void oversizedAnswerIsRefused_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("GraphQL page") << u"/graphql"_s;
        QTest::addRow("REST files page") << u"/files"_s;
    }
    void oversizedAnswerIsRefused()
    {
        QFETCH(QString, path);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::OversizedBody, path, -1);
        rule.amount = 8 * 1024 * 1024; // 8 MB, written as the client reads; the cap below is 256 KB
        server.addFault(rule);
        auto source = makeSource(server);
        RequestPolicy policy = fastPolicy();
        policy.maxGraphQlBytes = policy.maxRestFilesBytes = 256 * 1024;
        source->setPolicy(policy);

        QSignalSpy failed(source.get(), &WeekSource::failed);
        if (path == u"/files") {
            const Run run = loadWeek(*source, kRepo, kWeek, kZone);
            QVERIFY2(run.finished, qPrintable(run.error.message));
            source->loadPatches(kRepo, run.data.pulls.first());
            QVERIFY(failed.wait(20000));
        } else {
            const Run run = loadWeek(*source, kRepo, kWeek, kZone);
            QVERIFY(!run.finished);
            failed.append({QVariant::fromValue(run.error)});
        }
        const LoadError error = failed.constLast().first().value<LoadError>();
        QCOMPARE(error.kind, LoadError::Kind::BadResponse);
        QVERIFY2(error.message.contains(u"larger than"_s), qPrintable(error.message));
        // Not asked again: the same answer would come back.
        QCOMPARE(source->requestCounts().value(path == u"/files" ? u"rest.files"_s : u"graphql.search"_s), 1);
    }

    void tricklingAnswerMeetsTheDeadline()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::TrickleBody, u"/graphql"_s, -1);
        rule.amount = 50; // a byte every 50 ms: the search page would take minutes
        server.addFault(rule);
        auto source = makeSource(server);
        RequestPolicy policy = fastPolicy();
        policy.maxTries = 1;
        policy.transferTimeoutMs = 5000; // never silent that long
        policy.requestDeadlineMs = 500;
        source->setPolicy(policy);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone, 30000);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::Timeout);
    }

    void endlessSearchPagesStop_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("why");
        QTest::addRow("same cursor again") << 0 << u"same page cursor"_s;
        QTest::addRow("new cursors past the total") << 1 << u"need no more"_s;
    }
    void endlessSearchPagesStop()
    {
        QFETCH(int, mode);
        QFETCH(QString, why);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(30));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::EndlessPages, u"/graphql"_s, -1);
        rule.requestKind = u"graphql.search"_s;
        rule.amount = mode;
        server.addFault(rule);
        auto source = makeSource(server);
        source->setPageSize(10); // 30 PRs: 3 pages
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QVERIFY2(source->requestCounts().value(u"graphql.search"_s) <= 4,
            qPrintable(QString::number(source->requestCounts().value(u"graphql.search"_s))));
        QVERIFY2(hasLedgerAbout(run.data, LedgerEntry::Kind::Truncated, why), qPrintable(ledgerText(run.data)));
    }

    void endlessRangeSplitsStop()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(30));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::EndlessPages, u"/graphql"_s, -1);
        rule.requestKind = u"graphql.search"_s;
        rule.amount = 2; // every range announces 5,000 PRs
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 30);
        QVERIFY2(source->requestCounts().value(u"graphql.search"_s) < 64 * 3,
            qPrintable(QString::number(source->requestCounts().value(u"graphql.search"_s))));
        QVERIFY2(hasLedgerAbout(run.data, LedgerEntry::Kind::Truncated, u"ranges"_s), qPrintable(ledgerText(run.data)));
    }

    void endlessFollowUpPagesStop()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(2, 150)); // 150 files: one follow-up page
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::EndlessPages, u"/graphql"_s, -1);
        rule.requestKind = u"graphql.files"_s;
        rule.amount = 1;
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QVERIFY2(source->requestCounts().value(u"graphql.files"_s) <= 4,
            qPrintable(QString::number(source->requestCounts().value(u"graphql.files"_s))));
        QVERIFY2(hasLedgerAbout(run.data, LedgerEntry::Kind::Truncated, u"need no more"_s),
            qPrintable(ledgerText(run.data)));
    }

    void endlessRestPagesStop_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addRow("same URL again") << 0;
        QTest::addRow("new URLs past the files") << 1;
    }
    void endlessRestPagesStop()
    {
        QFETCH(int, mode);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(1, 5));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::EndlessPages, u"/files"_s, -1);
        rule.amount = mode;
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        QSignalSpy ledger(source.get(), &GitHubSource::ledgerEntryAdded);
        source->loadPatches(kRepo, run.data.pulls.first());
        QVERIFY(patches.wait(20000));
        QVERIFY2(source->requestCounts().value(u"rest.files"_s) <= 2,
            qPrintable(QString::number(source->requestCounts().value(u"rest.files"_s))));
        const bool told = std::any_of(ledger.cbegin(), ledger.cend(), [](const QList<QVariant> &args) {
            return args.first().value<LedgerEntry>().detail.startsWith(u"stopped after"_s);
        });
        QVERIFY(told);
    }

    void pageGuardHasAHardCap()
    {
        PageGuard guard(10); // no total known
        int pages = 1;
        while (guard.next(u"c%1"_s.arg(pages)).isEmpty())
            ++pages;
        QCOMPARE(pages, PageGuard::kHardCap);
    }

    void redirectsOutsideTheApiFail_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addRow("file") << u"file:///etc"_s;
        QTest::addRow("another port") << u"http://127.0.0.1:1"_s;
        QTest::addRow("user info") << u"http://github.com@127.0.0.1:%1"_s;
    }
    void redirectsOutsideTheApiFail()
    {
        QFETCH(QString, target);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::Redirect, u"/graphql"_s, -1);
        rule.redirectTo = target.contains("%1"_L1) ? target.arg(server.baseUrl().port()) : target;
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::BadResponse);
        QVERIFY2(run.error.message.contains(u"another address"_s), qPrintable(run.error.message));
        QCOMPARE(server.totalRequests(), 1); // the redirect itself, nothing after it
    }

    void nextLinkOutsideTheApiFails()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(1, 150)); // two pages of files
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::NextLink, u"/files"_s, -1);
        rule.redirectTo = u"file:///etc/passwd"_s;
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QSignalSpy failed(source.get(), &WeekSource::failed);
        source->loadPatches(kRepo, run.data.pulls.first());
        QVERIFY(failed.wait(20000));
        const LoadError error = failed.first().first().value<LoadError>();
        QCOMPARE(error.kind, LoadError::Kind::BadResponse);
        QVERIFY2(error.message.contains(u"another address"_s), qPrintable(error.message));
    }

    void hugeRetryAfterIsClamped()
    {
        const RateLimitPolicy policy;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto wait = policy.waitFor(429, {{"retry-after", "4294967297"}}, {}, now);
        QVERIFY(wait);
        QCOMPARE(wait->seconds, int(RateLimitPolicy::kMaxWaitSeconds));
        const auto beyond64 = policy.waitFor(429, {{"retry-after", "99999999999999999999999"}}, {}, now);
        QVERIFY(beyond64);
        QCOMPARE(beyond64->seconds, int(RateLimitPolicy::kMaxWaitSeconds));
        const auto farReset = policy.waitFor(403,
            {{"x-ratelimit-remaining", "0"},
                {"x-ratelimit-reset", QByteArray::number(now.toSecsSinceEpoch() + 4294967297LL)}},
            {}, now);
        QVERIFY(farReset);
        QCOMPARE(farReset->seconds, int(RateLimitPolicy::kMaxWaitSeconds));
    }

    void hugeRetryAfterFailsInsteadOfRetryingAtOnce()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule = fault(FaultRule::Kind::RateLimitSecondary, u"/graphql"_s);
        rule.status = 429;
        rule.retryAfterSeconds = 4294967297LL; // wraps to 1 s in 32 bits
        server.addFault(rule);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::RateLimited);
        QCOMPARE(server.totalRequests(), 1);
    }

    void hostileRepositoriesAreRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("name");
        QTest::addRow("user info in the host") << u"github.com@127.0.0.1"_s << u"widgets"_s;
        QTest::addRow("search qualifier in the name") << u"github.com"_s << u"widgets org:evil"_s;
    }
    void hostileRepositoriesAreRefusedBeforeAnyRequest()
    {
        QFETCH(QString, host);
        QFETCH(QString, name);
        RepoRef repo; // built directly, as a cache or a caller might, not through the parser
        repo.host = host;
        repo.owner = u"acme"_s;
        repo.name = name;
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        auto source = makeSource(server);
        const Run run = loadWeek(*source, repo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::BadInput);
        QCOMPARE(server.totalRequests(), 0);
    }

    void endpointsRefuseUserInfo()
    {
        QVERIFY(!GitHubEndpoint::forHost(u"github.com@127.0.0.1"_s).isValid());
        QVERIFY(!GitHubEndpoint::forHost(u"evil.example/x"_s).isValid());
        QVERIFY(!GitHubEndpoint::fromApiUrl(QUrl(u"http://user@127.0.0.1:8080"_s)).isValid());
        QCOMPARE(GitHubEndpoint::forHost(QString()).displayHost(), u"github.com"_s);
        const GitHubEndpoint ghe = GitHubEndpoint::forHost(u"GHE.example.com:8443"_s);
        QCOMPARE(ghe.restRoot(), QUrl(u"https://ghe.example.com:8443/api/v3"_s));
        QVERIFY(ghe.restRoot().userInfo().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGitHubHostile)
#include "tst_githubhostile.moc"
