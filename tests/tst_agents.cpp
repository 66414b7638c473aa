// Several `upwatch run` agents on one database, in one process: MonitoringService with an agent
// role (AgentLeases over LeaseStore). Each monitor is checked by one agent at a time, a later
// agent gets its share, a dead agent's monitors move once its leases expire, and results name
// the location that made them.
#include "core/base/SystemClock.h"
#include "core/io/HistoryCsv.h"
#include "core/service/MonitoringService.h"
#include "core/store/HistoryReader.h"
#include "core/store/MonitorStore.h"
#include "tests/support/Builders.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMonitors = 40;
constexpr qint64 kLeaseMs = 2000;

} // namespace

class TestAgents final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void agentsSplitTheMonitorsAndNeverShareOne();
    void deadAgentsMonitorsMoveWithinTheLease();
    void cleanStopHandsOverAtOnce();
    void resultsNameTheirLocation();

private:
    std::unique_ptr<MonitoringService> startAgent(const QString &location,
                                                  qint64 leaseMs = kLeaseMs,
                                                  qint64 heartbeatMs = kLeaseMs / 4);
    static void stop(MonitoringService &service);
    // How many of the monitors each engine runs; fails the test if one runs in both.
    std::pair<int, int> split(MonitoringService &a, MonitoringService &b) const;

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<TestServer> m_server;
    QList<qint64> m_ids;
};

void TestAgents::initTestCase()
{
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestAgents::init()
{
    m_db = std::make_unique<TempDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->error()));
    m_server = std::make_unique<TestServer>();
    QVERIFY(m_server->start());
    m_server->setRoute("/ok", TestRoute::ok());
    m_ids.clear();
    for (int i = 0; i < kMonitors; ++i) {
        Monitor monitor = makeMonitor(u"m%1"_s.arg(i), m_server->url(u"/ok"_s).toString());
        monitor.intervalSeconds = 1;
        m_ids.append(storeMonitor(m_db->db(), monitor).id);
    }
}

void TestAgents::cleanup()
{
    m_server.reset();
    m_db.reset();
}

std::unique_ptr<MonitoringService> TestAgents::startAgent(const QString &location, qint64 leaseMs,
                                                          qint64 heartbeatMs)
{
    auto service =
        std::make_unique<MonitoringService>(m_db->path(), std::make_shared<SystemClock>());
    AgentConfig config;
    config.location = location;
    config.host = u"test"_s;
    config.leaseMs = leaseMs;
    config.heartbeatMs = heartbeatMs;
    service->setAgent(config);
    QSignalSpy loaded(service.get(), &MonitoringService::loaded);
    service->start();
    if (!loaded.wait(10'000))
        qWarning("agent %s did not load", qPrintable(location));
    return service;
}

void TestAgents::stop(MonitoringService &service)
{
    QSignalSpy stopped(&service, &MonitoringService::stopped);
    service.shutdown();
    QVERIFY(stopped.wait(30'000));
}

std::pair<int, int> TestAgents::split(MonitoringService &a, MonitoringService &b) const
{
    int inA = 0;
    int inB = 0;
    for (const qint64 id : std::as_const(m_ids)) {
        const bool hereA = a.engine().contains(id);
        const bool hereB = b.engine().contains(id);
        if (hereA && hereB)
            qWarning("monitor %lld runs in both agents", id);
        inA += hereA ? 1 : 0;
        inB += hereB ? 1 : 0;
    }
    return {inA, inB};
}

void TestAgents::agentsSplitTheMonitorsAndNeverShareOne()
{
    auto east = startAgent(u"east"_s);
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, 10'000);
    auto west = startAgent(u"west"_s);
    QSignalSpy eastResults(east.get(), &MonitoringService::resultsReady);
    QSignalSpy westResults(west.get(), &MonitoringService::resultsReady);
    // Within a few heartbeats both have a part, together all, none twice; checked as it moves.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const auto [inEast, inWest] = split(*east, *west);
        QVERIFY(inEast + inWest <= kMonitors);
        if (inEast > 0 && inWest > 0 && inEast + inWest == kMonitors)
            break;
        QVERIFY2(waited.elapsed() < 5 * kLeaseMs, qPrintable(u"%1 + %2"_s.arg(inEast).arg(inWest)));
        QTest::qWait(20);
    }
    const auto [inEast, inWest] = split(*east, *west);
    QVERIFY2(inEast >= 12 && inWest >= 12, qPrintable(u"%1 / %2"_s.arg(inEast).arg(inWest)));
    // From now on, each monitor's checks come from one agent only.
    eastResults.clear();
    westResults.clear();
    QTest::qWait(2500);
    QSet<qint64> fromEast;
    QSet<qint64> fromWest;
    for (const auto &arguments : std::as_const(eastResults))
        for (const CheckResult &result : arguments.at(0).value<ResultBatch>().results)
            fromEast.insert(result.monitorId);
    for (const auto &arguments : std::as_const(westResults))
        for (const CheckResult &result : arguments.at(0).value<ResultBatch>().results)
            fromWest.insert(result.monitorId);
    QVERIFY(!fromEast.intersects(fromWest));
    QCOMPARE((fromEast | fromWest).size(), kMonitors);
    stop(*west);
    stop(*east);
}

void TestAgents::deadAgentsMonitorsMoveWithinTheLease()
{
    auto east = startAgent(u"east"_s);
    auto west = startAgent(u"west"_s);
    QTRY_VERIFY_WITH_TIMEOUT(split(*east, *west).first > 0 && split(*east, *west).second > 0 &&
                                 split(*east, *west).first + split(*east, *west).second ==
                                     kMonitors,
                             5 * kLeaseMs);
    // west dies: no shutdown, no release; its leases are left to expire.
    west.reset();
    QElapsedTimer moved;
    moved.start();
    // Once the leases expire (give or take a heartbeat); the bound allows a loaded machine.
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, 5 * kLeaseMs);
    qInfo("monitors moved after %lld ms (lease %lld ms)", moved.elapsed(), kLeaseMs);
    stop(*east);
}

void TestAgents::cleanStopHandsOverAtOnce()
{
    // Long leases and quick heartbeats: what moves at once is told from what expires.
    constexpr qint64 kLongLeaseMs = 60'000;
    constexpr qint64 kQuickBeatMs = 250;
    auto east = startAgent(u"east"_s, kLongLeaseMs, kQuickBeatMs);
    auto west = startAgent(u"west"_s, kLongLeaseMs, kQuickBeatMs);
    QTRY_VERIFY_WITH_TIMEOUT(split(*east, *west).second > 0 &&
                                 split(*east, *west).first + split(*east, *west).second ==
                                     kMonitors,
                             5 * kLeaseMs);
    stop(*west);
    west.reset();
    // The leases went back at the stop: the next heartbeat takes them, well before they would
    // have expired.
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, int(kLeaseMs / 4 + 500));
    stop(*east);
}

void TestAgents::resultsNameTheirLocation()
{
    auto east = startAgent(u"east"_s);
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, 10'000);
    QTest::qWait(1500);
    stop(*east);
    QSqlQuery query(m_db->db().db());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT monitor_id), min(location), "
                       u"max(location) FROM results"_s));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() >= kMonitors);
    QCOMPARE(query.value(1).toInt(), kMonitors);
    QCOMPARE(query.value(2).toString(), u"east"_s);
    QCOMPARE(query.value(3).toString(), u"east"_s);
    // Read back with the results, and in the CSV export's last column.
    HistoryReader reader(m_db->db());
    int read = 0;
    QVERIFY(reader.forEachResult(ResultFilter(), [&read](const CheckResult &result) {
        if (result.location != u"east")
            return false;
        const QString row = HistoryCsv::row(result, makeMonitor(u"m"_s));
        ++read;
        return row.endsWith(u",east\r\n"_s);
    }));
    QVERIFY(read >= kMonitors);
}

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"
