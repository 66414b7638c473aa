#pragma once

#include "core/base/Clock.h"
#include "ui/desktop/AppSettings.h"
#include "ui/tray/SnoozeChoices.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class DesktopSession;
class MainWindow;
class NotificationHoldWatch;
class NotificationSink;
class Notifier;
class QSettings;
class SecretStore;
class TrayController;

// The desktop app put together: the session behind it, the main window, the tray and the
// notifications, and the wiring between them (tray intents, notification clicks, settings, the
// snooze).
class DesktopApp final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    struct Options {
        QString databasePath;
        bool startMinimized = false; // --minimized; the setting can ask for it too
        bool useTray = true;         // false: never use a tray even if one exists (tests)
        // Show the window even when the settings say to start minimised (a restart on another
        // database, which the user chose in the window).
        bool showWindow = false;
        // The program File > Open database… starts on the chosen database; empty: this one.
        QString executable;
        // A PostgreSQL database's password for this run (typed in File > Open database… of
        // the Upwatch that started this one, handed over in kPasswordVariable); nullopt: the
        // one stored in the keychain, if any.
        std::optional<QByteArray> databasePassword;
    };

    // The environment variable File > Open database… hands the next Upwatch the password typed
    // in; `upwatch` takes it out of its environment at once (GuiCommand). Not for people: they
    // store the password with the dialog or `upwatch db password`.
    static constexpr char kPasswordVariable[] = "UPWATCH_INTERNAL_DB_PASSWORD";

    DesktopApp(const Options &options, QSettings &settings, std::shared_ptr<const Clock> clock,
               QObject *parent = nullptr);
    ~DesktopApp() override;

    // Shows the window (or only the tray icon when started minimised with a tray) and starts
    // the session; on a PostgreSQL database, once its password stored in the keychain (the
    // session's SecretStore) is read, when there is one (DatabasePasswordLoader: a few seconds
    // at most).
    void start();
    // Stops the engine, writes all results, then finished().
    void quit();

    [[nodiscard]] DesktopSession &session() { return *m_session; }
    [[nodiscard]] MainWindow &window() { return *m_window; }
    [[nodiscard]] TrayController &tray() { return *m_tray; }
    [[nodiscard]] Notifier &notifier() { return *m_notifier; }
    // What the tray and the window show of the snooze and quiet hours.
    [[nodiscard]] NotificationHoldWatch &holdWatch() { return *m_holdWatch; }
    // Where notifications go; replaceable (tests hand in a fake).
    void setNotificationSink(NotificationSink *sink);

    // The database last chosen with File > Open database…, for `upwatch` started without --db:
    // a PostgreSQL URL Upwatch can use, or a file that is still there; nullopt when there is
    // none (then the default database opens). Only the window remembers it: commands keep
    // their default.
    [[nodiscard]] static std::optional<QString> lastDatabase(const QSettings &settings);
    // Starts Upwatch again on `path` (remembered for later starts) and quits this one as Quit
    // does, every result written; when it cannot start, says why and goes on. A PostgreSQL
    // database's `password` (empty: none typed) goes to the next Upwatch, and first into the
    // keychain under the database's key when `rememberPassword`; when it cannot be stored, says
    // why and goes on here.
    void openDatabase(const QString &path, const QByteArray &password = {},
                      bool rememberPassword = false);
    // Where openDatabase() remembers passwords instead of the keychain (or the database's
    // secrets file); not owned (tests: a MemorySecretStore).
    void setPasswordStore(SecretStore *store) { m_passwordStore = store; }

signals:
    void finished();

private:
    void startSession();
    void startOn(const QString &path, const QByteArray &password);
    void applySettings(const AppSettings &settings);
    void applyMetrics();
    void updateTray();
    void toggleWindow();
    void pauseAll(bool paused);
    // The tray's and the window's Pause notifications: a snooze until the choice's end, or none.
    void snooze(SnoozeChoice choice);
    void resumeNotifications();

    Options m_options;
    QSettings &m_settings;
    AppSettings m_appSettings;
    DesktopSession *m_session;
    MainWindow *m_window;
    TrayController *m_tray;
    Notifier *m_notifier;
    NotificationHoldWatch *m_holdWatch;
    NotificationSink *m_sink = nullptr;
    SecretStore *m_passwordStore = nullptr;
    std::unique_ptr<SecretStore> m_ownPasswordStore; // when none was set
    bool m_hasTray = false;
    bool m_quitting = false;
    bool m_storingPassword = false;
};
