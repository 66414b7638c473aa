#pragma once

#include "core/base/Clock.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class StoreThread;

// How `upwatch run` takes part as one of several agents sharing a database.
struct AgentConfig {
    QString location; // where its checks are made from; empty: not an agent (checks everything)
    QString host;     // the machine, for the agents list
    qint64 heartbeatMs = 5000;
    // A lease lasts this long without a heartbeat: the longest an agent's monitors go
    // unchecked after it died, give or take a heartbeat of the agent taking them over.
    qint64 leaseMs = 20'000;

    [[nodiscard]] bool isAgent() const { return !location.isEmpty(); }
};

// One agent's part: heartbeats through the store thread (LeaseStore), and the monitor shards it
// leases. The service checks only the monitors of the shards held here. When heartbeats fail
// for so long that the leases may have expired, every shard is dropped: another agent may have
// taken them, and a monitor is checked by one agent at a time.
class AgentLeases final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentLeases)

public:
    AgentLeases(StoreThread &store, std::shared_ptr<const Clock> clock, AgentConfig config,
                QObject *parent = nullptr);

    // The first heartbeat now, then one every heartbeatMs.
    void start();
    // Stops the heartbeats and gives the leases back (a clean stop: others take them at once);
    // done() follows in this thread.
    void release(std::function<void()> done);

    [[nodiscard]] bool holds(qint64 monitorId) const;
    [[nodiscard]] const QSet<int> &shards() const { return m_shards; }
    [[nodiscard]] const AgentConfig &config() const { return m_config; }
    // Unique among running agents: location, host and process.
    [[nodiscard]] const QString &name() const { return m_name; }
    // Since the last heartbeat that went through; -1 before the first.
    [[nodiscard]] qint64 heartbeatAgeMs() const;

signals:
    // The shards this agent took and those it gave up (or lost) with a heartbeat.
    void shardsChanged(const QSet<int> &gained, const QSet<int> &lost);
    // A heartbeat failed: one sentence.
    void problem(const QString &message);

private:
    void beat();
    void apply(const QSet<int> &held);

    StoreThread &m_store;
    std::shared_ptr<const Clock> m_clock;
    AgentConfig m_config;
    QString m_name;
    qint64 m_startedAtMs = 0;
    QTimer m_timer;
    QSet<int> m_shards;
    qint64 m_lastBeatMs = -1; // steady clock
    bool m_beating = false;   // a heartbeat is in the store thread
    bool m_released = false;
};
