#include "core/metrics/MetricsCollector.h"

#include "core/service/MonitoringService.h"

#include <QFile>

#include <unistd.h>

namespace {

constexpr qint64 kLateWindowSeconds = 60;

// When this process started: from /proc (Linux), else nullopt.
std::optional<QDateTime> processStartTime()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile system(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly) || !system.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The command name in parentheses may hold spaces: fields are counted after its ')'.
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // field 22 of stat(5); this list starts at field 3
    if (fields.size() <= kStartTimeField)
        return std::nullopt;
    bool ok = false;
    const qint64 ticks = fields[kStartTimeField].toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    if (!ok || ticksPerSecond <= 0)
        return std::nullopt;
    qint64 bootSeconds = -1;
    for (const QByteArray &entry : system.readAll().split('\n')) {
        if (entry.startsWith("btime "))
            bootSeconds = entry.mid(6).trimmed().toLongLong(&ok);
    }
    if (bootSeconds < 0 || !ok)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(bootSeconds * 1000 + ticks * 1000 / ticksPerSecond,
                                          Qt::UTC);
}

MonitorMetrics metricsFor(const Monitor &monitor, MonitorState state)
{
    MonitorMetrics metrics;
    metrics.id = monitor.id;
    metrics.name = monitor.name;
    metrics.url = displayUrl(monitor.url);
    metrics.state = state;
    return metrics;
}

} // namespace

MetricsCollector::MetricsCollector(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , m_service(&service)
    , m_clock(service.clock())
{
    m_snapshot.version = QStringLiteral(UPWATCH_VERSION);
    m_snapshot.processStart = processStartTime().value_or(m_clock->nowUtc());
    connect(&service, &MonitoringService::loaded, this, &MetricsCollector::onLoaded);
    connect(&service, &MonitoringService::loadFailed, this, &MetricsCollector::onLoadFailed);
    connect(&service, &MonitoringService::resultsReady, this, &MetricsCollector::onResults);
    connect(&service, &MonitoringService::monitorAdded, this, &MetricsCollector::onMonitorAdded);
    connect(&service, &MonitoringService::monitorUpdated, this,
            &MetricsCollector::onMonitorUpdated);
    connect(&service, &MonitoringService::monitorsRemoved, this,
            &MetricsCollector::onMonitorsRemoved);
    connect(&service, &MonitoringService::healthSampled, this, &MetricsCollector::onHealthSampled);
    connect(&service, &MonitoringService::historyAccountingChanged, this,
            &MetricsCollector::onAccounting);
    if (service.isLoaded()) {
        m_snapshot.loadedAt = m_clock->nowUtc();
        for (const Monitor &monitor : service.monitors())
            m_snapshot.monitors.emplace(monitor.id,
                                        metricsFor(monitor, service.engine().state(monitor.id)));
    }
    refreshService();
}

const MetricsSnapshot &MetricsCollector::snapshot()
{
    refreshService();
    return m_snapshot;
}

void MetricsCollector::refreshService()
{
    if (!m_service || m_service->isStopping()) {
        m_snapshot.service = MetricsSnapshot::Service::Stopping;
        return;
    }
    if (m_snapshot.service == MetricsSnapshot::Service::LoadFailed)
        return;
    m_snapshot.service = m_service->isLoaded() ? MetricsSnapshot::Service::Running
                                               : MetricsSnapshot::Service::Starting;
    m_snapshot.history.open = m_service->isHistoryOpen();
    if (const AgentLeases *agent = m_service->agent()) {
        AgentMetrics &metrics = m_snapshot.agent;
        const AgentConfig &config = agent->config();
        metrics.present = true;
        metrics.observer = agent->isObserver();
        metrics.name = agent->isObserver() ? QString() : agent->name();
        metrics.location = config.location;
        metrics.shards = int(agent->shards().size());
        metrics.monitors = m_service->engine().monitorCount();
        metrics.heartbeatAgeMs = agent->heartbeatAgeMs();
        metrics.heartbeatMs = config.heartbeatMs;
        metrics.leaseMs = config.leaseMs;
    }
}

void MetricsCollector::onLoaded(const QList<Monitor> &monitors,
                                const QHash<qint64, MonitorState> &states)
{
    m_snapshot.loadedAt = m_clock->nowUtc();
    m_snapshot.monitors.clear();
    for (const Monitor &monitor : monitors)
        m_snapshot.monitors.emplace(
            monitor.id, metricsFor(monitor, states.value(monitor.id, MonitorState::Pending)));
    refreshService();
}

void MetricsCollector::onLoadFailed(const QString &error)
{
    m_snapshot.service = MetricsSnapshot::Service::LoadFailed;
    m_snapshot.loadError = error;
}

void MetricsCollector::onResults(const ResultBatch &batch)
{
    for (const CheckResult &result : batch.results) {
        const auto found = m_snapshot.monitors.find(result.monitorId);
        if (found == m_snapshot.monitors.end())
            continue;
        MonitorMetrics &monitor = found->second;
        monitor.lastCheck = result.startedAt;
        if (result.certExpires.isValid())
            monitor.certExpires = result.certExpires;
        monitor.lastPhases = result.phases;
        if (result.responseMs >= 0)
            monitor.duration.observe(double(result.responseMs) / 1000.0);
        ++monitor.checks[{result.verdict, result.reason}];
    }
    for (const StateChange &change : batch.changes) {
        const auto found = m_snapshot.monitors.find(change.monitorId);
        if (found != m_snapshot.monitors.end())
            found->second.state = change.to;
    }
}

void MetricsCollector::onMonitorAdded(const Monitor &monitor, MonitorState state)
{
    m_snapshot.monitors.insert_or_assign(monitor.id, metricsFor(monitor, state));
}

void MetricsCollector::onMonitorUpdated(const Monitor &monitor)
{
    const auto found = m_snapshot.monitors.find(monitor.id);
    if (found == m_snapshot.monitors.end()) {
        m_snapshot.monitors.emplace(monitor.id, metricsFor(monitor, MonitorState::Pending));
        return;
    }
    found->second.name = monitor.name;
    found->second.url = displayUrl(monitor.url);
}

void MetricsCollector::onMonitorsRemoved(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_snapshot.monitors.erase(id);
}

void MetricsCollector::onHealthSampled(const HealthSample &sample)
{
    EngineMetrics &engine = m_snapshot.engine;
    engine.sampledAt = sample.at;
    engine.inFlight = sample.inFlight;
    engine.waiting = sample.waiting;
    engine.checksPerSecond = sample.checksPerSecond;
    engine.neededPerSecond = sample.neededPerSecond;
    engine.saturated = sample.saturated;
    engine.late = sample.lateChecks;
    engine.skipped = sample.skippedChecks;
    engine.stuck = sample.stuckChecks;
    engine.ownerLagMs = sample.ownerLagMs;
    engine.workerLagMs = sample.workerLagsMs;
    // Late starts in the last minute: the count now less the count a minute ago.
    m_lateHistory.emplace_back(sample.at, sample.lateChecks);
    while (m_lateHistory.size() > 1 &&
           m_lateHistory.front().first.secsTo(sample.at) > kLateWindowSeconds)
        m_lateHistory.pop_front();
    engine.lateInLastMinute = sample.lateChecks - m_lateHistory.front().second;
    refreshService();
}

void MetricsCollector::onAccounting(const WriterAccounting &accounting)
{
    HistoryMetrics &history = m_snapshot.history;
    if (accounting.stored > history.stored)
        history.lastWrite = m_clock->nowUtc();
    history.stored = accounting.stored;
    history.pending = accounting.pending;
    history.dropped = accounting.dropped;
    history.failure = accounting.failure;
}

void MetricsCollector::countAlertDelivery(const QString &channelName, bool ok)
{
    ++m_snapshot.alertDeliveries[{channelName, ok}];
}

void MetricsCollector::countRequest(const QString &path, int status, double seconds)
{
    HttpMetrics &http = m_snapshot.http;
    ++http.requests[{path, status}];
    http.duration.observe(seconds);
    if (status >= 400)
        ++http.errors;
}
