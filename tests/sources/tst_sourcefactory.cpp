// SPDX-License-Identifier: MIT
// SourceFactory::create, the one place the window and the command line get their sources from: which stack each
// kind of repository gets, and that a remark of the keychain layer reaches the outermost source.
#include "demoweeksource.h"
#include "githubsource.h"
#include "gitsource.h"
#include "keychaintokensource.h"
#include "sourcefactory.h"
#include "weekcache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PrLens;
using namespace Qt::StringLiterals;

class TestSourceFactory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stacks_data()
    {
        QTest::addColumn<RepoRef>("repo");
        QTest::addColumn<bool>("keychain");
        QTest::addColumn<QString>("inner");
        QTest::addColumn<bool>("cached");
        QTest::addColumn<CachedWeekSource::Policy>("policy");
        const RepoRef github = RepoRef::parseGitHub(u"owner/repo"_s);
        QTest::addRow("GitHub, token given (command line)")
            << github << false << u"PrLens::GitHubSource"_s << true << CachedWeekSource::Policy::CacheFirst;
        QTest::addRow("GitHub, token from the keychain (window)")
            << github << true << u"PrLens::KeychainTokenSource"_s << true << CachedWeekSource::Policy::CacheFirst;
        QTest::addRow("local clone: always read again")
            << RepoRef::localGit(u"/nonexistent"_s) << true << u"PrLens::GitSource"_s << true
            << CachedWeekSource::Policy::Refresh;
        QTest::addRow("demo week: never cached") << DemoWeekSource::repo() << true << u"PrLens::DemoWeekSource"_s
                                                 << false << CachedWeekSource::Policy::Refresh;
    }
    void stacks()
    {
        QFETCH(RepoRef, repo);
        QFETCH(bool, keychain);
        QFETCH(QString, inner);
        QFETCH(bool, cached);
        QFETCH(CachedWeekSource::Policy, policy);
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));
        SourceFactory::Options options;
        options.tokenFromKeychain = keychain;
        options.savedHosts = true;
        QObject parent;
        CachedWeekSource *source = SourceFactory::create(repo, &cache, options, &parent);
        QVERIFY(source);
        QCOMPARE(source->parent(), &parent);
        QCOMPARE(QString::fromLatin1(source->inner()->metaObject()->className()), inner);
        QCOMPARE(source->cache() != nullptr, cached);
        QCOMPARE(source->policy(), policy);
        if (auto *chain = qobject_cast<KeychainTokenSource *>(source->inner()))
            QVERIFY(chain->github());
    }

    void theKeychainsRemarkReachesTheOuterSource()
    {
        SourceFactory::Options options;
        options.tokenFromKeychain = true;
        std::unique_ptr<CachedWeekSource> source(
            SourceFactory::create(RepoRef::parseGitHub(u"owner/repo"_s), nullptr, options));
        QSignalSpy notices(source.get(), &WeekSource::notice);
        Q_EMIT source->inner()->notice(u"No keychain is available."_s);
        QCOMPARE(notices.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSourceFactory)
#include "tst_sourcefactory.moc"
