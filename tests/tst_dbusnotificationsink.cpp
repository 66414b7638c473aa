#include "ui/tray/DBusNotificationSink.h"
#include "ui/window/AppIcons.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusContext>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// One Notify call as the service received it.
struct NotifyCall {
    QString appName;
    uint replacesId = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
    int expireTimeout = 0;
};

} // namespace

// A stand-in for the desktop's notification service, on its own connection to the session bus.
class FakeNotificationService final : public QObject, protected QDBusContext {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(FakeNotificationService)

public:
    using QObject::QObject;
    QList<NotifyCall> calls;
    bool refuse = false; // answer Notify with an error

public slots:
    uint Notify(const QString &app_name, uint replaces_id, const QString &app_icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expire_timeout)
    {
        calls.append(NotifyCall{app_name, replaces_id, app_icon, summary, body, actions, hints,
                                expire_timeout});
        if (refuse) {
            sendErrorReply(QDBusError::AccessDenied, u"Too many notifications"_s);
            return 0;
        }
        return replaces_id != 0 ? replaces_id : ++m_lastId;
    }

signals:
    void ActionInvoked(uint id, const QString &action_key);
    void NotificationClosed(uint id, uint reason);

private:
    uint m_lastId = 100;
};

class TestDBusNotificationSink final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serviceIsFound();
    void notifyArguments();
    void sameMonitorReplacesItsNotification();
    void actionActivatesMonitor();
    void closedNotificationIsForgotten();
    void failureIsReported();

private:
    [[nodiscard]] static Notification notification(Notification::Kind kind, qint64 monitorId);

    std::unique_ptr<QDBusConnection> m_serviceBus;
    std::unique_ptr<FakeNotificationService> m_service;
};

Notification TestDBusNotificationSink::notification(Notification::Kind kind, qint64 monitorId)
{
    return Notification{kind, monitorId, u"site%1 is down"_s.arg(monitorId),
                        u"timeout: Timed out after 10000 ms\nhttps://example.com/"_s};
}

void TestDBusNotificationSink::initTestCase()
{
    // The sink writes the app icon to the cache folder: a test one, not the user's.
    QStandardPaths::setTestModeEnabled(true);
}

void TestDBusNotificationSink::init()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (try: dbus-run-session -- ctest -R tst_dbusnotificationsink)");
    if (QDBusConnection::sessionBus().interface()->isServiceRegistered(
            DBusNotificationSink::kService)) {
        QSKIP("a notification service already runs on this session bus");
    }

    m_serviceBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(
        QDBusConnection::SessionBus, u"upwatch-fake-notification-service"_s));
    QVERIFY(m_serviceBus->isConnected());
    m_service = std::make_unique<FakeNotificationService>();
    QVERIFY(m_serviceBus->registerObject(DBusNotificationSink::kPath, m_service.get(),
                                         QDBusConnection::ExportAllSlots |
                                             QDBusConnection::ExportAllSignals));
    QVERIFY(m_serviceBus->registerService(DBusNotificationSink::kService));
}

void TestDBusNotificationSink::cleanup()
{
    if (m_serviceBus) {
        m_serviceBus->unregisterService(DBusNotificationSink::kService);
        m_serviceBus->unregisterObject(DBusNotificationSink::kPath);
        m_serviceBus.reset();
        QDBusConnection::disconnectFromBus(u"upwatch-fake-notification-service"_s);
    }
    m_service.reset();
}

void TestDBusNotificationSink::serviceIsFound()
{
    QVERIFY(DBusNotificationSink::isServiceAvailable());
    QVERIFY(DBusNotificationSink::isServiceAvailable(*m_serviceBus));
    // A bus that is not connected has no service.
    QVERIFY(!DBusNotificationSink::isServiceAvailable(QDBusConnection(u"not-connected"_s)));
}

void TestDBusNotificationSink::notifyArguments()
{
    DBusNotificationSink sink;
    sink.show(notification(Notification::Kind::Down, 7));
    QTRY_COMPARE(m_service->calls.size(), 1);
    const NotifyCall down = m_service->calls.constFirst();
    QCOMPARE(down.appName, u"Upwatch"_s);
    QCOMPARE(down.replacesId, 0u);
    // The app icon: by its installed name, and as an image that works uninstalled.
    QCOMPARE(down.appIcon, u"io.github.upwatch.Upwatch"_s);
    const QUrl image(down.hints.value(u"image-path"_s).toString());
    QCOMPARE(image.scheme(), u"file"_s);
    QCOMPARE(image.toString(), sink.imagePath());
    QFile imageFile(image.toLocalFile());
    QVERIFY(imageFile.open(QIODevice::ReadOnly));
    QCOMPARE(imageFile.readAll(), AppIcons::appPng(64));
    QVERIFY(image.toLocalFile().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QCOMPARE(down.summary, u"site7 is down"_s);
    QCOMPARE(down.body, u"timeout: Timed out after 10000 ms\nhttps://example.com/"_s);
    QCOMPARE(down.actions, (QStringList{u"default"_s, u"Show"_s}));
    // The specification wants the urgency as a byte.
    QCOMPARE(down.hints.value(u"urgency"_s).metaType(), QMetaType::fromType<uchar>());
    QCOMPARE(down.hints.value(u"urgency"_s).value<uchar>(), uchar(2));
    QCOMPARE(down.hints.value(u"desktop-entry"_s).toString(), u"io.github.upwatch.Upwatch"_s);
    QCOMPARE(down.expireTimeout, -1);

    sink.show(notification(Notification::Kind::Recovered, 8));
    sink.show(notification(Notification::Kind::CertificateExpiring, 9));
    QTRY_COMPARE(m_service->calls.size(), 3);
    QCOMPARE(m_service->calls.at(1).hints.value(u"urgency"_s).value<uchar>(), uchar(1));
    QCOMPARE(m_service->calls.at(1).appIcon, u"io.github.upwatch.Upwatch"_s);
    QCOMPARE(m_service->calls.at(1).hints.value(u"image-path"_s).toString(), sink.imagePath());
    QCOMPARE(m_service->calls.at(2).hints.value(u"urgency"_s).value<uchar>(), uchar(1));
    QCOMPARE(m_service->calls.at(2).appIcon, u"io.github.upwatch.Upwatch"_s);
    QTRY_COMPARE(sink.openCount(), 3);
}

void TestDBusNotificationSink::sameMonitorReplacesItsNotification()
{
    DBusNotificationSink sink;
    sink.show(notification(Notification::Kind::Down, 7));
    QTRY_COMPARE(sink.openCount(), 1); // the id came back
    sink.show(notification(Notification::Kind::Recovered, 7));
    sink.show(notification(Notification::Kind::Down, 8));
    QTRY_COMPARE(m_service->calls.size(), 3);
    QCOMPARE(m_service->calls.at(0).replacesId, 0u);
    QCOMPARE(m_service->calls.at(1).replacesId, 101u);
    QCOMPARE(m_service->calls.at(2).replacesId, 0u);
    QTRY_COMPARE(sink.openCount(), 2);
}

void TestDBusNotificationSink::actionActivatesMonitor()
{
    DBusNotificationSink sink;
    QSignalSpy activated(&sink, &NotificationSink::activated);
    sink.show(notification(Notification::Kind::Down, 7));
    sink.show(notification(Notification::Kind::Down, 8));
    QTRY_COMPARE(sink.openCount(), 2); // ids 101 and 102

    // Someone else's notification first: signals arrive in order, so once ours has arrived the
    // foreign one has been seen and ignored.
    emit m_service->ActionInvoked(555, u"default"_s);
    emit m_service->ActionInvoked(102, u"default"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), 8);
}

void TestDBusNotificationSink::closedNotificationIsForgotten()
{
    DBusNotificationSink sink;
    QSignalSpy activated(&sink, &NotificationSink::activated);
    sink.show(notification(Notification::Kind::Down, 7));
    sink.show(notification(Notification::Kind::Down, 8));
    QTRY_COMPARE(sink.openCount(), 2);

    emit m_service->NotificationClosed(102, 2); // dismissed by the user
    QTRY_COMPARE(sink.openCount(), 1);
    emit m_service->ActionInvoked(102, u"default"_s);
    emit m_service->ActionInvoked(101, u"default"_s);
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), 7);

    // The next one about that monitor is a new notification.
    sink.show(notification(Notification::Kind::Recovered, 8));
    QTRY_COMPARE(m_service->calls.size(), 3);
    QCOMPARE(m_service->calls.at(2).replacesId, 0u);
}

void TestDBusNotificationSink::failureIsReported()
{
    m_service->refuse = true;
    DBusNotificationSink sink;
    QSignalSpy failed(&sink, &DBusNotificationSink::failed);
    sink.show(notification(Notification::Kind::Down, 7));
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().constFirst().toString(), u"Too many notifications"_s);
    QCOMPARE(sink.openCount(), 0);

    // Nothing was remembered: the next one does not try to replace anything.
    m_service->refuse = false;
    sink.show(notification(Notification::Kind::Recovered, 7));
    QTRY_COMPARE(sink.openCount(), 1);
    QCOMPARE(m_service->calls.at(1).replacesId, 0u);
}

QTEST_GUILESS_MAIN(TestDBusNotificationSink)
#include "tst_dbusnotificationsink.moc"
