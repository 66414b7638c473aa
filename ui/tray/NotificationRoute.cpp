#include "ui/tray/NotificationRoute.h"

NotificationRoute chooseNotificationRoute(bool dbusServiceAvailable, bool trayAvailable)
{
    if (dbusServiceAvailable)
        return NotificationRoute::DBus;
    if (trayAvailable)
        return NotificationRoute::TrayBalloon;
    return NotificationRoute::None;
}
