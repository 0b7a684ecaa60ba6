// SPDX-License-Identifier: MIT
#include "demoweeksource.h"
#include "gittestrepo.h"
#include "startrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PrLens;

/// What a first start opens: the clone it is started from when it lands pull requests, else the demo week.
class TestStartRepository : public QObject {
    Q_OBJECT
private:
    /// "Now" for every case: Wednesday of 2026-W20.
    static QDateTime now() { return QDateTime(QDate(2026, 5, 13), QTime(12, 0), QTimeZone::UTC); }
    static QString daysAgo(int days) { return now().addDays(-days).toString(Qt::ISODate); }

    QTemporaryDir m_dir;

    GitTestRepo repoWith(const QString &name, const QList<std::pair<QString, QString>> &commits)
    {
        GitTestRepo repo(m_dir.filePath(name));
        repo.init();
        int i = 0;
        for (const auto &[message, date] : commits) {
            repo.write(u"file.txt"_s, QByteArray::number(++i));
            repo.commit(message, date, u"Ann <ann@example.com>"_s);
        }
        return repo;
    }

private Q_SLOTS:
    void cloneWithRecentPullRequestsIsChosen()
    {
        const GitTestRepo repo = repoWith(u"squash"_s,
            {{u"Start"_s, daysAgo(30)}, {u"Add the parser (#12)"_s, daysAgo(16)},
                {u"Fix a typo directly"_s, daysAgo(2)}});
        const UtcOffset zone(0);
        QDir().mkpath(repo.path() + u"/src/deep"_s);
        const auto choice = StartRepository::choose({repo.path() + u"/src/deep"_s}, zone, now());
        QVERIFY(!choice.isDemo());
        QCOMPARE(choice.repo, RepoRef::localGit(repo.path()));
        // The week of the newest pull request, not of the newest (direct) commit.
        QCOMPARE(choice.week, IsoWeek::containing(now().addDays(-16), zone));
    }

    void mergeCommitsCountAsPullRequests()
    {
        const GitTestRepo repo = repoWith(u"merge"_s,
            {{u"Start"_s, daysAgo(30)}, {u"Merge pull request #7 from ann/feature\n\nFeature"_s, daysAgo(3)}});
        const auto week = StartRepository::latestPullRequestWeek(repo.path(), UtcOffset(0), now());
        QVERIFY(week);
        QCOMPARE(*week, IsoWeek::containing(now().addDays(-3), UtcOffset(0)));
    }

    void cloneWithoutPullRequestsGivesTheDemo()
    {
        const GitTestRepo repo = repoWith(u"direct"_s, {{u"Start"_s, daysAgo(20)}, {u"More"_s, daysAgo(1)}});
        const auto choice = StartRepository::choose({repo.path()}, UtcOffset(0), now());
        QVERIFY(choice.isDemo());
        QCOMPARE(choice.repo, DemoWeekSource::repo());
        QCOMPARE(choice.week, DemoWeekSource::week());
        QCOMPARE(choice.zone, DemoWeekSource::zone());
    }

    void pullRequestsOlderThanEightWeeksGiveTheDemo()
    {
        const GitTestRepo repo = repoWith(u"old"_s,
            {{u"Old feature (#3)"_s, daysAgo(7 * StartRepository::RecentWeeks + 3)}, {u"Direct"_s, daysAgo(1)}});
        QVERIFY(!StartRepository::latestPullRequestWeek(repo.path(), UtcOffset(0), now()));
        QVERIFY(StartRepository::choose({repo.path()}, UtcOffset(0), now()).isDemo());
    }

    void noCloneGivesTheDemo()
    {
        const QString plain = m_dir.filePath(u"plain-folder"_s);
        QVERIFY(QDir().mkpath(plain));
        QVERIFY(StartRepository::choose({plain}, UtcOffset(0), now()).isDemo());
        QVERIFY(StartRepository::choose({}, UtcOffset(0), now()).isDemo());
    }

    void theFirstCloneFoundDecides()
    {
        // Started inside a clone without pull requests: the demo, even if the program's own folder is a clone
        // with some (it is the clone people start PR Lens from that matters).
        const GitTestRepo direct = repoWith(u"first"_s, {{u"Only direct"_s, daysAgo(1)}});
        const GitTestRepo squash = repoWith(u"second"_s, {{u"Feature (#1)"_s, daysAgo(1)}});
        QVERIFY(StartRepository::choose({direct.path(), squash.path()}, UtcOffset(0), now()).isDemo());
        const QString plain = m_dir.filePath(u"not-a-clone"_s);
        QVERIFY(QDir().mkpath(plain));
        QVERIFY(!StartRepository::choose({plain, squash.path()}, UtcOffset(0), now()).isDemo());
    }
};

QTEST_GUILESS_MAIN(TestStartRepository)
#include "tst_startrepository.moc"
