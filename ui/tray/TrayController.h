#pragma once

#include "core/model/MonitorState.h"
#include "ui/tray/Notification.h"
#include "ui/tray/NotificationHold.h"
#include "ui/tray/SnoozeChoices.h"

#include <QList>
#include <QObject>
#include <QSystemTrayIcon>

#include <memory>

class NotificationPauseMenu;
class QAction;
class QMenu;

// The tray icon and its menu. It shows the worst state as the icon and the counts as the tooltip,
// and turns clicks into intent signals; the main window decides what they do. Works without a
// tray too (offscreen, some desktops): the icon is then never shown, but the menu and the tooltip
// are kept up to date so nothing else has to care.
class TrayController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    // QSystemTrayIcon::isSystemTrayAvailable(): the desktop has a tray right now.
    [[nodiscard]] static bool isTrayAvailable();

    [[nodiscard]] bool isVisible() const;
    // Shows the icon if a tray exists; does nothing otherwise.
    void show();
    void hide();

    // Counts indexed by MonitorState (as Engine::stateCounts()): the icon is the worst state's,
    // the tooltip lists the non-zero counts ("Upwatch — 3 down, 40 up"). With no monitors at
    // all, a neutral grey icon and "No monitors yet".
    void setCounts(const QList<int> &counts);
    // Whether the main window is showing: the menu offers the opposite.
    void setWindowVisible(bool visible);
    // Whether every monitor is paused: the menu offers "Resume all" instead of "Pause all".
    void setAllPaused(bool paused);
    // What holds notifications back now: the "Pause notifications" submenu says it (and offers
    // "Resume notifications" while snoozed), and so does a second line of the tooltip. The icon
    // does not change: it shows the monitors' worst state whatever waits.
    void setNotificationHold(const NotificationHold &hold);
    [[nodiscard]] NotificationPauseMenu &pauseMenu() const { return *m_pauseMenu; }
    // A balloon from the tray icon (the fallback when there is no notification service).
    void showMessage(const Notification &n);

    // The tray icons (resources/icons/tray/): the app's badge in a state's colour with its mark,
    // readable at 16-24 px on light and dark panels. Cached.
    [[nodiscard]] static QIcon stateIcon(MonitorState state);
    [[nodiscard]] static QIcon noMonitorsIcon();
    // The icon for these counts: noMonitorsIcon() when they add up to zero, else the worst
    // state's icon.
    [[nodiscard]] static QIcon iconFor(const QList<int> &counts);

    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QIcon icon() const;
    // The icon itself, for tests and platform tweaks. Never null.
    [[nodiscard]] QSystemTrayIcon *trayIcon() const { return m_icon.get(); }

signals:
    void showHideRequested(); // the show/hide menu action or a left click on the icon
    void pauseAllRequested();
    void resumeAllRequested();
    void checkAllNowRequested();
    void snoozeRequested(SnoozeChoice choice); // hold every notification for a while
    void resumeNotificationsRequested();       // end the snooze now
    void quitRequested();
    void messageClicked(); // a balloon from showMessage() was clicked

private:
    void onActivated(QSystemTrayIcon::ActivationReason reason);
    void onPauseTriggered();
    void updateLabels();
    void updateToolTip();

    bool m_windowVisible = false;
    bool m_allPaused = false;
    QString m_summary; // "3 down, 40 up"
    NotificationHold m_hold;
    // The menu outlives the icon that refers to it: declared first, destroyed last.
    std::unique_ptr<QMenu> m_menu;
    QAction *m_showHideAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_checkNowAction = nullptr;
    NotificationPauseMenu *m_pauseMenu = nullptr;
    QAction *m_quitAction = nullptr;
    std::unique_ptr<QSystemTrayIcon> m_icon;
};
