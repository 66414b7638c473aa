#pragma once

#include "ui/tray/Notification.h"

#include <QObject>

// Where notifications go: the desktop's notification service, the tray balloon, or a test's
// recorder. show() never blocks.
class NotificationSink : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSink)

public:
    using QObject::QObject;

    virtual void show(const Notification &n) = 0;

signals:
    // The user clicked a notification this sink showed: show that monitor.
    void activated(qint64 monitorId);
};
