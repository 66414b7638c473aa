#include "ui/desktop/DesktopApp.h"

#include "core/alert/Alerting.h"
#include "core/alert/Silencer.h"
#include "core/secret/DatabasePasswordLoader.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/DatabasePasswords.h"

#include "ui/desktop/DesktopSession.h"
#include "ui/desktop/NotificationHoldWatch.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/tray/DBusNotificationSink.h"
#include "ui/tray/Notification.h"
#include "ui/tray/NotificationRoute.h"
#include "ui/tray/Notifier.h"
#include "ui/tray/TrayController.h"
#include "ui/tray/TrayNotificationSink.h"
#include "ui/window/AppIcons.h"
#include "ui/window/MainWindow.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>

namespace {

const QString kLastDatabaseKey = QStringLiteral("database/last");

} // namespace

DesktopApp::DesktopApp(const Options &options, QSettings &settings,
                       std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_appSettings(AppSettings::load(settings))
    , m_session(new DesktopSession(options.databasePath, m_appSettings, clock, {}, this))
    , m_window(new MainWindow(*m_session, settings, m_appSettings))
    , m_tray(new TrayController(this))
    , m_notifier(
          new Notifier([this](qint64 id) { return m_window->model().monitor(id); }, clock, this))
    , m_holdWatch(new NotificationHoldWatch(m_session->alerting().silencer(), clock, this))
{
    // The app icon for every window; the desktop file name lets the desktop match the windows
    // to the installed io.github.upwatch.Upwatch.desktop (its icon, its name in the dock).
    QGuiApplication::setWindowIcon(AppIcons::app());
    QGuiApplication::setDesktopFileName(QStringLiteral(UPWATCH_APP_ID));
    m_hasTray = options.useTray && TrayController::isTrayAvailable();
    m_window->setCloseHidesWindow(m_hasTray);
    applySettings(m_appSettings);

    m_notifier->setSilencer(&m_session->alerting().silencer());
    connect(m_session, &DesktopSession::resultsReady, m_notifier, &Notifier::handle);
    connect(m_session, &DesktopSession::shutDown, this, &DesktopApp::finished);
    connect(m_window, &MainWindow::quitRequested, this, &DesktopApp::quit);
    connect(m_window, &MainWindow::openDatabaseRequested, this, &DesktopApp::openDatabase);
    connect(m_window, &MainWindow::appSettingsChanged, this, &DesktopApp::applySettings);
    connect(m_window, &MainWindow::visibilityChanged, m_tray, &TrayController::setWindowVisible);
    connect(m_window, &MainWindow::hiddenToTray, this, [this](bool firstTime) {
        if (!firstTime)
            return;
        Notification note;
        note.kind = Notification::Kind::Recovered;
        note.title = tr("Upwatch is still running");
        note.body = tr("Closing the window keeps Upwatch checking in the tray. Use Quit in the "
                       "tray menu to stop it.");
        m_tray->showMessage(note);
    });
    connect(&m_window->model(), &MonitorTableModel::stateCountsChanged, this,
            &DesktopApp::updateTray);

    connect(m_tray, &TrayController::showHideRequested, this, &DesktopApp::toggleWindow);
    connect(m_tray, &TrayController::pauseAllRequested, this, [this] { pauseAll(true); });
    connect(m_tray, &TrayController::resumeAllRequested, this, [this] { pauseAll(false); });
    connect(m_tray, &TrayController::checkAllNowRequested, this,
            [this] { m_session->checkNow(m_session->monitorIds()); });
    connect(m_tray, &TrayController::quitRequested, this, &DesktopApp::quit);

    // Snooze from the tray and the window; both show what holds notifications back (the tray's
    // icon still shows the monitors' worst state).
    connect(m_tray, &TrayController::snoozeRequested, this, &DesktopApp::snooze);
    connect(m_tray, &TrayController::resumeNotificationsRequested, this,
            &DesktopApp::resumeNotifications);
    connect(m_window, &MainWindow::snoozeRequested, this, &DesktopApp::snooze);
    connect(m_window, &MainWindow::resumeNotificationsRequested, this,
            &DesktopApp::resumeNotifications);
    connect(m_holdWatch, &NotificationHoldWatch::changed, m_tray,
            &TrayController::setNotificationHold);
    connect(m_holdWatch, &NotificationHoldWatch::changed, m_window,
            &MainWindow::setNotificationHold);

    // The desktop's notification service when one runs, else the tray's balloon.
    switch (chooseNotificationRoute(DBusNotificationSink::isServiceAvailable(), m_hasTray)) {
    case NotificationRoute::DBus:
        setNotificationSink(new DBusNotificationSink(this));
        break;
    case NotificationRoute::TrayBalloon:
        setNotificationSink(new TrayNotificationSink(*m_tray, this));
        break;
    case NotificationRoute::None:
        break;
    }
}

DesktopApp::~DesktopApp()
{
    delete m_window;
}

void DesktopApp::setNotificationSink(NotificationSink *sink)
{
    if (m_sink)
        disconnect(m_sink, &NotificationSink::activated, this, nullptr);
    m_sink = sink;
    m_notifier->setSink(sink);
    if (sink) {
        connect(sink, &NotificationSink::activated, this,
                [this](qint64 id) { m_window->revealMonitor(id); });
    }
}

void DesktopApp::start()
{
    if (m_hasTray)
        m_tray->show();
    const bool minimized =
        m_options.startMinimized || (m_appSettings.startMinimized && !m_options.showWindow);
    if (minimized && m_hasTray)
        m_tray->setWindowVisible(false);
    else if (minimized)
        m_window->showMinimized();
    else
        m_window->show();
    updateTray();
    startSession();
}

void DesktopApp::startSession()
{
    QString ignored;
    const auto location = DatabaseLocation::parse(m_session->databasePath(), &ignored);
    if (!location || !location->isPostgres()) {
        m_session->start();
        return;
    }
    if (m_options.databasePassword) {
        DatabasePasswords::set(location->passwordKey(), *m_options.databasePassword);
        m_session->start();
        return;
    }
    SecretStore *secrets = m_session->secrets();
    if (!secrets || DatabasePasswords::find(location->passwordKey())) {
        m_session->start();
        return;
    }
    // Whatever the keychain answers (none stored, no keychain, no answer in time), the
    // database opens: with ~/.pgpass or PGPASSWORD, or with the server's refusal to show.
    DatabasePasswordLoader::load(*secrets, m_session->databasePath(),
                                 DatabasePasswordLoader::kWaitMs, this,
                                 [this](const SecretStore::Reply &) {
                                     if (!m_quitting)
                                         m_session->start();
                                 });
}

void DesktopApp::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_window->hide();
    m_session->shutdown();
}

void DesktopApp::applySettings(const AppSettings &settings)
{
    m_appSettings = settings;
    m_window->setAppSettings(settings);
    m_notifier->setEnabled(settings.notificationsEnabled);
    m_notifier->setCertificateWarningDays(settings.certificateWarningDays);
    m_session->alerting().setCertificateWarningDays(settings.certificateWarningDays);
    m_session->setRetention(settings.retention);
    applyMetrics();
}

void DesktopApp::applyMetrics()
{
    m_session->setMetrics(m_appSettings.metricsEnabled, quint16(m_appSettings.metricsPort),
                          m_appSettings.metricsBind);
}

std::optional<QString> DesktopApp::lastDatabase(const QSettings &settings)
{
    const QString last = settings.value(kLastDatabaseKey).toString();
    if (last.isEmpty())
        return std::nullopt;
    if (DatabaseLocation::isPostgresUrl(last)) {
        QString ignored;
        return DatabaseLocation::parse(last, &ignored) ? std::optional(last) : std::nullopt;
    }
    // Gone (deleted, moved, on a drive that is not there): a new empty database in its place
    // would only hide that.
    return QFileInfo(last).isFile() ? std::optional(last) : std::nullopt;
}

void DesktopApp::openDatabase(const QString &path, const QByteArray &password,
                              bool rememberPassword)
{
    if (m_quitting || m_storingPassword)
        return;
    QString ignored;
    const auto location = DatabaseLocation::parse(path, &ignored);
    if (password.isEmpty() || !rememberPassword || !location || !location->isPostgres()) {
        startOn(path, password);
        return;
    }
    SecretStore *store = m_passwordStore;
    if (!store) {
        m_ownPasswordStore = SecretStores::forDatabase(path);
        store = m_ownPasswordStore.get();
    }
    m_storingPassword = true;
    store->write(
        location->passwordKey(), password, this,
        [this, path, password, where = store->describe()](const SecretStore::Reply &reply) {
            m_storingPassword = false;
            if (reply.ok()) {
                startOn(path, password);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Critical, tr("Upwatch"),
                                        tr("The password could not be stored in %1.").arg(where),
                                        QMessageBox::Close, m_window);
            box->setObjectName(QStringLiteral("passwordNotStoredBox"));
            box->setInformativeText(reply.error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

void DesktopApp::startOn(const QString &path, const QByteArray &password)
{
    if (m_quitting)
        return;
    // The next Upwatch takes over the metrics endpoint's port, which this one gives up now.
    m_session->setMetrics(false, 0, {});
    m_settings.sync(); // the window's layout, for the next Upwatch
    QProcess next;
    next.setProgram(m_options.executable.isEmpty() ? QCoreApplication::applicationFilePath()
                                                   : m_options.executable);
    // On the chosen database, with its window shown (the user is at it) whatever Settings say
    // about starting minimised. The environment (QT_QPA_PLATFORM, QT_STYLE_OVERRIDE,
    // PGPASSWORD, ...) carries over; --minimized does not.
    next.setArguments({QStringLiteral("--db"), path, QStringLiteral("--show-window")});
    // A password typed for it goes in the environment, which only this user can read, never
    // on the command line.
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kPasswordVariable), QString::fromUtf8(password));
        next.setProcessEnvironment(environment);
    }
    if (!next.startDetached()) {
        applyMetrics();
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Upwatch"),
                                    tr("Upwatch could not be started on %1.").arg(path),
                                    QMessageBox::Close, m_window);
        box->setObjectName(QStringLiteral("openDatabaseFailedBox"));
        box->setInformativeText(next.errorString());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_settings.setValue(kLastDatabaseKey, path);
    m_settings.sync();
    quit();
}

void DesktopApp::updateTray()
{
    const QList<int> counts = m_window->model().stateCounts();
    m_tray->setCounts(counts);
    int total = 0;
    for (const int count : counts)
        total += count;
    m_tray->setAllPaused(total > 0 && counts.value(int(MonitorState::Paused)) == total);
}

void DesktopApp::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->close(); // hides into the tray
        return;
    }
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void DesktopApp::pauseAll(bool paused)
{
    m_session->setPaused(m_session->monitorIds(), paused);
}

void DesktopApp::snooze(SnoozeChoice choice)
{
    m_session->alerting().silencer().snooze(
        SnoozeChoices::end(choice, m_session->clock()->nowUtc()));
}

void DesktopApp::resumeNotifications()
{
    m_session->alerting().silencer().snooze({}); // what was held goes out as one summary
}
