#include "core/engine/Scheduler.h"
#include "tests/support/FakeClock.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <deque>

namespace {

constexpr qint64 kSecond = 1000;

// Runs the scheduler for `durationMs` in steps of `stepMs`: every due check starts at once
// and finishes `checkMs` later. Returns the start times per monitor.
QHash<qint64, QList<qint64>> simulate(Scheduler &scheduler, FakeClock &clock, qint64 durationMs,
                                      qint64 stepMs = 100, qint64 checkMs = 0)
{
    QHash<qint64, QList<qint64>> starts;
    QHash<qint64, qint64> finishAt;
    const qint64 end = clock.steadyMs() + durationMs;
    while (clock.steadyMs() < end) {
        const qint64 now = clock.steadyMs();
        for (auto it = finishAt.begin(); it != finishAt.end();) {
            if (it.value() <= now) {
                scheduler.finished(it.key(), now);
                it = finishAt.erase(it);
            }
            else {
                ++it;
            }
        }
        for (const qint64 id : scheduler.takeDue(now)) {
            scheduler.started(id, now);
            starts[id].append(now);
            if (checkMs == 0)
                scheduler.finished(id, now);
            else
                finishAt.insert(id, now + checkMs);
        }
        clock.advance(stepMs);
    }
    return starts;
}

} // namespace

class TestScheduler final : public QObject {
    Q_OBJECT

private slots:
    void honoursIntervals();
    void spreadsFirstRuns();
    void spreadOffsetStaysInsideInterval_data();
    void spreadOffsetStaysInsideInterval();
    void neverOverlapsARunningCheck();
    void waitingCheckIsNotDueAgain();
    void pauseAndResume();
    void pauseWhileRunning();
    void changeIntervalAtRuntime();
    void addAndRemoveAtRuntime();
    void runSoon();
    void countsLateStarts();
    void lateThreshold_data();
    void lateThreshold();
    void nextDue();
    void neededPerSecond();
    void overloadIsFairAndSkipsMissedSlots();
};

void TestScheduler::honoursIntervals()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, 5 * kSecond, clock.steadyMs(), 0);
    scheduler.add(2, 7 * kSecond, clock.steadyMs(), 0);
    const auto starts = simulate(scheduler, clock, 70 * kSecond);
    QCOMPARE(starts.value(1).size(), 14);
    QCOMPARE(starts.value(2).size(), 10);
    for (const qint64 id : {1, 2}) {
        const QList<qint64> times = starts.value(id);
        for (qsizetype i = 1; i < times.size(); ++i)
            QCOMPARE(times[i] - times[i - 1], id == 1 ? 5 * kSecond : 7 * kSecond);
    }
    QCOMPARE(scheduler.stats().late, 0);
    QCOMPARE(scheduler.stats().skipped, 0);
    QCOMPARE(scheduler.stats().started, 24);
}

void TestScheduler::spreadsFirstRuns()
{
    FakeClock clock;
    Scheduler scheduler;
    constexpr qint64 kInterval = 60 * kSecond;
    constexpr int kMonitors = 600;
    const qint64 start = clock.steadyMs();
    for (qint64 id = 1; id <= kMonitors; ++id)
        scheduler.add(id, kInterval, start, Scheduler::spreadOffsetMs(id, kInterval));
    // Count first runs per 6-second slice of the interval: an even spread puts about 60 in each.
    QList<int> perSlice(10, 0);
    for (qint64 id = 1; id <= kMonitors; ++id) {
        const qint64 offset = *scheduler.dueMs(id) - start;
        QVERIFY(offset >= 0 && offset < kInterval);
        ++perSlice[int(offset / (kInterval / 10))];
    }
    for (const int count : perSlice)
        QVERIFY2(count >= 50 && count <= 70, qPrintable(QString::number(count)));
    QVERIFY(scheduler.takeDue(start).size() < 5);
}

void TestScheduler::spreadOffsetStaysInsideInterval_data()
{
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("interval");
    QTest::newRow("id 0") << qint64(0) << qint64(1000);
    QTest::newRow("id 1") << qint64(1) << qint64(1000);
    QTest::newRow("big id") << qint64(9'000'000'000) << qint64(60'000);
    QTest::newRow("negative id") << qint64(-5) << qint64(60'000);
    QTest::newRow("1 ms interval") << qint64(77) << qint64(1);
}

void TestScheduler::spreadOffsetStaysInsideInterval()
{
    QFETCH(qint64, id);
    QFETCH(qint64, interval);
    const qint64 offset = Scheduler::spreadOffsetMs(id, interval);
    QVERIFY(offset >= 0);
    QVERIFY(offset < interval);
}

void TestScheduler::neverOverlapsARunningCheck()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, 2 * kSecond, clock.steadyMs(), 0);
    // Each check takes 5 s against a 2 s interval: the next starts only after the last ended.
    const auto starts = simulate(scheduler, clock, 30 * kSecond, 100, 5 * kSecond);
    const QList<qint64> times = starts.value(1);
    QCOMPARE(times.size(), 6);
    for (qsizetype i = 1; i < times.size(); ++i)
        QCOMPARE(times[i] - times[i - 1], 5 * kSecond);
    // Every start after the first was late: its slot had passed while the last check ran.
    QCOMPARE(scheduler.stats().late, 5);
    QCOMPARE(scheduler.stats().maxLatenessMs, 3 * kSecond);
    // Each 5 s check stood in for one 2 s slot it overran; the slot after that passed unchecked.
    QCOMPARE(scheduler.stats().skipped, 5);
}

void TestScheduler::waitingCheckIsNotDueAgain()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, kSecond, clock.steadyMs(), 0);
    QCOMPARE(scheduler.takeDue(clock.steadyMs()), QList<qint64>{1});
    // Not started yet (the engine's in-flight cap is full): it is not handed out twice.
    clock.advance(5 * kSecond);
    QVERIFY(scheduler.takeDue(clock.steadyMs()).isEmpty());
    QVERIFY(!scheduler.nextDueMs());
    scheduler.started(1, clock.steadyMs());
    QCOMPARE(scheduler.stats().late, 1);
    QCOMPARE(scheduler.stats().maxLatenessMs, 5 * kSecond);
    scheduler.finished(1, clock.steadyMs());
    // The next check, due at once, stands for the slot at 1 s; those at 2, 3, 4 and 5 s passed.
    QCOMPARE(scheduler.stats().skipped, 4);
    QCOMPARE(scheduler.takeDue(clock.steadyMs()), QList<qint64>{1});
}

void TestScheduler::pauseAndResume()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, 10 * kSecond, clock.steadyMs(), 0);
    scheduler.add(2, 10 * kSecond, clock.steadyMs(), 0);
    scheduler.pause(1);
    QVERIFY(scheduler.isPaused(1));
    auto starts = simulate(scheduler, clock, 60 * kSecond);
    QVERIFY(!starts.contains(1));
    QCOMPARE(starts.value(2).size(), 6);

    scheduler.resume(1, clock.steadyMs());
    QVERIFY(!scheduler.isPaused(1));
    const QList<qint64> due = scheduler.takeDue(clock.steadyMs());
    QVERIFY(due.contains(1)); // at once after resume
    for (const qint64 id : due) {
        scheduler.started(id, clock.steadyMs());
        scheduler.finished(id, clock.steadyMs());
    }
    starts = simulate(scheduler, clock, 30 * kSecond);
    QCOMPARE(starts.value(1).size(), 2); // 10 s and 20 s after the resume
    QCOMPARE(scheduler.stats().late, 0);
}

void TestScheduler::pauseWhileRunning()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, kSecond, clock.steadyMs(), 0);
    QCOMPARE(scheduler.takeDue(clock.steadyMs()).size(), 1);
    scheduler.started(1, clock.steadyMs());
    scheduler.pause(1);
    clock.advance(500);
    scheduler.finished(1, clock.steadyMs());
    const auto starts = simulate(scheduler, clock, 10 * kSecond);
    QVERIFY(!starts.contains(1));
}

void TestScheduler::changeIntervalAtRuntime()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, 10 * kSecond, clock.steadyMs(), 0);
    auto starts = simulate(scheduler, clock, 25 * kSecond);
    QCOMPARE(starts.value(1).size(), 3); // at 0, 10, 20
    const qint64 lastStart = starts.value(1).constLast();
    scheduler.setInterval(1, 2 * kSecond, clock.steadyMs()); // now is lastStart + 5 s
    QCOMPARE(*scheduler.dueMs(1), clock.steadyMs());         // the new slot has passed: at once
    starts = simulate(scheduler, clock, 10 * kSecond);
    QCOMPARE(starts.value(1).first(), lastStart + 5 * kSecond);
    QCOMPARE(starts.value(1).size(), 5);
    for (qsizetype i = 1; i < starts.value(1).size(); ++i)
        QCOMPARE(starts.value(1)[i] - starts.value(1)[i - 1], 2 * kSecond);

    // Longer again: the next check is one new interval after the last due time.
    const qint64 lastDue = starts.value(1).constLast();
    scheduler.setInterval(1, 30 * kSecond, clock.steadyMs());
    QCOMPARE(*scheduler.dueMs(1), lastDue + 30 * kSecond);
}

void TestScheduler::addAndRemoveAtRuntime()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, kSecond, clock.steadyMs(), 0);
    auto starts = simulate(scheduler, clock, 5 * kSecond);
    QCOMPARE(starts.value(1).size(), 5);
    scheduler.add(2, kSecond, clock.steadyMs(), 0);
    QCOMPARE(scheduler.takeDue(clock.steadyMs()), QList<qint64>({1, 2}));
    scheduler.started(1, clock.steadyMs());
    scheduler.remove(1); // while running: its late result changes nothing
    scheduler.finished(1, clock.steadyMs());
    QVERIFY(!scheduler.contains(1));
    scheduler.started(2, clock.steadyMs());
    scheduler.finished(2, clock.steadyMs());
    starts = simulate(scheduler, clock, 5 * kSecond);
    QVERIFY(!starts.contains(1));
    QCOMPARE(starts.value(2).size(), 4); // its first check ran above, before the simulation
    QCOMPARE(scheduler.size(), 1);
}

void TestScheduler::runSoon()
{
    FakeClock clock;
    Scheduler scheduler;
    scheduler.add(1, 60 * kSecond, clock.steadyMs(), 30 * kSecond);
    QVERIFY(scheduler.takeDue(clock.steadyMs()).isEmpty());
    scheduler.runSoon(1, clock.steadyMs());
    QCOMPARE(scheduler.takeDue(clock.steadyMs()), QList<qint64>{1});
    scheduler.runSoon(1, clock.steadyMs()); // already waiting: no second check
    QVERIFY(scheduler.takeDue(clock.steadyMs()).isEmpty());
}

void TestScheduler::countsLateStarts()
{
    FakeClock clock;
    Scheduler scheduler;
    for (qint64 id = 1; id <= 10; ++id)
        scheduler.add(id, 10 * kSecond, clock.steadyMs(), 0);
    const QList<qint64> due = scheduler.takeDue(clock.steadyMs());
    QCOMPARE(due.size(), 10);
    // Half start on time; half wait 3 s for a free slot.
    for (int i = 0; i < 5; ++i)
        scheduler.started(due[i], clock.steadyMs());
    clock.advance(3 * kSecond);
    for (int i = 5; i < 10; ++i)
        scheduler.started(due[i], clock.steadyMs());
    QCOMPARE(scheduler.stats().started, 10);
    QCOMPARE(scheduler.stats().late, 5);
    QCOMPARE(scheduler.stats().totalLatenessMs, 15 * kSecond);
    QCOMPARE(scheduler.stats().maxLatenessMs, 3 * kSecond);
    // Every start's lateness is in the histogram: half on time, half 3 s late.
    const LatencyHistogram &lateness = scheduler.stats().lateness;
    QCOMPARE(lateness.count(), quint64(10));
    QCOMPARE(*lateness.percentile(50), qint64(0));
    QVERIFY(qAbs(*lateness.percentile(99) - 3 * kSecond) <= 3 * kSecond / 40);
}

void TestScheduler::lateThreshold_data()
{
    QTest::addColumn<qint64>("interval");
    QTest::addColumn<qint64>("threshold");
    QTest::newRow("1 s") << qint64(1000) << qint64(500);
    QTest::newRow("2 s") << qint64(2000) << qint64(1000);
    QTest::newRow("60 s") << qint64(60'000) << qint64(1000);
}

void TestScheduler::lateThreshold()
{
    QFETCH(qint64, interval);
    QFETCH(qint64, threshold);
    QCOMPARE(Scheduler::lateAfterMs(interval), threshold);
    for (const qint64 delay : {threshold, threshold + 1}) {
        FakeClock clock;
        Scheduler scheduler;
        scheduler.add(1, interval, clock.steadyMs(), 0);
        QCOMPARE(scheduler.takeDue(clock.steadyMs()).size(), 1);
        clock.advance(delay);
        scheduler.started(1, clock.steadyMs());
        QCOMPARE(scheduler.stats().late, delay > threshold ? 1 : 0);
    }
}

void TestScheduler::nextDue()
{
    FakeClock clock;
    Scheduler scheduler;
    QVERIFY(!scheduler.nextDueMs());
    const qint64 now = clock.steadyMs();
    scheduler.add(1, 60 * kSecond, now, 20 * kSecond);
    scheduler.add(2, 60 * kSecond, now, 5 * kSecond);
    QCOMPARE(*scheduler.nextDueMs(), now + 5 * kSecond);
    scheduler.pause(2);
    QCOMPARE(*scheduler.nextDueMs(), now + 20 * kSecond);
    scheduler.remove(1);
    QVERIFY(!scheduler.nextDueMs());
}

void TestScheduler::neededPerSecond()
{
    FakeClock clock;
    Scheduler scheduler;
    QCOMPARE(scheduler.neededPerSecond(), 0.0);
    for (qint64 id = 1; id <= 10; ++id)
        scheduler.add(id, kSecond, clock.steadyMs(), 0);
    scheduler.add(11, 60 * kSecond, clock.steadyMs(), 0);
    scheduler.add(12, 60 * kSecond, clock.steadyMs(), 0);
    QCOMPARE(scheduler.neededPerSecond(), 10.0 + 2.0 / 60.0);
    scheduler.pause(1);
    scheduler.pause(1); // twice counts once
    QCOMPARE(scheduler.neededPerSecond(), 9.0 + 2.0 / 60.0);
    scheduler.setInterval(2, 2 * kSecond, clock.steadyMs());
    QCOMPARE(scheduler.neededPerSecond(), 8.5 + 2.0 / 60.0);
    scheduler.setInterval(1, 2 * kSecond, clock.steadyMs()); // paused: still not counted
    QCOMPARE(scheduler.neededPerSecond(), 8.5 + 2.0 / 60.0);
    scheduler.resume(1, clock.steadyMs());
    QCOMPARE(scheduler.neededPerSecond(), 9.0 + 2.0 / 60.0);
    scheduler.remove(11);
    scheduler.remove(1);
    scheduler.add(3, 60 * kSecond, clock.steadyMs(), 0); // replaced: counted once
    QCOMPARE(scheduler.neededPerSecond(), 7.5 + 2.0 / 60.0);
    scheduler.pause(12);
    scheduler.remove(12); // removing a paused monitor leaves the count alone
    QCOMPARE(scheduler.neededPerSecond(), 7.5 + 1.0 / 60.0);
}

void TestScheduler::overloadIsFairAndSkipsMissedSlots()
{
    // 200 monitors at 1 s ask for 200 checks/s; the "machine" starts one check every 10 ms
    // (100/s) in the order they came due, as the engine's queues do: twice overloaded.
    constexpr int kMonitors = 200;
    FakeClock clock;
    Scheduler scheduler;
    for (qint64 id = 1; id <= kMonitors; ++id)
        scheduler.add(id, kSecond, clock.steadyMs(), Scheduler::spreadOffsetMs(id, kSecond));
    std::deque<qint64> waiting;
    QHash<qint64, QList<qint64>> starts;
    const qint64 begin = clock.steadyMs();
    qsizetype longestQueue = 0;
    while (clock.steadyMs() < begin + 60 * kSecond) {
        const qint64 now = clock.steadyMs();
        for (const qint64 id : scheduler.takeDue(now))
            waiting.push_back(id);
        longestQueue = std::max(longestQueue, qsizetype(waiting.size()));
        if (!waiting.empty()) {
            const qint64 id = waiting.front();
            waiting.pop_front();
            scheduler.started(id, now);
            starts[id].append(now);
            scheduler.finished(id, now);
        }
        clock.advance(10);
    }
    // Each monitor waits once at most: the queue never outgrows the monitors.
    QVERIFY(longestQueue <= kMonitors);
    // Every monitor is checked in turn: about 60 s × 100/s / 200 = 30 times each, and none
    // waits more than twice its interval plus a second between two checks.
    QCOMPARE(starts.size(), kMonitors);
    for (auto it = starts.cbegin(); it != starts.cend(); ++it) {
        QVERIFY2(it->size() >= 28, qPrintable(QString::number(it->size())));
        for (qsizetype i = 1; i < it->size(); ++i)
            QVERIFY2(it->at(i) - it->at(i - 1) <= 2 * kSecond + kSecond,
                     qPrintable(QStringLiteral("monitor %1 waited %2 ms")
                                    .arg(it.key())
                                    .arg(it->at(i) - it->at(i - 1))));
    }
    // The slots that passed unchecked are counted, not queued: about half of them.
    const Scheduler::Stats &stats = scheduler.stats();
    QVERIFY2(stats.skipped >= 40 * kMonitors / 2 && stats.skipped <= 60 * kMonitors,
             qPrintable(QString::number(stats.skipped)));
    QVERIFY(stats.late > stats.started / 2);
}

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
