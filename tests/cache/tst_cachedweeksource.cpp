// SPDX-License-Identifier: MIT
#include "cachedweeksource.h"
#include "testweeks.h"
#include "weekcache.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace PrLens;

/// A scripted inner source: answers each load with the week or the error it was given, from the event loop.
class FakeSource : public WeekSource {
    Q_OBJECT
public:
    using WeekSource::WeekSource;
    std::optional<WeekData> nextWeek;
    LoadError nextError;
    QList<FileChange> nextPatches;
    int loads = 0;
    int patchLoads = 0;

    void load(const RepoRef &repo, IsoWeek week, UtcOffset zone) override
    {
        ++loads;
        QTimer::singleShot(0, this, [this, repo, week, zone] {
            Q_EMIT progress(1, 2, u"halfway"_s);
            if (nextError.isError()) {
                Q_EMIT failed(nextError);
                return;
            }
            WeekData d = nextWeek.value_or(WeekData());
            d.repo = repo;
            d.week = week;
            d.zone = zone;
            Q_EMIT finished(d);
        });
    }
    void loadPatches(const RepoRef &, const PullRequest &pr) override
    {
        ++patchLoads;
        const int number = pr.number;
        QTimer::singleShot(0, this, [this, number] {
            if (nextError.isError())
                Q_EMIT failed(nextError);
            else
                Q_EMIT patchesLoaded(number, nextPatches);
        });
    }
    void loadWeekPatches(const RepoRef &, const QList<PullRequest> &pulls) override { finishWeekPatchesUnread(pulls); }
    void cancel() override { }
};

class TestCachedWeekSource : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    const RepoRef m_repo = RepoRef::parseGitHub(u"owner/repo");
    const IsoWeek m_week {2026, 13};
    const UtcOffset m_zone {8 * 3600};

    struct Rig {
        WeekCache cache;
        FakeSource *fake = new FakeSource;
        CachedWeekSource source {fake, &cache};
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cacheFirstServesSecondLoadWithoutRequest()
    {
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"first.sqlite"_s)));
        rig.fake->nextWeek = TestWeeks::week(m_repo, 4);
        QSignalSpy done(&rig.source, &WeekSource::finished);
        QSignalSpy progress(&rig.source, &WeekSource::progress);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 1);
        QVERIFY(!progress.isEmpty());
        const auto first = done.takeFirst().first().value<WeekData>();
        QVERIFY(!first.fromCache);
        QCOMPARE(first.pulls.size(), 4);

        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 1);
        const auto second = done.takeFirst().first().value<WeekData>();
        QVERIFY(second.fromCache);
        QCOMPARE(second.pulls, first.pulls);
    }

    void cachedWeekHasPatchTextOnlyWhenAskedFor()
    {
        // An earlier week read for its figures (patches not asked for with the week) comes from the cache without
        // its patch text, as the source would give it; the week on show comes with it.
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"patchtext.sqlite"_s)));
        WeekData stored = TestWeeks::week(m_repo, 2);
        stored.week = m_week;
        stored.zone = m_zone;
        for (PullRequest &pr : stored.pulls) {
            QVERIFY(!pr.files.isEmpty());
            pr.patchesLoaded = true;
            for (FileChange &f : pr.files) {
                f.hasPatch = true;
                f.patch = u"@@ -1 +1 @@\n-old\n+new"_s;
            }
        }
        QVERIFY(rig.cache.storeWeek(stored));
        QSignalSpy done(&rig.source, &WeekSource::finished);

        rig.source.setPatchesWithWeek(true);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        const auto withText = done.takeFirst().first().value<WeekData>();
        QVERIFY(withText.fromCache);
        QCOMPARE(withText.pullsWithoutPatches(), 0);
        QCOMPARE(withText.pulls.first().files.first().patch, u"@@ -1 +1 @@\n-old\n+new"_s);

        rig.source.setPatchesWithWeek(false);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        const auto figuresOnly = done.takeFirst().first().value<WeekData>();
        QVERIFY(figuresOnly.fromCache);
        QCOMPARE(figuresOnly.pulls.size(), stored.pulls.size());
        QCOMPARE(figuresOnly.pullsWithoutPatches(), stored.pulls.size());
        for (const PullRequest &pr : figuresOnly.pulls) {
            QCOMPARE(pr.files.size(), stored.find(pr.number)->files.size());
            for (const FileChange &f : pr.files)
                QVERIFY(f.patch.isEmpty());
        }
        QCOMPARE(rig.fake->loads, 0);
    }

    void refreshReplacesOnSuccessKeepsOnFailure()
    {
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"refresh.sqlite"_s)));
        const WeekData old = TestWeeks::week(m_repo, 2, u"[Old]"_s);
        QVERIFY(rig.cache.storeWeek([&] {
            WeekData d = old;
            d.week = m_week;
            d.zone = m_zone;
            return d;
        }()));
        rig.source.setPolicy(CachedWeekSource::Policy::Refresh);
        QSignalSpy done(&rig.source, &WeekSource::finished);
        QSignalSpy failed(&rig.source, &WeekSource::failed);

        rig.fake->nextError = LoadError {LoadError::Kind::Network, u"no route"_s};
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(failed.wait());
        QCOMPARE(rig.fake->loads, 1);
        QCOMPARE(done.count(), 0);
        QCOMPARE(failed.takeFirst().first().value<LoadError>().kind, LoadError::Kind::Network);
        QCOMPARE(rig.cache.week(m_repo, m_week, m_zone)->pulls, old.pulls);

        rig.fake->nextError = {};
        rig.fake->nextWeek = TestWeeks::week(m_repo, 5, u"[New]"_s);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 2);
        QVERIFY(!done.first().first().value<WeekData>().fromCache);
        QCOMPARE(rig.cache.week(m_repo, m_week, m_zone)->pulls, rig.fake->nextWeek->pulls);
    }

    void refreshingAsksTheInnerSourceOnce()
    {
        // What the window's Refresh does: the week is read again although cached; the weeks after it are not.
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"refreshing.sqlite"_s)));
        rig.fake->nextWeek = TestWeeks::week(m_repo, 3);
        QSignalSpy done(&rig.source, &WeekSource::finished);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 1);

        rig.source.setRefreshing(true);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 2);
        QVERIFY(!done.last().first().value<WeekData>().fromCache);
        QCOMPARE(rig.source.policy(), CachedWeekSource::Policy::CacheFirst);

        rig.source.setRefreshing(false);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(done.wait());
        QCOMPARE(rig.fake->loads, 2);
        QVERIFY(done.last().first().value<WeekData>().fromCache);
    }

    void refreshingLeavesOfflineOffline()
    {
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"refreshing-offline.sqlite"_s)));
        rig.source.setPolicy(CachedWeekSource::Policy::Offline);
        rig.source.setRefreshing(true);
        QSignalSpy failed(&rig.source, &WeekSource::failed);
        rig.source.load(m_repo, m_week, m_zone);
        QVERIFY(failed.wait());
        QCOMPARE(rig.fake->loads, 0);
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::NotFound);
    }

    void innerNoticesArePassedOn()
    {
        Rig rig;
        QSignalSpy notices(&rig.source, &WeekSource::notice);
        Q_EMIT rig.fake->notice(u"no keychain"_s);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.first().first().toString(), u"no keychain"_s);
    }

    void offline_data()
    {
        QTest::addColumn<bool>("cached");
        QTest::addRow("week in cache") << true;
        QTest::addRow("week not in cache") << false;
    }
    void offline()
    {
        QFETCH(bool, cached);
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"offline-%1.sqlite"_s.arg(cached))));
        if (cached) {
            WeekData d = TestWeeks::week(m_repo, 3);
            QVERIFY(rig.cache.storeWeek(d));
        }
        rig.source.setPolicy(CachedWeekSource::Policy::Offline);
        QSignalSpy done(&rig.source, &WeekSource::finished);
        QSignalSpy failed(&rig.source, &WeekSource::failed);
        rig.source.load(m_repo, m_week, m_zone);
        QTRY_COMPARE(done.count() + failed.count(), 1);
        QCOMPARE(rig.fake->loads, 0);
        if (cached) {
            QCOMPARE(done.first().first().value<WeekData>().pulls.size(), 3);
            QVERIFY(done.first().first().value<WeekData>().fromCache);
        } else {
            const auto error = failed.first().first().value<LoadError>();
            QCOMPARE(error.kind, LoadError::Kind::NotFound);
            QVERIFY(error.message.contains(u"2026-W13"_s));
            QVERIFY(error.message.contains(u"owner/repo"_s));
            QVERIFY(error.message.contains(u"refresh"_s));
        }
    }

    void patchesCachedAfterFirstLoad()
    {
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"patches.sqlite"_s)));
        const PullRequest pr = TestWeeks::pull(42, u"x"_s, {TestWeeks::file(u"a.cpp"_s, 1, 1)});
        rig.fake->nextPatches = {TestWeeks::file(u"a.cpp"_s, 1, 1, u"@@ -1 +1 @@\n-a\n+b"_s)};
        QSignalSpy patches(&rig.source, &WeekSource::patchesLoaded);
        rig.source.loadPatches(m_repo, pr);
        QVERIFY(patches.wait());
        QCOMPARE(rig.fake->patchLoads, 1);
        QCOMPARE(patches.first().at(0).toInt(), 42);
        QCOMPARE(patches.first().at(1).value<QList<FileChange>>(), rig.fake->nextPatches);

        rig.source.setPolicy(CachedWeekSource::Policy::Offline);
        rig.source.loadPatches(m_repo, pr);
        QVERIFY(patches.wait());
        QCOMPARE(rig.fake->patchLoads, 1);
        QCOMPARE(patches.last().at(1).value<QList<FileChange>>(), rig.fake->nextPatches);

        // Another merge of the same number (a re-created repository) is not served from the old entry.
        PullRequest other = pr;
        other.mergeCommitSha = u"ffff"_s;
        QSignalSpy failed(&rig.source, &WeekSource::failed);
        rig.source.loadPatches(m_repo, other);
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::NotFound);
    }

    void cancelDropsPendingCacheAnswer()
    {
        Rig rig;
        QVERIFY(rig.cache.open(m_dir.filePath(u"cancel.sqlite"_s)));
        QVERIFY(rig.cache.storeWeek(TestWeeks::week(m_repo, 1)));
        QSignalSpy done(&rig.source, &WeekSource::finished);
        QSignalSpy failed(&rig.source, &WeekSource::failed);
        rig.source.load(m_repo, m_week, m_zone);
        rig.source.cancel();
        QVERIFY(failed.wait());
        QCOMPARE(failed.first().first().value<LoadError>().kind, LoadError::Kind::Cancelled);
        QCOMPARE(done.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCachedWeekSource)
#include "tst_cachedweeksource.moc"
