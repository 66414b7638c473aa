#include "core/service/MonitoringService.h"

#include "core/service/SecretLoader.h"
#include "core/store/HistoryReader.h"
#include "core/store/LeaseStore.h"
#include "core/store/StoreThread.h"

// The agent side of MonitoringService (setAgent()): which monitors its engine runs as leases come
// and go. MonitoringService.cpp has the rest.

void MonitoringService::setAgent(const AgentConfig &config)
{
    if (!config.isAgent() || m_agent)
        return;
    m_agent = new AgentLeases(*m_store, m_clock, config, this);
    connect(m_agent, &AgentLeases::shardsChanged, this, &MonitoringService::onShardsChanged);
    connect(m_agent, &AgentLeases::problem, this, &MonitoringService::storeFailed);
}

void MonitoringService::onShardsChanged(const QSet<int> &gained, const QSet<int> &lost)
{
    if (m_stopping || !m_loaded)
        return;
    QList<Monitor> taken;
    for (const Monitor &monitor : std::as_const(m_monitors)) {
        const int shard = LeaseStore::shardOf(monitor.id);
        if (lost.contains(shard))
            m_engine->removeMonitor(monitor.id);
        else if (gained.contains(shard) && !m_engine->contains(monitor.id))
            taken.append(monitor);
    }
    if (taken.isEmpty())
        return;
    // They go on from the state the agent that had them left them in (an open incident is not
    // opened again, nor alerted twice).
    m_store->run<QHash<qint64, MonitorState>>(
        this,
        [](StoreDatabase *database) {
            if (!database)
                return QHash<qint64, MonitorState>();
            return HistoryReader(*database).openStates().value_or(QHash<qint64, MonitorState>());
        },
        [this, taken](const QHash<qint64, MonitorState> &states) {
            if (m_stopping)
                return;
            QList<Monitor> still;
            for (const Monitor &monitor : taken) {
                const auto stored = m_monitors.constFind(monitor.id);
                if (stored != m_monitors.cend() && checksHere(monitor.id) &&
                    !m_engine->contains(monitor.id))
                    still.append(*stored);
            }
            m_engine->setMonitors(still, states);
            for (const Monitor &monitor : std::as_const(still))
                m_secrets->load(monitor);
        });
}
