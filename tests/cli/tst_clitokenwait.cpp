// SPDX-License-Identifier: MIT
// CliBackend::resolveTokenWaiting: the token as the backend finds it, or none once the keychain has been waited for;
// the command hears exactly once either way.
#include "clibackend.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace PrLens;
using namespace PrLens::Cli;

namespace {

/// A backend whose keychain answers at once, or later when the test says so (never, unless told).
class KeychainBackend : public CliBackend {
public:
    std::optional<QString> immediateToken; ///< answer at once with this token
    TokenCallback pending; ///< the answer held back

    CachedWeekSource *createSource(const RepoRef &, WeekCache *, SourceFactory::Options, QObject *) override
    {
        return nullptr;
    }
    void resolveToken(const QString &, QObject *, TokenCallback done) override
    {
        if (immediateToken)
            done(*immediateToken, u"from the environment"_s);
        else
            pending = std::move(done);
    }
};

struct Heard {
    int calls = 0;
    QString token;
    QString notice;
    bool timedOut = false;
};

CliBackend::WaitedTokenCallback recorder(Heard *heard)
{
    return [heard](const QString &token, const QString &notice, bool timedOut) {
        ++heard->calls;
        heard->token = token;
        heard->notice = notice;
        heard->timedOut = timedOut;
    };
}

} // namespace

class TestCliTokenWait : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answerBeforeTheWaitIsTakenOnce()
    {
        KeychainBackend backend;
        backend.immediateToken = u"tok"_s;
        QObject context;
        Heard heard;
        backend.resolveTokenWaiting(u"github.com"_s, &context, recorder(&heard), 10);
        QCOMPARE(heard.calls, 1);
        QCOMPARE(heard.token, u"tok"_s);
        QCOMPARE(heard.notice, u"from the environment"_s);
        QVERIFY(!heard.timedOut);
        QTest::qWait(50); // the wait, had it been started, would have ended by now: still heard once
        QCOMPARE(heard.calls, 1);
    }

    void silentKeychainGoesOnWithoutAToken()
    {
        KeychainBackend backend;
        QObject context;
        Heard heard;
        backend.resolveTokenWaiting(u"github.com"_s, &context, recorder(&heard), 10);
        QCOMPARE(heard.calls, 0);
        QTRY_COMPARE(heard.calls, 1);
        QVERIFY(heard.token.isEmpty());
        QVERIFY(heard.timedOut);
        QCOMPARE(heard.notice, u"The system keychain did not answer; continuing without a token."_s);

        // The keychain answering after all changes nothing.
        QVERIFY(backend.pending);
        backend.pending(u"late"_s, QString());
        QCOMPARE(heard.calls, 1);
        QVERIFY(heard.token.isEmpty());
    }

    void keychainAnsweringInTimeStopsTheWait()
    {
        KeychainBackend backend;
        QObject context;
        Heard heard;
        backend.resolveTokenWaiting(u"github.com"_s, &context, recorder(&heard), 60000);
        QVERIFY(backend.pending);
        backend.pending(u"saved"_s, QString());
        QCOMPARE(heard.calls, 1);
        QCOMPARE(heard.token, u"saved"_s);
        QVERIFY(!heard.timedOut);
    }

    void waitEndsWithItsContext()
    {
        KeychainBackend backend;
        Heard heard;
        {
            QObject context;
            backend.resolveTokenWaiting(u"github.com"_s, &context, recorder(&heard), 10);
        }
        QTest::qWait(50);
        QCOMPARE(heard.calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliTokenWait)
#include "tst_clitokenwait.moc"
