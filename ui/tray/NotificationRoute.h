#pragma once

// Which sink shows notifications: the desktop's notification service when it runs, else the
// tray balloon when a tray exists, else nothing (the window is all there is).
enum class NotificationRoute { DBus, TrayBalloon, None };

[[nodiscard]] NotificationRoute chooseNotificationRoute(bool dbusServiceAvailable,
                                                        bool trayAvailable);
