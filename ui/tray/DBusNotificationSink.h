#pragma once

#include "ui/tray/NotificationSink.h"

#include <QDBusConnection>
#include <QHash>

// Notifications through the desktop's notification service (org.freedesktop.Notifications,
// https://specifications.freedesktop.org/notification-spec/) on the session bus. Calls are
// asynchronous: show() returns at once and the id the service gives back arrives later. A new
// notification about a monitor replaces the previous one about it that is still on screen.
class DBusNotificationSink final : public NotificationSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DBusNotificationSink)

public:
    static inline const QString kService = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
    static inline const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

    // On the session bus. The app icon goes along with every notification: by name, and as a
    // PNG in the cache folder (NotificationIcon) for a build that is not installed.
    explicit DBusNotificationSink(QObject *parent = nullptr);
    explicit DBusNotificationSink(const QDBusConnection &bus, QObject *parent = nullptr);

    // True when a notification service is registered on the session bus right now, or can be
    // started by the bus (D-Bus activation). Asks the bus daemon and waits for its answer: call
    // it once at start-up, not per notification.
    [[nodiscard]] static bool isServiceAvailable();
    [[nodiscard]] static bool isServiceAvailable(const QDBusConnection &bus);

    void show(const Notification &n) override;

    // The "image-path" hint sent with every notification (a file:// URL), or empty.
    [[nodiscard]] QString imagePath() const { return m_imagePath; }

    // Notifications this sink sent that the service has not closed yet.
    [[nodiscard]] int openCount() const { return int(m_monitorOf.size()); }

signals:
    // The service refused or never answered a Notify call.
    void failed(const QString &error);

private slots:
    // Slots, not lambdas: QDBusConnection::connect() only takes a slot signature.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void remember(qint64 monitorId, uint id);
    void forget(uint id);

    QDBusConnection m_bus;
    QString m_imagePath;        // file:// URL of the app icon; empty if it could not be written
    QHash<qint64, uint> m_idOf; // monitor -> its notification on screen
    QHash<uint, qint64> m_monitorOf; // notification -> its monitor
};
