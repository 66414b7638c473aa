#include "core/alert/AlertRules.h"

namespace {

MonitorState stateOf(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Up:
        return MonitorState::Up;
    case Verdict::Degraded:
        return MonitorState::Degraded;
    case Verdict::Down:
        return MonitorState::Down;
    }
    return MonitorState::Down;
}

} // namespace

AlertRules::AlertRules(MonitorLookup lookup, std::shared_ptr<const Clock> clock)
    : m_lookup(std::move(lookup))
    , m_clock(std::move(clock))
    , m_certificates(kDefaultCertificateWarningDays)
{
    Q_ASSERT(m_clock);
}

void AlertRules::setCertificateWarningDays(int days)
{
    m_certificates.setWarningDays(days);
}

void AlertRules::forget(qint64 monitorId)
{
    m_certificates.forget(monitorId);
    m_incidentSince.remove(monitorId);
}

AlertEvent AlertRules::describe(qint64 monitorId) const
{
    AlertEvent event;
    event.monitorId = monitorId;
    const std::optional<Monitor> monitor = m_lookup ? m_lookup(monitorId) : std::nullopt;
    if (monitor) {
        event.monitorName = monitor->name;
        event.url = displayUrl(monitor->url);
        event.tags = monitor->tags;
    }
    if (event.monitorName.isEmpty())
        event.monitorName = QStringLiteral("monitor %1").arg(monitorId);
    return event;
}

QList<AlertEvent> AlertRules::events(const ResultBatch &batch)
{
    QList<AlertEvent> events;
    for (const StateChange &change : batch.changes) {
        if (auto event = fromChange(change))
            events.append(std::move(*event));
    }
    const QDateTime now = m_clock->nowUtc();
    for (const CheckResult &result : batch.results) {
        if (result.vote == Vote::Helper) // the engine that owns the monitor alerts
            continue;
        const auto msLeft = m_certificates.check(result, now);
        if (!msLeft)
            continue;
        AlertEvent event = describe(result.monitorId);
        event.kind = AlertEventKind::CertExpiry;
        event.state = stateOf(result.verdict);
        event.previousState = event.state;
        event.reason = result.reason;
        event.error = result.error;
        event.at = now;
        event.certExpires = result.certExpires.toUTC();
        events.append(event);
    }
    return events;
}

std::optional<AlertEvent> AlertRules::fromChange(const StateChange &change)
{
    // The incident's start, for the duration an "up" reports. A pause keeps the incident (a
    // resume returns to it); any other change out of an incident ends it.
    const QDateTime since = m_incidentSince.value(change.monitorId);
    if (change.entersIncident()) {
        if (!isIncidentState(change.from) && !change.isPauseOrResume())
            m_incidentSince.insert(change.monitorId, change.at);
    }
    else if (!change.keepsIncident()) {
        m_incidentSince.remove(change.monitorId);
    }
    if (change.isPauseOrResume())
        return std::nullopt; // an outage paused and resumed is still the one told before

    std::optional<AlertEventKind> kind;
    if (change.to == MonitorState::Down)
        kind = AlertEventKind::Down;
    else if (change.to == MonitorState::Degraded)
        kind = AlertEventKind::Degraded;
    else if (change.to == MonitorState::Up &&
             (change.from == MonitorState::Down || change.from == MonitorState::Degraded))
        kind = AlertEventKind::Up;
    if (!kind)
        return std::nullopt; // unreachable through a parent, pending, first checks

    AlertEvent event = describe(change.monitorId);
    event.kind = *kind;
    event.state = change.to;
    event.previousState = change.from;
    event.reason = change.reason;
    event.error = change.error;
    event.at = change.at.toUTC();
    if (*kind == AlertEventKind::Up && since.isValid() && since <= change.at)
        event.incidentDurationMs = since.msecsTo(change.at);
    return event;
}
