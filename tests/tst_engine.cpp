#include "core/base/SystemClock.h"
#include "core/engine/Engine.h"
#include "tests/support/Builders.h"
#include "tests/support/EngineTime.h"
#include "tests/support/FakeClock.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kWaitMs = 20'000;
constexpr qint64 kTenMinutes = 10 * 60 * 1000;

// Checked every second unless said otherwise.
Monitor monitorFor(qint64 id, const QUrl &url, int intervalSeconds = 1)
{
    return MonitorBuilder(u"monitor %1"_s.arg(id))
        .id(id)
        .url(url)
        .intervalSeconds(intervalSeconds)
        .timeoutMs(10'000)
        .build();
}

EngineConfig config(int workers, int maxInFlight = 1000, int maxPerHost = 6)
{
    EngineConfig config;
    config.workers = workers;
    config.maxInFlight = maxInFlight;
    config.maxPerHost = maxPerHost;
    return config;
}

qsizetype requestsTo(const TestServer &server, const QByteArray &path)
{
    return std::count_if(server.requests().cbegin(), server.requests().cend(),
                         [&path](const RecordedRequest &request) { return request.path == path; });
}

// Everything an engine reports, and the most checks it had in flight when it reported a batch
// (before it sends the checks waiting for the slots the batch freed).
class Recorder final {
    Q_DISABLE_COPY_MOVE(Recorder)

public:
    explicit Recorder(Engine &engine)
    {
        QObject::connect(&engine, &Engine::resultsReady, &m_context,
                         [this, &engine](const ResultBatch &batch) {
                             batches.append(batch);
                             maxInFlight = std::max(maxInFlight, engine.inFlight());
                         });
    }

    [[nodiscard]] QList<CheckResult> results(qint64 id) const
    {
        QList<CheckResult> found;
        for (const ResultBatch &batch : batches) {
            for (const CheckResult &result : batch.results) {
                if (result.monitorId == id)
                    found.append(result);
            }
        }
        return found;
    }
    [[nodiscard]] qsizetype resultCount(qint64 id) const { return results(id).size(); }
    [[nodiscard]] qsizetype resultCount() const
    {
        qsizetype count = 0;
        for (const ResultBatch &batch : batches)
            count += batch.results.size();
        return count;
    }
    [[nodiscard]] QList<StateChange> changes(qint64 id) const
    {
        QList<StateChange> found;
        for (const ResultBatch &batch : batches) {
            for (const StateChange &change : batch.changes) {
                if (change.monitorId == id)
                    found.append(change);
            }
        }
        return found;
    }
    [[nodiscard]] bool hasChangeTo(qint64 id, MonitorState state) const
    {
        const QList<StateChange> all = changes(id);
        return std::any_of(all.cbegin(), all.cend(),
                           [state](const StateChange &change) { return change.to == state; });
    }

    QList<ResultBatch> batches;
    int maxInFlight = 0;

private:
    QObject m_context;
};

// Watches loopback servers and an engine from the test's event loop: when each request arrived,
// the most connections open at once, the most checks in flight and waiting.
class Watch final {
    Q_DISABLE_COPY_MOVE(Watch)

public:
    Watch(const QList<TestServer *> &servers, Engine &engine)
        : maxOpenConnections(servers.size(), 0)
        , m_servers(servers)
        , m_seen(servers.size(), 0)
    {
        m_clock.start();
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this, &engine] {
            for (qsizetype i = 0; i < m_servers.size(); ++i) {
                const qsizetype count = m_servers[i]->requests().size();
                for (; m_seen[i] < count; ++m_seen[i])
                    arrivals.append(m_clock.elapsed());
                maxOpenConnections[i] =
                    std::max(maxOpenConnections[i], m_servers[i]->openConnectionCount());
            }
            const EngineSnapshot snapshot = engine.takeSnapshot();
            maxWaiting = std::max(maxWaiting, snapshot.waiting);
            maxInFlight = std::max(maxInFlight, snapshot.inFlight);
        });
        m_timer.start(1);
    }

    // The most requests that arrived within any `windowMs`, all servers together.
    [[nodiscard]] int maxArrivalsWithin(qint64 windowMs) const
    {
        int most = 0;
        qsizetype first = 0;
        for (qsizetype last = 0; last < arrivals.size(); ++last) {
            while (arrivals[last] - arrivals[first] >= windowMs)
                ++first;
            most = std::max(most, int(last - first + 1));
        }
        return most;
    }

    QList<qint64> arrivals;
    QList<int> maxOpenConnections;
    int maxWaiting = 0;
    int maxInFlight = 0;

private:
    QList<TestServer *> m_servers;
    QList<qsizetype> m_seen;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace

class TestEngine final : public QObject {
    Q_OBJECT

private slots:
    void resultsAndStates();
    void perHostCap();
    void engineWideCap();
    void addedWhileRunningIsCheckedAtOnce();
    void takenOverGoesOnAtItsSchedule();
    void checkNow();
    void removeStopsResults();
    void removeAndAddAgainWhileInFlight();
    void pauseAndResume();
    void maintenanceMarksResultsAndHoldsTheState();
    void updateSwitchesEndpoint();
    void parentDownMakesChildUnreachable();
    void votersCheckWithoutAState();
    void quorumDecidesTheState();
    void stopReportsNothingAfterwards();
    void severalWorkers();
    void snapshotCounts();
    void checksWaitForTheSecret();
    void unreadableSecretFailsWithoutARequest();
    void workerLagAndStuckChecks();

private:
    // Tests that let time pass (intervals, a pause) run on a FakeClock of their own and move it
    // with advanceEngine(). The others measure real concurrency against a slow server on the
    // system clock, waiting for conditions only.
    std::shared_ptr<const Clock> m_clock = std::make_shared<SystemClock>();
};

void TestEngine::resultsAndStates()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());
    server.setRoute("/503", TestRoute::withStatus(503, "maintenance"));

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.setMonitors({monitorFor(1, server.url(u"/ok"_s)), monitorFor(2, server.url(u"/ok"_s)),
                        monitorFor(3, server.url(u"/503"_s))});
    QCOMPARE(engine.monitors().size(), 3);
    QCOMPARE(engine.state(1), MonitorState::Pending);
    engine.start();

    // The first checks are spread over the first interval; two intervals, two checks each.
    for (int checks = 1; checks <= 2; ++checks) {
        QVERIFY(advanceEngine(engine, *clock, 1000));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= checks &&
                                     recorder.resultCount(2) >= checks &&
                                     recorder.resultCount(3) >= checks,
                                 kWaitMs);
    }

    for (const qint64 id : {1, 2}) {
        for (const CheckResult &result : recorder.results(id)) {
            QCOMPARE(result.verdict, Verdict::Up);
            QCOMPARE(result.httpStatus, 200);
        }
        // One transition, however many checks: Pending -> Up.
        const QList<StateChange> changes = recorder.changes(id);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].from, MonitorState::Pending);
        QCOMPARE(changes[0].to, MonitorState::Up);
        QVERIFY(!changes[0].wentDown());
        QCOMPARE(engine.state(id), MonitorState::Up);
    }

    const CheckResult down = recorder.results(3).first();
    QCOMPARE(down.verdict, Verdict::Down);
    QCOMPARE(down.reason, Reason::Status);
    QCOMPARE(down.httpStatus, 503);
    const QList<StateChange> changes = recorder.changes(3);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].from, MonitorState::Pending);
    QCOMPARE(changes[0].to, MonitorState::Down);
    QVERIFY(changes[0].wentDown());
    QCOMPARE(changes[0].reason, Reason::Status);
    QCOMPARE(changes[0].at, down.startedAt);
    QCOMPARE(engine.state(3), MonitorState::Down);

    const QList<int> counts = engine.stateCounts();
    QCOMPARE(counts.value(int(MonitorState::Up)), 2);
    QCOMPARE(counts.value(int(MonitorState::Down)), 1);

    // A change travels in the same batch as the result that caused it.
    for (const ResultBatch &batch : std::as_const(recorder.batches)) {
        for (const StateChange &change : batch.changes) {
            QVERIFY(std::any_of(
                batch.results.cbegin(), batch.results.cend(), [&change](const CheckResult &result) {
                    return result.monitorId == change.monitorId && result.startedAt == change.at;
                }));
        }
    }
}

void TestEngine::perHostCap()
{
    constexpr int kCap = 3;
    constexpr int kDelayMs = 300;
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/slow", TestRoute::ok().delayed(kDelayMs));

    Engine engine(config(2, 1000, kCap), m_clock);
    Recorder recorder(engine);
    for (qint64 id = 1; id <= 20; ++id)
        engine.addMonitor(monitorFor(id, server.url(u"/slow"_s)));
    Watch watch({&server}, engine);
    engine.start();

    // 20 checks a second wanted, about 10 possible: most wait their turn.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount() >= 20, kWaitMs);

    QCOMPARE(watch.maxInFlight, kCap); // the cap is used, never exceeded
    QVERIFY(recorder.maxInFlight <= kCap);
    QVERIFY2(watch.maxOpenConnections[0] <= kCap,
             qPrintable(QString::number(watch.maxOpenConnections[0])));
    QVERIFY(watch.maxOpenConnections[0] >= 1);
    // A slot is busy for at least the server's delay: more arrivals than slots within a shorter
    // window would mean more checks ran at once.
    QVERIFY2(watch.maxArrivalsWithin(kDelayMs - 100) <= kCap,
             qPrintable(QString::number(watch.maxArrivalsWithin(kDelayMs - 100))));
    QVERIFY(watch.maxWaiting > 0);
    QVERIFY(engine.inFlight() <= kCap);
    // Round-robin within the host queue: every monitor got its turn.
    for (qint64 id = 1; id <= 20; ++id)
        QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(id) >= 1, kWaitMs);
    QCOMPARE(watch.maxInFlight, kCap);
    QVERIFY(recorder.maxInFlight <= kCap);
    QVERIFY(watch.maxOpenConnections[0] <= kCap);
    QVERIFY(watch.maxArrivalsWithin(kDelayMs - 100) <= kCap);
}

void TestEngine::engineWideCap()
{
    constexpr int kCap = 4;
    constexpr int kDelayMs = 300;
    TestServer first;
    TestServer second;
    QVERIFY(first.start());
    QVERIFY(second.start());
    first.setRoute("/slow", TestRoute::ok().delayed(kDelayMs));
    second.setRoute("/slow", TestRoute::ok().delayed(kDelayMs));

    Engine engine(config(2, kCap, 6), m_clock);
    Recorder recorder(engine);
    for (qint64 id = 1; id <= 10; ++id) {
        engine.addMonitor(monitorFor(id, first.url(u"/slow"_s)));
        engine.addMonitor(monitorFor(100 + id, second.url(u"/slow"_s)));
    }
    Watch watch({&first, &second}, engine);
    engine.start();

    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount() >= 24, kWaitMs);

    QCOMPARE(watch.maxInFlight, kCap);
    QVERIFY(recorder.maxInFlight <= kCap);
    QVERIFY2(watch.maxArrivalsWithin(kDelayMs - 100) <= kCap,
             qPrintable(QString::number(watch.maxArrivalsWithin(kDelayMs - 100))));
    QVERIFY(watch.maxWaiting > 0);
    // Both hosts are served, not one starved by the other.
    QVERIFY(!first.requests().isEmpty());
    QVERIFY(!second.requests().isEmpty());
    qsizetype fromFirst = 0;
    qsizetype fromSecond = 0;
    for (qint64 id = 1; id <= 10; ++id) {
        fromFirst += recorder.resultCount(id);
        fromSecond += recorder.resultCount(100 + id);
    }
    QVERIFY2(fromFirst >= 6 && fromSecond >= 6,
             qPrintable(u"%1 and %2"_s.arg(fromFirst).arg(fromSecond)));
}

void TestEngine::addedWhileRunningIsCheckedAtOnce()
{
    constexpr int kHour = 3600;
    // Loaded at startup, monitor 1's first check is spread far into its hour.
    QVERIFY(Scheduler::spreadOffsetMs(1, kHour * 1000) > 10 * 60 * 1000);
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.setMonitors({monitorFor(1, server.url(u"/ok"_s), kHour)});
    engine.start();
    QVERIFY(advanceEngine(engine, *clock, kTenMinutes));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), 0);

    engine.addMonitor(monitorFor(2, server.url(u"/ok"_s), kHour));
    QVERIFY(engine.contains(2));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(2), 1, kWaitMs);
    QCOMPARE(recorder.results(2).first().verdict, Verdict::Up);
    QCOMPARE(engine.state(2), MonitorState::Up);
    QCOMPARE(recorder.resultCount(1), 0);
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(engine.monitors().size(), 2);
}

void TestEngine::takenOverGoesOnAtItsSchedule()
{
    // Taken over from another agent: the first checks come when given, not spread (one overdue
    // at once; one given beyond its interval within the interval).
    constexpr int kHour = 3600;
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.setMonitors({monitorFor(1, server.url(u"/ok"_s), kHour),
                        monitorFor(2, server.url(u"/ok"_s), kHour),
                        monitorFor(3, server.url(u"/ok"_s), kHour)},
                       {}, {{1, 20 * 60 * 1000}, {2, -5000}, {3, 5 * kHour * 1000}});
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(2), 1, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 20 * 60 * 1000 - 1));
    QCOMPARE(recorder.resultCount(1), 0);
    QVERIFY(advanceEngine(engine, *clock, 1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(1), 1, kWaitMs);
    QCOMPARE(recorder.resultCount(3), 0);
    QVERIFY(advanceEngine(engine, *clock, 40 * 60 * 1000));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(3), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(2), 2, kWaitMs); // an hour after its first
}

void TestEngine::checkNow()
{
    constexpr int kHour = 3600;
    QVERIFY(Scheduler::spreadOffsetMs(1, kHour * 1000) > 10 * 60 * 1000);
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.setMonitors({monitorFor(1, server.url(u"/ok"_s), kHour)});
    engine.start();
    QVERIFY(advanceEngine(engine, *clock, kTenMinutes));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), 0);

    engine.checkNow(1);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(1), 1, kWaitMs);
    // Once: the next check is due an interval later.
    QVERIFY(advanceEngine(engine, *clock, kHour * 1000 - 1));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), 1);
    QCOMPARE(server.requests().size(), 1);

    engine.checkNow(42); // unknown: nothing happens
    engine.checkNow(1);
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(1), 2, kWaitMs);
}

void TestEngine::removeStopsResults()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());
    server.setRoute("/slow", TestRoute::ok().delayed(300));

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.addMonitor(monitorFor(1, server.url(u"/slow"_s)));
    engine.addMonitor(monitorFor(2, server.url(u"/ok"_s)));
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1 && recorder.resultCount(2) >= 1, kWaitMs);
    // Removed while (likely) checking: a result still on its way is dropped too.
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QCOMPARE(engine.inFlight(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(server, "/slow") > recorder.resultCount(1), kWaitMs);

    engine.removeMonitor(1);
    QVERIFY(!engine.contains(1));
    QCOMPARE(engine.monitors().size(), 1);
    const qsizetype before = recorder.resultCount(1);
    const qsizetype otherBefore = recorder.resultCount(2);
    // Both checks come back (the removed monitor's frees its slot), then two more intervals.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    for (int interval = 0; interval < 2; ++interval) {
        QVERIFY(advanceEngine(engine, *clock, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    }
    QCOMPARE(recorder.resultCount(1), before);
    QVERIFY(recorder.changes(1).size() <= 1);
    QVERIFY(recorder.resultCount(2) >= otherBefore + 2);

    engine.removeMonitor(1); // twice: nothing happens
    engine.removeMonitor(77);
    QCOMPARE(engine.monitors().size(), 1);
}

void TestEngine::removeAndAddAgainWhileInFlight()
{
    // SQLite hands a deleted monitor's id to the next one added, so an id can come back while
    // the old monitor's check is still running.
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/slow", TestRoute::ok().delayed(1000));

    Engine engine(config(1, 1000, 6), m_clock);
    Recorder recorder(engine);
    engine.addMonitor(monitorFor(1, server.url(u"/slow"_s)));
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, kWaitMs);
    QCOMPARE(engine.inFlight(), 1);

    engine.removeMonitor(1);
    engine.addMonitor(monitorFor(1, server.url(u"/slow"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 2, kWaitMs);

    engine.removeMonitor(1);
    // Every check that was sent comes back within about a second; none may be counted as
    // running forever (that slot would be lost to the host and the engine for good).
    (void)QTest::qWaitFor([&engine] { return engine.inFlight() == 0; }, 10'000);
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(engine.takeSnapshot().inFlight, 0);
}

void TestEngine::maintenanceMarksResultsAndHoldsTheState()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/down", TestRoute::withStatus(503));
    server.setRoute("/ok", TestRoute::ok());

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.setMaintenance({1}); // before the monitor exists: it starts in maintenance
    engine.addMonitor(monitorFor(1, server.url(u"/down"_s)));
    engine.addMonitor(monitorFor(2, server.url(u"/ok"_s)));
    QCOMPARE(engine.state(1), MonitorState::Maintenance);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1 && recorder.resultCount(2) >= 1, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1100));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 2, kWaitMs);
    // Failing checks, marked, and no DOWN.
    for (const CheckResult &result : recorder.results(1)) {
        QCOMPARE(result.verdict, Verdict::Down);
        QVERIFY(result.maintenance);
    }
    QVERIFY(!recorder.results(2).constFirst().maintenance);
    QCOMPARE(engine.state(1), MonitorState::Maintenance);
    QCOMPARE(engine.stateCounts().value(int(MonitorState::Maintenance)), 1);
    const QList<StateChange> opened = recorder.changes(1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.constFirst().to, MonitorState::Maintenance);

    // The window closes: PENDING, then the next failing check is DOWN, unmarked.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    engine.setMaintenance({});
    QCOMPARE(engine.state(1), MonitorState::Pending);
    QCOMPARE(recorder.changes(1).size(), 2);
    const qsizetype before = recorder.resultCount(1);
    QVERIFY(advanceEngine(engine, *clock, 1100));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) > before, kWaitMs);
    QVERIFY(!recorder.results(1).constLast().maintenance);
    QCOMPARE(engine.state(1), MonitorState::Down);
    QVERIFY(recorder.changes(1).constLast().wentDown());
}

void TestEngine::pauseAndResume()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.addMonitor(monitorFor(1, server.url(u"/ok"_s)));
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1, kWaitMs);
    QCOMPARE(engine.state(1), MonitorState::Up);
    // Paused between checks, so no check of before the pause is still on its way.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);

    engine.setPaused(1, true);
    QCOMPARE(engine.state(1), MonitorState::Paused);
    QVERIFY(engine.monitors().first().paused);
    QCOMPARE(engine.stateCounts().value(int(MonitorState::Paused)), 1);
    const QList<StateChange> changes = recorder.changes(1);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.last().from, MonitorState::Up);
    QCOMPARE(changes.last().to, MonitorState::Paused);
    QVERIFY(!changes.last().wentDown());
    const qsizetype results = recorder.resultCount(1);
    const qsizetype requests = server.requests().size();

    engine.setPaused(1, true); // already paused: no second change
    QCOMPARE(recorder.changes(1).size(), 2);
    engine.checkNow(1); // a paused monitor is not checked, not even on demand
    QVERIFY(advanceEngine(engine, *clock, 2500));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), results);
    QCOMPARE(server.requests().size(), requests);

    engine.setPaused(1, false);
    QCOMPARE(recorder.changes(1).size(), 3);
    QCOMPARE(recorder.changes(1).last().from, MonitorState::Paused);
    QCOMPARE(recorder.changes(1).last().to, MonitorState::Pending);
    QCOMPARE(engine.state(1), MonitorState::Pending);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= results + 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(1), MonitorState::Up, kWaitMs);
    QCOMPARE(recorder.changes(1).last().to, MonitorState::Up);
}

void TestEngine::updateSwitchesEndpoint()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/a", TestRoute::ok());
    server.setRoute("/b", TestRoute::withStatus(503));

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    Monitor monitor = monitorFor(1, server.url(u"/a"_s));
    engine.addMonitor(monitor);
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1, kWaitMs);
    QCOMPARE(engine.state(1), MonitorState::Up);

    monitor.url = server.url(u"/b"_s);
    engine.updateMonitor(monitor);
    QCOMPARE(engine.monitors().first().url, monitor.url);
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(server, "/b") >= 1, kWaitMs);
    // A check of the monitor never overlaps its previous one: once /b was asked, /a is done.
    const qsizetype toA = requestsTo(server, "/a");
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1000)); // the next check
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    QCOMPARE(requestsTo(server, "/a"), toA);
    QVERIFY(requestsTo(server, "/b") >= 2);
    QTRY_COMPARE_WITH_TIMEOUT(engine.state(1), MonitorState::Down, kWaitMs);
    QCOMPARE(recorder.results(1).last().httpStatus, 503);
}

void TestEngine::votersCheckWithoutAState()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    Monitor monitor = monitorFor(20, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    monitor.locations = 3;
    monitor.quorum = 2;
    engine.addVoter(monitor, 0);
    QVERIFY(engine.isVoter(20));
    engine.setMaintenance({20}); // its checks are marked, but it has no state to change
    engine.start();

    // Down, checked, but a vote: no state here, no change, no alert.
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(20) >= 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(20) >= 2, kWaitMs);
    for (const CheckResult &result : recorder.results(20)) {
        QCOMPARE(result.vote, Vote::Helper);
        QCOMPARE(result.verdict, Verdict::Down);
        QVERIFY(result.maintenance);
    }
    QVERIFY(recorder.changes(20).isEmpty());
    const QList<int> counts = engine.stateCounts(); // it is in no state here
    QCOMPARE(std::accumulate(counts.cbegin(), counts.cend(), 0), 0);
    // An update keeps it a voter; removing it ends its checks.
    monitor.name = u"renamed"_s;
    engine.updateMonitor(monitor);
    QVERIFY(engine.isVoter(20));
    // Added as its owner, it has a state of its own.
    engine.addMonitor(monitor);
    QVERIFY(engine.contains(20) && !engine.isVoter(20));
    const QList<int> owned = engine.stateCounts();
    QCOMPARE(std::accumulate(owned.cbegin(), owned.cend(), 0), 1);
    engine.removeMonitor(20);
    QVERIFY(!engine.contains(20));
}

void TestEngine::quorumDecidesTheState()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    engine.setLocation(u"eu-west"_s);
    Recorder recorder(engine);
    // Refused here, every check.
    Monitor monitor = monitorFor(30, QUrl(u"http://127.0.0.1:%1/"_s.arg(port)));
    monitor.locations = 3;
    monitor.quorum = 2;
    engine.addMonitor(monitor);
    const auto votes = [&clock](Verdict second, Verdict third) {
        const QDateTime now = clock->nowUtc();
        return QHash<qint64, QList<LocationVote>>{
            {30,
             {{u"us-east"_s, second, second == Verdict::Down ? Reason::Timeout : Reason::Ok,
               second == Verdict::Down ? u"timed out"_s : QString(), now.addSecs(-1)},
              {u"ap-south"_s, third, Reason::Ok, QString(), now.addSecs(-1)}}}};
    };
    // The others see it up: this location's trouble alone is no outage.
    engine.setVotes(votes(Verdict::Up, Verdict::Up));
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.hasChangeTo(30, MonitorState::Up), kWaitMs);
    QCOMPARE(recorder.results(30).constFirst().verdict, Verdict::Down); // stored as it was
    QCOMPARE(recorder.results(30).constFirst().vote, Vote::Own);
    // Uptime counts what the quorum made of it.
    QCOMPARE(recorder.results(30).constFirst().judged, std::optional(Verdict::Up));
    QCOMPARE(recorder.results(30).constFirst().uptimeVerdict(), std::optional(Verdict::Up));

    // A second location sees it down: the quorum of two is met at the next check.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    engine.setVotes(votes(Verdict::Down, Verdict::Up));
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.hasChangeTo(30, MonitorState::Down), kWaitMs);
    const StateChange down = recorder.changes(30).constLast();
    QVERIFY(down.wentDown());
    QCOMPARE(down.reason, Reason::Refused);
    QVERIFY2(down.error.startsWith(u"down from 2 of 3 locations (eu-west: "_s),
             qPrintable(down.error));
    QVERIFY2(down.error.contains(u"us-east: timed out"_s), qPrintable(down.error));
    QCOMPARE(recorder.results(30).constLast().uptimeVerdict(), std::optional(Verdict::Down));

    // Without votes (none fresh, or the agents gone) its own checks decide.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    engine.setVotes({});
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    QCOMPARE(engine.state(30), MonitorState::Down);
    QCOMPARE(recorder.changes(30).size(), 2);
}

void TestEngine::parentDownMakesChildUnreachable()
{
    const quint16 port = TestServer::unusedPort();
    QVERIFY(port != 0);
    const QUrl refused(u"http://127.0.0.1:%1/"_s.arg(port));

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    Monitor parent = monitorFor(10, refused);
    Monitor child = monitorFor(11, refused.resolved(QUrl(u"/child"_s)));
    child.parentId = parent.id;
    child.retries = 1; // its first failure is tolerated, by then the parent is down
    engine.addMonitor(parent);
    engine.addMonitor(child);
    engine.start();

    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(10) >= 1 && recorder.resultCount(11) >= 1,
                             kWaitMs);
    // The child's second failure, an interval later, finds its parent down.
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.hasChangeTo(11, MonitorState::Unreachable), kWaitMs);
    const QList<StateChange> parentChanges = recorder.changes(10);
    QCOMPARE(parentChanges.size(), 1);
    QCOMPARE(parentChanges[0].to, MonitorState::Down);
    QVERIFY(parentChanges[0].wentDown());
    QCOMPARE(parentChanges[0].reason, Reason::Refused);

    QList<StateChange> childChanges = recorder.changes(11);
    QCOMPARE(childChanges.size(), 1);
    QCOMPARE(childChanges[0].from, MonitorState::Pending);
    QCOMPARE(childChanges[0].to, MonitorState::Unreachable);
    QVERIFY(!childChanges[0].wentDown());
    QCOMPARE(engine.state(11), MonitorState::Unreachable);

    // More failures while the parent stays down change nothing and alert nobody.
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    const qsizetype checks = recorder.resultCount(11);
    for (int interval = 0; interval < 2; ++interval) {
        QVERIFY(advanceEngine(engine, *clock, 1000));
        QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 0, kWaitMs);
    }
    QVERIFY(recorder.resultCount(11) >= checks + 2);
    childChanges = recorder.changes(11);
    QCOMPARE(childChanges.size(), 1);
    QCOMPARE(engine.state(11), MonitorState::Unreachable);
    QCOMPARE(engine.state(10), MonitorState::Down);
}

void TestEngine::stopReportsNothingAfterwards()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());
    server.setRoute("/slow", TestRoute::ok().delayed(3000));

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(2), clock);
    Recorder recorder(engine);
    QSignalSpy stopped(&engine, &Engine::stopped);
    engine.addMonitor(monitorFor(1, server.url(u"/ok"_s)));
    engine.addMonitor(monitorFor(2, server.url(u"/ok"_s)));
    engine.addMonitor(monitorFor(3, server.url(u"/slow"_s)));
    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1 && recorder.resultCount(2) >= 1, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 2 && recorder.resultCount(2) >= 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(server, "/slow") >= 1, kWaitMs);
    QCOMPARE(recorder.resultCount(3), 0);
    const int openBeforeStop = server.openConnectionCount(); // the slow check's among them

    engine.stop();
    engine.stop(); // twice: one stopped()
    QTRY_COMPARE_WITH_TIMEOUT(stopped.count(), 1, kWaitMs);
    QCOMPARE(engine.inFlight(), 0);
    const qsizetype batches = recorder.batches.size();
    const qsizetype requests = server.requests().size();
    // The slow check was cancelled: its connection is dropped, so no answer can come. Then
    // several intervals pass.
    QTRY_VERIFY_WITH_TIMEOUT(server.openConnectionCount() < openBeforeStop, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 3500));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.batches.size(), batches);
    QCOMPARE(recorder.resultCount(3), 0); // cancelled, not reported
    QCOMPARE(server.requests().size(), requests);
    QCOMPARE(stopped.count(), 1);

    // Changes after stop schedule nothing.
    engine.checkNow(1);
    engine.addMonitor(monitorFor(4, server.url(u"/ok"_s)));
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(server.requests().size(), requests);
}

void TestEngine::severalWorkers()
{
    TestServer servers[4];
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(3), clock);
    QCOMPARE(engine.workerCount(), 0); // threads start with start()
    Recorder recorder(engine);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(servers[i].start());
        servers[i].setRoute("/ok", TestRoute::ok());
        engine.addMonitor(monitorFor(i + 1, servers[i].url(u"/ok"_s)));
    }
    engine.start();
    QCOMPARE(engine.workerCount(), 3);
    engine.start(); // twice: no more threads
    QCOMPARE(engine.workerCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 1 && recorder.resultCount(2) >= 1 &&
                                 recorder.resultCount(3) >= 1 && recorder.resultCount(4) >= 1,
                             kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 2 && recorder.resultCount(2) >= 2 &&
                                 recorder.resultCount(3) >= 2 && recorder.resultCount(4) >= 2,
                             kWaitMs);
    for (int i = 0; i < 4; ++i) {
        QVERIFY(servers[i].requests().size() >= 2);
        QCOMPARE(engine.state(i + 1), MonitorState::Up);
    }

    Engine defaults(config(0), m_clock);
    defaults.start();
    QCOMPARE(defaults.workerCount(), std::max(1, QThread::idealThreadCount()));
}

void TestEngine::snapshotCounts()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/ok", TestRoute::ok());

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    engine.addMonitor(monitorFor(1, server.url(u"/ok"_s)));
    engine.addMonitor(monitorFor(2, server.url(u"/ok"_s)));
    const EngineSnapshot before = engine.takeSnapshot();
    QCOMPARE(before.monitors, 2);
    QCOMPARE(before.completed, 0);
    QCOMPARE(before.inFlight, 0);
    QCOMPARE(before.schedule.started, 0);

    engine.start();
    QTRY_VERIFY_WITH_TIMEOUT(engine.takeSnapshot().completed >= 2, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(engine.takeSnapshot().completed >= 4, kWaitMs);
    const EngineSnapshot snapshot = engine.takeSnapshot();
    QCOMPARE(snapshot.monitors, 2);
    QCOMPARE(snapshot.completed, qint64(recorder.resultCount()));
    QVERIFY(snapshot.schedule.started >= snapshot.completed);
    QVERIFY(snapshot.schedule.started <= snapshot.completed + 2);
    QVERIFY(snapshot.inFlight >= 0 && snapshot.inFlight <= 2);
    QVERIFY(snapshot.workerMaxLagMs >= 0);
    // Reading resets the worker lag.
    QCOMPARE(engine.takeSnapshot().workerMaxLagMs, 0);

    QVERIFY(advanceEngine(engine, *clock, 1000));
    QTRY_VERIFY_WITH_TIMEOUT(engine.takeSnapshot().completed >= snapshot.completed + 2, kWaitMs);
}

void TestEngine::checksWaitForTheSecret()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/one", TestRoute::ok());
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    Monitor monitor = monitorFor(1, server.url(u"/one"_s));
    monitor.auth.kind = AuthKind::Bearer;
    monitor.credentialKey = u"key-1"_s;
    engine.setMonitors({monitor});
    engine.start();
    QVERIFY(engine.waitsForSecret(1));
    QVERIFY(advanceEngine(engine, *clock, 5000));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), 0);
    QCOMPARE(requestsTo(server, "/one"), 0);

    // Given the secret, the check it held back runs at once.
    engine.setSecret(1, "token");
    QVERIFY(!engine.waitsForSecret(1));
    QTRY_COMPARE_WITH_TIMEOUT(recorder.resultCount(1), 1, kWaitMs);
    QCOMPARE(requestsTo(server, "/one"), 1);

    // Another key: the old secret is not sent with it.
    monitor.credentialKey = u"key-2"_s;
    engine.updateMonitor(monitor);
    QVERIFY(engine.waitsForSecret(1));
    QVERIFY(advanceEngine(engine, *clock, 5000));
    QCOMPARE(engine.inFlight(), 0);
    QCOMPARE(recorder.resultCount(1), 1);

    // No key any more: nothing to wait for.
    monitor.auth = {};
    monitor.credentialKey.clear();
    engine.updateMonitor(monitor);
    QVERIFY(!engine.waitsForSecret(1));
    QVERIFY(advanceEngine(engine, *clock, 2000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(1) >= 2, kWaitMs);
}

void TestEngine::unreadableSecretFailsWithoutARequest()
{
    TestServer server;
    QVERIFY(server.start());
    server.setRoute("/two", TestRoute::ok());
    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(1), clock);
    Recorder recorder(engine);
    Monitor monitor = monitorFor(2, server.url(u"/two"_s));
    monitor.retries = 1;
    monitor.auth.kind = AuthKind::Basic;
    monitor.auth.user = u"ops"_s;
    monitor.credentialKey = u"key-2"_s;
    engine.setMonitors({monitor});
    engine.start();
    QVERIFY(advanceEngine(engine, *clock, 3000));
    engine.setSecretFailure(2, u"the password is not in the keychain"_s);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(2) >= 1, kWaitMs);
    QVERIFY(advanceEngine(engine, *clock, 3000));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.resultCount(2) >= 2, kWaitMs);
    const CheckResult result = recorder.results(2).first();
    QCOMPARE(result.verdict, Verdict::Down);
    QCOMPARE(result.reason, Reason::Secret);
    QCOMPARE(result.error, u"the password is not in the keychain"_s);
    QCOMPARE(result.responseMs, -1);
    QCOMPARE(requestsTo(server, "/two"), 0);
    // Such results count like any other: retries, then DOWN.
    QCOMPARE(engine.state(2), MonitorState::Down);
    QCOMPARE(engine.inFlight(), 0);

    // Once it can be read, the next check goes out.
    engine.setSecret(2, "pw");
    QVERIFY(advanceEngine(engine, *clock, 1500));
    QTRY_VERIFY_WITH_TIMEOUT(requestsTo(server, "/two") >= 1, kWaitMs);
}

void TestEngine::workerLagAndStuckChecks()
{
    TestServer server;
    QVERIFY(server.start());
    TestRoute slow = TestRoute::ok();
    slow.delayMs = 60'000; // longer than the test: the check stays out
    server.setRoute("/slow", slow);

    auto clock = std::make_shared<FakeClock>();
    Engine engine(config(2), clock);
    QVERIFY(engine.takeSnapshot().workerLagMs.isEmpty()); // no workers yet
    Monitor monitor = monitorFor(1, server.url(u"/slow"_s), 600);
    monitor.timeoutMs = 120'000;
    engine.addMonitor(monitor);
    engine.start();
    QTRY_COMPARE_WITH_TIMEOUT(engine.inFlight(), 1, kWaitMs);
    EngineSnapshot snapshot = engine.takeSnapshot();
    QCOMPARE(snapshot.workerLagMs.size(), 2);
    QCOMPARE(snapshot.stuck, 0);

    // Time passes without a report from either worker (this thread does not return to its event
    // loop, so none is handled): their silence counts as lag, as a blocked loop's would.
    clock->advance(10'000);
    snapshot = engine.takeSnapshot();
    const qint64 silence = 10'000 - EngineWorker::kLagReportMs - Engine::kReportSlackMs;
    for (const qint64 lag : snapshot.workerLagMs)
        QVERIFY2(lag >= silence, qPrintable(QString::number(lag)));
    QCOMPARE(snapshot.stuck, 0); // within its timeout

    // Past its timeout and the grace, the check should have ended: its worker is stuck.
    clock->advance(monitor.timeoutMs + Engine::kStuckGraceMs);
    QCOMPARE(engine.takeSnapshot().stuck, 1);

    // Reports come in again: the lag is what the workers measured, no longer their silence.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<qint64> lags = engine.takeSnapshot().workerLagMs;
            return std::all_of(lags.cbegin(), lags.cend(), [](qint64 lag) { return lag < 10'000; });
        }(),
        kWaitMs);
    engine.stop();
    QTRY_COMPARE_WITH_TIMEOUT(engine.takeSnapshot().stuck, 0, kWaitMs);
}

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
