#include "ui/tray/NotificationPauseMenu.h"
#include "ui/tray/TrayController.h"
#include "ui/tray/TrayNotificationSink.h"
#include "ui/window/StatusStyle.h"

#include <QGuiApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QList<int> counts(int pending, int up, int degraded, int down, int unreachable, int paused)
{
    // Indexed by MonitorState.
    return {pending, up, degraded, down, unreachable, paused};
}

QImage imageOf(const QIcon &icon)
{
    return icon.pixmap(QSize(22, 22)).toImage();
}

QList<QAction *> menuActions(const TrayController &tray)
{
    QList<QAction *> actions;
    const QMenu *menu = tray.trayIcon()->contextMenu();
    if (menu == nullptr)
        return actions;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            actions.append(action);
    }
    return actions;
}

QAction *actionNamed(const TrayController &tray, const QString &text)
{
    for (QAction *action : menuActions(tray)) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

Notification notification(qint64 monitorId)
{
    return Notification{Notification::Kind::Down, monitorId, u"api is down"_s,
                        u"timeout: Timed out after 10000 ms"_s};
}

} // namespace

class TestTrayController final : public QObject {
    Q_OBJECT

private slots:
    void worksWithoutTray();
    void countsSetTooltipAndIcon_data();
    void countsSetTooltipAndIcon();
    void noMonitorsUpAndDownLookDifferent();
    void menuHasTheIntents();
    void showHideActionFollowsWindow();
    void pauseActionSwitches();
    void leftClickTogglesWindow();
    void balloonClickIsForwarded();
    void traySinkActivatesLastMonitor();
    void traySinkOutlivedByTray();
    void pauseNotificationsOffersTheChoices();
    void pausedNotificationsSayUntilWhenAndResume();
    void quietHoursShowInTheTooltip();
};

void TestTrayController::worksWithoutTray()
{
    if (QGuiApplication::platformName() != u"offscreen"_s)
        QSKIP("only the offscreen platform is known to have no tray");
    QVERIFY(!TrayController::isTrayAvailable());
    TrayController tray;
    tray.show();
    QVERIFY(!tray.isVisible());
    // Everything else still works: tooltip, icon, menu, balloons (dropped).
    QCOMPARE(tray.toolTip(), u"Upwatch — No monitors yet"_s);
    QCOMPARE(imageOf(tray.icon()), imageOf(TrayController::noMonitorsIcon()));
    QCOMPARE(menuActions(tray).size(), 5);
    tray.showMessage(notification(1));
}

void TestTrayController::countsSetTooltipAndIcon_data()
{
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<QString>("toolTip");
    // The icon's state; Pending with noMonitors set: the neutral no-monitors icon.
    QTest::addColumn<MonitorState>("worst");
    QTest::addColumn<bool>("noMonitors");

    QTest::newRow("mixed") << counts(0, 40, 1, 3, 0, 2)
                           << u"Upwatch — 3 down, 1 degraded, 40 up, 2 paused"_s
                           << MonitorState::Down << false;
    QTest::newRow("all up") << counts(0, 5, 0, 0, 0, 0) << u"Upwatch — 5 up"_s << MonitorState::Up
                            << false;
    QTest::newRow("unreachable and pending")
        << counts(1, 0, 0, 0, 2, 0) << u"Upwatch — 2 unreachable, 1 pending"_s
        << MonitorState::Unreachable << false;
    QTest::newRow("degraded") << counts(0, 7, 2, 0, 0, 0) << u"Upwatch — 2 degraded, 7 up"_s
                              << MonitorState::Degraded << false;
    QTest::newRow("all paused") << counts(0, 0, 0, 0, 0, 4) << u"Upwatch — 4 paused"_s
                                << MonitorState::Paused << false;
    QTest::newRow("all pending") << counts(3, 0, 0, 0, 0, 0) << u"Upwatch — 3 pending"_s
                                 << MonitorState::Pending << false;
    QTest::newRow("no monitors") << QList<int>() << u"Upwatch — No monitors yet"_s
                                 << MonitorState::Pending << true;
    QTest::newRow("all zero") << counts(0, 0, 0, 0, 0, 0) << u"Upwatch — No monitors yet"_s
                              << MonitorState::Pending << true;
}

void TestTrayController::countsSetTooltipAndIcon()
{
    QFETCH(QList<int>, counts);
    QFETCH(QString, toolTip);
    QFETCH(MonitorState, worst);
    QFETCH(bool, noMonitors);

    TrayController tray;
    // Start from another state so the icon must change.
    tray.setCounts(::counts(0, 0, 0, 0, 0, worst == MonitorState::Paused ? 0 : 1));
    tray.setCounts(counts);
    QCOMPARE(tray.toolTip(), toolTip);
    QCOMPARE(tray.trayIcon()->toolTip(), toolTip);
    const QIcon expected =
        noMonitors ? TrayController::noMonitorsIcon() : TrayController::stateIcon(worst);
    QCOMPARE(imageOf(tray.trayIcon()->icon()), imageOf(expected));
    QCOMPARE(tray.icon().cacheKey(), expected.cacheKey());
    QCOMPARE(TrayController::iconFor(counts).cacheKey(), expected.cacheKey());
}

void TestTrayController::noMonitorsUpAndDownLookDifferent()
{
    // The tray says at a glance whether there is nothing to watch, all is well, or not.
    TrayController tray;
    const QImage none = imageOf(tray.icon());
    tray.setCounts(counts(0, 2, 0, 0, 0, 0));
    const QImage up = imageOf(tray.icon());
    QCOMPARE(tray.toolTip(), u"Upwatch — 2 up"_s);
    tray.setCounts(counts(0, 1, 0, 1, 0, 0));
    const QImage down = imageOf(tray.icon());
    QCOMPARE(tray.toolTip(), u"Upwatch — 1 down, 1 up"_s);
    tray.setCounts(counts(0, 0, 0, 0, 0, 0));
    QCOMPARE(tray.toolTip(), u"Upwatch — No monitors yet"_s);
    QCOMPARE(imageOf(tray.icon()), none);

    QVERIFY(none != up);
    QVERIFY(up != down);
    QVERIFY(none != down);
    // Green when up, red when down, grey with none (the middle of the badge's left edge).
    const auto hue = [](const QImage &image) { return image.pixelColor(3, 14); };
    QVERIFY(hue(up).green() > hue(up).red() + 60);
    QVERIFY(hue(down).red() > hue(down).green() + 100);
    QVERIFY(qAbs(hue(none).red() - hue(none).blue()) < 24);
    // Nothing like the table's round state icons, and nothing like the app icon's blue.
    QVERIFY(up != imageOf(StatusStyle::icon(MonitorState::Up)));
}

void TestTrayController::menuHasTheIntents()
{
    TrayController tray;
    QSignalSpy showHide(&tray, &TrayController::showHideRequested);
    QSignalSpy pauseAll(&tray, &TrayController::pauseAllRequested);
    QSignalSpy resumeAll(&tray, &TrayController::resumeAllRequested);
    QSignalSpy checkAll(&tray, &TrayController::checkAllNowRequested);
    QSignalSpy quit(&tray, &TrayController::quitRequested);

    const QList<QAction *> actions = menuActions(tray);
    QCOMPARE(actions.size(), 5);
    QCOMPARE(actions.at(0)->text(), u"Show Upwatch"_s);
    QCOMPARE(actions.at(1)->text(), u"Pause all"_s);
    QCOMPARE(actions.at(2)->text(), u"Check all now"_s);
    QCOMPARE(actions.at(3)->text(), u"Pause notifications"_s);
    QCOMPARE(actions.at(3)->menu(), &tray.pauseMenu());
    QCOMPARE(actions.at(4)->text(), u"Quit"_s);

    actions.at(2)->trigger();
    QCOMPARE(checkAll.size(), 1);
    actions.at(0)->trigger();
    QCOMPARE(showHide.size(), 1);
    actions.at(1)->trigger();
    QCOMPARE(pauseAll.size(), 1);
    actions.at(4)->trigger();
    QCOMPARE(quit.size(), 1);

    QCOMPARE(resumeAll.size(), 0);
    QCOMPARE(showHide.size() + pauseAll.size() + checkAll.size() + quit.size(), 4);
}

void TestTrayController::showHideActionFollowsWindow()
{
    TrayController tray;
    QSignalSpy showHide(&tray, &TrayController::showHideRequested);
    QVERIFY(actionNamed(tray, u"Show Upwatch"_s));

    tray.setWindowVisible(true);
    QAction *hide = actionNamed(tray, u"Hide Upwatch"_s);
    QVERIFY(hide);
    QVERIFY(!actionNamed(tray, u"Show Upwatch"_s));
    hide->trigger();
    QCOMPARE(showHide.size(), 1);

    tray.setWindowVisible(false);
    QVERIFY(actionNamed(tray, u"Show Upwatch"_s));
    QVERIFY(!actionNamed(tray, u"Hide Upwatch"_s));
}

void TestTrayController::pauseActionSwitches()
{
    TrayController tray;
    QSignalSpy pauseAll(&tray, &TrayController::pauseAllRequested);
    QSignalSpy resumeAll(&tray, &TrayController::resumeAllRequested);

    QAction *pause = actionNamed(tray, u"Pause all"_s);
    QVERIFY(pause);
    pause->trigger();
    QCOMPARE(pauseAll.size(), 1);
    QCOMPARE(resumeAll.size(), 0);
    // The label follows what the window reports, not the click.
    QCOMPARE(pause->text(), u"Pause all"_s);

    tray.setAllPaused(true);
    QCOMPARE(pause->text(), u"Resume all"_s);
    QVERIFY(!actionNamed(tray, u"Pause all"_s));
    pause->trigger();
    QCOMPARE(resumeAll.size(), 1);
    QCOMPARE(pauseAll.size(), 1);

    tray.setAllPaused(false);
    QCOMPARE(pause->text(), u"Pause all"_s);
}

void TestTrayController::leftClickTogglesWindow()
{
    TrayController tray;
    QSignalSpy showHide(&tray, &TrayController::showHideRequested);
    emit tray.trayIcon()->activated(QSystemTrayIcon::Context);
    emit tray.trayIcon()->activated(QSystemTrayIcon::DoubleClick);
    emit tray.trayIcon()->activated(QSystemTrayIcon::MiddleClick);
    QCOMPARE(showHide.size(), 0);
    emit tray.trayIcon()->activated(QSystemTrayIcon::Trigger);
    QCOMPARE(showHide.size(), 1);
}

void TestTrayController::balloonClickIsForwarded()
{
    TrayController tray;
    QSignalSpy clicked(&tray, &TrayController::messageClicked);
    emit tray.trayIcon()->messageClicked();
    QCOMPARE(clicked.size(), 1);
}

void TestTrayController::traySinkActivatesLastMonitor()
{
    TrayController tray;
    TrayNotificationSink sink(tray);
    QSignalSpy activated(&sink, &NotificationSink::activated);

    // Nothing shown yet: a click on some other balloon is not ours.
    emit tray.trayIcon()->messageClicked();
    QCOMPARE(activated.size(), 0);

    sink.show(notification(7));
    sink.show(notification(9));
    emit tray.trayIcon()->messageClicked();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toLongLong(), 9);
}

void TestTrayController::traySinkOutlivedByTray()
{
    auto tray = std::make_unique<TrayController>();
    TrayNotificationSink sink(*tray);
    QSignalSpy activated(&sink, &NotificationSink::activated);
    sink.show(notification(3));
    tray.reset();
    sink.show(notification(4)); // dropped, no crash
    QCOMPARE(activated.size(), 0);
}

void TestTrayController::pauseNotificationsOffersTheChoices()
{
    TrayController tray;
    QSignalSpy snooze(&tray, &TrayController::snoozeRequested);
    QSignalSpy resume(&tray, &TrayController::resumeNotificationsRequested);
    NotificationPauseMenu &menu = tray.pauseMenu();
    QCOMPARE(menu.title(), u"Pause notifications"_s);
    QStringList visible;
    for (const QAction *action : menu.actions()) {
        if (action->isVisible() && !action->isSeparator())
            visible << action->text();
    }
    QCOMPARE(visible,
             (QStringList{u"For 1 hour"_s, u"For 4 hours"_s, u"Until tomorrow morning"_s}));

    menu.choiceAction(SnoozeChoice::FourHours)->trigger();
    menu.choiceAction(SnoozeChoice::UntilMorning)->trigger();
    menu.choiceAction(SnoozeChoice::OneHour)->trigger();
    QCOMPARE(snooze.size(), 3);
    QCOMPARE(snooze.at(0).at(0).value<SnoozeChoice>(), SnoozeChoice::FourHours);
    QCOMPARE(snooze.at(1).at(0).value<SnoozeChoice>(), SnoozeChoice::UntilMorning);
    QCOMPARE(snooze.at(2).at(0).value<SnoozeChoice>(), SnoozeChoice::OneHour);
    QCOMPARE(resume.size(), 0);
}

void TestTrayController::pausedNotificationsSayUntilWhenAndResume()
{
    TrayController tray;
    tray.setCounts(counts(0, 40, 0, 3, 0, 0));
    const QImage downIcon = imageOf(tray.icon());
    QSignalSpy resume(&tray, &TrayController::resumeNotificationsRequested);

    const QDateTime now = QDateTime(QDate(2026, 3, 10), QTime(13, 30), Qt::LocalTime).toUTC();
    QuietSettings settings;
    settings.snoozedUntil = now.addSecs(3600);
    tray.setNotificationHold(NotificationHold::of(settings, now));

    NotificationPauseMenu &menu = tray.pauseMenu();
    QCOMPARE(menu.title(), u"Notifications paused until 14:30"_s);
    QCOMPARE(menuActions(tray).at(3)->text(), u"Notifications paused until 14:30"_s);
    QVERIFY(menu.resumeAction()->isVisible());
    QCOMPARE(menu.resumeAction()->text(), u"Resume notifications"_s);
    QCOMPARE(tray.toolTip(), u"Upwatch — 3 down, 40 up\nNotifications paused until 14:30"_s);
    // The icon still shows the truth.
    QCOMPARE(imageOf(tray.icon()), downIcon);
    // New counts keep the note.
    tray.setCounts(counts(0, 43, 0, 0, 0, 0));
    QCOMPARE(tray.toolTip(), u"Upwatch — 43 up\nNotifications paused until 14:30"_s);

    menu.resumeAction()->trigger();
    QCOMPARE(resume.size(), 1);

    // Once resumed (the app says so), the menu offers the choices again.
    tray.setNotificationHold(NotificationHold::of(QuietSettings{}, now));
    QCOMPARE(menu.title(), u"Pause notifications"_s);
    QVERIFY(!menu.resumeAction()->isVisible());
    QCOMPARE(tray.toolTip(), u"Upwatch — 43 up"_s);
}

void TestTrayController::quietHoursShowInTheTooltip()
{
    TrayController tray;
    tray.setCounts(counts(0, 2, 0, 0, 0, 0));
    const QDateTime night = QDateTime(QDate(2026, 3, 10), QTime(23, 15), Qt::LocalTime).toUTC();
    QuietSettings settings;
    settings.quietHours = {true, QTime(22, 0), QTime(7, 0)};
    tray.setNotificationHold(NotificationHold::of(settings, night));
    QCOMPARE(tray.toolTip(), u"Upwatch — 2 up\nQuiet hours until 07:00"_s);
    // Quiet hours are a setting: the menu still offers a snooze, and says why nothing comes.
    NotificationPauseMenu &menu = tray.pauseMenu();
    QCOMPARE(menu.title(), u"Pause notifications"_s);
    QVERIFY(!menu.resumeAction()->isVisible());
    bool saysQuiet = false;
    for (const QAction *action : menu.actions())
        saysQuiet = saysQuiet || (action->isVisible() && !action->isEnabled() &&
                                  action->text() == u"Quiet hours until 07:00"_s);
    QVERIFY(saysQuiet);

    // Outside them, nothing is said.
    const QDateTime day = night.addSecs(12 * 3600);
    tray.setNotificationHold(NotificationHold::of(settings, day));
    QCOMPARE(tray.toolTip(), u"Upwatch — 2 up"_s);
}

QTEST_MAIN(TestTrayController)
#include "tst_traycontroller.moc"
