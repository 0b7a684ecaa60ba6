// SPDX-License-Identifier: MIT
// Recorded real GitHub answers (shared/reference/fixtures) replayed through the loopback server, and what PR Lens
// does with each: a refused token, the quota used up with and without its reset time, a secondary limit with
// Retry-After, a 502, and a real page of a pull request's files.
#include "githubtestsupport.h"

#include <QFile>
#include <QJsonDocument>

using namespace PrLens;
using namespace PrLens::TestSupport;
using namespace Qt::StringLiterals;

namespace {

const RepoRef kRepo = RepoRef::parseGitHub(u"acme/widgets"_s);

/// Interaction @p index of a recording converted to JSON (derived/PyGithub-ReplayData-as-json).
QJsonObject recording(const QString &file, int index)
{
    QFile f(QStringLiteral(PRLENS_SHARED_DIR) + u"/reference/fixtures/derived/PyGithub-ReplayData-as-json/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).array().at(index).toObject();
}

/// A fault that answers as the recording did, on requests whose path contains @p path.
FaultRule replay(const QJsonObject &rec, const QString &path, int times = 1)
{
    FaultRule rule;
    rule.kind = FaultRule::Kind::Recorded;
    rule.pathContains = path;
    rule.times = times;
    rule.status = rec.value("status"_L1).toInt();
    const QJsonArray headers = rec.value("response_headers"_L1).toArray();
    for (const QJsonValue &h : headers)
        rule.recordedHeaders.append({h.toArray().at(0).toString().toUtf8(), h.toArray().at(1).toString().toUtf8()});
    rule.recordedBody
        = QJsonDocument::fromVariant(rec.value("body_json"_L1).toVariant()).toJson(QJsonDocument::Compact);
    return rule;
}

QStringList ledgerArgs(const WeekData &d, const QString &what)
{
    for (const LedgerEntry &e : d.ledger) {
        if (e.what == what)
            return e.args;
    }
    return {u"(none)"_s};
}

std::unique_ptr<GitHubSource> quickSource(const FakeGitHubServer &server)
{
    auto source = makeSource(server);
    RequestPolicy p = fastPolicy();
    p.rateLimitSecondMs = 1;
    p.releaseSpacingMs = 0;
    p.jitter = [] {
        return 0.0;
    };
    source->setPolicy(p);
    return source;
}

} // namespace

class TestGitHubReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerTypes();
        if (recording(u"SpecificExceptions.testBadCredentials.json"_s, 0).isEmpty())
            QSKIP("the shared reference fixtures are not there");
    }

    void badCredentialsStopTheLoad()
    {
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        server.addFault(replay(recording(u"SpecificExceptions.testBadCredentials.json"_s, 0), u"/graphql"_s, -1));
        auto source = quickSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY(!run.finished);
        QCOMPARE(run.error.kind, LoadError::Kind::Unauthorized);
        QVERIFY2(run.error.message.contains("401"_L1), qPrintable(run.error.message));
        QCOMPARE(server.totalRequests(), 1);
    }

    void quotaUsedUpIsWaitedOut_data()
    {
        QTest::addColumn<bool>("withReset");
        QTest::addRow("403, remaining 0, no reset (as recorded in 2013)") << false;
        QTest::addRow("403, remaining 0, reset in 2 s") << true;
    }
    void quotaUsedUpIsWaitedOut()
    {
        QFETCH(bool, withReset);
        const QJsonObject rec = recording(u"SpecificExceptions.testRateLimitExceeded.json"_s, 1);
        QCOMPARE(rec.value("status"_L1).toInt(), 403);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        FaultRule rule = replay(rec, u"/graphql"_s);
        if (withReset)
            rule.recordedHeaders.append(
                {"X-RateLimit-Reset", QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2)});
        server.addFault(rule);
        auto source = quickSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 3);
        const int waited = ledgerArgs(run.data, u"rateLimit"_s).value(0).toInt();
        if (withReset)
            QVERIFY2(waited >= 1 && waited <= 3, qPrintable(QString::number(waited)));
        else
            QCOMPARE(waited, fastPolicy().secondaryWaitSeconds); // no time given: the default wait
    }

    void secondaryLimitHonoursRetryAfter()
    {
        const QJsonObject rec = recording(u"SpecificExceptions.testAuthenticatedRateLimitExceeded.json"_s, 1);
        QCOMPARE(rec.value("status"_L1).toInt(), 403);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3));
        QVERIFY(server.listen() != 0);
        server.addFault(replay(rec, u"/graphql"_s));
        auto source = quickSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(ledgerArgs(run.data, u"secondaryRateLimit"_s).value(0), u"60"_s);
    }

    void serverErrorGetsSmallerPages()
    {
        const QJsonObject rec = recording(u"Retry.testRaisesRetryErrorAfterMaxRetries.json"_s, 0);
        QCOMPARE(rec.value("status"_L1).toInt(), 502);
        FakeGitHubServer server;
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(30));
        QVERIFY(server.listen() != 0);
        server.addFault(replay(rec, u"/graphql"_s));
        auto source = quickSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QCOMPARE(run.data.pulls.size(), 30);
        QCOMPARE(ledgerArgs(run.data, u"search"_s), (QStringList {u"50"_s, u"25"_s}));
    }

    void realFilesPageIsRead()
    {
        const QJsonObject rec = recording(u"PullRequest.testGetFiles.json"_s, 0);
        const QJsonArray recorded = rec.value("body_json"_L1).toArray();
        QVERIFY(recorded.size() > 40);
        FakeGitHubServer server;
        QJsonArray pulls = syntheticWeek(1);
        QJsonObject pr = pulls.at(0).toObject();
        pr.insert("files"_L1, recorded);
        pr.insert("changed_files"_L1, int(recorded.size()));
        pulls.replace(0, pr);
        server.addPulls(u"acme"_s, u"widgets"_s, pulls);
        QVERIFY(server.listen() != 0);
        server.addFault(replay(rec, u"/files"_s, -1)); // every files page is the recorded one
        auto source = quickSource(server);
        const Run run = loadWeek(*source, kRepo, kWeek, kZone);
        QVERIFY2(run.finished, qPrintable(run.error.message));
        QSignalSpy patches(source.get(), &WeekSource::patchesLoaded);
        source->loadPatches(kRepo, run.data.pulls.first());
        QVERIFY(patches.wait(10000));
        const QList<FileChange> files = patches.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), recorded.size());
        for (qsizetype i = 0; i < recorded.size(); ++i) {
            const QJsonObject f = recorded.at(i).toObject();
            const FileChange &got = files.at(i);
            QCOMPARE(got.path, f.value("filename"_L1).toString());
            QCOMPARE(got.additions, f.value("additions"_L1).toInt());
            QCOMPARE(got.deletions, f.value("deletions"_L1).toInt());
            QCOMPARE(got.hasPatch, f.contains("patch"_L1));
            QCOMPARE(got.patch, f.value("patch"_L1).toString());
            QVERIFY(!got.binary);
            QVERIFY(!got.patchTruncated);
        }
    }
};

QTEST_GUILESS_MAIN(TestGitHubReplay)
#include "tst_githubreplay.moc"
