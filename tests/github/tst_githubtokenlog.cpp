// SPDX-License-Identifier: MIT
// With every PR Lens logging category on, a GitHub load with a token (the week, its patches one by one and all at
// once, through the cache) against the loopback GitHub server logs what it asks for, and never the token.
#include "cachedweeksource.h"
#include "githubtestsupport.h"
#include "weekcache.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTemporaryDir>

using namespace PrLens;
using namespace PrLens::TestSupport;

namespace {

struct Captured {
    QMutex mutex;
    QStringList messages; ///< "category: message"
};
Captured *captured = nullptr;
QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (captured) {
        QMutexLocker lock(&captured->mutex);
        captured->messages.append(QString::fromUtf8(context.category ? context.category : "") + u": "_s + message);
    }
    if (previousHandler && type != QtDebugMsg)
        previousHandler(type, context, message);
}

} // namespace

class TestGitHubTokenLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerTypes();
        qRegisterMetaType<PullPatches>();
        QLoggingCategory::setFilterRules(u"prlens.*.debug=true"_s);
        captured = new Captured;
        previousHandler = qInstallMessageHandler(capture);
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(previousHandler);
        delete captured;
        captured = nullptr;
    }

    void theTokenNeverReachesTheLog()
    {
        FakeGitHubServer server;
        server.setTokens({{kToken, u"octocat"_s}}); // the token is needed: every request carries it
        server.addPulls(u"acme"_s, u"widgets"_s, syntheticWeek(3, 120)); // file pages past the first
        QVERIFY(server.listen() != 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));

        auto github = makeSource(server);
        const RepoRef repo = RepoRef::parseGitHub(u"acme/widgets"_s);
        // The week through the cache, then one PR's patches and the rest of the week's.
        CachedWeekSource source(github.release(), &cache);
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(repo, kWeek, kZone);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<LoadError>().message));
        const WeekData week = finished.first().first().value<WeekData>();
        QCOMPARE(week.pulls.size(), 3);

        QSignalSpy patches(&source, &WeekSource::patchesLoaded);
        source.loadPatches(repo, week.pulls.first());
        QVERIFY(QTest::qWaitFor([&] { return !patches.isEmpty() || failed.size() > 0; }, 60000));
        QSignalSpy weekPatches(&source, &WeekSource::weekPatchesFinished);
        source.loadWeekPatches(repo, week.pulls);
        QVERIFY(QTest::qWaitFor([&] { return !weekPatches.isEmpty() || failed.size() > 0; }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<LoadError>().message));
        QVERIFY(server.totalRequests() > 0);

        QMutexLocker lock(&captured->mutex);
        const QStringList messages = captured->messages;
        lock.unlock();
        // Something was logged about the requests and the cache writes, so the check below has teeth.
        QVERIFY(messages.filter(u"prlens.github: "_s).size() >= server.totalRequests());
        QVERIFY(!messages.filter(u"prlens.cache: "_s).isEmpty());
        const QByteArray token = kToken.toUtf8();
        const QStringList forbidden {kToken, QString::fromLatin1(token.toBase64()),
            QString::fromLatin1(token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
            QString::fromLatin1(token.toPercentEncoding()), u"Bearer "_s};
        for (const QString &message : messages) {
            for (const QString &secret : forbidden)
                QVERIFY2(!message.contains(secret), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestGitHubTokenLog)
#include "tst_githubtokenlog.moc"
