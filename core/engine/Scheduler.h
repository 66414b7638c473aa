#pragma once

#include "core/model/LatencyHistogram.h"

#include <QList>
#include <QtGlobal>

#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

// Decides when each monitor is checked. Pure bookkeeping on steady milliseconds (Clock::steadyMs)
// with no timers of its own: the engine asks what is due, says when a check really started and
// when it finished, and arms one timer for nextDueMs(). Tests drive it with a fake clock.
//
// Every monitor keeps its own phase: check n is due at first + n * interval, so schedules do not
// drift. A monitor is never due while its previous check is waiting or running; when a check
// overran its next slot, the next one is due at once and counts as late.
class Scheduler {
public:
    struct Stats {
        qint64 started = 0;
        qint64 late = 0;            // started later than lateAfterMs() past their due time
        qint64 totalLatenessMs = 0; // summed over all starts
        qint64 maxLatenessMs = 0;
        // Slots that passed without a check of their own: a check that overran (or waited past)
        // its next slot runs once, late, for all the slots it covered.
        qint64 skipped = 0;
        LatencyHistogram lateness; // of every start, in ms (0 when on time)
        friend bool operator==(const Stats &, const Stats &) = default;
    };

    // First checks of monitors added together land at evenly spread offsets within their
    // interval (a golden-ratio sequence over the id), not all at once.
    [[nodiscard]] static qint64 spreadOffsetMs(qint64 id, qint64 intervalMs);
    // A start this much past its due time is late: a second, or half the interval when shorter.
    [[nodiscard]] static qint64 lateAfterMs(qint64 intervalMs);

    // Adds a monitor (or replaces one with the same id) whose first check is due at
    // nowMs + firstDelayMs.
    void add(qint64 id, qint64 intervalMs, qint64 nowMs, qint64 firstDelayMs);
    // Room for `count` monitors, before many are added at once.
    void reserve(qsizetype count) { m_entries.reserve(std::size_t(count)); }
    void remove(qint64 id);
    // A new interval keeps the phase of the last check: the next one is due one new interval
    // after the last due time (at once when that has passed). Takes effect after a running check.
    void setInterval(qint64 id, qint64 intervalMs, qint64 nowMs);
    // A paused monitor is never due. Resuming makes it due at once.
    void pause(qint64 id);
    void resume(qint64 id, qint64 nowMs);
    // "Check now": due at once unless a check is already waiting or running.
    void runSoon(qint64 id, qint64 nowMs);

    // Monitors whose check is due, earliest first; they count as waiting until started().
    [[nodiscard]] QList<qint64> takeDue(qint64 nowMs);
    // The check of a waiting monitor has been sent now; lateness is measured here.
    void started(qint64 id, qint64 nowMs);
    // The check has finished; the next one is scheduled.
    void finished(qint64 id, qint64 nowMs);

    [[nodiscard]] std::optional<qint64> nextDueMs() const;
    [[nodiscard]] bool contains(qint64 id) const { return m_entries.contains(id); }
    [[nodiscard]] bool isPaused(qint64 id) const;
    // Handed out by takeDue() and not started yet.
    [[nodiscard]] bool isWaiting(qint64 id) const;
    [[nodiscard]] std::optional<qint64> dueMs(qint64 id) const;
    [[nodiscard]] int size() const { return int(m_entries.size()); }
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    // The checks per second the monitors that are not paused ask for (each one per interval):
    // what the engine must keep up with.
    [[nodiscard]] double neededPerSecond() const;

private:
    enum class Phase { Idle, Waiting, Running };
    struct Entry {
        qint64 intervalMs = 0;
        qint64 dueMs = 0;  // when the check may start
        qint64 slotMs = 0; // when it should have started; later than dueMs only after an overrun
        Phase phase = Phase::Idle;
        bool paused = false;
    };

    void queue(qint64 id, Entry &entry, qint64 dueMs, std::optional<qint64> slotMs = {});
    void unqueue(qint64 id, const Entry &entry);
    // Counts (or uncounts, -1) an unpaused monitor's interval in m_activeByInterval.
    void countActive(qint64 intervalMs, int delta);

    std::unordered_map<qint64, Entry> m_entries;
    std::set<std::pair<qint64, qint64>> m_idleByDue; // (due, id) of idle, unpaused monitors
    Stats m_stats;
    std::map<qint64, qint64> m_activeByInterval; // interval ms -> unpaused monitors with it
};
