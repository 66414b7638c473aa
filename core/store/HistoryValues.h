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
    friend bool operator==(const Incident &, const Incident &) = default;
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
