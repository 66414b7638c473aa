#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

// The maintenance windows as table rows: name, whom they apply to, their schedule and whether
// they are open now ("Open until 04:00", "Next Sat 02:00", "Ended"). New lists are merged by id
// (rows changed, inserted, removed; never reset), so a selection survives a save; the status
// column moves on with setNow().
class MaintenanceListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceListModel)

public:
    enum Column { NameColumn, AppliesToColumn, ScheduleColumn, StatusColumn, ColumnCount };
    enum Role {
        WindowIdRole = Qt::UserRole + 1, // qint64, on every column
        OpenRole,                        // bool: open at the model's now, on every column
    };

    explicit MaintenanceListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    void setWindows(const QList<MaintenanceWindow> &windows);
    // The monitors' names, for "Applies to".
    void setMonitorNames(const QHash<qint64, QString> &names);
    // The time the status column is worked out at (set it before showing the model).
    void setNow(const QDateTime &now);

    [[nodiscard]] int rowOf(qint64 id) const;
    [[nodiscard]] std::optional<MaintenanceWindow> windowAt(int row) const;

private:
    [[nodiscard]] QVariant display(const MaintenanceWindow &window, int column) const;
    void changedColumns(int first, int last);

    QList<MaintenanceWindow> m_windows;
    QHash<qint64, QString> m_names;
    QDateTime m_now;
};
