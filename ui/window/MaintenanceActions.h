#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class MaintenanceWindowsDialog;
class MonitoringService;
class QAction;
class QMenu;
class QWidget;

// The window's ways into maintenance windows: "Maintenance windows…" opens the list of them,
// and "Plan maintenance…" opens the editor for a new window over the monitors selected in the
// table (all monitors when none is). Dialogs open over `window`.
class MaintenanceActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceActions)

public:
    // `selected` tells which monitors are selected now.
    MaintenanceActions(MonitoringService &service, std::function<QList<qint64>()> selected,
                       QWidget *window);

    // The plan action and, for the Monitor menu, the list's (after a separator).
    void addTo(QMenu *menu, bool withList) const;
    // The list dialog while it is open.
    [[nodiscard]] MaintenanceWindowsDialog *listDialog() const;

    QAction *const showWindows;
    QAction *const plan;

signals:
    // Something done, for the status bar.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void openList();
    void planForSelection();

    MonitoringService &m_service;
    std::function<QList<qint64>()> m_selected;
    QWidget *m_window;
    QPointer<MaintenanceWindowsDialog> m_list;
};
