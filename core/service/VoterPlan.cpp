#include "core/service/VoterPlan.h"

#include <QByteArray>

#include <algorithm>
#include <vector>

namespace {

// FNV-1a over the monitor's id and a name: the same on every machine and Qt version (qHash
// is seeded per process).
quint64 rank(qint64 monitorId, const QString &name)
{
    quint64 hash = 14695981039346656037ULL;
    const QByteArray bytes = QByteArray::number(monitorId) + '/' + name.toUtf8();
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

} // namespace

namespace VoterPlan {

QSet<qint64> votesOf(const QString &self, const QHash<qint64, Monitor> &monitors,
                     const LeaseStore::Peers &peers)
{
    QSet<qint64> mine;
    QString myLocation;
    QHash<QString, QString> locationOf; // agent -> location
    QHash<QString, QList<QString>> byLocation;
    for (const LeaseStore::Agent &agent : peers.agents) {
        locationOf.insert(agent.name, agent.location);
        byLocation[agent.location].append(agent.name);
        if (agent.name == self)
            myLocation = agent.location;
    }
    if (myLocation.isEmpty() || byLocation.size() < 2)
        return mine;
    for (const Monitor &monitor : monitors) {
        if (monitor.locations <= 1)
            continue;
        const QString owner = peers.owners.value(LeaseStore::shardOf(monitor.id));
        const auto ownerLocation = locationOf.constFind(owner);
        if (owner.isEmpty() || owner == self || ownerLocation == locationOf.cend() ||
            *ownerLocation == myLocation)
            continue;
        // Is my location among the N - 1 best of the others, and I the best agent in it?
        std::vector<std::pair<quint64, QString>> ranked;
        for (auto it = byLocation.cbegin(); it != byLocation.cend(); ++it) {
            if (it.key() != *ownerLocation)
                ranked.emplace_back(rank(monitor.id, it.key()), it.key());
        }
        const size_t chosen = std::min(ranked.size(), size_t(monitor.locations - 1));
        std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(chosen), ranked.end(),
                          std::greater<>());
        const bool mineToCheck =
            std::any_of(ranked.cbegin(), ranked.cbegin() + qsizetype(chosen),
                        [&myLocation](const auto &entry) { return entry.second == myLocation; });
        if (!mineToCheck)
            continue;
        const QList<QString> &here = byLocation[myLocation];
        const auto best = std::max_element(here.cbegin(), here.cend(),
                                           [&monitor](const QString &a, const QString &b) {
                                               return rank(monitor.id, a) < rank(monitor.id, b);
                                           });
        if (*best == self)
            mine.insert(monitor.id);
    }
    return mine;
}

} // namespace VoterPlan
