#include "core/model/AlertEvent.h"

#include "core/format/DisplayFormat.h"

#include <QJsonArray>

namespace {

constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

AlertEvent AlertEvent::testEvent(const QDateTime &at)
{
    AlertEvent event;
    event.kind = AlertEventKind::Down;
    event.monitorName = QStringLiteral("Upwatch test");
    event.url = QStringLiteral("https://example.com/");
    event.state = MonitorState::Down;
    event.previousState = MonitorState::Up;
    event.reason = Reason::Ok;
    event.error = QStringLiteral("This is a test message from Upwatch: the channel works.");
    event.at = at.toUTC();
    event.test = true;
    return event;
}

qint64 AlertEvent::incidentDurationSeconds() const
{
    return incidentDurationMs < 0 ? -1 : incidentDurationMs / 1000;
}

QString AlertEvent::sentence() const
{
    const QString prefix = test ? QStringLiteral("[test] ") : QString();
    switch (kind) {
    case AlertEventKind::Down: {
        QString line = QStringLiteral("%1 is down").arg(monitorName);
        if (!test && reason != Reason::Ok)
            line += error.isEmpty() ? QStringLiteral(" (%1)").arg(reasonName(reason))
                                    : QStringLiteral(" (%1: %2)").arg(reasonName(reason), error);
        else if (!error.isEmpty())
            line += QStringLiteral(" (%1)").arg(error);
        return prefix + line;
    }
    case AlertEventKind::Up:
        if (incidentDurationMs >= 0)
            return prefix + QStringLiteral("%1 is back up after %2")
                                .arg(monitorName, DisplayFormat::duration(incidentDurationMs));
        return prefix + QStringLiteral("%1 is back up").arg(monitorName);
    case AlertEventKind::Degraded:
        if (!error.isEmpty())
            return prefix + QStringLiteral("%1 is degraded (%2)").arg(monitorName, error);
        return prefix + QStringLiteral("%1 is degraded").arg(monitorName);
    case AlertEventKind::CertExpiry: {
        const qint64 msLeft = at.msecsTo(certExpires);
        if (!certExpires.isValid())
            return prefix + QStringLiteral("the certificate of %1 expires soon").arg(monitorName);
        if (msLeft <= 0)
            return prefix + QStringLiteral("the certificate of %1 has expired").arg(monitorName);
        if (msLeft < kMsPerDay)
            return prefix + QStringLiteral("the certificate of %1 expires in less than a day")
                                .arg(monitorName);
        return prefix + QStringLiteral("the certificate of %1 expires in %2")
                            .arg(monitorName, DisplayFormat::days(msLeft / kMsPerDay));
    }
    }
    return prefix + monitorName;
}

QJsonObject AlertEvent::toJson() const
{
    QJsonObject json{
        {QStringLiteral("event"), alertEventKindName(kind)},
        {QStringLiteral("monitor"), monitorName},
        {QStringLiteral("monitor_id"), monitorId},
        {QStringLiteral("url"), textOrNull(url)},
        {QStringLiteral("state"), monitorStateName(state)},
        {QStringLiteral("previous_state"), monitorStateName(previousState)},
        {QStringLiteral("reason"), reasonName(reason)},
        {QStringLiteral("error"), textOrNull(error)},
        {QStringLiteral("time"), at.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("incident_duration_seconds"), incidentDurationMs < 0
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(incidentDurationSeconds())},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("test"), test},
    };
    if (kind == AlertEventKind::CertExpiry)
        json.insert(QStringLiteral("cert_expires"),
                    certExpires.isValid() ? QJsonValue(certExpires.toUTC().toString(Qt::ISODate))
                                          : QJsonValue(QJsonValue::Null));
    return json;
}
