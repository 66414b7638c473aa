#pragma once

#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

// A stretch of time a monitor spent down, unreachable or degraded. endedAt is invalid while it
// lasts.
struct Incident {
    qint64 id = 0;
    qint64 monitorId = 0;
    MonitorState state = MonitorState::Down;
    Reason reason = Reason::Unknown;
    QString error;
    QDateTime startedAt;
    QDateTime endedAt;
    QString location; // where the check that opened it was made; empty without agents
    friend bool operator==(const Incident &, const Incident &) = default;
};

// A monitor's live state as the engine that checks it last stored it, where several share the
// database (live_states).
struct LiveState {
    MonitorState state = MonitorState::Pending; // with `since` invalid: no change stored yet
    QDateTime since;                            // when it entered `state`
    QDateTime checkedAt;                        // its newest check; invalid: none yet
    QString location;                           // where that check was made
    Reason reason = Reason::Ok;                 // why it entered `state` (the change's)
    QString error;
    friend bool operator==(const LiveState &, const LiveState &) = default;
};

// Checks counted for one monitor: `good` were up or degraded.
struct UptimeCounts {
    qint64 good = 0;
    qint64 total = 0;
    friend bool operator==(const UptimeCounts &, const UptimeCounts &) = default;
};

// One monitor's checks over the last 24 h as one read counted them, and the newest check that
// read saw (invalid when none): a live check up to `newest` is already in `counts`.
struct DayUptime {
    UptimeCounts counts;
    QDateTime newest;
    friend bool operator==(const DayUptime &, const DayUptime &) = default;
};
