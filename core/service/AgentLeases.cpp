#include "core/service/AgentLeases.h"

#include "core/store/LeaseStore.h"
#include "core/store/StoreThread.h"

#include <QCoreApplication>

#include <optional>

AgentLeases::AgentLeases(StoreThread &store, std::shared_ptr<const Clock> clock, AgentConfig config,
                         QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_config(std::move(config))
    , m_name(QStringLiteral("%1/%2/%3")
                 .arg(m_config.location, m_config.host)
                 .arg(QCoreApplication::applicationPid()))
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &AgentLeases::beat);
}

void AgentLeases::start(const QList<int> &leased)
{
    m_startedAtMs = m_clock->nowUtc().toMSecsSinceEpoch();
    if (m_config.observer) {
        m_shards = allBut(leased);
        m_free = m_shards;
    }
    m_timer.start(int(m_config.heartbeatMs));
    beat();
}

QSet<int> AgentLeases::allBut(const QList<int> &leased)
{
    QSet<int> shards;
    for (int shard = 0; shard < LeaseStore::kShards; ++shard)
        shards.insert(shard);
    for (const int shard : leased)
        shards.remove(shard);
    return shards;
}

bool AgentLeases::holds(qint64 monitorId) const
{
    return m_shards.contains(LeaseStore::shardOf(monitorId));
}

qint64 AgentLeases::heartbeatAgeMs() const
{
    return m_lastBeatMs < 0 ? -1 : m_clock->steadyMs() - m_lastBeatMs;
}

void AgentLeases::beat()
{
    // Leases that may have run out are not ours any more: stop checking before anyone else
    // starts (the heartbeat that renews them may come back too late).
    if (!m_config.observer && m_lastBeatMs >= 0 &&
        heartbeatAgeMs() >= m_config.leaseMs - m_config.heartbeatMs)
        apply({});
    if (m_beating || m_released)
        return;
    m_beating = true;
    LeaseStore::Agent agent{m_name, m_config.location, m_config.host, m_startedAtMs, 0, 0};
    const qint64 nowMs = m_clock->nowUtc().toMSecsSinceEpoch();
    const qint64 sentAtMs = m_clock->steadyMs();
    const qint64 leaseMs = m_config.leaseMs;
    struct Beat {
        std::optional<QList<int>> held;
        std::optional<LeaseStore::Peers> peers;
        QString error;
    };
    m_store.run<Beat>(
        this,
        [agent, nowMs, leaseMs, observer = m_config.observer,
         &store = m_store](StoreDatabase *database) {
            Beat result;
            if (!database) {
                result.error = store.openError();
                return result;
            }
            LeaseStore leases(*database);
            if (observer) {
                if (const auto leased = leases.leasedShards(nowMs))
                    result.held = allBut(*leased).values();
            }
            else {
                result.held = leases.heartbeat(agent, nowMs, leaseMs);
                if (result.held)
                    result.peers = leases.peers(nowMs, leaseMs);
            }
            if (!result.held)
                result.error = leases.lastError();
            return result;
        },
        [this, sentAtMs](const Beat &result) {
            m_beating = false;
            if (m_released)
                return;
            if (!result.held) {
                emit problem(
                    m_config.observer
                        ? QStringLiteral("reading the agents' leases failed: %1").arg(result.error)
                        : QStringLiteral("agent %1: heartbeat failed: %2")
                              .arg(m_name, result.error));
                return;
            }
            // The leases run from when the heartbeat was sent.
            m_lastBeatMs = sentAtMs;
            QSet<int> held(result.held->cbegin(), result.held->cend());
            if (m_config.observer) {
                // A shard an agent leases is left at once; a free one is taken once it was free
                // at two reads in a row, so that an agent taking it over (at its next heartbeat)
                // has seldom started before.
                const QSet<int> free = held;
                held =
                    (QSet<int>(m_shards).intersect(free)).unite(QSet<int>(free).intersect(m_free));
                m_free = free;
            }
            apply(held);
            if (result.peers) {
                LeaseStore::Peers peers = *result.peers;
                for (LeaseStore::Agent &peer : peers.agents)
                    peer.startedAtMs = peer.heartbeatAtMs = peer.shards = 0;
                if (peers != m_peers) {
                    m_peers = peers;
                    emit peersChanged(m_peers);
                }
            }
        });
}

void AgentLeases::apply(const QSet<int> &held)
{
    const QSet<int> gained = QSet<int>(held).subtract(m_shards);
    const QSet<int> lost = QSet<int>(m_shards).subtract(held);
    m_shards = held;
    if (!gained.isEmpty() || !lost.isEmpty())
        emit shardsChanged(gained, lost);
}

void AgentLeases::release(std::function<void()> done)
{
    m_released = true;
    m_timer.stop();
    apply({});
    if (m_config.observer) {
        QTimer::singleShot(0, this, std::move(done)); // it holds no leases
        return;
    }
    m_store.run<bool>(
        this,
        [name = m_name](StoreDatabase *database) {
            return database && LeaseStore(*database).release(name);
        },
        [done = std::move(done)](bool) { done(); });
}
