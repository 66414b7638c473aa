#include "core/engine/HealthMonitor.h"
#include "core/engine/LoopLagProbe.h"
#include "tests/support/FakeClock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// FakeClock's start time, plus some milliseconds.
QDateTime kStartPlus(qint64 ms)
{
    return FakeClock().nowUtc().addMSecs(ms);
}

// Keeps the thread's event loop from running for `ms`, like a slow handler would.
void busyWait(qint64 ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
    }
}

} // namespace

class TestHealthMonitor final : public QObject {
    Q_OBJECT

private slots:
    void init();

    void copiesTheSnapshot();
    void checksPerSecond();
    void saturation();
    void ringKeepsTheLastSamples();
    void capacityAtLeastOne();
    void sampledSignal();
    void timerSamples();
    void ownerLagIsMeasured();
    void loopLagProbe();

private:
    [[nodiscard]] HealthMonitor::Source source()
    {
        return [this] {
            ++m_reads;
            return m_snapshot;
        };
    }

    EngineSnapshot m_snapshot;
    int m_reads = 0;
    std::shared_ptr<FakeClock> m_clock;
};

void TestHealthMonitor::init()
{
    m_snapshot = EngineSnapshot();
    m_reads = 0;
    m_clock = std::make_shared<FakeClock>();
}

void TestHealthMonitor::copiesTheSnapshot()
{
    HealthMonitor monitor(source(), m_clock);
    QCOMPARE(monitor.capacity(), HealthMonitor::kDefaultCapacity);
    QVERIFY(monitor.samples().isEmpty());

    m_snapshot.monitors = 40;
    m_snapshot.inFlight = 7;
    m_snapshot.waiting = 3;
    m_snapshot.completed = 1000;
    m_snapshot.schedule.started = 1010;
    m_snapshot.schedule.late = 5;
    m_snapshot.workerMaxLagMs = 42;
    monitor.sample();
    QCOMPARE(m_reads, 1);
    QCOMPARE(monitor.samples().size(), 1);
    const HealthSample sample = monitor.samples().first();
    QCOMPARE(sample.at, m_clock->nowUtc());
    QCOMPARE(sample.inFlight, 7);
    QCOMPARE(sample.waiting, 3);
    QCOMPARE(sample.lateChecks, qint64(5));
    QCOMPARE(sample.workerLagMs, qint64(42));
    QCOMPARE(sample.ownerLagMs, qint64(0)); // its own probe was never started
    QCOMPARE(sample.checksPerSecond, 0.0);  // nothing to compare the first sample with

    // Later values are taken as they are then; "not measured" lag reads as zero.
    m_clock->advance(1000);
    m_snapshot.inFlight = 0;
    m_snapshot.waiting = 0;
    m_snapshot.schedule.late = 9;
    m_snapshot.workerMaxLagMs = -1;
    monitor.sample();
    const HealthSample next = monitor.samples().last();
    QCOMPARE(next.at, kStartPlus(1000));
    QCOMPARE(next.inFlight, 0);
    QCOMPARE(next.waiting, 0);
    QCOMPARE(next.lateChecks, qint64(9));
    QCOMPARE(next.workerLagMs, qint64(0));
    QVERIFY(next.workerLagsMs.isEmpty());
    QCOMPARE(next.skippedChecks, qint64(0));
    QCOMPARE(next.stuckChecks, 0);

    // Each worker's lag is kept; the worst of them is the worker lag (a blocked worker, whose
    // lag is only known from its overdue report, counts too).
    m_snapshot.workerMaxLagMs = 30;
    m_snapshot.workerLagMs = {12, 1500, -1};
    m_snapshot.schedule.skipped = 4;
    m_snapshot.stuck = 2;
    monitor.sample();
    const HealthSample third = monitor.samples().last();
    QCOMPARE(third.workerLagsMs, (QList<qint64>{12, 1500, 0}));
    QCOMPARE(third.workerLagMs, qint64(1500));
    QCOMPARE(third.skippedChecks, qint64(4));
    QCOMPARE(third.stuckChecks, 2);
}

void TestHealthMonitor::saturation()
{
    HealthMonitor monitor(source(), m_clock);
    const auto last = [&monitor] { return monitor.samples().last(); };
    m_snapshot.neededPerSecond = 20'000;
    // Checks wait and more start late every second: saturated from the fifth such second on.
    for (int second = 1; second <= HealthMonitor::kSaturatedAfter; ++second) {
        m_clock->advance(1000);
        m_snapshot.waiting = 500;
        m_snapshot.schedule.late += 100;
        monitor.sample();
        QCOMPARE(last().saturated, second == HealthMonitor::kSaturatedAfter);
        QCOMPARE(last().neededPerSecond, 20'000.0);
    }
    // A second without new late starts ends it, and it takes as long to come back.
    m_clock->advance(1000);
    monitor.sample();
    QVERIFY(!last().saturated);
    for (int second = 1; second < HealthMonitor::kSaturatedAfter; ++second) {
        m_clock->advance(1000);
        m_snapshot.schedule.late += 100;
        monitor.sample();
        QVERIFY(!last().saturated);
    }
    // Late starts with nothing waiting (a check overran its own slot) are not saturation.
    m_snapshot.waiting = 0;
    for (int second = 0; second < 2 * HealthMonitor::kSaturatedAfter; ++second) {
        m_clock->advance(1000);
        m_snapshot.schedule.late += 100;
        monitor.sample();
        QVERIFY(!last().saturated);
    }
}

void TestHealthMonitor::checksPerSecond()
{
    HealthMonitor monitor(source(), m_clock);
    const auto rate = [&monitor] { return monitor.samples().last().checksPerSecond; };

    m_snapshot.completed = 100;
    monitor.sample();
    QCOMPARE(rate(), 0.0);

    m_clock->advance(1000);
    m_snapshot.completed = 150;
    monitor.sample();
    QCOMPARE(rate(), 50.0);

    m_clock->advance(2000);
    m_snapshot.completed = 180;
    monitor.sample();
    QCOMPARE(rate(), 15.0);

    m_clock->advance(500);
    monitor.sample(); // nothing finished
    QCOMPARE(rate(), 0.0);

    m_clock->advance(250);
    m_snapshot.completed = 230;
    monitor.sample();
    QCOMPARE(rate(), 200.0);

    // Two samples at the same instant: no rate, and no division by zero.
    m_snapshot.completed = 260;
    monitor.sample();
    QCOMPARE(rate(), 0.0);
    m_clock->advance(1000);
    m_snapshot.completed = 280;
    monitor.sample();
    QCOMPARE(rate(), 20.0);
}

void TestHealthMonitor::ringKeepsTheLastSamples()
{
    HealthMonitor monitor(source(), m_clock, 5);
    QCOMPARE(monitor.capacity(), 5);
    for (int i = 0; i < 3; ++i) {
        m_snapshot.inFlight = i;
        monitor.sample();
        m_clock->advance(1000);
    }
    QList<HealthSample> samples = monitor.samples();
    QCOMPARE(samples.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(samples[i].inFlight, i);

    for (int i = 3; i < 12; ++i) {
        m_snapshot.inFlight = i;
        monitor.sample();
        m_clock->advance(1000);
    }
    samples = monitor.samples();
    QCOMPARE(samples.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(samples[i].inFlight, 7 + i); // oldest first
        QCOMPARE(samples[i].at, kStartPlus((7 + i) * 1000));
    }
    QCOMPARE(monitor.capacity(), 5);
}

void TestHealthMonitor::capacityAtLeastOne()
{
    HealthMonitor monitor(source(), m_clock, 0);
    QCOMPARE(monitor.capacity(), 1);
    m_snapshot.inFlight = 1;
    monitor.sample();
    m_snapshot.inFlight = 2;
    monitor.sample();
    QCOMPARE(monitor.samples().size(), 1);
    QCOMPARE(monitor.samples().first().inFlight, 2);
}

void TestHealthMonitor::sampledSignal()
{
    HealthMonitor monitor(source(), m_clock, 3);
    QSignalSpy spy(&monitor, &HealthMonitor::sampled);
    m_snapshot.waiting = 11;
    monitor.sample();
    m_clock->advance(1000);
    m_snapshot.waiting = 12;
    monitor.sample();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).value<HealthSample>().waiting, 11);
    QCOMPARE(spy.at(1).at(0).value<HealthSample>(), monitor.samples().last());
}

void TestHealthMonitor::timerSamples()
{
    HealthMonitor monitor(source(), m_clock, 50);
    QSignalSpy spy(&monitor, &HealthMonitor::sampled);
    monitor.start(20);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.samples().size() >= 3, 20'000);
    monitor.stop();
    const qsizetype taken = monitor.samples().size();
    QCOMPARE(spy.count(), taken);
    QCOMPARE(m_reads, int(taken));
    QTest::qWait(300);
    QCOMPARE(monitor.samples().size(), taken);
}

void TestHealthMonitor::ownerLagIsMeasured()
{
    HealthMonitor monitor(source(), m_clock);
    monitor.start(3'600'000); // samples only when asked
    QTest::qWait(300);
    QTimer::singleShot(0, &monitor, [] { busyWait(400); });
    // The block, then the probe's next period: it shows in a sample.
    qint64 lag = 0;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (monitor.sample(), lag = std::max(lag, monitor.samples().last().ownerLagMs)) >= 200,
        qPrintable(QString::number(lag)), 20'000);
    monitor.stop();
}

void TestHealthMonitor::loopLagProbe()
{
    LoopLagProbe probe;
    QCOMPARE(probe.takeMaxLagMs(), qint64(0));
    probe.start();
    QTest::qWait(300);
    (void)probe.takeMaxLagMs();

    QTimer::singleShot(0, &probe, [] { busyWait(400); });
    // The block, then the probe's next period: it notices.
    qint64 lag = 0;
    QTRY_VERIFY2_WITH_TIMEOUT((lag = std::max(lag, probe.takeMaxLagMs())) >= 200,
                              qPrintable(QString::number(lag)), 20'000);

    // Taking resets: a loop that keeps up shows a small lag again.
    QTest::qWait(500);
    const qint64 calm = probe.takeMaxLagMs();
    QVERIFY2(calm < 200, qPrintable(QString::number(calm)));

    // Stopped, it measures nothing more.
    probe.stop();
    QTimer::singleShot(0, &probe, [] { busyWait(300); });
    QTest::qWait(500);
    QCOMPARE(probe.takeMaxLagMs(), qint64(0));
}

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
