#pragma once

#include "core/metrics/Histogram.h"
#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"
#include "core/model/TimingPhases.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <map>
#include <utility>

// What one monitor has done since the metrics collector started watching it.
struct MonitorMetrics {
    qint64 id = 0;
    QString name;
    QString url; // as displayed: never a password
    MonitorState state = MonitorState::Pending;
    QDateTime lastCheck;   // when the last check started; invalid: none seen yet
    QDateTime certExpires; // the last certificate seen; invalid: none
    TimingPhases lastPhases;
    Histogram duration{Histogram::checkDurationBounds()}; // response times, in seconds
    std::map<std::pair<Verdict, Reason>, quint64> checks;
};

// The engine as last sampled by its health monitor (once a second).
struct EngineMetrics {
    QDateTime sampledAt; // invalid: not sampled yet
    int inFlight = 0;
    int waiting = 0;
    double checksPerSecond = 0;
    double neededPerSecond = 0; // what the monitors ask for
    bool saturated = false;     // HealthSample::saturated
    qint64 late = 0;            // since start
    qint64 skipped = 0;         // since start
    int stuck = 0;
    qint64 lateInLastMinute = 0;
    qint64 ownerLagMs = 0;
    QList<qint64> workerLagMs; // by worker index
};

// What the history writer did with the results.
struct HistoryMetrics {
    bool open = false;   // the writer opened the database
    QDateTime lastWrite; // the last transaction that stored results; invalid: none yet
    qint64 stored = 0;
    qint64 pending = 0;
    qint64 dropped = 0;
    QString failure; // why writing fails now; empty while it works
};

// Where several engines share the database: this one's part, an agent's leases or an
// observer's view (the desktop app), as last read.
struct AgentMetrics {
    bool present = false; // an agent or an observer; all else is unset otherwise
    bool observer = false;
    QString name; // an agent's: "location/host/pid"
    QString location;
    int shards = 0;   // of LeaseStore::kShards: leased (an agent), left by the agents (observer)
    int monitors = 0; // the monitors its engine checks
    qint64 heartbeatAgeMs = -1; // since the last heartbeat that went through; -1: none yet
    qint64 heartbeatMs = 0;
    qint64 leaseMs = 0;
};

// The metrics endpoint's own requests (the middleware metrics). Paths are the endpoint's routes
// or "other", so a scanner cannot grow the label set.
struct HttpMetrics {
    std::map<std::pair<QString, int>, quint64> requests; // (path, status) -> count
    Histogram duration{Histogram::requestDurationBounds()};
    quint64 errors = 0; // answers with a 4xx or 5xx status
};

// Everything /metrics and /health say, as plain data that MetricsCollector keeps current from
// the service's signals: rendering it never queries the database.
struct MetricsSnapshot {
    enum class Service { Starting, Running, LoadFailed, Stopping };

    Service service = Service::Starting;
    QString loadError;
    QDateTime loadedAt; // when monitoring started (or the collector saw that it had)
    std::map<qint64, MonitorMetrics> monitors;
    EngineMetrics engine;
    HistoryMetrics history;
    AgentMetrics agent;
    HttpMetrics http;
    std::map<std::pair<QString, bool>, quint64> alertDeliveries; // (channel, delivered) -> count
    QDateTime processStart;
    QString version;

    static constexpr std::size_t kStates = std::size_t(kMonitorStateCount);
    // How many monitors are in each state, indexed by MonitorState.
    [[nodiscard]] std::array<int, kStates> stateCounts() const
    {
        std::array<int, kStates> counts{};
        for (const auto &[id, monitor] : monitors)
            ++counts[std::size_t(monitor.state)];
        return counts;
    }
};

Q_DECLARE_METATYPE(MetricsSnapshot)
