#include "core/service/MonitoringService.h"

#include "core/service/LiveFeed.h"
#include "core/service/SecretLoader.h"
#include "core/service/VoterPlan.h"
#include "core/store/HistoryReader.h"
#include "core/store/LeaseStore.h"
#include "core/store/StoreThread.h"

#include <QRandomGenerator>

// The agent side of MonitoringService (setAgent()): which monitors its engine runs as leases come
// and go, and an observer's view of the others. MonitoringService.cpp has the rest.

namespace {

// The states taken-over monitors go on from: the agent that had them left them in their open
// incidents and live states. A live state counts while it is fresh (a monitor nobody checked
// for long starts over as pending).
QHash<qint64, MonitorState> resumedStates(const QList<Monitor> &monitors,
                                          const QHash<qint64, MonitorState> &open,
                                          const QHash<qint64, LiveState> &live,
                                          const QDateTime &now, qint64 leaseMs)
{
    QHash<qint64, MonitorState> states = open;
    for (const Monitor &monitor : monitors) {
        const auto found = live.constFind(monitor.id);
        if (found == live.cend() || found->state == MonitorState::Pending ||
            states.contains(monitor.id) || !found->checkedAt.isValid())
            continue;
        const qint64 freshMs = 3 * qint64(monitor.intervalSeconds) * 1000 + leaseMs;
        if (found->checkedAt.msecsTo(now) <= freshMs)
            states.insert(monitor.id, found->state);
    }
    return states;
}

// When the first checks of taken-over monitors are due: on the schedule of the agent that had
// them, the next of its slots (an interval after its last stored check, or a whole number of
// intervals after it once that is past). A monitor handed over between running agents is not
// checked twice in a row, and monitors taken from a dead agent keep their spread instead of all
// coming due at once.
QHash<qint64, qint64> dueAfterLastCheck(const QList<Monitor> &monitors,
                                        const QHash<qint64, LiveState> &live, const QDateTime &now)
{
    QHash<qint64, qint64> due;
    for (const Monitor &monitor : monitors) {
        const auto found = live.constFind(monitor.id);
        if (found == live.cend() || !found->checkedAt.isValid())
            continue;
        const qint64 interval = qint64(monitor.intervalSeconds) * 1000;
        const qint64 next = now.msecsTo(found->checkedAt) + interval;
        due.insert(monitor.id, next >= 0 ? next : ((next % interval) + interval) % interval);
    }
    return due;
}

// How far back the other locations' votes on these monitors count: the longest any of those that
// `judged` picks is judged with, 0 when it picks none.
template<typename Monitors, typename Judged>
qint64 freshestVotesMs(const Monitors &monitors, Judged judged)
{
    qint64 freshMs = 0;
    for (const Monitor &monitor : monitors) {
        if (monitor.locations > 1 && judged(monitor))
            freshMs = std::max(freshMs, Quorum::freshForMs(monitor));
    }
    return freshMs;
}

} // namespace

void MonitoringService::setAgent(const AgentConfig &config)
{
    if (!config.takesPart() || m_agent)
        return;
    m_agent = new AgentLeases(*m_store, m_clock, config, this);
    m_engine->setLocation(config.location);
    connect(m_agent, &AgentLeases::shardsChanged, this, &MonitoringService::onShardsChanged);
    connect(m_agent, &AgentLeases::peersChanged, this, [this](const LeaseStore::Peers &peers) {
        m_peers = peers;
        refreshVoters();
    });
    connect(m_agent, &AgentLeases::problem, this, &MonitoringService::storeFailed);
    if (config.observer || config.followOthers) {
        m_feed = new LiveFeed(*m_store, this);
        connect(m_feed, &LiveFeed::observed, this, &MonitoringService::observedResults);
        connect(m_feed, &LiveFeed::problem, this, &MonitoringService::storeFailed);
    }
}

bool MonitoringService::loadShared(StoreDatabase &database, qint64 nowMs, QList<int> *leased,
                                   QHash<qint64, LiveState> *live)
{
    const auto shards = LeaseStore(database).leasedShards(nowMs);
    const auto states = HistoryReader(database).liveStates();
    if (!shards || !states)
        return false;
    *leased = *shards;
    *live = *states;
    return true;
}

void MonitoringService::followShared(const QList<Monitor> &monitors,
                                     const QHash<qint64, LiveState> &live,
                                     QHash<qint64, MonitorState> &states)
{
    const QDateTime now = m_clock->nowUtc();
    for (const Monitor &monitor : monitors) {
        if (checksHere(monitor.id))
            continue;
        const LiveState state = live.value(monitor.id);
        if (state.since.isValid())
            states.insert(monitor.id, state.state);
        // The table's recent history was read up to now.
        m_feed->follow(monitor.id, states.value(monitor.id),
                       state.checkedAt.isValid() ? state.checkedAt : now, state.since);
    }
}

void MonitoringService::onShardsChanged(const QSet<int> &gained, const QSet<int> &lost)
{
    if (m_stopping || !m_loaded)
        return;
    QList<Monitor> taken;
    const QDateTime now = m_clock->nowUtc();
    for (auto it = m_voters.begin(); it != m_voters.end();) {
        // Its owner now: it checks it as such, from its live state.
        if (gained.contains(LeaseStore::shardOf(*it))) {
            dropVoter(*it);
            it = m_voters.erase(it);
        }
        else {
            ++it;
        }
    }
    for (const Monitor &monitor : std::as_const(m_monitors)) {
        const int shard = LeaseStore::shardOf(monitor.id);
        if (lost.contains(shard)) {
            // An observer shows what the agent that takes it finds from now on (one that was
            // not running here yet is followed already).
            if (m_feed && m_engine->contains(monitor.id))
                m_feed->follow(monitor.id, m_engine->state(monitor.id), now, now);
            m_engine->removeMonitor(monitor.id);
        }
        else if (gained.contains(shard) && !m_engine->contains(monitor.id)) {
            taken.append(monitor);
        }
    }
    if (taken.isEmpty())
        return;
    // They go on from the state the agent that had them left them in (an open incident is not
    // opened again, nor alerted twice; an up monitor stays up).
    // Those checked from several locations are judged with the others' votes from their first
    // check here on: a check judged alone would make one location's trouble an outage.
    struct Left {
        QHash<qint64, MonitorState> open;
        QHash<qint64, LiveState> live;
        QHash<qint64, QList<LocationVote>> votes;
    };
    const qint64 votesFreshMs = freshestVotesMs(taken, [](const Monitor &) { return true; });
    m_store->run<Left>(
        this,
        [votesFreshMs, location = m_agent->config().location,
         sinceMs = now.toMSecsSinceEpoch() - votesFreshMs](StoreDatabase *database) {
            Left left;
            if (!database)
                return left;
            HistoryReader reader(*database);
            reader.readTogether([&] {
                const auto open = reader.openStates();
                const auto live = reader.liveStates();
                const auto votes = votesFreshMs > 0 ? reader.votes(location, sinceMs)
                                                    : std::make_optional(left.votes);
                left.open = open.value_or(QHash<qint64, MonitorState>());
                left.live = live.value_or(QHash<qint64, LiveState>());
                left.votes = votes.value_or(QHash<qint64, QList<LocationVote>>());
                return open && live && votes;
            });
            return left;
        },
        [this, taken](const Left &left) {
            const QDateTime at = m_clock->nowUtc();
            const QHash<qint64, MonitorState> states = resumedStates(
                taken, left.open, left.live, at, m_agent ? m_agent->config().leaseMs : 0);
            if (m_stopping)
                return;
            QList<Monitor> still;
            for (const Monitor &monitor : taken) {
                if (m_voters.remove(monitor.id)) // made a voter meanwhile: owned comes first
                    dropVoter(monitor.id);
                const auto stored = m_monitors.constFind(monitor.id);
                if (stored != m_monitors.cend() && checksHere(monitor.id) &&
                    !m_engine->contains(monitor.id)) {
                    still.append(*stored);
                    if (m_feed)
                        m_feed->unfollow(monitor.id);
                }
            }
            m_engine->setMonitors(still, states, dueAfterLastCheck(still, left.live, at));
            m_engine->addVotes(ownVotes(left.votes));
            for (const Monitor &monitor : std::as_const(still))
                m_secrets->load(monitor);
        });
}

void MonitoringService::refreshVoters()
{
    if (!m_agent || !m_agent->config().isAgent() || !m_loaded || m_stopping)
        return;
    const QSet<qint64> wanted = VoterPlan::votesOf(m_agent->name(), m_monitors, m_peers);
    for (auto it = m_voters.begin(); it != m_voters.end();) {
        if (wanted.contains(*it) && !checksHere(*it)) {
            ++it;
            continue;
        }
        dropVoter(*it);
        it = m_voters.erase(it);
    }
    for (const qint64 id : wanted) {
        // A monitor of a shard held here is checked as its owner, even when the peers read
        // with the last heartbeat still name another.
        if (m_voters.contains(id) || m_engine->contains(id) || checksHere(id))
            continue;
        const Monitor monitor = m_monitors.value(id);
        // A random place in the interval: the locations' votes come at different times.
        const qint64 interval = qint64(monitor.intervalSeconds) * 1000;
        m_engine->addVoter(monitor, QRandomGenerator::global()->bounded(interval));
        m_voters.insert(id);
        m_secrets->load(monitor);
    }
}

void MonitoringService::dropVoter(qint64 id)
{
    m_engine->removeMonitor(id);
    m_secrets->forget(id);
}

void MonitoringService::pollVotes()
{
    if (!m_agent || !m_agent->config().isAgent() || !m_loaded || m_stopping || m_readingVotes)
        return;
    const qint64 freshMs =
        freshestVotesMs(m_monitors, [this](const Monitor &monitor) { return ownsQuorum(monitor); });
    if (freshMs == 0) {
        m_engine->setVotes({});
        return;
    }
    m_readingVotes = true;
    const qint64 sinceMs = m_clock->nowUtc().toMSecsSinceEpoch() - freshMs;
    using Votes = std::optional<QHash<qint64, QList<LocationVote>>>;
    m_store->run<Votes>(
        this,
        [location = m_agent->config().location, sinceMs](StoreDatabase *database) -> Votes {
            if (!database)
                return std::nullopt;
            return HistoryReader(*database).votes(location, sinceMs);
        },
        [this](const Votes &votes) {
            m_readingVotes = false;
            if (!votes || m_stopping)
                return; // the votes read before stay: a store hiccup is no reason to forget them
            m_engine->setVotes(ownVotes(*votes));
        });
}

bool MonitoringService::ownsQuorum(const Monitor &monitor) const
{
    return monitor.locations > 1 && !m_voters.contains(monitor.id) &&
           m_engine->contains(monitor.id);
}

QHash<qint64, QList<LocationVote>>
MonitoringService::ownVotes(const QHash<qint64, QList<LocationVote>> &votes) const
{
    // Those of the monitors owned here when they arrive: one taken meanwhile is judged with
    // them, one given away or made a voter meanwhile is not.
    QHash<qint64, QList<LocationVote>> mine;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        const auto monitor = m_monitors.constFind(it.key());
        if (monitor != m_monitors.cend() && ownsQuorum(*monitor))
            mine.insert(it.key(), it.value());
    }
    return mine;
}
