#pragma once

#include "core/model/CheckResult.h"
#include "core/store/HistoryValues.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>

#include <optional>

// What the monitor table shows about one monitor's recent history, read from the store when the
// window opens and kept current from the engine's results after that.
struct MonitorSummary {
    std::optional<CheckResult> latest;
    QList<Verdict> recent; // oldest first, at most the number asked for
    UptimeCounts day;      // checks in the last 24 hours (HistoryQueries::dayUptime)
    // The newest check the read saw: `latest`, `recent` and `day` hold every check up to it and
    // none after it, so a live check up to it is already counted. Invalid when there was none.
    QDateTime newest;
};
