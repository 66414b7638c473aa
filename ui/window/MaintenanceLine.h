#pragma once

#include "core/base/Clock.h"
#include "core/model/MonitorState.h"

#include <QLabel>
#include <QPointer>

#include <memory>

class MaintenancePlanner;

// The detail pane's line for a monitor in maintenance: "In maintenance: Backup until 04:00",
// in the maintenance colour; hidden while the monitor is in any other state. The windows come
// from the planner (none set: the line only says "In maintenance").
class MaintenanceLine final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenanceLine)

public:
    explicit MaintenanceLine(std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    void setPlanner(MaintenancePlanner *planner);
    // The monitor shown and its state (id 0: none).
    void showMonitor(qint64 monitorId, MonitorState state);

private:
    void refresh();

    std::shared_ptr<const Clock> m_clock;
    QPointer<MaintenancePlanner> m_planner;
    qint64 m_monitorId = 0;
    MonitorState m_state = MonitorState::Pending;
};
