#pragma once

#include "core/model/AlertChannel.h"
#include "core/model/CheckResult.h"
#include "core/model/MonitorState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One thing a channel is told: a monitor went down, recovered, became degraded, or its
// certificate is about to expire. Carries what a message needs without looking anything up.
struct AlertEvent {
    AlertEventKind kind = AlertEventKind::Down;
    qint64 monitorId = 0;
    QString monitorName;
    QString url; // as people may see it: never with a password
    QStringList tags;
    MonitorState state = MonitorState::Down;
    MonitorState previousState = MonitorState::Up;
    Reason reason = Reason::Ok;
    QString error;
    QDateTime at; // UTC
    // Up: how long the incident lasted, in ms; -1 when not known (it began before this run).
    qint64 incidentDurationMs = -1;
    QDateTime certExpires; // CertExpiry: when the certificate expires
    bool test = false;     // sent by `channel test`, not by a real transition

    // An event for `channel test` and the dialog's Test button, at `at`.
    [[nodiscard]] static AlertEvent testEvent(const QDateTime &at);

    // The incident duration in whole seconds, or -1.
    [[nodiscard]] qint64 incidentDurationSeconds() const;
    // One line for people: "api is down (timeout: no answer in 10 s)", "api is back up after
    // 5 min", "api is degraded", "the certificate of api expires in 3 days".
    [[nodiscard]] QString sentence() const;
    // Upwatch's JSON for it: {"event","monitor","monitor_id","url","state","previous_state",
    // "reason","error","time","incident_duration_seconds","test"} (+"cert_expires" for a
    // certificate warning); null where not applicable.
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const AlertEvent &, const AlertEvent &) = default;
};

Q_DECLARE_METATYPE(AlertEvent)
