#pragma once

#include "core/model/Monitor.h"
#include "core/report/ReportPeriod.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryValues.h"
#include "core/store/Rollup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class HistoryReader;
class QObject;
class StoreThread;

// Which monitors a report covers: these ids and every monitor with `tag`; both empty: all.
struct ReportSelection {
    QList<qint64> monitorIds;
    QString tag;

    [[nodiscard]] bool isAll() const { return monitorIds.isEmpty() && tag.isEmpty(); }
    [[nodiscard]] bool matches(const Monitor &monitor) const;
    // The monitors of `all` it covers, in their order.
    [[nodiscard]] QList<Monitor> select(const QList<Monitor> &all) const;
};

// An incident that overlaps a report's period, whole: it may have started before the period and
// end after it (endedAt invalid while it lasts).
struct ReportIncident {
    Incident incident;
    qint64 durationMs = 0; // start to end, or to the report's now while it lasts
    qint64 inPeriodMs = 0; // the part inside the period (and before now)
    friend bool operator==(const ReportIncident &, const ReportIncident &) = default;
};

// One monitor's figures over a period.
struct MonitorReport {
    qint64 monitorId = 0;
    QString name;
    QString url; // as shown (displayUrl: no user info)
    // Every check of the period, to the minute (HistoryReader::window): uptime and response
    // times leave the checks made during maintenance out.
    Rollup checks;
    qint64 downtimeMs = 0;    // down or unreachable, clipped to the period
    qint64 maintenanceMs = 0; // in maintenance, clipped
    qint64 degradedMs = 0;    // degraded, clipped
    // Outages and degradations that overlap the period, oldest first (maintenance periods are
    // counted in maintenanceMs, not listed).
    QList<ReportIncident> incidents;

    // Every check made, those during maintenance included.
    [[nodiscard]] qint64 checkCount() const { return checks.total() + checks.maintenance; }
    [[nodiscard]] std::optional<double> uptimePercent() const { return checks.uptimePercent(); }
};

// The uptime report: for a period and some monitors, each monitor's uptime, downtime,
// maintenance and degraded time, incidents and response times, and the totals. The same figures
// are the report (PDF, HTML) and `upwatch stats` for a period, so they agree by construction.
struct UptimeReport {
    Q_DECLARE_TR_FUNCTIONS(UptimeReport)

public:
    ReportPeriod period;
    QDateTime generatedAt; // the "now" it was computed at; open incidents end there
    QList<MonitorReport> monitors;

    // Every check made by every monitor.
    [[nodiscard]] qint64 checkCount() const;
    // Up or degraded among the checks outside maintenance, over all monitors (so weighted by
    // their checks).
    [[nodiscard]] std::optional<double> uptimePercent() const;
    [[nodiscard]] qint64 downtimeMs() const;
    [[nodiscard]] qint64 maintenanceMs() const;
    [[nodiscard]] qint64 incidentCount() const;

    // A length of time in whole minutes as the report and `stats` give it: to the nearest.
    [[nodiscard]] static qint64 minutes(qint64 ms);
    // How long `incidents` in a state `which` accepts overlap [from, to), an open one lasting
    // until `now`.
    [[nodiscard]] static qint64 timeIn(const QList<Incident> &incidents,
                                       const std::function<bool(MonitorState)> &which,
                                       const QDateTime &from, const QDateTime &to,
                                       const QDateTime &now);

    // The report of `monitors` over `period` at `now`, read in one read transaction; nullopt
    // when the history cannot be read (reader.lastError() says why).
    [[nodiscard]] static std::optional<UptimeReport> compute(HistoryReader &reader,
                                                             const QList<Monitor> &monitors,
                                                             const ReportPeriod &period,
                                                             const QDateTime &now);
    // Reads the monitors `selection` covers and computes their report in the store thread; the
    // answer comes in the caller's thread unless `context` is gone. A selection that covers no
    // monitor is an error.
    static void load(StoreThread &store, QObject *context, const ReportSelection &selection,
                     const ReportPeriod &period, const QDateTime &now,
                     std::function<void(const HistoryAnswer<UptimeReport> &)> done);
    // The error of a selection that covers no monitor.
    [[nodiscard]] static QString noMonitorsError();
};
