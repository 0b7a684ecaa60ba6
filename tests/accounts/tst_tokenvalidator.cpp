// SPDX-License-Identifier: MIT
// TokenValidator against the loopback GitHub server: login, scopes, rate limit, clear errors, and the token
// only ever sent to the account's own API host.
#include "fakegithubserver.h"
#include "githubendpoint.h"
#include "tokenvalidator.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using PrLens::FakeGitHubServer;
using PrLens::FaultRule;
using PrLens::HostAccount;
using PrLens::TokenCheck;
using PrLens::TokenValidator;

class TestTokenValidator : public QObject {
    Q_OBJECT

    static HostAccount accountFor(const QUrl &base, const QString &prefix = {})
    {
        HostAccount a;
        a.host = base.host() + u':' + QString::number(base.port());
        a.apiUrl = QUrl(base.toString() + prefix);
        a.graphqlUrl = QUrl(base.toString() + u"/graphql"_s);
        return a;
    }

    // Runs one validation; returns the result or the failure message.
    static std::pair<std::optional<TokenCheck>, QString> run(const HostAccount &account, const QString &token)
    {
        TokenValidator validator;
        validator.setTimeout(10000);
        QSignalSpy finished(&validator, &TokenValidator::finished);
        QSignalSpy failed(&validator, &TokenValidator::failed);
        validator.validate(account, token);
        if (!QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 20000))
            return {std::nullopt, u"<timeout>"_s};
        if (!failed.isEmpty())
            return {std::nullopt, failed.first().at(0).toString()};
        return {finished.first().at(0).value<TokenCheck>(), {}};
    }

private Q_SLOTS:
    void goodToken_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addRow("github.com layout") << QString();
        QTest::addRow("Enterprise /api/v3 layout") << u"/api/v3"_s;
    }
    void goodToken()
    {
        QFETCH(QString, prefix);
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setRateLimit(1234);
        server.setTokens({{u"ghp_good_alice"_s, u"alice"_s}, {u"ghp_good_bob"_s, u"bob"_s}});
        const auto [check, error] = run(accountFor(server.baseUrl(), prefix), u"ghp_good_bob"_s);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(check->login, u"bob"_s);
        QVERIFY(check->authenticated);
        QVERIFY(check->scopesReported);
        QCOMPARE(check->scopes, (QStringList {u"repo"_s, u"read:org"_s}));
        QCOMPARE(check->rateLimit, 1234);
        QVERIFY(check->rateRemaining > 0 && check->rateRemaining <= 1234);
        QVERIFY(check->rateReset > QDateTime::currentDateTimeUtc());
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 2);
        for (const auto &r : requests) {
            QCOMPARE(r.headers.value("authorization"), QByteArray("Bearer ghp_good_bob"));
            // The same User-Agent as every other request PR Lens sends to GitHub.
            QCOMPARE(r.headers.value("user-agent"), PrLens::GitHubEndpoint::userAgent());
        }
        QCOMPARE(requests.at(0).path, prefix + u"/user"_s);
        QCOMPARE(requests.at(1).path, prefix + u"/rate_limit"_s);
    }

    void badToken()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setTokens({{u"ghp_good"_s, u"alice"_s}});
        const QString token = u"ghp_WRONG_0123456789"_s;
        const auto [check, error] = run(accountFor(server.baseUrl()), token);
        QVERIFY(!check);
        QVERIFY2(error.contains(u"401"_s), qPrintable(error));
        QVERIFY2(error.contains(u"Bad credentials"_s), qPrintable(error));
        QVERIFY(!error.contains(token));
    }

    void withoutToken()
    {
        FakeGitHubServer server;
        QVERIFY(server.listen());
        server.setRateLimit(60);
        const auto [check, error] = run(accountFor(server.baseUrl()), QString());
        QVERIFY2(check, qPrintable(error));
        QVERIFY(!check->authenticated);
        QCOMPARE(check->rateLimit, 60);
        const auto requests = server.requests();
        QCOMPARE(requests.size(), 1);
        QVERIFY(!requests.first().headers.contains("authorization"));
    }

    void redirectToAnotherHostIsNotFollowed()
    {
        FakeGitHubServer api;
        FakeGitHubServer other;
        QVERIFY(api.listen());
        QVERIFY(other.listen());
        FaultRule rule;
        rule.kind = FaultRule::Kind::Redirect;
        rule.pathContains = u"/user"_s;
        rule.redirectTo = u"http://localhost:"_s + QString::number(other.baseUrl().port());
        api.addFault(rule);
        const auto [check, error] = run(accountFor(api.baseUrl()), u"ghp_REDIRECT_0123"_s);
        QVERIFY(!check);
        QVERIFY2(error.contains(u"redirect"_s), qPrintable(error));
        QCOMPARE(other.totalRequests(), 0);
        QVERIFY(other.requests().isEmpty());
    }

    void unreachableHost()
    {
        QTcpServer probe; // find a free port, then close it: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const auto [check, error] = run(accountFor(QUrl(u"http://127.0.0.1:"_s + QString::number(port))), u"ghp_x"_s);
        QVERIFY(!check);
        QVERIFY2(error.startsWith(u"Could not reach"_s), qPrintable(error));
    }

    void invalidAccount()
    {
        HostAccount a = HostAccount::enterprise(u"ghe.corp"_s);
        a.apiUrl = QUrl(u"not a url"_s);
        const auto [check, error] = run(a, u"ghp_x"_s);
        QVERIFY(!check);
        QVERIFY2(error.contains(u"not a valid"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "tst_tokenvalidator.moc"
