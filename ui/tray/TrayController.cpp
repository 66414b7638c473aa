#include "ui/tray/TrayController.h"

#include "ui/tray/NotificationPauseMenu.h"
#include "ui/window/AppIcons.h"
#include "ui/window/StatusStyle.h"

#include <QHash>
#include <QMenu>
#include <QStringList>

#include <algorithm>
#include <array>

namespace {

// Most urgent first, as people read a tooltip.
constexpr std::array kTooltipOrder{
    MonitorState::Down, MonitorState::Unreachable, MonitorState::Degraded, MonitorState::Pending,
    MonitorState::Up,   MonitorState::Maintenance, MonitorState::Paused};

QString countText(MonitorState state, int count)
{
    switch (state) {
    case MonitorState::Down:
        return TrayController::tr("%n down", nullptr, count);
    case MonitorState::Unreachable:
        return TrayController::tr("%n unreachable", nullptr, count);
    case MonitorState::Degraded:
        return TrayController::tr("%n degraded", nullptr, count);
    case MonitorState::Up:
        return TrayController::tr("%n up", nullptr, count);
    case MonitorState::Paused:
        return TrayController::tr("%n paused", nullptr, count);
    case MonitorState::Maintenance:
        return TrayController::tr("%n in maintenance", nullptr, count);
    case MonitorState::Pending:
        break;
    }
    return TrayController::tr("%n pending", nullptr, count);
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(std::make_unique<QSystemTrayIcon>())
{
    m_showHideAction = m_menu->addAction(QString());
    m_menu->addSeparator();
    m_pauseAction = m_menu->addAction(QString());
    m_checkNowAction = m_menu->addAction(tr("Check all now"));
    m_menu->addSeparator(); // pausing checks is not pausing notifications
    m_pauseMenu = new NotificationPauseMenu(m_menu.get());
    m_menu->addMenu(m_pauseMenu);
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(tr("Quit"));
    m_quitAction->setMenuRole(QAction::QuitRole);

    connect(m_showHideAction, &QAction::triggered, this, &TrayController::showHideRequested);
    connect(m_pauseAction, &QAction::triggered, this, &TrayController::onPauseTriggered);
    connect(m_checkNowAction, &QAction::triggered, this, &TrayController::checkAllNowRequested);
    connect(m_quitAction, &QAction::triggered, this, &TrayController::quitRequested);
    connect(m_pauseMenu, &NotificationPauseMenu::snoozeRequested, this,
            &TrayController::snoozeRequested);
    connect(m_pauseMenu, &NotificationPauseMenu::resumeRequested, this,
            &TrayController::resumeNotificationsRequested);

    m_icon->setContextMenu(m_menu.get());
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, &TrayController::onActivated);
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayController::messageClicked);

    updateLabels();
    setCounts({});
}

TrayController::~TrayController() = default;

bool TrayController::isTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayController::isVisible() const
{
    return m_icon->isVisible();
}

void TrayController::show()
{
    if (isTrayAvailable())
        m_icon->show();
}

void TrayController::hide()
{
    m_icon->hide();
}

void TrayController::setCounts(const QList<int> &counts)
{
    QStringList parts;
    for (const MonitorState state : kTooltipOrder) {
        if (const int count = counts.value(int(state)); count > 0)
            parts.append(countText(state, count));
    }
    m_summary = parts.isEmpty() ? tr("No monitors yet") : parts.join(u", ");
    updateToolTip();
    m_icon->setIcon(iconFor(counts));
}

void TrayController::setNotificationHold(const NotificationHold &hold)
{
    m_hold = hold;
    m_pauseMenu->setHold(hold);
    updateToolTip();
}

void TrayController::updateToolTip()
{
    QString tip = tr("Upwatch — %1").arg(m_summary);
    if (m_hold.isHolding())
        tip += u'\n' + m_hold.text;
    m_icon->setToolTip(tip);
}

QIcon TrayController::stateIcon(MonitorState state)
{
    static QHash<int, QIcon> cache;
    if (const auto found = cache.constFind(int(state)); found != cache.cend())
        return *found;
    const QIcon icon =
        AppIcons::fromSvg(QStringLiteral(":/icons/tray/%1.svg").arg(StatusStyle::iconName(state)));
    cache.insert(int(state), icon);
    return icon;
}

QIcon TrayController::noMonitorsIcon()
{
    static const QIcon icon = AppIcons::fromSvg(QStringLiteral(":/icons/tray/none.svg"));
    return icon;
}

QIcon TrayController::iconFor(const QList<int> &counts)
{
    const bool anyMonitor =
        std::any_of(counts.cbegin(), counts.cend(), [](int n) { return n > 0; });
    return anyMonitor ? stateIcon(StatusStyle::worst(counts)) : noMonitorsIcon();
}

void TrayController::setWindowVisible(bool visible)
{
    m_windowVisible = visible;
    updateLabels();
}

void TrayController::setAllPaused(bool paused)
{
    m_allPaused = paused;
    updateLabels();
}

void TrayController::showMessage(const Notification &n)
{
    // The app icon says who is talking; the title says what happened.
    m_icon->showMessage(n.title, n.body, AppIcons::app());
}

QString TrayController::toolTip() const
{
    return m_icon->toolTip();
}

QIcon TrayController::icon() const
{
    return m_icon->icon();
}

void TrayController::onActivated(QSystemTrayIcon::ActivationReason reason)
{
    if (reason == QSystemTrayIcon::Trigger)
        emit showHideRequested();
}

void TrayController::onPauseTriggered()
{
    if (m_allPaused)
        emit resumeAllRequested();
    else
        emit pauseAllRequested();
}

void TrayController::updateLabels()
{
    m_showHideAction->setText(m_windowVisible ? tr("Hide Upwatch") : tr("Show Upwatch"));
    m_pauseAction->setText(m_allPaused ? tr("Resume all") : tr("Pause all"));
}
