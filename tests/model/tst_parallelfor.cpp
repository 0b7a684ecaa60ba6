// SPDX-License-Identifier: MIT
#include "parallelfor.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace PrLens;

class TestParallelFor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void coversEveryIndexOnce_data();
    void coversEveryIndexOnce();
    void usesFreePoolThreads();
    void runsOnTheCallerWhenThePoolIsBusy();
    void nestsInsidePoolThreads();
};

void TestParallelFor::coversEveryIndexOnce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("grain");
    QTest::addRow("nothing") << 0 << 8;
    QTest::addRow("less than a range") << 3 << 8;
    QTest::addRow("whole ranges") << 64 << 8;
    QTest::addRow("a short last range") << 1001 << 16;
    QTest::addRow("ranges of one") << 100 << 1;
    QTest::addRow("grain below one") << 10 << 0;
}

void TestParallelFor::coversEveryIndexOnce()
{
    QFETCH(int, count);
    QFETCH(int, grain);
    QList<int> hits(count, 0);
    std::atomic<int> calls = 0;
    std::atomic<bool> tooLong = false;
    parallelFor(count, grain, [&](qsizetype begin, qsizetype end) {
        ++calls;
        if (end - begin > std::max(grain, 1) || begin >= end)
            tooLong = true;
        for (qsizetype i = begin; i < end; ++i)
            ++hits[i];
    });
    QVERIFY(!tooLong);
    QCOMPARE(hits, QList<int>(count, 1));
    QCOMPARE(calls.load(), (count + std::max(grain, 1) - 1) / std::max(grain, 1));
}

void TestParallelFor::usesFreePoolThreads()
{
    // Every range waits until two threads are in: it returns only if a pool thread joined the caller. The pool is
    // emptied first: a thread that has just finished a job of the test before may still count as busy.
    const int previous = QThreadPool::globalInstance()->maxThreadCount();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    QMutex mutex;
    QSet<QThread *> threads;
    std::atomic<int> inside = 0;
    parallelFor(2, 1, [&](qsizetype, qsizetype) {
        ++inside;
        {
            QMutexLocker lock(&mutex);
            threads.insert(QThread::currentThread());
        }
        // The pool thread, once started, always comes; the bound only keeps a broken build from hanging.
        for (int i = 0; i < 120000 && inside.load() < 2; ++i)
            QThread::msleep(1);
    });
    QThreadPool::globalInstance()->setMaxThreadCount(previous);
    QCOMPARE(inside.load(), 2);
    QCOMPARE(threads.size(), 2);
}

void TestParallelFor::runsOnTheCallerWhenThePoolIsBusy()
{
    const int previous = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(1);
    QSemaphore started;
    QSemaphore release;
    QThreadPool::globalInstance()->start([&] {
        started.release();
        release.acquire();
    });
    started.acquire();
    QSet<QThread *> threads;
    parallelFor(40, 1, [&](qsizetype, qsizetype) { threads.insert(QThread::currentThread()); });
    release.release();
    QThreadPool::globalInstance()->waitForDone();
    QThreadPool::globalInstance()->setMaxThreadCount(previous);
    QCOMPARE(threads, QSet<QThread *> {QThread::currentThread()});
}

void TestParallelFor::nestsInsidePoolThreads()
{
    // Called from the pool's own threads while they are all busy: no deadlock, every index once.
    const int previous = QThreadPool::globalInstance()->maxThreadCount();
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    std::atomic<int> total = 0;
    for (int outer = 0; outer < 4; ++outer) {
        QThreadPool::globalInstance()->start(
            [&total] { parallelFor(100, 3, [&total](qsizetype begin, qsizetype end) { total += int(end - begin); }); });
    }
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QThreadPool::globalInstance()->setMaxThreadCount(previous);
    QCOMPARE(total.load(), 400);
}

QTEST_GUILESS_MAIN(TestParallelFor)
#include "tst_parallelfor.moc"
