#include "core/engine/StateTracker.h"

#include <utility>

void StateTracker::setMonitor(qint64 id, const Rules &rules, MonitorState initial)
{
    const auto it = m_monitors.find(id);
    if (it != m_monitors.end()) {
        it->rules = rules;
        return;
    }
    Tracked tracked;
    tracked.rules = rules;
    tracked.state = initial;
    m_monitors.insert(id, tracked);
}

void StateTracker::remove(qint64 id)
{
    m_monitors.remove(id);
}

std::optional<StateChange> StateTracker::setPaused(qint64 id, bool paused, const QDateTime &at)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || (it->state == MonitorState::Paused) == paused)
        return std::nullopt;
    StateChange change;
    change.monitorId = id;
    change.at = at;
    change.from = it->state;
    if (paused) {
        // An outage does not end because nobody looks: resuming returns to it, so a monitor
        // that is still down neither ends its incident nor alerts again.
        it->held = isIncidentState(it->state) ? it->state : MonitorState::Pending;
        change.to = MonitorState::Paused;
    }
    else {
        change.to = std::exchange(it->held, MonitorState::Pending);
        if (it->maintenance)
            change.to = MonitorState::Maintenance;
    }
    it->state = change.to;
    it->failures = 0;
    it->successes = 0;
    return change;
}

std::optional<StateChange> StateTracker::setMaintenance(qint64 id, bool inMaintenance,
                                                        const QDateTime &at)
{
    const auto it = m_monitors.find(id);
    if (it == m_monitors.end() || it->maintenance == inMaintenance)
        return std::nullopt;
    it->maintenance = inMaintenance;
    it->failures = 0;
    it->successes = 0;
    if (it->state == MonitorState::Paused) {
        // The window covers what the pause held; the resume asks again.
        it->held = MonitorState::Pending;
        return std::nullopt;
    }
    StateChange change;
    change.monitorId = id;
    change.at = at;
    change.from = it->state;
    change.to = inMaintenance ? MonitorState::Maintenance : MonitorState::Pending;
    it->state = change.to;
    return change;
}

bool StateTracker::isInMaintenance(qint64 id) const
{
    const auto it = m_monitors.constFind(id);
    return it != m_monitors.cend() && it->maintenance;
}

std::optional<StateChange> StateTracker::apply(const CheckResult &result)
{
    const auto it = m_monitors.find(result.monitorId);
    if (it == m_monitors.end() || it->state == MonitorState::Paused ||
        it->state == MonitorState::Maintenance)
        return std::nullopt;
    Tracked &monitor = *it;
    const MonitorState from = monitor.state;
    MonitorState to = from;
    if (result.isUp()) {
        monitor.failures = 0;
        ++monitor.successes;
        const MonitorState good =
            result.verdict == Verdict::Degraded ? MonitorState::Degraded : MonitorState::Up;
        if (!isDownState(from) || monitor.successes >= monitor.rules.recovery)
            to = good;
    }
    else {
        monitor.successes = 0;
        ++monitor.failures;
        const MonitorState down =
            parentIsDown(monitor) ? MonitorState::Unreachable : MonitorState::Down;
        // Once alerted as down, a monitor stays down even if its parent fails later; an
        // unreachable one becomes down (and alerts) when it still fails after the parent is back.
        if (from == MonitorState::Unreachable)
            to = down;
        else if (from != MonitorState::Down && monitor.failures > monitor.rules.retries)
            to = down;
    }
    if (to == from)
        return std::nullopt;
    monitor.state = to;
    return StateChange{result.monitorId, result.startedAt, from, to, result.reason, result.error};
}

MonitorState StateTracker::state(qint64 id) const
{
    const auto it = m_monitors.constFind(id);
    return it == m_monitors.cend() ? MonitorState::Pending : it->state;
}

QList<int> StateTracker::counts() const
{
    QList<int> counts(kMonitorStateCount, 0);
    for (const Tracked &monitor : m_monitors)
        ++counts[int(monitor.state)];
    return counts;
}

bool StateTracker::parentIsDown(const Tracked &monitor) const
{
    if (monitor.rules.parentId == 0)
        return false;
    const auto parent = m_monitors.constFind(monitor.rules.parentId);
    // A parent in maintenance may well be down on purpose: its children's failures are not news.
    return parent != m_monitors.cend() &&
           (isDownState(parent->state) || parent->state == MonitorState::Maintenance);
}
