#include "ui/tray/TrayNotificationSink.h"

#include "ui/tray/TrayController.h"

TrayNotificationSink::TrayNotificationSink(TrayController &tray, QObject *parent)
    : NotificationSink(parent)
    , m_tray(&tray)
{
    connect(&tray, &TrayController::messageClicked, this, &TrayNotificationSink::onMessageClicked);
}

void TrayNotificationSink::show(const Notification &n)
{
    m_lastMonitorId = n.monitorId;
    if (m_tray)
        m_tray->showMessage(n);
}

void TrayNotificationSink::onMessageClicked()
{
    if (m_lastMonitorId != 0)
        emit activated(m_lastMonitorId);
}
