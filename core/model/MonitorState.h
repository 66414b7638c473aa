#pragma once

#include "core/model/CheckResult.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <optional>

// What Upwatch currently believes about a monitor. Pending: no verdict yet (just added, resumed,
// or still inside its retries). Unreachable: down while its parent is down, so the parent's alert
// covers it. Maintenance: inside a maintenance window, checked but never alerted and left out of
// uptime. The names are stable (database, JSON, UI): extend only by appending.
enum class MonitorState { Pending, Up, Degraded, Down, Unreachable, Paused, Maintenance };
inline constexpr MonitorState kLastMonitorState = MonitorState::Maintenance;
inline constexpr int kMonitorStateCount = int(kLastMonitorState) + 1;

[[nodiscard]] QString monitorStateName(MonitorState state);
[[nodiscard]] std::optional<MonitorState> monitorStateFromName(QStringView name);
// The state a monitor was left in, as the store tells it outside a running engine: paused, else
// the state of its open incident (down, unreachable, degraded), else up once it has been
// checked, else pending.
[[nodiscard]] MonitorState storedState(bool paused, std::optional<MonitorState> openIncident,
                                       bool everChecked);
// Down or unreachable: the endpoint cannot be reached.
[[nodiscard]] bool isDownState(MonitorState state);
// Down, unreachable or degraded: a state that makes an incident.
[[nodiscard]] inline bool isIncidentState(MonitorState state)
{
    return isDownState(state) || state == MonitorState::Degraded;
}

// One transition, emitted once. The reason and error are those of the check that caused it
// (Reason::Ok and empty for pause and resume).
struct StateChange {
    qint64 monitorId = 0;
    QDateTime at;
    MonitorState from = MonitorState::Pending;
    MonitorState to = MonitorState::Pending;
    Reason reason = Reason::Ok;
    QString error;

    // A monitor went down on its own (not through its parent): someone should be told. A
    // resume that returns to an outage told before is not news.
    [[nodiscard]] bool wentDown() const
    {
        return to == MonitorState::Down && from != MonitorState::Paused;
    }
    // Back up after being down on its own, which was alerted.
    [[nodiscard]] bool recovered() const
    {
        return from == MonitorState::Down &&
               (to == MonitorState::Up || to == MonitorState::Degraded);
    }
    [[nodiscard]] bool becameDegraded() const
    {
        return to == MonitorState::Degraded && from != MonitorState::Paused;
    }
    // It enters a state that is an incident: down, unreachable or degraded.
    [[nodiscard]] bool entersIncident() const { return isIncidentState(to); }
    // It enters a state the store keeps a record of: an incident, or maintenance.
    [[nodiscard]] bool opensRecord() const
    {
        return entersIncident() || to == MonitorState::Maintenance;
    }
    // Leaves the open incident as it is: a pause does not end an outage (nobody looked), and a
    // resume returns to it. Every other change ends the open incident.
    [[nodiscard]] bool keepsIncident() const
    {
        return to == MonitorState::Paused || (from == MonitorState::Paused && entersIncident());
    }
    // Pausing or resuming: no check caused it.
    [[nodiscard]] bool isPauseOrResume() const
    {
        return from == MonitorState::Paused || to == MonitorState::Paused;
    }

    friend bool operator==(const StateChange &, const StateChange &) = default;
};

Q_DECLARE_METATYPE(StateChange)
