// Several `upwatch run` agents on one database, in one process: MonitoringService with an agent
// role (AgentLeases over LeaseStore). Each monitor is checked by one agent at a time, a later
// agent gets its share, a dead agent's monitors move once its leases expire, and results name
// the location that made them.
#include "core/base/SystemClock.h"
#include "core/io/HistoryCsv.h"
#include "core/metrics/HealthReport.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/PrometheusText.h"
#include "core/service/MonitoringService.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryStore.h"
#include "core/store/LeaseStore.h"
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
    void takeoverGoesOnFromTheLiveStates();
    void observerAloneChecksEverything();
    void observerShowsWhatAgentsFind();
    void observerTakesOverWhenTheAgentsStop();
    void metricsSayEachAgentsPart();
    void agentThatFollowsTheOthersShowsTheirChecks();
    void quorumMonitorsAreCheckedFromEveryLocationAndAlertOnce();
    void takenQuorumMonitorsAreJudgedWithTheVotesFromTheirFirstCheck();

private:
    std::unique_ptr<MonitoringService> startAgent(const QString &location,
                                                  qint64 leaseMs = kLeaseMs,
                                                  qint64 heartbeatMs = kLeaseMs / 4,
                                                  bool observer = false);
    // Its lease only bounds how fresh a live state it goes on from must be: long, for a slow
    // machine.
    std::unique_ptr<MonitoringService> startObserver()
    {
        return startAgent(u"desk"_s, 10 * kLeaseMs, kLeaseMs / 4, true);
    }
    // Until every monitor is up in `service`'s engine.
    bool allUp(MonitoringService &service) const;
    // Every monitor's live state in the database is up (the writer flushed it).
    bool storedAllUp() const;
    static void stop(MonitoringService &service);
    // Makes the monitors `ids` checked from `locations` locations, down when `quorum` see it
    // down, at `url`; false when the database refuses.
    bool checkFromLocations(const QList<qint64> &ids, int locations, int quorum,
                            const QUrl &url) const;
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
                                                          qint64 heartbeatMs, bool observer)
{
    auto service =
        std::make_unique<MonitoringService>(m_db->path(), std::make_shared<SystemClock>());
    AgentConfig config;
    config.observer = observer;
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

bool TestAgents::allUp(MonitoringService &service) const
{
    for (const qint64 id : std::as_const(m_ids)) {
        if (service.engine().state(id) != MonitorState::Up)
            return false;
    }
    return true;
}

bool TestAgents::storedAllUp() const
{
    QSqlQuery query(m_db->db().db());
    return query.exec(
               u"SELECT count(*) FROM live_states WHERE state = %1"_s.arg(int(MonitorState::Up))) &&
           query.next() && query.value(0).toInt() == kMonitors;
}

bool TestAgents::checkFromLocations(const QList<qint64> &ids, int locations, int quorum,
                                    const QUrl &url) const
{
    QSqlQuery query(m_db->db().db());
    for (const qint64 id : ids) {
        if (!query.exec(
                u"UPDATE monitors SET locations = %1, quorum = %2, url = '%3' WHERE id = %4"_s
                    .arg(locations)
                    .arg(quorum)
                    .arg(url.toString())
                    .arg(id)))
            return false;
    }
    return true;
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

namespace {

// Every state change in the batches a spy caught.
QList<StateChange> changesIn(const QSignalSpy &spy)
{
    QList<StateChange> changes;
    for (const auto &arguments : spy)
        changes += arguments.at(0).value<ResultBatch>().changes;
    return changes;
}

QSet<qint64> monitorsIn(const QSignalSpy &spy)
{
    QSet<qint64> ids;
    for (const auto &arguments : spy)
        for (const CheckResult &result : arguments.at(0).value<ResultBatch>().results)
            ids.insert(result.monitorId);
    return ids;
}

} // namespace

void TestAgents::takeoverGoesOnFromTheLiveStates()
{
    constexpr qint64 kLongLeaseMs = 60'000;
    constexpr qint64 kQuickBeatMs = 250;
    auto east = startAgent(u"east"_s, kLongLeaseMs, kQuickBeatMs);
    QTRY_VERIFY_WITH_TIMEOUT(allUp(*east), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(storedAllUp(), 10'000); // written with the next batch
    auto west = startAgent(u"west"_s, kLongLeaseMs, kQuickBeatMs);
    QSignalSpy westResults(west.get(), &MonitoringService::resultsReady);
    QTRY_VERIFY_WITH_TIMEOUT(!west->engine().monitors().isEmpty(), 5000);
    stop(*east);
    east.reset();
    QTRY_COMPARE_WITH_TIMEOUT(west->engine().monitors().size(), kMonitors, 5000);
    // west checks them all, and they are up as east left them: no "pending -> up".
    QTRY_COMPARE_WITH_TIMEOUT(monitorsIn(westResults).size(), kMonitors, 10'000);
    QVERIFY(allUp(*west));
    const QList<StateChange> changes = changesIn(westResults);
    QVERIFY2(changes.isEmpty(), qPrintable(u"%1 changes, the first %2 -> %3"_s.arg(changes.size())
                                               .arg(monitorStateName(changes.value(0).from),
                                                    monitorStateName(changes.value(0).to))));
    stop(*west);
}

void TestAgents::observerAloneChecksEverything()
{
    auto desk = startObserver();
    QCOMPARE(desk->engine().monitors().size(), kMonitors);
    QSignalSpy observed(desk.get(), &MonitoringService::observedResults);
    QTRY_VERIFY_WITH_TIMEOUT(allUp(*desk), 10'000);
    QTest::qWait(kLeaseMs / 2); // a heartbeat or two: still all here
    QCOMPARE(desk->engine().monitors().size(), kMonitors);
    QCOMPARE(observed.size(), 0);
    stop(*desk);
    // Its checks name its location, and leave live states for agents to go on from.
    QSqlQuery query(m_db->db().db());
    QVERIFY(query.exec(u"SELECT count(*), min(location), max(location), min(state) FROM "
                       u"live_states"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), kMonitors);
    QCOMPARE(query.value(1).toString(), u"desk"_s);
    QCOMPARE(query.value(2).toString(), u"desk"_s);
    QCOMPARE(query.value(3).toInt(), int(MonitorState::Up));
}

void TestAgents::observerShowsWhatAgentsFind()
{
    auto east = startAgent(u"east"_s);
    QTRY_VERIFY_WITH_TIMEOUT(allUp(*east), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(storedAllUp(), 10'000); // written with the next batch
    auto desk = startObserver();
    QVERIFY(desk->engine().monitors().isEmpty()); // east leases every shard from the start
    QSignalSpy observed(desk.get(), &MonitoringService::observedResults);
    // What east checks reaches the observer from the database, with its location.
    QTRY_COMPARE_WITH_TIMEOUT(monitorsIn(observed).size(), kMonitors, 10'000);
    for (const auto &arguments : std::as_const(observed))
        for (const CheckResult &result : arguments.at(0).value<ResultBatch>().results)
            QCOMPARE(result.location, u"east"_s);
    QVERIFY(changesIn(observed).isEmpty()); // loaded as up, still up
    // A monitor goes down: east alerts, the observer shows the change.
    m_server->setRoute("/ok", TestRoute::withStatus(500));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int down = 0;
            for (const StateChange &change : changesIn(observed))
                down += change.from == MonitorState::Up && change.to == MonitorState::Down ? 1 : 0;
            return down == kMonitors;
        }(),
        15'000);
    for (const StateChange &change : changesIn(observed))
        QCOMPARE(change.reason, Reason::Status);
    QVERIFY(desk->engine().monitors().isEmpty());
    stop(*desk);
    stop(*east);
}

void TestAgents::observerTakesOverWhenTheAgentsStop()
{
    auto east = startAgent(u"east"_s);
    QTRY_VERIFY_WITH_TIMEOUT(allUp(*east), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(storedAllUp(), 10'000);
    auto desk = startObserver();
    QVERIFY(desk->engine().monitors().isEmpty());
    QSignalSpy own(desk.get(), &MonitoringService::resultsReady);
    stop(*east);
    east.reset();
    // The shards east handed back are nobody's: the observer checks them at its next heartbeat,
    // going on from the states east left.
    QTRY_COMPARE_WITH_TIMEOUT(desk->engine().monitors().size(), kMonitors, int(kLeaseMs));
    QTRY_COMPARE_WITH_TIMEOUT(monitorsIn(own).size(), kMonitors, 10'000);
    QVERIFY(allUp(*desk));
    QVERIFY(changesIn(own).isEmpty());
    stop(*desk);
}

void TestAgents::metricsSayEachAgentsPart()
{
    auto east = startAgent(u"east"_s);
    MetricsCollector eastMetrics(*east);
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, 10'000);
    const AgentMetrics agent = eastMetrics.snapshot().agent;
    QVERIFY(agent.present);
    QVERIFY(!agent.observer);
    QCOMPARE(agent.location, u"east"_s);
    QVERIFY2(agent.name.startsWith(u"east/test/"_s), qPrintable(agent.name));
    QCOMPARE(agent.shards, LeaseStore::kShards);
    QCOMPARE(agent.monitors, kMonitors);
    QVERIFY(agent.heartbeatAgeMs >= 0 && agent.heartbeatAgeMs < kLeaseMs);
    QCOMPARE(agent.leaseMs, kLeaseMs);
    const QByteArray text = PrometheusText::render(eastMetrics.snapshot());
    QVERIFY(text.contains("upwatch_agent_shards 64\n"));
    // An observer beside it checks nothing and says so.
    auto desk = startObserver();
    MetricsCollector deskMetrics(*desk);
    const AgentMetrics observer = deskMetrics.snapshot().agent;
    QVERIFY(observer.present && observer.observer);
    QCOMPARE(observer.shards, 0);
    QCOMPARE(observer.monitors, 0);
    QCOMPARE(HealthReport::evaluate(deskMetrics.snapshot(), QDateTime::currentDateTimeUtc())
                 .json()
                 .value(u"agent"_s)
                 .toObject()
                 .value(u"role"_s)
                 .toString(),
             u"observer"_s);
    stop(*desk);
    stop(*east);
}

void TestAgents::agentThatFollowsTheOthersShowsTheirChecks()
{
    // The window as an agent (Settings → Agents): it checks its share and shows the others'.
    auto east = startAgent(u"east"_s);
    QTRY_COMPARE_WITH_TIMEOUT(east->engine().monitors().size(), kMonitors, 10'000);
    auto desk = std::make_unique<MonitoringService>(m_db->path(), std::make_shared<SystemClock>());
    AgentConfig config;
    config.location = u"desk"_s;
    config.host = u"test"_s;
    config.leaseMs = kLeaseMs;
    config.heartbeatMs = kLeaseMs / 4;
    config.followOthers = true;
    desk->setAgent(config);
    QSignalSpy loaded(desk.get(), &MonitoringService::loaded);
    desk->start();
    QVERIFY(loaded.wait(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(split(*east, *desk).second > 0 &&
                                 split(*east, *desk).first + split(*east, *desk).second ==
                                     kMonitors,
                             5 * kLeaseMs);
    // The fair split, which holds from then on.
    QTRY_VERIFY_WITH_TIMEOUT(east->agent()->shards().size() == LeaseStore::kShards / 2 &&
                                 desk->agent()->shards().size() == LeaseStore::kShards / 2,
                             5 * kLeaseMs);
    QSignalSpy observed(desk.get(), &MonitoringService::observedResults);
    QSignalSpy own(desk.get(), &MonitoringService::resultsReady);
    // East's monitors come from the database, its own from its engine; none from both.
    QSet<qint64> eastsMonitors;
    for (const qint64 id : std::as_const(m_ids)) {
        if (east->engine().contains(id))
            eastsMonitors.insert(id);
    }
    QTRY_COMPARE_WITH_TIMEOUT(monitorsIn(observed), eastsMonitors, 15'000);
    const QSet<qint64> seen = monitorsIn(observed);
    QVERIFY(!seen.intersects(monitorsIn(own)));
    stop(*desk);
    stop(*east);
}

QTEST_GUILESS_MAIN(TestAgents)
#include "tst_agents.moc"

void TestAgents::quorumMonitorsAreCheckedFromEveryLocationAndAlertOnce()
{
    // A few monitors checked from three locations, down when two see it down.
    constexpr int kQuorumMonitors = 6;
    m_server->setRoute("/q", TestRoute::ok());
    const QList<qint64> quorumIds = m_ids.mid(0, kQuorumMonitors);
    QVERIFY(checkFromLocations(quorumIds, 3, 2, m_server->url(u"/q"_s)));
    const QStringList locations{u"east"_s, u"west"_s, u"north"_s};
    std::vector<std::unique_ptr<MonitoringService>> agents;
    QList<StateChange> changes;
    QObject context;
    for (const QString &location : locations) {
        agents.push_back(startAgent(location));
        connect(agents.back().get(), &MonitoringService::resultsReady, &context,
                [&changes, location](const ResultBatch &batch) {
                    changes.append(batch.changes);
                    for (const auto &c : batch.changes)
                        qWarning("DBG change %s %lld %d->%d %s", qPrintable(location), c.monitorId,
                                 int(c.from), int(c.to), qPrintable(c.error));
                });
    }
    // Each is checked by its owner and by one agent in each other location.
    const auto checkers = [&agents](qint64 id) {
        int owners = 0;
        int voters = 0;
        for (const auto &agent : agents) {
            if (agent->engine().isVoter(id))
                ++voters;
            else if (agent->engine().contains(id))
                ++owners;
        }
        return std::pair(owners, voters);
    };
    for (const qint64 id : quorumIds)
        QTRY_COMPARE_WITH_TIMEOUT(checkers(id), std::pair(1, 2), 10 * kLeaseMs);
    // The desktop app on the database shows the owners' verdicts.
    auto desk = startObserver();
    QList<StateChange> observed;
    connect(desk.get(), &MonitoringService::observedResults, &context,
            [&observed](const ResultBatch &batch) { observed.append(batch.changes); });
    const auto count = [this](const QString &sql) {
        QSqlQuery query(m_db->db().db());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    };
    const QString ids = [&quorumIds] {
        QStringList list;
        for (const qint64 id : quorumIds)
            list.append(QString::number(id));
        return list.join(u',');
    }();
    // Every location's vote is stored, and its results name it.
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT count(*) FROM location_votes WHERE monitor_id IN (%1)"_s.arg(ids)),
        3 * kQuorumMonitors, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        count(u"SELECT count(*) FROM (SELECT DISTINCT monitor_id, location FROM results "
              u"WHERE monitor_id IN (%1)) AS seen"_s.arg(ids)),
        3 * kQuorumMonitors, 10'000);
    for (const qint64 id : quorumIds)
        QTRY_COMPARE_WITH_TIMEOUT(
            count(u"SELECT state FROM live_states WHERE monitor_id = %1"_s.arg(id)),
            int(MonitorState::Up), 10'000);
    // Each owner has read the other two locations' votes (a monitor nobody else has voted on
    // yet is judged by its owner alone).
    const auto votesSeen = [&agents](qint64 id) {
        for (const auto &agent : agents) {
            if (agent->engine().contains(id) && !agent->engine().isVoter(id))
                return agent->engine().votes(id).size();
        }
        return qsizetype(-1);
    };
    for (const qint64 id : quorumIds)
        QTRY_COMPARE_WITH_TIMEOUT(votesSeen(id), qsizetype(2), 10'000);

    // Down for everyone: each monitor goes down once, in the agent that owns it, with where
    // it was seen down from.
    changes.clear();
    m_server->setRoute("/q", TestRoute::withStatus(503));
    const auto downs = [&changes](qint64 id) {
        return std::count_if(changes.cbegin(), changes.cend(), [id](const StateChange &change) {
            return change.monitorId == id && change.wentDown();
        });
    };
    for (const qint64 id : quorumIds)
        QTRY_COMPARE_WITH_TIMEOUT(downs(id), qsizetype(1), 10'000);
    QTest::qWait(1500); // a few more checks from every location
    for (const qint64 id : quorumIds) {
        QCOMPARE(downs(id), qsizetype(1));
        const auto change = std::find_if(changes.cbegin(), changes.cend(),
                                         [id](const StateChange &c) { return c.monitorId == id; });
        QVERIFY2(change->error.startsWith(u"down from "_s), qPrintable(change->error));
        QCOMPARE(change->reason, Reason::Status);
        // The window says the same, from the live state.
        const auto seen = [&observed, id] {
            return std::find_if(observed.cbegin(), observed.cend(), [id](const StateChange &c) {
                return c.monitorId == id && c.to == MonitorState::Down;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(seen() != observed.cend(), 10'000);
        QCOMPARE(seen()->error, change->error);
        QCOMPARE(seen()->reason, Reason::Status);
    }
    stop(*desk);
    // Monitors checked from one location are not voted on.
    QCOMPARE(count(u"SELECT count(*) FROM location_votes WHERE monitor_id NOT IN (%1)"_s.arg(ids)),
             0);
    // One location stops: its monitors move to the others, voters among them become owners,
    // and each is checked from the two locations left, still down, without a second alert.
    stop(*agents.back());
    agents.pop_back();
    for (const qint64 id : quorumIds)
        QTRY_COMPARE_WITH_TIMEOUT(checkers(id), std::pair(1, 1), 10 * kLeaseMs);
    QTest::qWait(1500);
    for (const qint64 id : quorumIds) {
        QCOMPARE(downs(id), qsizetype(1));
        for (const auto &agent : agents) {
            if (agent->engine().contains(id) && !agent->engine().isVoter(id))
                QCOMPARE(agent->engine().state(id), MonitorState::Down);
        }
    }
    for (const auto &agent : agents)
        stop(*agent);
}

void TestAgents::takenQuorumMonitorsAreJudgedWithTheVotesFromTheirFirstCheck()
{
    // Monitors down when both of their two locations see them down, failing here, while the
    // other location's fresh votes say up. The agent that takes them judges their very first
    // check with those votes, before its every-two-seconds read of the votes: no check of
    // one location alone makes an outage.
    constexpr int kQuorumMonitors = 12;
    m_server->setRoute("/failing", TestRoute::withStatus(503));
    const QList<qint64> quorumIds = m_ids.mid(0, kQuorumMonitors);
    QList<CheckResult> votes;
    QVERIFY(checkFromLocations(quorumIds, 2, 2, m_server->url(u"/failing"_s)));
    for (const qint64 id : quorumIds) {
        CheckResult vote = makeResult(id, QDateTime::currentDateTimeUtc(), Verdict::Up);
        vote.vote = Vote::Helper;
        votes.append(vote);
    }
    HistoryStore far(m_db->db());
    far.setLocation(u"far"_s);
    QVERIFY(far.append(votes));

    auto east = startAgent(u"east"_s);
    QList<StateChange> changes;
    int judged = 0;
    connect(east.get(), &MonitoringService::resultsReady, this, [&](const ResultBatch &batch) {
        changes.append(batch.changes);
        for (const CheckResult &result : batch.results)
            judged += quorumIds.contains(result.monitorId) ? 1 : 0;
    });
    // A few checks of each (a second apart), the first ones before any read of the votes.
    QTRY_VERIFY_WITH_TIMEOUT(judged >= 3 * kQuorumMonitors, 10'000);
    for (const qint64 id : quorumIds) {
        QCOMPARE(east->engine().state(id), MonitorState::Up);
        for (const StateChange &change : std::as_const(changes))
            QVERIFY2(change.monitorId != id || change.to != MonitorState::Down,
                     qPrintable(change.error));
    }
    stop(*east);
}
