#pragma once

#include <QMetaType>
#include <QString>

// One message for the user about a monitor: what the Notifier decides to say, and what a
// NotificationSink shows (desktop notification or tray balloon). A plain value.
struct Notification {
    enum class Kind { Down, Recovered, CertificateExpiring };

    Kind kind = Kind::Down;
    // The monitor to show when the user clicks it (a summary's first monitor).
    qint64 monitorId = 0;
    QString title;
    QString body;

    // Down needs attention now; the others can wait.
    [[nodiscard]] bool isUrgent() const { return kind == Kind::Down; }

    friend bool operator==(const Notification &, const Notification &) = default;
};

Q_DECLARE_METATYPE(Notification)
