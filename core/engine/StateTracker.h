#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"

#include <QHash>
#include <QList>

#include <optional>

// Turns check results into monitor states. A monitor goes DOWN only after `retries` failed
// checks in a row beyond the first, and leaves DOWN only after `recovery` good checks in a row.
// A monitor that fails while its parent is down (or in maintenance) becomes UNREACHABLE instead,
// which raises no alert. Inside a maintenance window a monitor is MAINTENANCE whatever its checks
// say; when the window closes it is PENDING until the next check decides. Each transition is
// reported exactly once. Plain bookkeeping: no threads, no timers.
class StateTracker {
public:
    struct Rules {
        int retries = 0;
        int recovery = 1;
        qint64 parentId = 0;
    };

    // Adds a monitor or changes its rules; a new one starts in `initial` (Pending, or the state
    // it had when the program last stopped).
    void setMonitor(qint64 id, const Rules &rules, MonitorState initial = MonitorState::Pending);
    // Room for `count` monitors, before many are set at once.
    void reserve(qsizetype count) { m_monitors.reserve(count); }
    void remove(qint64 id);

    // Pausing moves to PAUSED; resuming returns to the incident it was in (DOWN, UNREACHABLE,
    // DEGRADED), else to PENDING (the next check decides). Streaks start over. Nothing happens
    // when the monitor already is in that condition.
    [[nodiscard]] std::optional<StateChange> setPaused(qint64 id, bool paused, const QDateTime &at);
    // A maintenance window opens (MAINTENANCE) or closes (PENDING) for the monitor. A paused
    // monitor stays PAUSED and resumes into what is true then. Streaks start over.
    [[nodiscard]] std::optional<StateChange> setMaintenance(qint64 id, bool inMaintenance,
                                                            const QDateTime &at);
    [[nodiscard]] bool isInMaintenance(qint64 id) const;
    // The transition this result causes, if any. Results of paused or unknown monitors cause
    // none.
    [[nodiscard]] std::optional<StateChange> apply(const CheckResult &result);

    [[nodiscard]] MonitorState state(qint64 id) const;
    [[nodiscard]] bool contains(qint64 id) const { return m_monitors.contains(id); }
    // How many monitors are in each state, indexed by MonitorState.
    [[nodiscard]] QList<int> counts() const;

private:
    struct Tracked {
        Rules rules;
        MonitorState state = MonitorState::Pending;
        int failures = 0;                          // failed checks in a row
        int successes = 0;                         // good checks in a row
        MonitorState held = MonitorState::Pending; // where a resume returns to
        bool maintenance = false;                  // inside a maintenance window
    };

    [[nodiscard]] bool parentIsDown(const Tracked &monitor) const;

    QHash<qint64, Tracked> m_monitors;
};
