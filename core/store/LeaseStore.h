#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class StoreDatabase;

// Agents that share one database, and the monitors each checks. Monitors fall into kShards
// shards (shardOf()); an agent leases shards and checks their monitors while its lease
// lasts. Each heartbeat renews its leases, gives back what is above its fair share (the shards
// divided among the live agents), and takes free or expired shards up to that share: a monitor
// is checked by one agent at a time, an agent that started later gets its part, and the shards
// of one that died are taken once their leases expire. Times are ms since the epoch, UTC, from
// the caller's clock.
class LeaseStore {
public:
    static constexpr int kShards = 64; // the schema makes one row per shard (schema 6)

    struct Agent {
        QString name;     // unique among running agents ("location/host/pid")
        QString location; // where it checks from
        QString host;
        qint64 startedAtMs = 0;
        qint64 heartbeatAtMs = 0;
        int shards = 0; // leases it holds that have not expired
        friend bool operator==(const Agent &, const Agent &) = default;
    };

    // The agents at work and who checks what: for monitors checked from several locations,
    // whose other locations are agents other than the owner of their shard.
    struct Peers {
        QList<Agent> agents;        // seen within the lease time, by name
        QHash<int, QString> owners; // shard -> the agent whose lease on it has not expired
        friend bool operator==(const Peers &, const Peers &) = default;
    };

    explicit LeaseStore(StoreDatabase &database);

    // The shard of a monitor: consecutive ids land far apart.
    [[nodiscard]] static int shardOf(qint64 monitorId);

    // One heartbeat of `agent` at `nowMs` (see above), in one transaction. Leases last
    // `leaseMs`; agents whose last heartbeat is older than that count as gone. Returns the
    // shards the agent holds afterwards, in order; nullopt with lastError() on failure.
    [[nodiscard]] std::optional<QList<int>> heartbeat(const Agent &agent, qint64 nowMs,
                                                      qint64 leaseMs);
    // The shards some agent holds a lease on that has not expired at `nowMs`, in order: what an
    // engine that takes no leases (the desktop app on a shared database) leaves to the agents.
    [[nodiscard]] std::optional<QList<int>> leasedShards(qint64 nowMs);
    // A clean stop: the agent's shards are free at once and its row goes.
    bool release(const QString &agentName);
    // The agents seen within `leaseMs` of `nowMs`, by name, with their live lease counts.
    [[nodiscard]] std::optional<QList<Agent>> agents(qint64 nowMs, qint64 leaseMs);
    // The agents as agents() has them, and the shards' owners at `nowMs`.
    [[nodiscard]] std::optional<Peers> peers(qint64 nowMs, qint64 leaseMs);

    [[nodiscard]] const QString &lastError() const;

private:
    bool beat(const Agent &agent, qint64 nowMs, qint64 leaseMs, QList<int> *held);
    [[nodiscard]] std::optional<QList<int>> shards(const QString &sql, const QString &agent,
                                                   qint64 nowMs, int limit = -1);

    StoreDatabase &m_database;
};
