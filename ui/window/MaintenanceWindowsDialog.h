#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QDialog>
#include <QList>
#include <QTimer>

#include <optional>

class MaintenanceListModel;
class MonitoringService;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

// The maintenance windows in a table (name, whom they apply to, schedule, open or next), with
// Add…, Edit… (or a double-click) and Remove (after a confirmation). Changes are saved through
// the service's MaintenancePlanner at once; windows changed by another process show as the
// planner picks them up. Without windows it says what they are for.
class MaintenanceWindowsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceWindowsDialog)

public:
    static constexpr int kStatusRefreshMs = 30'000;

    explicit MaintenanceWindowsDialog(MonitoringService &service, QWidget *parent = nullptr);

    [[nodiscard]] MaintenanceListModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }

    // Opens the editor for a new window (its fields prefilled from `window`, id 0).
    void addWindow(const MaintenanceWindow &window);

private:
    void reload();
    void showWindows(const QList<MaintenanceWindow> &windows);
    void editSelected();
    void openEditor(const MaintenanceWindow &window);
    void removeSelected();
    void selectWindow(qint64 id);
    void showStatus(const QString &text, bool problem);
    void updateButtons();
    [[nodiscard]] std::optional<MaintenanceWindow> selectedWindow() const;

    MonitoringService &m_service;
    MaintenanceListModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QLabel *m_statusLabel;
    QTimer m_statusTimer;
};
