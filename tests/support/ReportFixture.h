#pragma once

#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/report/ReportPeriod.h"
#include "core/store/StoreDatabase.h"

#include <QDateTime>
#include <QList>

// Stores a maintenance period of a monitor, [start, end), as the store keeps one: an incidents
// row in the MAINTENANCE state (written by the store's own path when it records changes into
// maintenance, else put in directly). False on failure.
bool storeMaintenance(StoreDatabase &db, qint64 monitorId, const QDateTime &start,
                      const QDateTime &end);

// A month of history for the uptime report's tests (November 2026, local time), written through
// the store's own write path: three monitors checked every 10 minutes from 3 hours before the
// month to 3 hours after it, their verdicts following their incidents.
//   api  (tags prod, eu): down from 1 h before the month to 1 h into it (60 min inside),
//        degraded 30 min on day 6, unreachable 15 min on day 11, down from 20 min before the
//        month's end and still down (20 min inside).
//   web  (tag prod): down for the 2 hours that end exactly as the month starts (outside), in
//        maintenance 2 h on day 4, down for an hour that starts 1 h after the month (outside).
//   blog (tag home): always up.
// The report is made 5 days after the month ends (`now`).
struct ReportFixture {
    static constexpr qint64 kMinuteMs = 60'000;

    ReportPeriod period;
    QDateTime now;
    Monitor api;
    Monitor web;
    Monitor blog;
    QList<CheckResult> results; // every check written, oldest first per monitor
    QList<StateChange> changes;

    // Writes the monitors and their history to `db`; false (with a warning) on failure.
    bool seed(StoreDatabase &db);
    // The results of one monitor in [from, to).
    [[nodiscard]] QList<CheckResult> resultsOf(qint64 monitorId, const QDateTime &from,
                                               const QDateTime &to) const;
};
