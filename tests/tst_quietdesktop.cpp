// Snooze, quiet hours and mutes in the desktop app (issue 14), on a temporary database with a
// fake clock: what the tray's and the window's menus ask for is stored (read back with
// SettingsStore and MonitorStore, as `upwatch run` would), and the status bar, the tray, the
// table and the detail pane say what holds the alerts back.
#include "core/alert/Alerting.h"
#include "core/alert/Silencer.h"
#include "core/store/MonitorStore.h"
#include "core/store/SettingsStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/Builders.h"
#include "tests/support/FakeClock.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/desktop/NotificationHoldWatch.h"
#include "ui/dialogs/SettingsDialog.h"
#include "ui/table/MonitorTableModel.h"
#include "ui/tray/NotificationPauseMenu.h"
#include "ui/tray/TrayController.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MonitorActions.h"
#include "ui/window/MuteActions.h"
#include "ui/window/MuteNote.h"
#include "ui/window/QuietIndicator.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <ctime>

using namespace Qt::StringLiterals;

class TestQuietDesktop final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void snoozeFromTheWindowThenResume();
    void snoozeFromTheTrayUntilMorning();
    void snoozeEndsOnItsOwn();
    void quietHoursFromSettings();
    void muteFromTheMonitorActions();
    void monitorMenuHasMuteAndUnmute();

private:
    qint64 storeMonitor(const QString &name);
    void startApp();
    [[nodiscard]] MainWindow &window() { return m_app->window(); }
    [[nodiscard]] QuietSettings storedSettings();
    [[nodiscard]] QDateTime storedMute(qint64 id);
    void select(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::shared_ptr<FakeClock> m_clock;
    std::unique_ptr<DesktopApp> m_app;
    QString m_path;
    QDateTime m_now; // 13:30 local time
};

void TestQuietDesktop::initTestCase()
{
    qputenv("TZ", "Europe/Berlin");
    tzset();
}

void TestQuietDesktop::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"upwatch.sqlite"_s);
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"upwatch.ini"_s), QSettings::IniFormat);
    m_now = QDateTime(QDate(2026, 3, 10), QTime(13, 30), Qt::LocalTime).toUTC();
    m_clock = std::make_shared<FakeClock>(m_now);
}

void TestQuietDesktop::cleanup()
{
    if (m_app) {
        QSignalSpy finished(m_app.get(), &DesktopApp::finished);
        m_app->quit();
        QVERIFY(finished.wait(15'000));
    }
    m_app.reset();
    m_settings.reset();
    m_dir.reset();
}

qint64 TestQuietDesktop::storeMonitor(const QString &name)
{
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    if (!db)
        return 0;
    MonitorStore store(*db);
    Monitor monitor = makeMonitor(name);
    monitor.intervalSeconds = 3600; // no check of its own during a test
    return store.add(monitor) ? monitor.id : 0;
}

void TestQuietDesktop::startApp()
{
    DesktopApp::Options options;
    options.databasePath = m_path;
    options.useTray = false;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, m_clock);
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(10'000));
    QVERIFY(QTest::qWaitForWindowExposed(&window()));
    QTRY_VERIFY(m_app->session().alerting().silencer().isLoaded());
}

QuietSettings TestQuietDesktop::storedSettings()
{
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    if (!db)
        return {};
    return SettingsStore(*db).quietSettings().value_or(QuietSettings{});
}

QDateTime TestQuietDesktop::storedMute(qint64 id)
{
    QString error;
    auto db = StoreDatabase::open(m_path, &error);
    if (!db)
        return {};
    return MonitorStore(*db).byId(id).value_or(Monitor{}).mutedUntil;
}

void TestQuietDesktop::select(qint64 id)
{
    window().revealMonitor(id);
    QCOMPARE(window().selectedIds(), QList<qint64>{id});
}

void TestQuietDesktop::snoozeFromTheWindowThenResume()
{
    startApp();
    QuietIndicator &indicator = window().quietIndicator();
    QVERIFY(!indicator.isVisible());
    QCOMPARE(window().pauseMenu().title(), u"Pause notifications"_s);

    window().pauseMenu().choiceAction(SnoozeChoice::OneHour)->trigger();
    QTRY_COMPARE(storedSettings().snoozedUntil, m_now.addSecs(3600));
    QVERIFY(m_app->session().alerting().silencer().isHolding());
    // The status bar, the window's menu and the tray say it at once.
    QVERIFY(indicator.isVisible());
    QCOMPARE(indicator.text(), u"Notifications paused until 14:30"_s);
    QVERIFY(indicator.resumeButton()->isVisible());
    QCOMPARE(window().pauseMenu().title(), u"Notifications paused until 14:30"_s);
    QCOMPARE(m_app->tray().pauseMenu().title(), u"Notifications paused until 14:30"_s);
    QVERIFY2(m_app->tray().toolTip().endsWith(u"\nNotifications paused until 14:30"_s),
             qPrintable(m_app->tray().toolTip()));

    QTest::mouseClick(indicator.resumeButton(), Qt::LeftButton);
    QTRY_VERIFY(!storedSettings().snoozedUntil.isValid());
    QVERIFY(!m_app->session().alerting().silencer().isHolding());
    QVERIFY(!indicator.isVisible());
    QCOMPARE(window().pauseMenu().title(), u"Pause notifications"_s);
    QVERIFY(!m_app->tray().toolTip().contains(u"paused"_s));
}

void TestQuietDesktop::snoozeFromTheTrayUntilMorning()
{
    startApp();
    m_app->tray().pauseMenu().choiceAction(SnoozeChoice::UntilMorning)->trigger();
    const QDateTime morning = QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::LocalTime).toUTC();
    QTRY_COMPARE(storedSettings().snoozedUntil, morning);
    QCOMPARE(window().quietIndicator().text(), u"Notifications paused until 08:00"_s);

    // The window's menu resumes what the tray paused.
    NotificationPauseMenu &menu = window().pauseMenu();
    QVERIFY(menu.resumeAction()->isVisible());
    menu.resumeAction()->trigger();
    QTRY_VERIFY(!storedSettings().snoozedUntil.isValid());
    QVERIFY(!m_app->tray().pauseMenu().resumeAction()->isVisible());
}

void TestQuietDesktop::snoozeEndsOnItsOwn()
{
    startApp();
    window().pauseMenu().choiceAction(SnoozeChoice::FourHours)->trigger();
    QTRY_COMPARE(storedSettings().snoozedUntil, m_now.addSecs(4 * 3600));
    QCOMPARE(window().quietIndicator().text(), u"Notifications paused until 17:30"_s);
    m_clock->advance(4 * 3600 * 1000 + 1000);
    m_app->holdWatch().refresh(); // its timer does this on time
    QVERIFY(!window().quietIndicator().isVisible());
    QCOMPARE(m_app->tray().pauseMenu().title(), u"Pause notifications"_s);
}

void TestQuietDesktop::quietHoursFromSettings()
{
    startApp();
    window().findChild<QAction *>(u"settingsAction"_s)->trigger();
    auto *dialog = window().findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->quietHours(), QuietHours{}); // nothing stored yet
    dialog->findChild<QCheckBox *>(u"quietHoursCheck"_s)->setChecked(true);
    dialog->findChild<QTimeEdit *>(u"quietStartEdit"_s)->setTime(QTime(13, 0));
    dialog->findChild<QTimeEdit *>(u"quietEndEdit"_s)->setTime(QTime(15, 0));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const QuietHours expected{true, QTime(13, 0), QTime(15, 0)};
    QTRY_COMPARE(storedSettings().quietHours, expected);

    // It is 13:30: quiet now. Nothing to resume from the status bar; the tray says it too.
    QuietIndicator &indicator = window().quietIndicator();
    QVERIFY(indicator.isVisible());
    QCOMPARE(indicator.text(), u"Quiet hours until 15:00"_s);
    QVERIFY(!indicator.resumeButton()->isVisible());
    QVERIFY(m_app->tray().toolTip().endsWith(u"\nQuiet hours until 15:00"_s));

    // Settings show what is stored.
    QTRY_VERIFY(!window().findChild<SettingsDialog *>()); // deleted on close
    window().findChild<QAction *>(u"settingsAction"_s)->trigger();
    dialog = window().findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->quietHours(), expected);
    dialog->reject();
}

void TestQuietDesktop::muteFromTheMonitorActions()
{
    const qint64 shop = storeMonitor(u"Shop"_s);
    const qint64 api = storeMonitor(u"API"_s);
    QVERIFY(shop > 0 && api > 0);
    startApp();
    MonitorTableModel &model = window().model();
    QTRY_COMPARE(model.rowCount(), 2);
    select(shop);
    MuteActions &mute = window().actions().mute();
    QVERIFY(mute.menu->isEnabled());
    QVERIFY(!mute.unmute->isEnabled());
    auto *note = window().findChild<MuteNote *>();
    QVERIFY(note);
    QVERIFY(!note->isVisible());

    const auto nameCell = [&model](qint64 id) {
        return model.index(model.rowOf(id), MonitorTableModel::NameColumn);
    };
    mute.choiceAction(SnoozeChoice::FourHours)->trigger();
    QTRY_COMPARE(storedMute(shop), m_now.addSecs(4 * 3600));
    QCOMPARE(storedMute(api), QDateTime());
    QCOMPARE(window().statusBar()->currentMessage(), u"Shop — Alerts muted until 17:30"_s);
    // The table and the details show it once the service carries it.
    QTRY_VERIFY(model.monitor(shop)->isMutedAt(m_now));
    QVERIFY(!nameCell(shop).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(nameCell(api).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY2(
        nameCell(shop).data(Qt::ToolTipRole).toString().endsWith(u"\nAlerts muted until 17:30"_s),
        qPrintable(nameCell(shop).data(Qt::ToolTipRole).toString()));
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(note->text(), u"Alerts muted until 17:30"_s);
    QVERIFY(mute.unmute->isEnabled());
    // The state still shows the truth: only the alerts wait.
    QCOMPARE(model.index(model.rowOf(shop), MonitorTableModel::StatusColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull(),
             false);

    mute.untilUnmuted->trigger();
    QTRY_COMPARE(storedMute(shop), Monitor::kMutedForever);
    QTRY_COMPARE(note->text(), u"Alerts muted until you unmute them"_s);
    QVERIFY(nameCell(shop)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(u"\nAlerts muted until you unmute them"_s));

    mute.unmute->trigger();
    QTRY_COMPARE(storedMute(shop), QDateTime());
    QTRY_VERIFY(!model.monitor(shop)->mutedUntil.isValid());
    QVERIFY(!note->isVisible());
    QVERIFY(nameCell(shop).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!nameCell(shop).data(Qt::ToolTipRole).toString().contains(u"muted"_s));
    QVERIFY(!mute.unmute->isEnabled());

    // A mute ends with time: the mark goes with it.
    mute.choiceAction(SnoozeChoice::OneHour)->trigger();
    QTRY_VERIFY(model.monitor(shop)->isMutedAt(m_now));
    QVERIFY(!nameCell(shop).data(Qt::DecorationRole).value<QIcon>().isNull());
    m_clock->advance(2 * 3600 * 1000);
    QVERIFY(nameCell(shop).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestQuietDesktop::monitorMenuHasMuteAndUnmute()
{
    const qint64 shop = storeMonitor(u"Shop"_s);
    QVERIFY(shop > 0);
    startApp();
    QTRY_COMPARE(window().model().rowCount(), 1);
    QMenu *monitorMenu = nullptr;
    for (QAction *action : window().menuBar()->actions()) {
        if (action->menu() && action->text() == u"&Monitor"_s)
            monitorMenu = action->menu();
    }
    QVERIFY(monitorMenu);
    QStringList texts;
    for (const QAction *action : monitorMenu->actions())
        texts << action->text();
    QVERIFY2(texts.contains(u"&Mute alerts"_s), qPrintable(texts.join(u", ")));
    QVERIFY(texts.contains(u"U&nmute alerts"_s));
    QStringList choices;
    for (const QAction *action : window().actions().mute().menu->actions())
        choices << action->text();
    QCOMPARE(choices, (QStringList{u"For 1 hour"_s, u"For 4 hours"_s, u"Until tomorrow morning"_s,
                                   u"Until I unmute"_s}));
    // The window's File menu has the same notification choices as the tray.
    QMenu *fileMenu = window().menuBar()->actions().constFirst()->menu();
    QVERIFY(fileMenu->actions().contains(window().pauseMenu().menuAction()));
    select(shop);
    QVERIFY(window().actions().mute().menu->isEnabled());
    window().table().clearSelection();
    QVERIFY(!window().actions().mute().menu->isEnabled());
}

QTEST_MAIN(TestQuietDesktop)
#include "tst_quietdesktop.moc"
