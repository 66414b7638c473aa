#include "core/metrics/MetricsCollector.h"
#include "core/service/MonitoringService.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "tests/support/StoreHelpers.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

// MetricsCollector on a real MonitoringService (an empty temporary database but for one paused
// monitor, so no check runs by itself); the test hands the service's signals what the engine,
// the writer and the health monitor would.
class TestMetricsCollector final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void followsTheServiceLifecycle();
    void attachedLateStartsFromTheMonitors();
    void resultsAndChanges();
    void monitorsAddedUpdatedRemoved();
    void healthSamples();
    void historyAccounting();
    void alertsAndRequests();
    void loadFailure();

private:
    void startService();

    std::unique_ptr<TempDatabase> m_database;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<MonitoringService> m_service;
    Monitor m_stored;
};

void TestMetricsCollector::init()
{
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    Monitor monitor = MonitorBuilder(u"stored"_s)
                          .url(u"http://user:hunter2@127.0.0.1:1/stored"_s)
                          .paused()
                          .build();
    m_stored = storeMonitor(m_database->db(), monitor);
    QVERIFY(m_stored.id > 0);
    m_clock = std::make_shared<FakeClock>();
    m_service = std::make_unique<MonitoringService>(m_database->path(), m_clock);
}

void TestMetricsCollector::cleanup()
{
    if (m_service && m_service->isLoaded() && !m_service->isStopping()) {
        QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
        m_service->shutdown();
        QVERIFY(stopped.wait(30'000));
    }
    m_service.reset();
    m_database.reset();
}

void TestMetricsCollector::startService()
{
    QSignalSpy loaded(m_service.get(), &MonitoringService::loaded);
    m_service->start();
    QVERIFY(loaded.wait(20'000));
}

void TestMetricsCollector::followsTheServiceLifecycle()
{
    MetricsCollector collector(*m_service);
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::Starting);
    QCOMPARE(collector.snapshot().version, QStringLiteral(UPWATCH_VERSION));
    QVERIFY(collector.snapshot().processStart.isValid());
    QVERIFY(collector.snapshot().processStart <= QDateTime::currentDateTimeUtc());
    startService();
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::Running);
    QCOMPARE(collector.snapshot().loadedAt, m_clock->nowUtc());
    QTRY_VERIFY_WITH_TIMEOUT(collector.snapshot().history.open, 20'000);
    QCOMPARE(collector.snapshot().monitors.size(), std::size_t(1));
    const MonitorMetrics &stored = collector.snapshot().monitors.at(m_stored.id);
    QCOMPARE(stored.name, u"stored"_s);
    QCOMPARE(stored.state, MonitorState::Paused);
    // The URL as displayed: its password stays out of the metrics.
    QCOMPARE(stored.url, u"http://user@127.0.0.1:1/stored"_s);

    QSignalSpy stopped(m_service.get(), &MonitoringService::stopped);
    m_service->shutdown();
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::Stopping);
    QVERIFY(stopped.wait(30'000));
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::Stopping);
}

void TestMetricsCollector::attachedLateStartsFromTheMonitors()
{
    startService();
    MetricsCollector collector(*m_service); // as the window does when metrics are switched on
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::Running);
    QCOMPARE(collector.snapshot().monitors.size(), std::size_t(1));
    QCOMPARE(collector.snapshot().monitors.at(m_stored.id).state, MonitorState::Paused);
    QVERIFY(collector.snapshot().loadedAt.isValid());
}

void TestMetricsCollector::resultsAndChanges()
{
    startService();
    MetricsCollector collector(*m_service);
    const qint64 id = m_stored.id;
    const QDateTime at = m_clock->nowUtc();

    CheckResult up = makeResult(id, at, Verdict::Up, 120);
    up.certExpires = at.addDays(20);
    up.phases.connect = 4;
    up.phases.transfer = 9;
    emit m_service->resultsReady(
        batchOf({up}, {makeChange(id, at, MonitorState::Paused, MonitorState::Up)}));
    const MonitorMetrics *metrics = &collector.snapshot().monitors.at(id);
    QCOMPARE(metrics->state, MonitorState::Up);
    QCOMPARE(metrics->lastCheck, at);
    QCOMPARE(metrics->certExpires, at.addDays(20));
    QCOMPARE(metrics->lastPhases, up.phases);
    QCOMPARE(metrics->duration.count(), quint64(1));
    QCOMPARE(metrics->duration.sum(), 0.12);
    QCOMPARE(metrics->checks.at({Verdict::Up, Reason::Ok}), quint64(1));

    // A failure that sent nothing: counted, not timed; the last certificate is kept.
    CheckResult refused = makeResult(id, at.addSecs(60), Verdict::Down);
    refused.reason = Reason::Refused;
    refused.responseMs = -1;
    refused.phases = {};
    refused.phases.resolve = 1;
    emit m_service->resultsReady(
        batchOf({refused}, {makeChange(id, at.addSecs(60), MonitorState::Up, MonitorState::Down)}));
    metrics = &collector.snapshot().monitors.at(id);
    QCOMPARE(metrics->state, MonitorState::Down);
    QCOMPARE(metrics->lastCheck, at.addSecs(60));
    QCOMPARE(metrics->certExpires, at.addDays(20));
    QCOMPARE(metrics->lastPhases, refused.phases);
    QCOMPARE(metrics->duration.count(), quint64(1));
    QCOMPARE(metrics->checks.at({Verdict::Down, Reason::Refused}), quint64(1));
    QCOMPARE(collector.snapshot().stateCounts()[std::size_t(MonitorState::Down)], 1);

    // Results of a monitor it does not know (removed meanwhile) change nothing.
    emit m_service->resultsReady(batchOf({makeResult(id + 100, at, Verdict::Up)}));
    QCOMPARE(collector.snapshot().monitors.size(), std::size_t(1));
}

void TestMetricsCollector::monitorsAddedUpdatedRemoved()
{
    startService();
    MetricsCollector collector(*m_service);
    Monitor added = MonitorBuilder(u"added"_s).id(77).url(u"https://example.org/a"_s).build();
    emit m_service->monitorAdded(added, MonitorState::Pending);
    QCOMPARE(collector.snapshot().monitors.at(77).name, u"added"_s);
    QCOMPARE(collector.snapshot().monitors.at(77).state, MonitorState::Pending);

    emit m_service->resultsReady(batchOf({makeResult(77, m_clock->nowUtc(), Verdict::Up)}));
    added.name = u"renamed"_s;
    added.url = QUrl(u"https://example.org/b"_s);
    emit m_service->monitorUpdated(added);
    const MonitorMetrics &renamed = collector.snapshot().monitors.at(77);
    QCOMPARE(renamed.name, u"renamed"_s);
    QCOMPARE(renamed.url, u"https://example.org/b"_s);
    QCOMPARE(renamed.duration.count(), quint64(1)); // what it counted stays

    emit m_service->monitorsRemoved({77});
    QVERIFY(!collector.snapshot().monitors.contains(77));
    QCOMPARE(collector.snapshot().monitors.size(), std::size_t(1));
}

void TestMetricsCollector::healthSamples()
{
    startService();
    MetricsCollector collector(*m_service);
    HealthSample sample;
    sample.at = m_clock->nowUtc();
    sample.ownerLagMs = 15;
    sample.workerLagsMs = {3, 700};
    sample.inFlight = 6;
    sample.waiting = 2;
    sample.checksPerSecond = 4.5;
    sample.lateChecks = 10; // before the collector came: not "in the last minute"
    sample.skippedChecks = 2;
    sample.stuckChecks = 1;
    emit m_service->healthSampled(sample);
    const EngineMetrics &engine = collector.snapshot().engine;
    QCOMPARE(engine.sampledAt, sample.at);
    QCOMPARE(engine.ownerLagMs, qint64(15));
    QCOMPARE(engine.workerLagMs, (QList<qint64>{3, 700}));
    QCOMPARE(engine.inFlight, 6);
    QCOMPARE(engine.waiting, 2);
    QCOMPARE(engine.checksPerSecond, 4.5);
    QCOMPARE(engine.late, qint64(10));
    QCOMPARE(engine.skipped, qint64(2));
    QCOMPARE(engine.stuck, 1);
    QCOMPARE(engine.lateInLastMinute, qint64(0));

    // Three more late starts within the minute; then a minute without any.
    sample.at = sample.at.addSecs(30);
    sample.lateChecks = 13;
    emit m_service->healthSampled(sample);
    QCOMPARE(collector.snapshot().engine.lateInLastMinute, qint64(3));
    for (int second = 1; second <= 61; ++second) {
        sample.at = sample.at.addSecs(1);
        emit m_service->healthSampled(sample);
    }
    QCOMPARE(collector.snapshot().engine.lateInLastMinute, qint64(0));
}

void TestMetricsCollector::historyAccounting()
{
    startService();
    MetricsCollector collector(*m_service);
    const QDateTime first = m_clock->nowUtc();
    emit m_service->historyAccountingChanged({40, 0, 0, {}});
    QCOMPARE(collector.snapshot().history.stored, qint64(40));
    QCOMPARE(collector.snapshot().history.lastWrite, first);

    // Writing fails: results pile up, no write happens.
    m_clock->advance(5000);
    emit m_service->historyAccountingChanged({40, 12, 3, u"database or disk is full"_s});
    const HistoryMetrics &history = collector.snapshot().history;
    QCOMPARE(history.lastWrite, first);
    QCOMPARE(history.pending, qint64(12));
    QCOMPARE(history.dropped, qint64(3));
    QCOMPARE(history.failure, u"database or disk is full"_s);

    m_clock->advance(5000);
    emit m_service->historyAccountingChanged({52, 0, 3, {}});
    QCOMPARE(collector.snapshot().history.lastWrite, m_clock->nowUtc());
    QVERIFY(collector.snapshot().history.failure.isEmpty());
}

void TestMetricsCollector::alertsAndRequests()
{
    MetricsCollector collector(*m_service);
    collector.countAlertDelivery(u"ops"_s, true);
    collector.countAlertDelivery(u"ops"_s, true);
    collector.countAlertDelivery(u"ops"_s, false);
    collector.countAlertDelivery(u"chat"_s, false);
    const auto &deliveries = collector.snapshot().alertDeliveries;
    QCOMPARE(deliveries.at({u"ops"_s, true}), quint64(2));
    QCOMPARE(deliveries.at({u"ops"_s, false}), quint64(1));
    QCOMPARE(deliveries.at({u"chat"_s, false}), quint64(1));
    QVERIFY(!deliveries.contains({u"chat"_s, true}));

    collector.countRequest(u"/metrics"_s, 200, 0.004);
    collector.countRequest(u"/metrics"_s, 200, 0.002);
    collector.countRequest(u"other"_s, 404, 0.0001);
    collector.countRequest(u"/health"_s, 503, 0.001);
    const HttpMetrics &http = collector.snapshot().http;
    QCOMPARE(http.requests.at({u"/metrics"_s, 200}), quint64(2));
    QCOMPARE(http.requests.at({u"other"_s, 404}), quint64(1));
    QCOMPARE(http.duration.count(), quint64(4));
    QCOMPARE(http.errors, quint64(2));
}

void TestMetricsCollector::loadFailure()
{
    // A folder where the database should be: it cannot be opened.
    MonitoringService service(m_database->folder(), m_clock);
    MetricsCollector collector(service);
    QSignalSpy failed(&service, &MonitoringService::loadFailed);
    service.start();
    QVERIFY(failed.wait(20'000));
    QCOMPARE(collector.snapshot().service, MetricsSnapshot::Service::LoadFailed);
    QCOMPARE(collector.snapshot().loadError, failed.at(0).at(0).toString());
}

QTEST_GUILESS_MAIN(TestMetricsCollector)
#include "tst_metricscollector.moc"
