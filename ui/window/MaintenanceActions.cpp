#include "ui/window/MaintenanceActions.h"

#include "core/service/MaintenancePlanner.h"
#include "core/service/MonitoringService.h"
#include "ui/dialogs/MaintenanceDialog.h"
#include "ui/window/MaintenanceWindowsDialog.h"
#include "ui/window/StatusStyle.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

MaintenanceActions::MaintenanceActions(MonitoringService &service,
                                       std::function<QList<qint64>()> selected, QWidget *window)
    : QObject(window)
    , showWindows(new QAction(tr("Maintenance &windows\u2026"), this))
    , plan(new QAction(tr("Plan &maintenance\u2026"), this))
    , m_service(service)
    , m_selected(std::move(selected))
    , m_window(window)
{
    showWindows->setObjectName(QStringLiteral("maintenanceWindowsAction"));
    showWindows->setToolTip(tr("The planned maintenance windows: add, change or remove them"));
    plan->setObjectName(QStringLiteral("planMaintenanceAction"));
    plan->setIcon(StatusStyle::icon(MonitorState::Maintenance));
    plan->setToolTip(tr("Plan a maintenance window for the selected monitors: no alerts, and "
                        "left out of uptime"));
    connect(showWindows, &QAction::triggered, this, &MaintenanceActions::openList);
    connect(plan, &QAction::triggered, this, &MaintenanceActions::planForSelection);
}

void MaintenanceActions::addTo(QMenu *menu, bool withList) const
{
    menu->addSeparator();
    menu->addAction(plan);
    if (withList)
        menu->addAction(showWindows);
}

MaintenanceWindowsDialog *MaintenanceActions::listDialog() const
{
    return m_list.data();
}

void MaintenanceActions::openList()
{
    if (m_list) {
        m_list->raise();
        m_list->activateWindow();
        return;
    }
    m_list = new MaintenanceWindowsDialog(m_service, m_window);
    m_list->setObjectName(QStringLiteral("maintenanceWindowsDialog"));
    m_list->setAttribute(Qt::WA_DeleteOnClose);
    m_list->open();
}

void MaintenanceActions::planForSelection()
{
    MaintenanceWindow window = MaintenanceDialog::newWindow(m_service.clock()->nowUtc());
    const QHash<qint64, Monitor> &monitors = m_service.monitors();
    for (const qint64 id : m_selected()) {
        if (monitors.contains(id))
            window.monitorIds.append(id);
    }
    if (window.monitorIds.size() == 1)
        window.name = tr("%1 maintenance").arg(monitors.value(window.monitorIds.constFirst()).name);
    auto *dialog = new MaintenanceDialog(m_service.maintenance(), window, monitors.values(),
                                         m_service.clock(), m_window);
    dialog->setObjectName(QStringLiteral("maintenanceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &saved = dialog->savedWindow())
            emit statusMessage(tr("Planned the maintenance window '%1'").arg(saved->name), 10'000);
    });
    dialog->open();
}
