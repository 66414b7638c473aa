#include "core/metrics/HealthReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// A service that runs well: loaded a minute ago, sampled just now, writing.
MetricsSnapshot healthy()
{
    MetricsSnapshot snapshot;
    snapshot.service = MetricsSnapshot::Service::Running;
    snapshot.version = u"1.2.3"_s;
    snapshot.processStart = kNow.addSecs(-65);
    snapshot.loadedAt = kNow.addSecs(-60);
    snapshot.engine.sampledAt = kNow.addMSecs(-500);
    snapshot.engine.ownerLagMs = 3;
    snapshot.engine.workerLagMs = {1, 2};
    snapshot.history.open = true;
    snapshot.history.lastWrite = kNow.addMSecs(-700);
    snapshot.history.stored = 50;
    for (qint64 id = 1; id <= 3; ++id) {
        MonitorMetrics monitor;
        monitor.id = id;
        monitor.state = id == 3 ? MonitorState::Down : MonitorState::Up;
        snapshot.monitors.emplace(id, monitor);
    }
    return snapshot;
}

} // namespace

class TestHealthReport final : public QObject {
    Q_OBJECT

private slots:
    void states_data();
    void states();
    void severalProblems();
    void json();
    void beforeTheFirstWrite();
};

void TestHealthReport::states_data()
{
    QTest::addColumn<MetricsSnapshot>("snapshot");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("http");
    QTest::addColumn<QString>("problem"); // the start of the one problem; empty: none

    // Monitors that are down are the service working: still ok.
    QTest::newRow("ok, a monitor down") << healthy() << u"ok"_s << 200 << QString();

    MetricsSnapshot snapshot = healthy();
    snapshot.service = MetricsSnapshot::Service::Starting;
    QTest::newRow("starting") << snapshot << u"failing"_s << 503 << u"monitoring is starting"_s;

    snapshot = healthy();
    snapshot.service = MetricsSnapshot::Service::LoadFailed;
    snapshot.loadError = u"database x is locked"_s;
    QTest::newRow("load failed") << snapshot << u"failing"_s << 503
                                 << u"the monitors could not be loaded: database x is locked"_s;

    snapshot = healthy();
    snapshot.service = MetricsSnapshot::Service::Stopping;
    QTest::newRow("stopping") << snapshot << u"failing"_s << 503 << u"monitoring is stopping"_s;

    snapshot = healthy();
    snapshot.history.failure = u"database or disk is full"_s;
    snapshot.history.pending = 500;
    QTest::newRow("store cannot write") << snapshot << u"failing"_s << 503
                                        << u"history cannot be written: database or disk is full"_s;

    snapshot = healthy();
    snapshot.history.open = false;
    QTest::newRow("history not open")
        << snapshot << u"failing"_s << 503 << u"the history database is not open"_s;

    snapshot = healthy();
    snapshot.engine.stuck = 2;
    QTest::newRow("stuck checks") << snapshot << u"failing"_s << 503
                                  << u"2 checks are stuck past their deadline"_s;

    snapshot = healthy();
    snapshot.engine.sampledAt = kNow.addSecs(-(HealthReport::kStaleSampleSeconds + 5));
    QTest::newRow("engine not sampled")
        << snapshot << u"failing"_s << 503 << u"the engine has not been sampled for 15 s"_s;

    snapshot = healthy();
    snapshot.engine.sampledAt = QDateTime();
    snapshot.loadedAt = kNow.addSecs(-2);
    QTest::newRow("first sample yet to come") << snapshot << u"ok"_s << 200 << QString();

    snapshot = healthy();
    snapshot.engine.ownerLagMs = HealthReport::kLagDegradedMs;
    QTest::newRow("owner lags") << snapshot << u"degraded"_s << 200
                                << u"the owner thread's event loop lags 1000 ms"_s;

    snapshot = healthy();
    snapshot.engine.ownerLagMs = HealthReport::kLagDegradedMs - 1;
    QTest::newRow("owner lag just below") << snapshot << u"ok"_s << 200 << QString();

    snapshot = healthy();
    snapshot.engine.workerLagMs = {2, 4000};
    QTest::newRow("a worker lags")
        << snapshot << u"degraded"_s << 200 << u"a worker's event loop lags 4000 ms"_s;

    snapshot = healthy();
    snapshot.history.pending = 20;
    snapshot.history.lastWrite = kNow.addSecs(-HealthReport::kWritesBehindSeconds);
    QTest::newRow("writes behind") << snapshot << u"degraded"_s << 200
                                   << u"20 results wait to be written; the last write was 10 s"_s;

    snapshot = healthy();
    snapshot.history.pending = 20;
    snapshot.history.lastWrite = kNow.addSecs(-HealthReport::kWriterHungSeconds);
    QTest::newRow("writer stuck") << snapshot << u"failing"_s << 503
                                  << u"20 results wait to be written and nothing was written "
                                     "for 60 s"_s;

    snapshot = healthy();
    snapshot.history.pending = 20;
    snapshot.history.lastWrite = kNow.addSecs(-2);
    QTest::newRow("results waiting for the next write") << snapshot << u"ok"_s << 200 << QString();

    snapshot = healthy();
    snapshot.history.pending = 0;
    snapshot.history.lastWrite = kNow.addSecs(-3600);
    QTest::newRow("idle writer") << snapshot << u"ok"_s << 200 << QString();

    snapshot = healthy();
    snapshot.engine.lateInLastMinute = 4;
    QTest::newRow("late checks") << snapshot << u"degraded"_s << 200
                                 << u"4 checks started late in the last minute"_s;

    // An agent: healthy while its heartbeats go through.
    snapshot = healthy();
    snapshot.agent = {true, false, u"east/probe/7"_s, u"east"_s, 32, 500, 4000, 5000, 20'000};
    QTest::newRow("agent beating") << snapshot << u"ok"_s << 200 << QString();
    snapshot.agent.heartbeatAgeMs = 11'000;
    QTest::newRow("agent missed heartbeats")
        << snapshot << u"degraded"_s << 200 << u"the agent's last heartbeat was 11 s ago"_s;
    // At lease - heartbeat it drops its shards: it checks nothing.
    snapshot.agent.heartbeatAgeMs = 15'000;
    QTest::newRow("agent's leases lost")
        << snapshot << u"failing"_s << 503
        << u"the agent's last heartbeat was 15 s ago: its leases may have expired"_s;
    // None yet: counted from the load (a minute ago).
    snapshot.agent.heartbeatAgeMs = -1;
    QTest::newRow("agent never beat")
        << snapshot << u"failing"_s << 503 << u"the agent's last heartbeat was 60 s ago"_s;
    snapshot.agent.observer = true;
    QTest::newRow("observer cannot read the leases")
        << snapshot << u"degraded"_s << 200 << u"the agents' leases were last read 60 s ago"_s;

    snapshot = healthy();
    snapshot.engine.saturated = true;
    snapshot.engine.neededPerSecond = 20'000;
    snapshot.engine.checksPerSecond = 6412.4;
    QTest::newRow("saturated") << snapshot << u"degraded"_s << 200
                               << u"saturated: needs 20000 checks/s, does 6412"_s;
}

void TestHealthReport::states()
{
    QFETCH(MetricsSnapshot, snapshot);
    QFETCH(QString, status);
    QFETCH(int, http);
    QFETCH(QString, problem);
    const HealthReport report = HealthReport::evaluate(snapshot, kNow);
    QCOMPARE(HealthReport::statusName(report.status()), status);
    QCOMPARE(report.httpStatus(), http);
    QCOMPARE(report.json().value(u"status"_s).toString(), status);
    if (problem.isEmpty()) {
        QVERIFY2(report.problems().isEmpty(), qPrintable(report.problems().join(u"; "_s)));
    }
    else {
        QCOMPARE(report.problems().size(), 1);
        QVERIFY2(report.problems().constFirst().startsWith(problem),
                 qPrintable(report.problems().constFirst()));
    }
    QCOMPARE(report.json().value(u"problems"_s).toArray().size(), report.problems().size());
}

void TestHealthReport::severalProblems()
{
    MetricsSnapshot snapshot = healthy();
    snapshot.engine.ownerLagMs = 5000;              // degraded ...
    snapshot.history.failure = u"disk I/O error"_s; // ... and failing: failing wins
    const HealthReport report = HealthReport::evaluate(snapshot, kNow);
    QCOMPARE(report.status(), HealthReport::Status::Failing);
    QCOMPARE(report.httpStatus(), 503);
    QCOMPARE(report.problems().size(), 2);
}

void TestHealthReport::json()
{
    MetricsSnapshot snapshot = healthy();
    snapshot.engine.inFlight = 3;
    snapshot.engine.waiting = 1;
    snapshot.engine.checksPerSecond = 1.5;
    const HealthReport report = HealthReport::evaluate(snapshot, kNow);
    // The body is the JSON, one line.
    QJsonParseError error;
    const QJsonDocument body = QJsonDocument::fromJson(report.body(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(report.body().endsWith('\n'));
    QCOMPARE(report.body().count('\n'), 1);
    const QJsonObject json = body.object();
    QCOMPARE(json, report.json());

    QCOMPARE(json.value(u"status"_s).toString(), u"ok"_s);
    QCOMPARE(json.value(u"version"_s).toString(), u"1.2.3"_s);
    QCOMPARE(json.value(u"uptime_seconds"_s).toInteger(), 65);
    QCOMPARE(json.value(u"seconds_since_last_history_write"_s).toDouble(), 0.7);
    const QJsonObject monitors = json.value(u"monitors"_s).toObject();
    QCOMPARE(monitors.value(u"up"_s).toInt(), 2);
    QCOMPARE(monitors.value(u"down"_s).toInt(), 1);
    QCOMPARE(monitors.value(u"pending"_s).toInt(), 0);
    QCOMPARE(monitors.value(u"unreachable"_s).toInt(), 0);
    QCOMPARE(monitors.value(u"degraded"_s).toInt(), 0);
    QCOMPARE(monitors.value(u"paused"_s).toInt(), 0);
    QCOMPARE(monitors.value(u"total"_s).toInt(), 3);
    const QJsonObject engine = json.value(u"engine"_s).toObject();
    QCOMPARE(engine.value(u"owner_lag_seconds"_s).toDouble(), 0.003);
    QCOMPARE(engine.value(u"worker_lag_seconds"_s).toArray(), (QJsonArray{0.001, 0.002}));
    QCOMPARE(engine.value(u"checks_in_flight"_s).toInt(), 3);
    QCOMPARE(engine.value(u"checks_waiting"_s).toInt(), 1);
    QCOMPARE(engine.value(u"checks_per_second"_s).toDouble(), 1.5);
    QCOMPARE(engine.value(u"needed_checks_per_second"_s).toDouble(), 0.0);
    QCOMPARE(engine.value(u"saturated"_s).toBool(), false);
    QCOMPARE(engine.value(u"stuck_checks"_s).toInt(), 0);
    QVERIFY(!json.contains(u"agent"_s)); // no agents
    // An agent says its part.
    snapshot.agent = {true, false, u"east/probe/7"_s, u"east"_s, 32, 500, 2500, 5000, 20'000};
    const QJsonObject agent =
        HealthReport::evaluate(snapshot, kNow).json().value(u"agent"_s).toObject();
    QCOMPARE(agent.value(u"role"_s).toString(), u"agent"_s);
    QCOMPARE(agent.value(u"name"_s).toString(), u"east/probe/7"_s);
    QCOMPARE(agent.value(u"location"_s).toString(), u"east"_s);
    QCOMPARE(agent.value(u"shards"_s).toInt(), 32);
    QCOMPARE(agent.value(u"monitors"_s).toInt(), 500);
    QCOMPARE(agent.value(u"heartbeat_age_seconds"_s).toDouble(), 2.5);
    QCOMPARE(agent.value(u"lease_seconds"_s).toDouble(), 20.0);
}

void TestHealthReport::beforeTheFirstWrite()
{
    MetricsSnapshot snapshot = healthy();
    snapshot.history.lastWrite = QDateTime();
    const HealthReport report = HealthReport::evaluate(snapshot, kNow);
    QVERIFY(report.json().value(u"seconds_since_last_history_write"_s).isNull());
    QCOMPARE(report.status(), HealthReport::Status::Ok);
}

QTEST_GUILESS_MAIN(TestHealthReport)
#include "tst_healthreport.moc"
