#include "core/metrics/HealthReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <array>

namespace {

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

QJsonObject monitorCounts(const MetricsSnapshot &snapshot)
{
    QJsonObject counts;
    const auto perState = snapshot.stateCounts();
    int total = 0;
    for (std::size_t state = 0; state < perState.size(); ++state) {
        counts.insert(monitorStateName(MonitorState(state)), perState[state]);
        total += perState[state];
    }
    counts.insert(QStringLiteral("total"), total);
    return counts;
}

QJsonObject agentJson(const AgentMetrics &agent)
{
    return {
        {QStringLiteral("role"),
         agent.observer ? QStringLiteral("observer") : QStringLiteral("agent")},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("location"), agent.location},
        {QStringLiteral("shards"), agent.shards},
        {QStringLiteral("monitors"), agent.monitors},
        {QStringLiteral("heartbeat_age_seconds"),
         agent.heartbeatAgeMs >= 0 ? QJsonValue(double(agent.heartbeatAgeMs) / 1000.0)
                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("lease_seconds"), double(agent.leaseMs) / 1000.0},
    };
}

QJsonObject engineJson(const EngineMetrics &engine)
{
    QJsonArray workers;
    for (const qint64 lag : engine.workerLagMs)
        workers.append(seconds(lag));
    return {
        {QStringLiteral("owner_lag_seconds"), seconds(engine.ownerLagMs)},
        {QStringLiteral("worker_lag_seconds"), workers},
        {QStringLiteral("checks_in_flight"), engine.inFlight},
        {QStringLiteral("checks_waiting"), engine.waiting},
        {QStringLiteral("checks_per_second"), engine.checksPerSecond},
        {QStringLiteral("needed_checks_per_second"), engine.neededPerSecond},
        {QStringLiteral("saturated"), engine.saturated},
        {QStringLiteral("late_checks_last_minute"), engine.lateInLastMinute},
        {QStringLiteral("stuck_checks"), engine.stuck},
    };
}

} // namespace

QString HealthReport::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Degraded:
        return QStringLiteral("degraded");
    case Status::Failing:
        return QStringLiteral("failing");
    }
    return QStringLiteral("failing");
}

void HealthReport::fail(const QString &problem)
{
    m_status = Status::Failing;
    m_problems.append(problem);
}

void HealthReport::degrade(const QString &problem)
{
    if (m_status == Status::Ok)
        m_status = Status::Degraded;
    m_problems.append(problem);
}

HealthReport HealthReport::evaluate(const MetricsSnapshot &snapshot, const QDateTime &now)
{
    HealthReport report;
    const EngineMetrics &engine = snapshot.engine;
    const HistoryMetrics &history = snapshot.history;

    switch (snapshot.service) {
    case MetricsSnapshot::Service::Starting:
        report.fail(QStringLiteral("monitoring is starting: the monitors are not loaded yet"));
        break;
    case MetricsSnapshot::Service::LoadFailed:
        report.fail(QStringLiteral("the monitors could not be loaded: %1").arg(snapshot.loadError));
        break;
    case MetricsSnapshot::Service::Stopping:
        report.fail(QStringLiteral("monitoring is stopping"));
        break;
    case MetricsSnapshot::Service::Running: {
        if (!history.failure.isEmpty())
            report.fail(QStringLiteral("history cannot be written: %1").arg(history.failure));
        else if (!history.open)
            report.fail(QStringLiteral("the history database is not open"));
        if (engine.stuck > 0)
            report.fail(
                QStringLiteral("%1 checks are stuck past their deadline").arg(engine.stuck));
        const QDateTime sampled = engine.sampledAt.isValid() ? engine.sampledAt : snapshot.loadedAt;
        const qint64 silentFor = sampled.isValid() ? sampled.secsTo(now) : 0;
        if (silentFor > kStaleSampleSeconds)
            report.fail(QStringLiteral("the engine has not been sampled for %1 s").arg(silentFor));

        const qint64 workerLag =
            engine.workerLagMs.isEmpty()
                ? 0
                : *std::max_element(engine.workerLagMs.cbegin(), engine.workerLagMs.cend());
        if (engine.ownerLagMs >= kLagDegradedMs)
            report.degrade(
                QStringLiteral("the owner thread's event loop lags %1 ms").arg(engine.ownerLagMs));
        if (workerLag >= kLagDegradedMs)
            report.degrade(QStringLiteral("a worker's event loop lags %1 ms").arg(workerLag));
        const QDateTime lastWrite =
            history.lastWrite.isValid() ? history.lastWrite : snapshot.loadedAt;
        const qint64 behind = lastWrite.isValid() ? lastWrite.secsTo(now) : 0;
        if (history.failure.isEmpty() && history.pending > 0 && behind >= kWriterHungSeconds)
            report.fail(QStringLiteral("%1 results wait to be written and nothing was written for "
                                       "%2 s: the history writer is stuck")
                            .arg(history.pending)
                            .arg(behind));
        else if (history.failure.isEmpty() && history.pending > 0 && behind >= kWritesBehindSeconds)
            report.degrade(QStringLiteral("%1 results wait to be written; the last write was "
                                          "%2 s ago")
                               .arg(history.pending)
                               .arg(lastWrite.secsTo(now)));
        if (engine.saturated)
            report.degrade(QStringLiteral("saturated: needs %1 checks/s, does %2")
                               .arg(qRound64(engine.neededPerSecond))
                               .arg(qRound64(engine.checksPerSecond)));
        if (engine.lateInLastMinute > 0)
            report.degrade(QStringLiteral("%1 checks started late in the last minute")
                               .arg(engine.lateInLastMinute));
        report.judgeAgent(snapshot.agent, snapshot.loadedAt, now);
        break;
    }
    }

    QJsonObject json{
        {QStringLiteral("status"), statusName(report.m_status)},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report.m_problems)},
        {QStringLiteral("monitors"), monitorCounts(snapshot)},
        {QStringLiteral("engine"), engineJson(engine)},
        {QStringLiteral("seconds_since_last_history_write"),
         history.lastWrite.isValid() ? QJsonValue(seconds(history.lastWrite.msecsTo(now)))
                                     : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("version"), snapshot.version},
        {QStringLiteral("uptime_seconds"),
         snapshot.processStart.isValid() ? snapshot.processStart.secsTo(now) : 0},
    };
    if (snapshot.agent.present)
        json.insert(QStringLiteral("agent"), agentJson(snapshot.agent));
    report.m_json = json;
    return report;
}

void HealthReport::judgeAgent(const AgentMetrics &agent, const QDateTime &loadedAt,
                              const QDateTime &now)
{
    if (!agent.present)
        return;
    // Before the first heartbeat: since monitoring started.
    const qint64 ageMs = agent.heartbeatAgeMs >= 0
                             ? agent.heartbeatAgeMs
                             : (loadedAt.isValid() ? loadedAt.msecsTo(now) : 0);
    if (agent.observer) {
        constexpr qint64 kObserverGraceMs = 10'000; // it reads often; a slow read is no problem
        if (ageMs >= std::max(2 * agent.heartbeatMs, kObserverGraceMs))
            degrade(QStringLiteral("the agents' leases were last read %1 s ago").arg(ageMs / 1000));
        return;
    }
    // AgentLeases drops every shard at this age: another agent may have taken them.
    if (ageMs >= agent.leaseMs - agent.heartbeatMs)
        fail(QStringLiteral("the agent's last heartbeat was %1 s ago: its leases may have "
                            "expired, so it checks no monitors until the database answers")
                 .arg(ageMs / 1000));
    else if (ageMs >= 2 * agent.heartbeatMs)
        degrade(QStringLiteral("the agent's last heartbeat was %1 s ago").arg(ageMs / 1000));
}

QByteArray HealthReport::body() const
{
    return QJsonDocument(m_json).toJson(QJsonDocument::Compact) + '\n';
}
