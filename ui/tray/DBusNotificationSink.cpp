#include "ui/tray/DBusNotificationSink.h"

#include "ui/tray/NotificationIcon.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace {

// Urgency levels of the specification: 0 low, 1 normal, 2 critical.
constexpr uchar kUrgencyNormal = 1;
constexpr uchar kUrgencyCritical = 2;
// expire_timeout -1: the service decides how long it stays.
constexpr int kServerDefaultTimeout = -1;

} // namespace

DBusNotificationSink::DBusNotificationSink(QObject *parent)
    : DBusNotificationSink(QDBusConnection::sessionBus(), parent)
{
}

DBusNotificationSink::DBusNotificationSink(const QDBusConnection &bus, QObject *parent)
    : NotificationSink(parent)
    , m_bus(bus)
{
    if (const QString file = NotificationIcon::cachedFile(); !file.isEmpty())
        m_imagePath = QUrl::fromLocalFile(file).toString();
    // No service name: matching on it would make QtDBus ask the bus for its owner and wait.
    // Ids that are not ours are ignored anyway.
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onNotificationClosed(uint, uint)));
}

bool DBusNotificationSink::isServiceAvailable()
{
    return isServiceAvailable(QDBusConnection::sessionBus());
}

bool DBusNotificationSink::isServiceAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || bus.interface() == nullptr)
        return false;
    if (const QDBusReply<bool> registered = bus.interface()->isServiceRegistered(kService);
        registered.isValid() && registered.value()) {
        return true;
    }
    const QDBusMessage listActivatable = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("ListActivatableNames"));
    const QDBusReply<QStringList> activatable = bus.call(listActivatable);
    return activatable.isValid() && activatable.value().contains(kService);
}

void DBusNotificationSink::show(const Notification &n)
{
    QVariantMap hints;
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(n.isUrgent() ? kUrgencyCritical : kUrgencyNormal));
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(UPWATCH_APP_ID));
    // The installed icon goes by its name (app_icon); the image works uninstalled too.
    if (!m_imagePath.isEmpty())
        hints.insert(QStringLiteral("image-path"), m_imagePath);

    QDBusMessage notify =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    notify << QStringLiteral("Upwatch")                          // app_name
           << m_idOf.value(n.monitorId)                          // replaces_id (0: new)
           << QStringLiteral(UPWATCH_APP_ID)                     // app_icon
           << n.title                                            // summary
           << n.body                                             // body
           << QStringList{QStringLiteral("default"), tr("Show")} // actions
           << hints                                              // hints
           << kServerDefaultTimeout;                             // expire_timeout

    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify), this);
    const qint64 monitorId = n.monitorId;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, monitorId](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    emit failed(reply.error().message());
                    return;
                }
                remember(monitorId, reply.value());
            });
}

void DBusNotificationSink::onActionInvoked(uint id, const QString &actionKey)
{
    Q_UNUSED(actionKey) // the only action is "default" (show the monitor)
    if (const auto found = m_monitorOf.constFind(id); found != m_monitorOf.cend())
        emit activated(*found);
}

void DBusNotificationSink::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    forget(id);
}

void DBusNotificationSink::remember(qint64 monitorId, uint id)
{
    if (const auto previous = m_idOf.constFind(monitorId);
        previous != m_idOf.cend() && *previous != id) {
        m_monitorOf.remove(*previous);
    }
    m_idOf.insert(monitorId, id);
    m_monitorOf.insert(id, monitorId);
}

void DBusNotificationSink::forget(uint id)
{
    const auto found = m_monitorOf.constFind(id);
    if (found == m_monitorOf.cend())
        return;
    m_idOf.remove(*found);
    m_monitorOf.erase(found);
}
