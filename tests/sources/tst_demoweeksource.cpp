// SPDX-License-Identifier: MIT
#include "demoweeksource.h"
#include "sourcefactory.h"
#include "weekcache.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

/// The week bundled with the program: read offline from its resources, complete, with patches.
class TestDemoWeekSource : public QObject {
    Q_OBJECT
private:
    static constexpr int DatasetPullCount = 199; // the dataset's README and stats.json: 199 PRs in the UTC+8 week

    static WeekData loadWeek(WeekSource &source, IsoWeek week = DemoWeekSource::week())
    {
        QSignalSpy finished(&source, &WeekSource::finished);
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(DemoWeekSource::repo(), week, DemoWeekSource::zone());
        if (!finished.wait(20000) && failed.isEmpty())
            qWarning("the demo week did not load");
        return finished.isEmpty() ? WeekData() : finished.first().first().value<WeekData>();
    }

private Q_SLOTS:
    void loadsTheBundledWeek()
    {
        DemoWeekSource source;
        const WeekData week = loadWeek(source);
        QCOMPARE(week.pulls.size(), DatasetPullCount);
        QCOMPARE(week.repo, DemoWeekSource::repo());
        QCOMPARE(week.repo.kind, RepoRef::Kind::Demo);
        QCOMPARE(week.week.toString(), u"2026-W13"_s);
        QCOMPARE(week.zone.toString(), u"+08:00"_s);
        QVERIFY(!week.fromCache);
        // Newest merge first, every one inside the week.
        for (qsizetype i = 0; i < week.pulls.size(); ++i) {
            QVERIFY(week.range().contains(week.pulls.at(i).mergedAt));
            if (i > 0)
                QVERIFY(week.pulls.at(i - 1).mergedAt >= week.pulls.at(i).mergedAt);
        }
    }

    void agreesWithTheSharedDataset()
    {
        const QString stats
            = QStringLiteral(PRLENS_SHARED_DIR) + u"/datasets/vllm-project__vllm/2026-03-23_2026-03-29/stats.json"_s;
        QFile file(stats);
        if (!file.open(QIODevice::ReadOnly))
            QSKIP("the shared dataset is not next to the repository");
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        const std::optional<WeekData> week = DemoWeekSource::bundledWeek();
        QVERIFY(week);
        QCOMPARE(week->pulls.size(), o.value("pr_count"_L1).toInt());
    }

    void servesPatches()
    {
        DemoWeekSource source;
        const WeekData week = loadWeek(source);
        QVERIFY(!week.pulls.isEmpty());
        const PullRequest &pr = week.pulls.first();
        QSignalSpy patches(&source, &WeekSource::patchesLoaded);
        source.loadPatches(week.repo, pr);
        QVERIFY(patches.wait(5000));
        QCOMPARE(patches.first().at(0).toInt(), pr.number);
        const auto files = patches.first().at(1).value<QList<FileChange>>();
        QCOMPARE(files.size(), pr.files.size());
        int withPatch = 0;
        for (const PullRequest &p : week.pulls)
            for (const FileChange &f : p.files)
                withPatch += f.hasPatch && !f.patch.isEmpty() ? 1 : 0;
        QVERIFY2(withPatch > 500, qPrintable(QString::number(withPatch)));
    }

    void anotherWeekIsNotFound()
    {
        DemoWeekSource source;
        QSignalSpy failed(&source, &WeekSource::failed);
        source.load(DemoWeekSource::repo(), DemoWeekSource::week().previous(), DemoWeekSource::zone());
        QVERIFY(failed.wait(5000));
        const auto error = failed.first().first().value<LoadError>();
        QCOMPARE(error.kind, LoadError::Kind::NotFound);
        QVERIFY2(error.message.contains(u"2026-W13"_s), qPrintable(error.message));
    }

    void isNeverCopiedIntoTheCache()
    {
        // The factory serves the demo even "offline", and leaves the user's cache as it was.
        QTemporaryDir dir;
        WeekCache cache;
        QVERIFY(cache.open(dir.filePath(u"cache.sqlite"_s)));
        SourceFactory::Options options;
        options.policy = CachedWeekSource::Policy::Offline;
        std::unique_ptr<CachedWeekSource> source(SourceFactory::createLocal(DemoWeekSource::repo(), &cache, options));
        QVERIFY(qobject_cast<DemoWeekSource *>(source->inner()));
        QCOMPARE(loadWeek(*source).pulls.size(), DatasetPullCount);
        QVERIFY(!cache.week(DemoWeekSource::repo(), DemoWeekSource::week(), DemoWeekSource::zone()));
    }

    void demoRepositoryRoundTrips()
    {
        const RepoRef demo = DemoWeekSource::repo();
        QCOMPARE(demo.key(), u"demo:vllm-project/vllm"_s);
        QCOMPARE(demo.displayName(), u"vllm-project/vllm"_s);
        QVERIFY(demo.isValid());
        QVERIFY(!(demo == RepoRef::parseGitHub(u"vllm-project/vllm")));
        WeekData data;
        data.repo = demo;
        QCOMPARE(WeekData::fromJson(data.toJson()).repo, demo);
    }
};

QTEST_GUILESS_MAIN(TestDemoWeekSource)
#include "tst_demoweeksource.moc"
