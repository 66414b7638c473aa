// `upwatch run` agents as separate processes on one PostgreSQL database (tst_agents runs them as
// services in one process): three agents split 200 monitors, one is killed with SIGKILL, and the
// other two take its shards once its leases expire. The results table must then show every
// monitor checked throughout, none checked twice while the leases hold (one extra check at most
// around a handover), the results after the kill made by the survivors and naming them, and
// nothing lost by the survivors' clean stops.
//
// The scenario runs once, in initTestCase(); each test reads one of these from what it left.
#include "core/store/HistoryWriter.h"
#include "core/store/LeaseStore.h"
#include "tests/support/Builders.h"
#include "tests/support/RunningUpwatch.h"
#include "tests/support/StoreHelpers.h"
#include "tests/support/TestServer.h"
#include "tests/support/UpwatchProcess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMonitors = 200;
constexpr int kIntervalSeconds = 2;
constexpr qint64 kIntervalMs = kIntervalSeconds * 1000;
constexpr int kLeaseSeconds = 4;
constexpr qint64 kLeaseMs = kLeaseSeconds * 1000;
constexpr qint64 kHeartbeatMs = kLeaseMs / 4; // as `upwatch run` sets it
// Two checks of one monitor closer than this: it was checked twice.
constexpr qint64 kDuplicateMs = kIntervalMs / 2;
// For a loaded machine (a sanitizer build runs about three times slower).
constexpr qint64 kSlackMs = 2000;
// The longest a monitor of the killed agent may go unchecked: from its last check before the
// kill (the checks of the last flush period died unwritten with the agent) the lease runs out, a
// survivor's next heartbeat takes the shard, and its first check comes within an interval.
constexpr qint64 kMaxGapMs =
    kLeaseMs + 2 * kIntervalMs + kHeartbeatMs + HistoryWriter::kDefaultFlushMs + kSlackMs;
// How long the agents run with healthy leases: before the kill, and after the handover.
constexpr int kSteadyMs = 3 * kIntervalMs;
constexpr int kAfterMs = 5 * kIntervalMs;
// The most any one wait for the agents (to start, to take shards over) may take.
constexpr int kWaitMs = 90'000;

const QStringList kLocations = {u"east"_s, u"west"_s, u"north"_s};
const QString kKilled = u"west"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// One row of the results table.
struct Check {
    qint64 startedAt = 0; // ms since the epoch, UTC
    QString location;
};

// Two checks of one monitor, one right after the other, closer than kDuplicateMs.
struct Duplicate {
    qint64 monitorId = 0;
    Check first;
    Check second;
};

} // namespace

class TestAgentProcesses final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyMonitorIsCheckedThroughTheKill();
    void noMonitorIsCheckedTwiceWhileLeasesHold();
    void atMostOneExtraCheckAroundTheHandover();
    void eachMonitorHasOneAgentWhileLeasesHold();
    void checksAfterTheKillComeFromTheSurvivors();
    void survivorsStopWithoutLosingAResult();
    void agentsCommandListsEachAgentsPart();

private:
    void runScenario();
    [[nodiscard]] RunningUpwatch &agent(const QString &location);
    [[nodiscard]] QStringList survivors() const;
    [[nodiscard]] bool running(const QStringList &locations);
    // The shards with a live lease, by the location of the agent holding them (agent names are
    // "location/host/pid").
    [[nodiscard]] QHash<QString, int> leases();
    // `locations` and no one else hold all the shards, each its fair share at most (so nothing
    // moves any more); with `checked`, every monitor has been checked too. m_state says how far.
    [[nodiscard]] bool holdAll(const QStringList &locations, bool checked = false);
    // "east 22, west 20, north 22": a number for each location.
    [[nodiscard]] static QString perLocation(const QHash<QString, int> &numbers);
    // The same with " of 64 shards".
    [[nodiscard]] static QString describe(const QHash<QString, int> &held);
    [[nodiscard]] QString output() const;
    void readChecks();
    // Consecutive checks of a monitor, both in [fromMs, toMs], closer than kDuplicateMs.
    [[nodiscard]] QList<Duplicate> duplicates(qint64 fromMs, qint64 toMs) const;
    [[nodiscard]] static QString describe(const QList<Duplicate> &found);
    [[nodiscard]] qint64 rows(const QString &location);

    std::unique_ptr<TempDatabase> m_database;
    TestServer m_server;
    std::vector<std::unique_ptr<RunningUpwatch>> m_agents; // in the order of kLocations
    UpwatchRun m_listing; // `upwatch agents --json` while all three ran
    QString m_state;
    QHash<qint64, QList<Check>> m_checks; // by monitor, in time order
    // When things happened, ms since the epoch (the agents' clock: the same machine's).
    qint64 m_settledMs = 0; // all three agents held their share and every monitor was checked
    qint64 m_killMs = 0;    // SIGKILL went out
    qint64 m_deadMs = 0;    // the killed agent was gone
    qint64 m_takenMs = 0;   // the survivors held every shard
    qint64 m_stopMs = 0;    // the survivors were asked to stop
};

void TestAgentProcesses::initTestCase()
{
    if (!TestEngine::isPostgres())
        QSKIP("agents in separate processes share a PostgreSQL database: run this test with "
              "UPWATCH_TEST_ENGINE=postgres and UPWATCH_TEST_POSTGRES (ctest does)");
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
    QVERIFY2(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)), UPWATCH_BINARY);
    m_database = std::make_unique<TempDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->error()));
    QVERIFY(m_server.start());
    m_server.setRoute("/ok", TestRoute::ok());
    for (int i = 0; i < kMonitors; ++i) {
        const Monitor monitor =
            storeMonitor(m_database->db(), MonitorBuilder(u"m%1"_s.arg(i))
                                               .url(m_server.url(u"/ok"_s))
                                               .intervalSeconds(kIntervalSeconds)
                                               .build());
        QVERIFY(monitor.id > 0);
    }
    QElapsedTimer took;
    took.start();
    runScenario();
    qInfo("the scenario took %lld s", took.elapsed() / 1000);
}

void TestAgentProcesses::cleanupTestCase()
{
    m_agents.clear(); // any still running are killed
    m_database.reset();
}

void TestAgentProcesses::runScenario()
{
    for (const QString &location : kLocations) {
        m_agents.push_back(std::make_unique<RunningUpwatch>(
            QStringList{u"run"_s, u"--db"_s, m_database->path(), u"--location"_s, location,
                        u"--lease-seconds"_s, QString::number(kLeaseSeconds)}));
    }
    // The first agent takes every shard, gives back what is above its share as the others
    // appear, and they take it.
    QTRY_VERIFY2_WITH_TIMEOUT(!running(kLocations) || holdAll(kLocations, true),
                              qPrintable(m_state), kWaitMs);
    QVERIFY2(running(kLocations), qPrintable(output()));
    m_settledMs = nowMs();
    const QHash<QString, int> split = leases();
    qInfo("%d monitors every %d s; agents hold %s", kMonitors, kIntervalSeconds,
          qPrintable(describe(split)));
    m_listing = runUpwatch({u"agents"_s, u"--json"_s, u"--db"_s, m_database->path()});
    QTest::qWait(kSteadyMs);
    QVERIFY2(running(kLocations), qPrintable(output()));
    QVERIFY2(leases() == split, qPrintable(u"the shards moved while all agents ran: "_s +
                                           describe(split) + u" -> "_s + describe(leases())));

    // No clean stop: its leases stay until they expire, its unwritten checks are lost.
    m_killMs = nowMs();
    QVERIFY(agent(kKilled).kill());
    m_deadMs = nowMs();
    QCOMPARE(agent(kKilled).exitCode(), -2);
    QTRY_VERIFY2_WITH_TIMEOUT(!running(survivors()) || holdAll(survivors()), qPrintable(m_state),
                              kWaitMs);
    QVERIFY2(running(survivors()), qPrintable(output()));
    m_takenMs = nowMs();
    qInfo("the killed agent's %d shards were all taken %lld ms after the kill (lease %lld ms, "
          "heartbeat %lld ms); agents hold %s",
          split.value(kKilled), m_takenMs - m_killMs, kLeaseMs, kHeartbeatMs,
          qPrintable(describe(leases())));
    const QHash<QString, int> after = leases();
    QTest::qWait(kAfterMs);
    QVERIFY2(running(survivors()), qPrintable(output()));
    QVERIFY2(leases() == after, qPrintable(u"the shards moved between the survivors: "_s +
                                           describe(after) + u" -> "_s + describe(leases())));

    m_stopMs = nowMs();
    for (const QString &location : survivors()) {
        QVERIFY2(agent(location).terminate(), qPrintable(output()));
        QVERIFY2(agent(location).exitCode() == 0, qPrintable(output()));
    }
    readChecks();
}

RunningUpwatch &TestAgentProcesses::agent(const QString &location)
{
    return *m_agents.at(size_t(kLocations.indexOf(location)));
}

QStringList TestAgentProcesses::survivors() const
{
    QStringList locations = kLocations;
    locations.removeOne(kKilled);
    return locations;
}

bool TestAgentProcesses::running(const QStringList &locations)
{
    return std::all_of(locations.cbegin(), locations.cend(),
                       [this](const QString &location) { return agent(location).isRunning(); });
}

QHash<QString, int> TestAgentProcesses::leases()
{
    QHash<QString, int> held;
    QSqlQuery query(m_database->db().db());
    query.prepare(u"SELECT agent, count(*) FROM leases WHERE agent <> '' AND expires_at > ? "
                  u"GROUP BY agent"_s);
    query.addBindValue(nowMs());
    if (!query.exec()) {
        qWarning("cannot read the leases: %s", qPrintable(query.lastError().text()));
        return held;
    }
    while (query.next())
        held[query.value(0).toString().section(u'/', 0, 0)] += query.value(1).toInt();
    return held;
}

bool TestAgentProcesses::holdAll(const QStringList &locations, bool checked)
{
    const QHash<QString, int> held = leases();
    const auto fair = (LeaseStore::kShards + locations.size() - 1) / locations.size();
    bool settled = held.size() == locations.size();
    int total = 0;
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        settled = settled && locations.contains(it.key()) && it.value() > 0 && it.value() <= fair;
        total += it.value();
    }
    settled = settled && total == LeaseStore::kShards;
    m_state = u"agents hold "_s + describe(held);
    if (!checked)
        return settled;
    QSqlQuery query(m_database->db().db());
    const int monitors =
        query.exec(u"SELECT count(DISTINCT monitor_id) FROM results"_s) && query.next()
            ? query.value(0).toInt()
            : -1;
    m_state += u"; %1 of %2 monitors checked"_s.arg(monitors).arg(kMonitors);
    return settled && monitors == kMonitors;
}

QString TestAgentProcesses::perLocation(const QHash<QString, int> &numbers)
{
    QStringList parts;
    for (const QString &location : kLocations)
        parts.append(u"%1 %2"_s.arg(location).arg(numbers.value(location)));
    for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
        if (!kLocations.contains(it.key()))
            parts.append(u"'%1' %2"_s.arg(it.key()).arg(it.value()));
    }
    return parts.join(u", "_s);
}

QString TestAgentProcesses::describe(const QHash<QString, int> &held)
{
    return perLocation(held) + u" of %1 shards"_s.arg(LeaseStore::kShards);
}

QString TestAgentProcesses::output() const
{
    QString all;
    for (qsizetype i = 0; i < kLocations.size(); ++i) {
        const RunningUpwatch &run = *m_agents.at(size_t(i));
        all += u"\n--- %1 (%2):\n%3%4"_s.arg(
            kLocations.at(i),
            run.isRunning() ? u"running"_s : u"exit code %1"_s.arg(run.exitCode()), run.out(),
            run.err());
    }
    return all;
}

void TestAgentProcesses::readChecks()
{
    QSqlQuery query(m_database->db().db());
    query.setForwardOnly(true);
    QVERIFY2(query.exec(u"SELECT monitor_id, started_at, location FROM results ORDER BY "
                        u"monitor_id, started_at"_s),
             qPrintable(query.lastError().text()));
    while (query.next()) {
        m_checks[query.value(0).toLongLong()].append(
            {query.value(1).toLongLong(), query.value(2).toString()});
    }
}

QList<Duplicate> TestAgentProcesses::duplicates(qint64 fromMs, qint64 toMs) const
{
    QList<Duplicate> found;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QList<Check> &checks = it.value();
        for (qsizetype i = 1; i < checks.size(); ++i) {
            const Check &first = checks.at(i - 1);
            const Check &second = checks.at(i);
            // Two agents, one right after the other. (One agent's check that started late and
            // its next, on time, can be as close on a loaded machine: that is no double check.)
            if (first.startedAt >= fromMs && second.startedAt <= toMs &&
                second.startedAt - first.startedAt < kDuplicateMs &&
                first.location != second.location)
                found.append({it.key(), first, second});
        }
    }
    return found;
}

QString TestAgentProcesses::describe(const QList<Duplicate> &found)
{
    QStringList lines;
    for (const Duplicate &duplicate : found.first(std::min<qsizetype>(found.size(), 10)))
        lines.append(u"monitor %1 by %2 and %3 %4 ms apart"_s.arg(duplicate.monitorId)
                         .arg(duplicate.first.location, duplicate.second.location)
                         .arg(duplicate.second.startedAt - duplicate.first.startedAt));
    if (found.size() > lines.size())
        lines.append(u"... %1 in all"_s.arg(found.size()));
    return lines.join(u"; "_s);
}

qint64 TestAgentProcesses::rows(const QString &location)
{
    QSqlQuery query(m_database->db().db());
    query.prepare(u"SELECT count(*) FROM results WHERE location = ?"_s);
    query.addBindValue(location);
    if (!query.exec() || !query.next()) {
        qWarning("cannot count the results: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestAgentProcesses::everyMonitorIsCheckedThroughTheKill()
{
    QCOMPARE(m_checks.size(), kMonitors);
    // From each monitor's last check before the kill to the survivors' stop (an end that counts
    // as a check, so a monitor nobody took over shows as one long gap).
    qint64 maxGap = 0;
    qint64 worst = 0;
    qint64 maxOthers = 0;
    QList<qint64> moved; // the largest gaps of the killed agent's monitors
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        const QList<Check> &checks = it.value();
        auto check = std::upper_bound(
            checks.cbegin(), checks.cend(), m_killMs,
            [](qint64 at, const Check &candidate) { return at < candidate.startedAt; });
        QVERIFY2(check != checks.cbegin(),
                 qPrintable(u"monitor %1 was not checked before the kill"_s.arg(it.key())));
        --check;
        const bool wasKilleds = check->location == kKilled;
        qint64 previous = check->startedAt;
        qint64 gap = 0;
        for (++check; check != checks.cend() && check->startedAt <= m_stopMs; ++check) {
            gap = std::max(gap, check->startedAt - previous);
            previous = check->startedAt;
        }
        gap = std::max(gap, m_stopMs - previous);
        if (gap > maxGap) {
            maxGap = gap;
            worst = it.key();
        }
        if (wasKilleds)
            moved.append(gap);
        else
            maxOthers = std::max(maxOthers, gap);
    }
    QVERIFY(!moved.isEmpty());
    std::sort(moved.begin(), moved.end());
    qInfo("largest gap between checks of a monitor from the kill to the stop: %lld ms (monitor "
          "%lld), bound %lld ms (lease %lld + 2 intervals %lld + heartbeat %lld + flush %d + "
          "slack %lld); the killed agent's %lld monitors: median %lld ms, max %lld ms; the "
          "others: max %lld ms",
          maxGap, worst, kMaxGapMs, kLeaseMs, 2 * kIntervalMs, kHeartbeatMs,
          HistoryWriter::kDefaultFlushMs, kSlackMs, qint64(moved.size()),
          moved.at(moved.size() / 2), moved.constLast(), maxOthers);
    QVERIFY2(maxGap <= kMaxGapMs,
             qPrintable(u"monitor %1 went %2 ms unchecked"_s.arg(worst).arg(maxGap)));
}

void TestAgentProcesses::noMonitorIsCheckedTwiceWhileLeasesHold()
{
    QVERIFY(!m_checks.isEmpty());
    const QList<Duplicate> starting = duplicates(0, m_settledMs);
    const QList<Duplicate> before = duplicates(m_settledMs, m_killMs);
    const QList<Duplicate> after = duplicates(m_takenMs, m_stopMs);
    qInfo("checks of a monitor closer than %lld ms: %lld while all three agents ran (%lld ms), "
          "%lld after the handover (%lld ms); %lld while the agents started and split the shards",
          kDuplicateMs, qint64(before.size()), m_killMs - m_settledMs, qint64(after.size()),
          m_stopMs - m_takenMs, qint64(starting.size()));
    QVERIFY2(before.isEmpty(), qPrintable(describe(before)));
    QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    // While the later agents take their shares from the first, a monitor handed over goes on at
    // its schedule (an interval after the last stored check): a check the giving agent had not
    // stored yet may come twice, once at most.
    QHash<qint64, int> perMonitor;
    for (const Duplicate &duplicate : starting)
        ++perMonitor[duplicate.monitorId];
    for (auto it = perMonitor.cbegin(); it != perMonitor.cend(); ++it)
        QVERIFY2(*it <= 1, qPrintable(describe(starting)));
}

void TestAgentProcesses::atMostOneExtraCheckAroundTheHandover()
{
    QVERIFY(!m_checks.isEmpty());
    const QList<Duplicate> found = duplicates(m_settledMs, m_stopMs);
    QHash<qint64, int> perMonitor;
    for (const Duplicate &duplicate : found)
        ++perMonitor[duplicate.monitorId];
    const int most =
        perMonitor.isEmpty() ? 0 : *std::max_element(perMonitor.cbegin(), perMonitor.cend());
    qInfo("from the split to the stop: %lld monitors checked twice within %lld ms, at most %d "
          "times each",
          qint64(perMonitor.size()), kDuplicateMs, most);
    QVERIFY2(most <= 1, qPrintable(describe(found)));
}

void TestAgentProcesses::eachMonitorHasOneAgentWhileLeasesHold()
{
    QVERIFY(!m_checks.isEmpty());
    const struct {
        const char *when;
        qint64 fromMs;
        qint64 toMs;
    } spans[] = {{"before the kill", m_settledMs, m_killMs},
                 {"after the handover", m_takenMs, m_stopMs}};
    for (const auto &span : spans) {
        for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
            QSet<QString> locations;
            for (const Check &check : it.value()) {
                if (check.startedAt >= span.fromMs && check.startedAt <= span.toMs)
                    locations.insert(check.location);
            }
            QVERIFY2(locations.size() == 1,
                     qPrintable(u"monitor %1 %2: checked by %3"_s.arg(it.key()).arg(
                         QLatin1StringView(span.when),
                         QStringList(locations.cbegin(), locations.cend()).join(u", "_s))));
        }
    }
}

void TestAgentProcesses::checksAfterTheKillComeFromTheSurvivors()
{
    QVERIFY(!m_checks.isEmpty());
    QHash<QString, int> all;
    QHash<QString, int> afterKill;
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        for (const Check &check : it.value()) {
            QVERIFY2(kLocations.contains(check.location),
                     qPrintable(u"monitor %1 at %2: location '%3'"_s.arg(it.key())
                                    .arg(check.startedAt)
                                    .arg(check.location)));
            ++all[check.location];
            if (check.startedAt > m_deadMs)
                ++afterKill[check.location];
        }
    }
    qInfo("checks by location: %s; after the kill: %s", qPrintable(perLocation(all)),
          qPrintable(perLocation(afterKill)));
    QCOMPARE(afterKill.value(kKilled), 0);
    QVERIFY(all.value(kKilled) > 0);
    for (const QString &location : survivors())
        QVERIFY(afterKill.value(location) > 0);
}

void TestAgentProcesses::survivorsStopWithoutLosingAResult()
{
    QVERIFY(!m_checks.isEmpty());
    // What is not known to be in the database is reported as lost, on another line.
    const QRegularExpression stopped(u"^stopped: (\\d+) checks written \\(\\d+ down\\);.*$"_s,
                                     QRegularExpression::MultilineOption);
    for (const QString &location : survivors()) {
        const QRegularExpressionMatch line = stopped.match(agent(location).out());
        QVERIFY2(line.hasMatch(), qPrintable(output()));
        const qint64 written = line.captured(1).toLongLong();
        qInfo("%s: %s", qPrintable(location), qPrintable(line.captured(0)));
        QCOMPARE(rows(location), written);
    }
    // Their clean stops gave every shard back, the killed agent's included.
    QSqlQuery query(m_database->db().db());
    QVERIFY(query.exec(u"SELECT count(*) FROM leases WHERE agent <> ''"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestAgentProcesses)
void TestAgentProcesses::agentsCommandListsEachAgentsPart()
{
    QVERIFY2(m_listing.exitCode == 0, qPrintable(m_listing.err));
    const QStringList lines = m_listing.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), kLocations.size());
    QStringList locations;
    int shards = 0;
    int monitors = 0;
    for (const QString &line : lines) {
        const QJsonObject agent = QJsonDocument::fromJson(line.toUtf8()).object();
        locations.append(agent.value(u"location"_s).toString());
        QVERIFY(agent.value(u"name"_s).toString().startsWith(locations.last() + u'/'));
        QVERIFY2(agent.value(u"heartbeat_age_s"_s).toDouble(-1) >= 0 &&
                     agent.value(u"heartbeat_age_s"_s).toDouble() < kLeaseSeconds,
                 qPrintable(line));
        QVERIFY(agent.value(u"shards"_s).toInt() > 0);
        shards += agent.value(u"shards"_s).toInt();
        monitors += agent.value(u"monitors"_s).toInt();
    }
    locations.sort();
    QStringList expected = kLocations;
    expected.sort();
    QCOMPARE(locations, expected);
    QCOMPARE(shards, LeaseStore::kShards);
    QCOMPARE(monitors, kMonitors);
}

#include "tst_agentprocesses.moc"
