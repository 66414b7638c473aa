#pragma once

#include "ui/desktop/AppSettings.h"
#include "ui/tray/NotificationHold.h"
#include "ui/tray/SnoozeChoices.h"

#include <QList>
#include <QMainWindow>

class AlertStatus;
class ChannelBackend;
class DesktopSession;
class DetailPane;
class HealthView;
class MaintenanceActions;
class MonitorActions;
class MonitorFilterBar;
class MonitorListArea;
class NotificationPauseMenu;
class QuietIndicator;
class StoreStatusLabel;
class WindowLayout;
class MonitorFilterModel;
class MonitorTableModel;
class QLabel;
class QSettings;
class QSplitter;
class QTabWidget;
class QTableView;

// The main window: the monitor table with its search and filters, the selected monitor's
// details and the Health view. It shows what the session reports; MonitorActions asks the
// session for every change, and WindowLayout keeps the layout between runs.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(DesktopSession &session, QSettings &settings, const AppSettings &appSettings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // With a tray, closing the window only hides it; without one it quits.
    void setCloseHidesWindow(bool hides) { m_closeHides = hides; }
    // Shows the window with this monitor selected (a notification was clicked).
    void revealMonitor(qint64 id);
    void setAppSettings(const AppSettings &settings);
    // What holds notifications back: File > Pause notifications and the status bar say it.
    void setNotificationHold(const NotificationHold &hold);

    [[nodiscard]] MonitorTableModel &model() { return *m_model; }
    [[nodiscard]] MonitorFilterModel &filterModel() { return *m_filter; }
    [[nodiscard]] QTableView &table() { return *m_table; }
    [[nodiscard]] MonitorActions &actions() { return *m_actions; }
    [[nodiscard]] MaintenanceActions &maintenanceActions() { return *m_maintenance; }
    [[nodiscard]] DetailPane &detailPane() { return *m_detail; }
    [[nodiscard]] MonitorListArea &listArea() { return *m_listArea; }
    [[nodiscard]] NotificationPauseMenu &pauseMenu() { return *m_pauseMenu; }
    [[nodiscard]] QuietIndicator &quietIndicator() { return *m_quietIndicator; }
    [[nodiscard]] QList<qint64> selectedIds() const;

signals:
    void quitRequested();
    // Closing hid the window into the tray (the first time, someone should say so).
    void hiddenToTray(bool firstTime);
    void visibilityChanged(bool visible);
    void appSettingsChanged(const AppSettings &settings);
    // From the Pause notifications menu and the status bar's Resume.
    void snoozeRequested(SnoozeChoice choice);
    void resumeNotificationsRequested();
    // File > Open database… chose another database than the one open now, or typed a password
    // for it: a file path or a PostgreSQL URL, the password typed (empty: none) and whether to
    // keep it in the keychain (the window itself goes on with the database it has).
    void openDatabaseRequested(const QString &path, const QByteArray &password,
                               bool rememberPassword);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildTable();
    void buildToolBar();
    void buildMenus();
    void connectSession();
    void openSettings();
    void openDatabase();

    void onSelectionChanged();
    void refreshTagFilter();
    void updateStatus();

    DesktopSession &m_session;
    QSettings &m_settings;
    AppSettings m_appSettings;
    MonitorTableModel *m_model;
    MonitorFilterModel *m_filter;
    MonitorActions *m_actions = nullptr;
    MaintenanceActions *m_maintenance = nullptr;
    WindowLayout *m_layout = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    HealthView *m_health = nullptr;
    MonitorFilterBar *m_filterBar = nullptr;
    MonitorListArea *m_listArea = nullptr;
    QLabel *m_counts = nullptr;
    StoreStatusLabel *m_storeStatus = nullptr;
    AlertStatus *m_alertStatus = nullptr;
    QuietIndicator *m_quietIndicator = nullptr;
    NotificationPauseMenu *m_pauseMenu = nullptr;
    ChannelBackend *m_channels = nullptr; // the Settings dialog's Channels page talks to it
    qint64 m_shownId = 0;
    bool m_closeHides = false;
};
