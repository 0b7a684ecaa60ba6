// SPDX-License-Identifier: MIT
#include "jobtracker.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

using namespace PrLens;
using namespace Qt::StringLiterals;

namespace {

/// An object whose work the tracker runs, as the sources and the window hold one.
class Owner : public QObject {
public:
    JobTracker jobs {this};
};

/// Lets every job queued on the pool end, then delivers what they queued for this thread.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestJobTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onlyTheNewestResultArrives()
    {
        Owner owner;
        QSemaphore firstStarted;
        QSemaphore firstMayEnd;
        bool firstSawCancel = false;
        QList<int> delivered;
        owner.jobs.startJob(
            [&](const JobTracker::Ticket &ticket) {
                firstStarted.release();
                firstMayEnd.acquire();
                firstSawCancel = ticket.isCancelled();
                return 1;
            },
            [&](int result) { delivered.append(result); });
        firstStarted.acquire(); // the first job runs: the second one supersedes it under way
        owner.jobs.startJob(
            [](const JobTracker::Ticket &) { return 2; }, [&](int result) { delivered.append(result); });
        firstMayEnd.release();
        settle();
        QCOMPARE(delivered, QList<int> {2});
        QVERIFY(firstSawCancel);
    }

    void resultsArriveOnTheContextsThread()
    {
        Owner owner;
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        owner.jobs.startJob(
            [&](const JobTracker::Ticket &) {
                workThread = QThread::currentThread();
                return 0;
            },
            [&](int) { doneThread = QThread::currentThread(); });
        settle();
        QVERIFY(workThread && workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void cancelDropsTheResult()
    {
        Owner owner;
        QSemaphore mayEnd;
        bool delivered = false;
        owner.jobs.startJob(
            [&](const JobTracker::Ticket &) {
                mayEnd.acquire();
                return 1;
            },
            [&](int) { delivered = true; });
        QVERIFY(owner.jobs.isRunning());
        QVERIFY(owner.jobs.cancel());
        QVERIFY(!owner.jobs.isRunning());
        QVERIFY(!owner.jobs.cancel()); // nothing under way any more
        mayEnd.release();
        settle();
        QVERIFY(!delivered);
    }

    void aResultForADeletedContextIsDropped()
    {
        auto *owner = new Owner;
        QSemaphore mayEnd;
        bool delivered = false;
        owner->jobs.startJob(
            [&](const JobTracker::Ticket &) {
                mayEnd.acquire();
                return 1;
            },
            [&](int) { delivered = true; });
        delete owner;
        mayEnd.release();
        settle();
        QVERIFY(!delivered);
    }

    void queuedAnswersAndCallbacksFollowTheCurrentJob()
    {
        Owner owner;
        QStringList calls;
        owner.jobs.start();
        owner.jobs.later([&] { calls.append(u"replaced answer"_s); });
        auto callback = owner.jobs.guard([&](int n) { calls.append(u"replaced callback %1"_s.arg(n)); });
        QVERIFY(owner.jobs.hasPending());
        owner.jobs.start();
        callback(1);
        owner.jobs.later([&] { calls.append(u"current answer"_s); });
        owner.jobs.guard([&](int n) { calls.append(u"current callback %1"_s.arg(n)); })(2);
        owner.jobs.cancel();
        // Queued after the cancel: what a source reports about the cancel itself.
        owner.jobs.later([&] { calls.append(u"after cancel"_s); });
        settle();
        QVERIFY(!owner.jobs.hasPending());
        QCOMPARE(calls, (QStringList {u"current callback 2"_s, u"after cancel"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
