#include "core/store/LeaseStore.h"

#include "core/store/StoreDatabase.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {

// How long a gone agent's row is kept for the record before a heartbeat removes it.
constexpr qint64 kForgetAgentsAfterMs = 24LL * 3600 * 1000;

QString shardList(const QList<int> &shards)
{
    QStringList list;
    list.reserve(shards.size());
    for (const int shard : shards)
        list.append(QString::number(shard));
    return list.join(u',');
}

} // namespace

LeaseStore::LeaseStore(StoreDatabase &database)
    : m_database(database)
{
}

const QString &LeaseStore::lastError() const
{
    return m_database.lastError();
}

int LeaseStore::shardOf(qint64 monitorId)
{
    // Ids are given in order: an odd multiplier spreads neighbours over the shards, so a few
    // monitors split between agents as evenly as many do (an agent keeps the lower shards).
    return int((monitorId * 37) % kShards);
}

std::optional<QList<int>> LeaseStore::heartbeat(const Agent &agent, qint64 nowMs, qint64 leaseMs)
{
    if (!m_database.begin())
        return std::nullopt;
    QList<int> held;
    if (!beat(agent, nowMs, leaseMs, &held) || !m_database.commit()) {
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return std::nullopt;
    }
    return held;
}

std::optional<QList<int>> LeaseStore::shards(const QString &sql, const QString &agent, qint64 nowMs,
                                             int limit)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!agent.isNull())
        query.addBindValue(agent);
    query.addBindValue(nowMs);
    if (limit >= 0)
        query.addBindValue(limit);
    if (!m_database.run(query))
        return std::nullopt;
    QList<int> found;
    while (query.next())
        found.append(query.value(0).toInt());
    return found;
}

bool LeaseStore::beat(const Agent &agent, qint64 nowMs, qint64 leaseMs, QList<int> *held)
{
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral(
        "INSERT INTO agents (name, location, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?, "
        "?) ON CONFLICT (name) DO UPDATE SET location = excluded.location, host = excluded.host, "
        "heartbeat_at = excluded.heartbeat_at"));
    query.addBindValue(agent.name);
    query.addBindValue(agent.location);
    query.addBindValue(agent.host);
    query.addBindValue(agent.startedAtMs);
    query.addBindValue(nowMs);
    if (!m_database.run(query))
        return false;
    query.prepare(QStringLiteral("DELETE FROM agents WHERE heartbeat_at < ?"));
    query.addBindValue(nowMs - kForgetAgentsAfterMs);
    if (!m_database.run(query))
        return false;

    // What it holds goes on: even an expired lease nobody took yet is still its own.
    query.prepare(QStringLiteral("UPDATE leases SET expires_at = ? WHERE agent = ?"));
    query.addBindValue(nowMs + leaseMs);
    query.addBindValue(agent.name);
    if (!m_database.run(query))
        return false;

    query.prepare(QStringLiteral("SELECT count(*) FROM agents WHERE heartbeat_at > ?"));
    query.addBindValue(nowMs - leaseMs);
    if (!m_database.run(query) || !query.next())
        return false;
    const int live = std::max(1, query.value(0).toInt());
    const int fair = (kShards + live - 1) / live;

    auto mine = shards(QStringLiteral("SELECT shard FROM leases WHERE agent = ? AND expires_at > "
                                      "? ORDER BY shard"),
                       agent.name, nowMs);
    if (!mine)
        return false;
    if (mine->size() > fair) {
        // Above its share (an agent joined): the highest shards go back, for the newcomer.
        const QList<int> extra = mine->mid(fair);
        if (!m_database.exec(
                QStringLiteral("UPDATE leases SET agent = '', expires_at = 0 WHERE shard IN (%1)")
                    .arg(shardList(extra))))
            return false;
        mine->resize(fair);
    }
    else if (mine->size() < fair) {
        // Free or expired shards, up to its share; those another agent is taking right now are
        // skipped (PostgreSQL), SQLite's write lock lets one agent at a time here anyway.
        const QString skipLocked =
            m_database.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
        const auto free = shards(u"SELECT shard FROM leases WHERE expires_at <= ? ORDER BY shard "
                                 u"LIMIT ?" +
                                     skipLocked,
                                 QString(), nowMs, int(fair - mine->size()));
        if (!free)
            return false;
        if (!free->isEmpty()) {
            query.prepare(QStringLiteral("UPDATE leases SET agent = ?, expires_at = ? WHERE shard "
                                         "IN (%1)")
                              .arg(shardList(*free)));
            query.addBindValue(agent.name);
            query.addBindValue(nowMs + leaseMs);
            if (!m_database.run(query))
                return false;
            *mine += *free;
            std::sort(mine->begin(), mine->end());
        }
    }
    *held = *mine;
    return true;
}

std::optional<QList<int>> LeaseStore::leasedShards(qint64 nowMs)
{
    return shards(QStringLiteral("SELECT shard FROM leases WHERE agent <> '' AND expires_at > ? "
                                 "ORDER BY shard"),
                  QString(), nowMs);
}

bool LeaseStore::release(const QString &agentName)
{
    if (!m_database.begin())
        return false;
    QSqlQuery query(m_database.db());
    query.prepare(QStringLiteral("UPDATE leases SET agent = '', expires_at = 0 WHERE agent = ?"));
    query.addBindValue(agentName);
    bool ok = m_database.run(query);
    if (ok) {
        query.prepare(QStringLiteral("DELETE FROM agents WHERE name = ?"));
        query.addBindValue(agentName);
        ok = m_database.run(query);
    }
    if (!ok || !m_database.commit()) {
        const QString why = m_database.lastError();
        m_database.rollback();
        m_database.setError(why);
        return false;
    }
    return true;
}

std::optional<QList<LeaseStore::Agent>> LeaseStore::agents(qint64 nowMs, qint64 leaseMs)
{
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.name, a.location, a.host, a.started_at, a.heartbeat_at, (SELECT count(*) FROM "
        "leases AS l WHERE l.agent = a.name AND l.expires_at > ?) FROM agents AS a WHERE "
        "a.heartbeat_at > ? ORDER BY a.name"));
    query.addBindValue(nowMs);
    query.addBindValue(nowMs - leaseMs);
    if (!m_database.run(query))
        return std::nullopt;
    QList<Agent> found;
    while (query.next()) {
        found.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toLongLong(),
                      query.value(4).toLongLong(), query.value(5).toInt()});
    }
    return found;
}

std::optional<LeaseStore::Peers> LeaseStore::peers(qint64 nowMs, qint64 leaseMs)
{
    Peers peers;
    const auto agents = this->agents(nowMs, leaseMs);
    if (!agents)
        return std::nullopt;
    peers.agents = *agents;
    QSqlQuery query(m_database.db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT shard, agent FROM leases WHERE agent <> '' AND expires_at > ?"));
    query.addBindValue(nowMs);
    if (!m_database.run(query))
        return std::nullopt;
    while (query.next())
        peers.owners.insert(query.value(0).toInt(), query.value(1).toString());
    return peers;
}
