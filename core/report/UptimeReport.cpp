#include "core/report/UptimeReport.h"

#include "core/store/HistoryReader.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <algorithm>

bool ReportSelection::matches(const Monitor &monitor) const
{
    return isAll() || monitorIds.contains(monitor.id) ||
           (!tag.isEmpty() && monitor.tags.contains(tag));
}

QList<Monitor> ReportSelection::select(const QList<Monitor> &all) const
{
    QList<Monitor> chosen;
    for (const Monitor &monitor : all) {
        if (matches(monitor))
            chosen.append(monitor);
    }
    return chosen;
}

namespace {

// The end of an incident as the report counts it: its end, or `now` while it lasts.
QDateTime endOf(const Incident &incident, const QDateTime &now)
{
    return incident.endedAt.isValid() ? incident.endedAt : std::max(now, incident.startedAt);
}

bool isMaintenance(MonitorState state)
{
    return state == MonitorState::Maintenance;
}

bool isDegraded(MonitorState state)
{
    return state == MonitorState::Degraded;
}

} // namespace

qint64 UptimeReport::checkCount() const
{
    qint64 count = 0;
    for (const MonitorReport &monitor : monitors)
        count += monitor.checkCount();
    return count;
}

std::optional<double> UptimeReport::uptimePercent() const
{
    Rollup all;
    for (const MonitorReport &monitor : monitors) {
        all.up += monitor.checks.up;
        all.degraded += monitor.checks.degraded;
        all.down += monitor.checks.down;
    }
    return all.uptimePercent();
}

qint64 UptimeReport::downtimeMs() const
{
    qint64 total = 0;
    for (const MonitorReport &monitor : monitors)
        total += monitor.downtimeMs;
    return total;
}

qint64 UptimeReport::maintenanceMs() const
{
    qint64 total = 0;
    for (const MonitorReport &monitor : monitors)
        total += monitor.maintenanceMs;
    return total;
}

qint64 UptimeReport::incidentCount() const
{
    qint64 count = 0;
    for (const MonitorReport &monitor : monitors)
        count += monitor.incidents.size();
    return count;
}

qint64 UptimeReport::minutes(qint64 ms)
{
    return (std::max<qint64>(ms, 0) + 30'000) / 60'000;
}

qint64 UptimeReport::timeIn(const QList<Incident> &incidents,
                            const std::function<bool(MonitorState)> &which, const QDateTime &from,
                            const QDateTime &to, const QDateTime &now)
{
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = std::min(to, now).toMSecsSinceEpoch();
    qint64 total = 0;
    for (const Incident &incident : incidents) {
        if (!which(incident.state))
            continue;
        const qint64 start = std::max(incident.startedAt.toMSecsSinceEpoch(), fromMs);
        const qint64 end = std::min(endOf(incident, now).toMSecsSinceEpoch(), toMs);
        total += std::max<qint64>(end - start, 0);
    }
    return total;
}

std::optional<UptimeReport> UptimeReport::compute(HistoryReader &reader,
                                                  const QList<Monitor> &monitors,
                                                  const ReportPeriod &period, const QDateTime &now)
{
    UptimeReport report;
    report.period = period;
    report.generatedAt = now;
    const bool read = reader.readTogether([&] {
        for (const Monitor &monitor : monitors) {
            const auto checks = reader.window(monitor.id, period.from, period.to);
            const auto incidents = reader.incidentsBetween({monitor.id}, period.from, period.to);
            if (!checks || !incidents)
                return false;
            MonitorReport figures;
            figures.monitorId = monitor.id;
            figures.name = monitor.name;
            figures.url = displayUrl(monitor.url);
            figures.checks = *checks;
            figures.downtimeMs = timeIn(*incidents, isDownState, period.from, period.to, now);
            figures.maintenanceMs = timeIn(*incidents, isMaintenance, period.from, period.to, now);
            figures.degradedMs = timeIn(*incidents, isDegraded, period.from, period.to, now);
            for (const Incident &incident : *incidents) {
                if (!isIncidentState(incident.state))
                    continue;
                ReportIncident listed;
                listed.incident = incident;
                listed.durationMs = incident.startedAt.msecsTo(endOf(incident, now));
                listed.inPeriodMs =
                    timeIn({incident}, isIncidentState, period.from, period.to, now);
                figures.incidents.append(listed);
            }
            report.monitors.append(figures);
        }
        return true;
    });
    if (!read)
        return std::nullopt;
    return report;
}

QString UptimeReport::noMonitorsError()
{
    return tr("no monitors match the selection");
}

void UptimeReport::load(StoreThread &store, QObject *context, const ReportSelection &selection,
                        const ReportPeriod &period, const QDateTime &now,
                        std::function<void(const HistoryAnswer<UptimeReport> &)> done)
{
    StoreThread *thread = &store;
    store.run<HistoryAnswer<UptimeReport>>(
        context,
        [thread, selection, period, now](StoreDatabase *database) {
            HistoryAnswer<UptimeReport> answer;
            if (!database) {
                answer.error = thread->openError();
                return answer;
            }
            MonitorStore monitorStore(*database);
            const auto all = monitorStore.all();
            if (!all) {
                answer.error = monitorStore.lastError();
                return answer;
            }
            const QList<Monitor> chosen = selection.select(*all);
            if (chosen.isEmpty()) {
                answer.error = noMonitorsError();
                return answer;
            }
            HistoryReader reader(*database);
            answer.value = compute(reader, chosen, period, now);
            if (!answer.value)
                answer.error = reader.lastError();
            return answer;
        },
        std::move(done));
}
