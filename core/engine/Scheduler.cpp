#include "core/engine/Scheduler.h"

#include <algorithm>
#include <cmath>

qint64 Scheduler::spreadOffsetMs(qint64 id, qint64 intervalMs)
{
    // Consecutive ids land far apart and fill the interval evenly (Weyl sequence).
    constexpr double kGoldenFraction = 0.6180339887498949;
    double whole = 0;
    const double fraction = std::modf(double(id) * kGoldenFraction, &whole);
    return std::clamp(qint64(fraction * double(intervalMs)), qint64(0), intervalMs - 1);
}

qint64 Scheduler::lateAfterMs(qint64 intervalMs)
{
    return std::min<qint64>(1000, intervalMs / 2);
}

void Scheduler::add(qint64 id, qint64 intervalMs, qint64 nowMs, qint64 firstDelayMs)
{
    remove(id);
    Entry &entry = m_entries[id];
    entry.intervalMs = std::max<qint64>(1, intervalMs);
    countActive(entry.intervalMs, 1);
    queue(id, entry, nowMs + std::max<qint64>(0, firstDelayMs));
}

void Scheduler::remove(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    unqueue(id, it->second);
    if (!it->second.paused)
        countActive(it->second.intervalMs, -1);
    m_entries.erase(it);
}

void Scheduler::setInterval(qint64 id, qint64 intervalMs, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry &entry = it->second;
    const qint64 oldInterval = entry.intervalMs;
    entry.intervalMs = std::max<qint64>(1, intervalMs);
    if (!entry.paused) {
        countActive(oldInterval, -1);
        countActive(entry.intervalMs, 1);
    }
    if (entry.phase != Phase::Idle)
        return; // finished() schedules with the new interval
    // The idle monitor's slot is last start + old interval; move it to last start + new one.
    const qint64 lastDue = entry.slotMs - oldInterval;
    unqueue(id, entry);
    queue(id, entry, std::max(nowMs, lastDue + entry.intervalMs));
}

void Scheduler::pause(qint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.paused)
        return;
    unqueue(id, it->second);
    it->second.paused = true;
    countActive(it->second.intervalMs, -1);
}

void Scheduler::resume(qint64 id, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !it->second.paused)
        return;
    it->second.paused = false;
    countActive(it->second.intervalMs, 1);
    if (it->second.phase == Phase::Idle)
        queue(id, it->second, nowMs);
}

void Scheduler::runSoon(qint64 id, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.paused || it->second.phase != Phase::Idle ||
        it->second.dueMs <= nowMs)
        return;
    unqueue(id, it->second);
    queue(id, it->second, nowMs);
}

QList<qint64> Scheduler::takeDue(qint64 nowMs)
{
    QList<qint64> due;
    while (!m_idleByDue.empty() && m_idleByDue.begin()->first <= nowMs) {
        const qint64 id = m_idleByDue.begin()->second;
        m_idleByDue.erase(m_idleByDue.begin());
        m_entries[id].phase = Phase::Waiting;
        due.append(id);
    }
    return due;
}

void Scheduler::started(qint64 id, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.phase != Phase::Waiting)
        return;
    Entry &entry = it->second;
    entry.phase = Phase::Running;
    const qint64 lateness = std::max<qint64>(0, nowMs - entry.slotMs);
    ++m_stats.started;
    m_stats.totalLatenessMs += lateness;
    m_stats.maxLatenessMs = std::max(m_stats.maxLatenessMs, lateness);
    m_stats.lateness.add(lateness);
    if (lateness > lateAfterMs(entry.intervalMs))
        ++m_stats.late;
}

void Scheduler::finished(qint64 id, qint64 nowMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.phase == Phase::Idle)
        return;
    Entry &entry = it->second;
    entry.phase = Phase::Idle;
    // After an overrun the check runs at once, its lateness measured from the missed slot, and
    // the phase restarts from there.
    const qint64 slot = entry.dueMs + entry.intervalMs;
    if (nowMs > slot) // the next check stands in for `slot`; the ones after it passed unchecked
        m_stats.skipped += (nowMs - slot) / entry.intervalMs;
    queue(id, entry, std::max(slot, nowMs), slot);
}

std::optional<qint64> Scheduler::nextDueMs() const
{
    if (m_idleByDue.empty())
        return std::nullopt;
    return m_idleByDue.begin()->first;
}

double Scheduler::neededPerSecond() const
{
    double perSecond = 0;
    for (const auto &[intervalMs, monitors] : m_activeByInterval)
        perSecond += double(monitors) * 1000.0 / double(intervalMs);
    return perSecond;
}

void Scheduler::countActive(qint64 intervalMs, int delta)
{
    const auto it = m_activeByInterval.try_emplace(intervalMs, 0).first;
    it->second += delta;
    if (it->second <= 0)
        m_activeByInterval.erase(it);
}

bool Scheduler::isPaused(qint64 id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.paused;
}

bool Scheduler::isWaiting(qint64 id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && it->second.phase == Phase::Waiting;
}

std::optional<qint64> Scheduler::dueMs(qint64 id) const
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.dueMs;
}

void Scheduler::queue(qint64 id, Entry &entry, qint64 dueMs, std::optional<qint64> slotMs)
{
    entry.dueMs = dueMs;
    entry.slotMs = slotMs.value_or(dueMs);
    entry.phase = Phase::Idle;
    if (!entry.paused)
        m_idleByDue.emplace(dueMs, id);
}

void Scheduler::unqueue(qint64 id, const Entry &entry)
{
    if (entry.phase == Phase::Idle && !entry.paused)
        m_idleByDue.erase({entry.dueMs, id});
}
