#pragma once

#include "ui/tray/NotificationSink.h"

#include <QPointer>

class TrayController;

// Notifications as tray balloons: the fallback when no desktop notification service runs. A
// balloon has no id, so a click means the last one shown.
class TrayNotificationSink final : public NotificationSink {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotificationSink)

public:
    // Not owned. Once the tray is gone, notifications are dropped.
    explicit TrayNotificationSink(TrayController &tray, QObject *parent = nullptr);

    void show(const Notification &n) override;

private:
    void onMessageClicked();

    QPointer<TrayController> m_tray;
    qint64 m_lastMonitorId = 0; // 0: nothing shown yet
};
