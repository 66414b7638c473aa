#pragma once

#include "core/base/Clock.h"
#include "core/store/LeaseStore.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class StoreThread;

// How an engine takes part where several share a database: as an agent (`upwatch run`) that
// leases its share of the monitors, or as an observer (the desktop app) that checks what no
// agent leases and leaves the rest to the agents.
struct AgentConfig {
    QString location; // where its checks are made from; empty: not an agent (checks everything)
    QString host;     // the machine, for the agents list
    // Takes no leases: checks the monitors of the shards no live agent leases (all of them
    // while there are no agents). Its results are recorded with `location`, which may be empty.
    bool observer = false;
    // Reports what the other agents check (MonitoringService::observedResults()): the window,
    // agent or observer. An observer always does.
    bool followOthers = false;
    qint64 heartbeatMs = 5000;
    // A lease lasts this long without a heartbeat: the longest an agent's monitors go
    // unchecked after it died, give or take a heartbeat of the agent taking them over.
    qint64 leaseMs = 20'000;

    [[nodiscard]] bool isAgent() const { return !observer && !location.isEmpty(); }
    [[nodiscard]] bool takesPart() const { return observer || isAgent(); }
};

// One agent's part: heartbeats through the store thread (LeaseStore), and the monitor shards it
// leases. The service checks only the monitors of the shards held here. When heartbeats fail
// for so long that the leases may have expired, every shard is dropped: another agent may have
// taken them, and a monitor is checked by one agent at a time.
// An observer's heartbeat only reads which shards agents lease; it holds the others, a shard
// that became free from the second read that finds it free.
class AgentLeases final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLeases)

public:
    AgentLeases(StoreThread &store, std::shared_ptr<const Clock> clock, AgentConfig config,
                QObject *parent = nullptr);

    // The first heartbeat now, then one every heartbeatMs. An observer starts out holding what
    // `leased` (LeaseStore::leasedShards()) leaves, as read with the monitors.
    void start(const QList<int> &leased = {});
    // Stops the heartbeats and gives the leases back (a clean stop: others take them at once);
    // done() follows in this thread.
    void release(std::function<void()> done);

    [[nodiscard]] bool holds(qint64 monitorId) const;
    [[nodiscard]] const QSet<int> &shards() const { return m_shards; }
    [[nodiscard]] bool isObserver() const { return m_config.observer; }
    [[nodiscard]] const AgentConfig &config() const { return m_config; }
    // Unique among running agents: location, host and process.
    [[nodiscard]] const QString &name() const { return m_name; }
    // Since the last heartbeat that went through; -1 before the first.
    [[nodiscard]] qint64 heartbeatAgeMs() const;

signals:
    // The shards this agent took and those it gave up (or lost) with a heartbeat.
    void shardsChanged(const QSet<int> &gained, const QSet<int> &lost);
    // An agent's heartbeat found other agents, locations or shard owners than the last one
    // (for monitors checked from several locations, see VoterPlan). Agents' times and lease
    // counts are left out (zero).
    void peersChanged(const LeaseStore::Peers &peers);
    // A heartbeat failed: one sentence.
    void problem(const QString &message);

private:
    void beat();
    void apply(const QSet<int> &held);
    // Every shard but `leased`.
    [[nodiscard]] static QSet<int> allBut(const QList<int> &leased);

    StoreThread &m_store;
    std::shared_ptr<const Clock> m_clock;
    AgentConfig m_config;
    QString m_name;
    qint64 m_startedAtMs = 0;
    QTimer m_timer;
    QSet<int> m_shards;
    QSet<int> m_free; // an observer's: the shards no agent leased at the last read
    LeaseStore::Peers m_peers;
    qint64 m_lastBeatMs = -1; // steady clock
    bool m_beating = false;   // a heartbeat is in the store thread
    bool m_released = false;
};
