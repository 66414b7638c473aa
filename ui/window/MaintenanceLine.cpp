#include "ui/window/MaintenanceLine.h"

#include "core/service/MaintenancePlanner.h"
#include "ui/window/MaintenanceText.h"
#include "ui/window/StatusStyle.h"

#include <QStringList>

MaintenanceLine::MaintenanceLine(std::shared_ptr<const Clock> clock, QWidget *parent)
    : QLabel(parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("maintenanceLine"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, StatusStyle::color(MonitorState::Maintenance));
    setPalette(pal);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
    hide();
}

void MaintenanceLine::setPlanner(MaintenancePlanner *planner)
{
    if (m_planner)
        disconnect(m_planner, nullptr, this, nullptr);
    m_planner = planner;
    if (m_planner)
        connect(m_planner, &MaintenancePlanner::windowsChanged, this, &MaintenanceLine::refresh);
    refresh();
}

void MaintenanceLine::showMonitor(qint64 monitorId, MonitorState state)
{
    m_monitorId = monitorId;
    m_state = state;
    refresh();
}

void MaintenanceLine::refresh()
{
    if (m_monitorId == 0 || m_state != MonitorState::Maintenance) {
        hide();
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    const QList<MaintenanceWindow> open =
        m_planner ? m_planner->openFor(m_monitorId, now) : QList<MaintenanceWindow>();
    if (open.isEmpty()) {
        setText(tr("In maintenance"));
        setToolTip(QString());
        show();
        return;
    }
    // Until the last of the open windows closes.
    QStringList names;
    QDateTime end;
    for (const MaintenanceWindow &window : open) {
        names.append(window.name);
        const QDateTime closes = window.nextChange(now);
        if (!end.isValid() || (closes.isValid() && closes > end))
            end = closes;
    }
    const QString joined = names.join(QStringLiteral(", "));
    setText(end.isValid()
                ? tr("In maintenance: %1 until %2").arg(joined, MaintenanceText::until(end, now))
                : tr("In maintenance: %1").arg(joined));
    setToolTip(tr("Checks go on, no alerts go out, and this time is left out of uptime."));
    show();
}
