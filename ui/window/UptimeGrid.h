#pragma once

#include "core/store/HistoryQueries.h"

#include <QWidget>

#include <array>

class QLabel;

// The detail pane's uptime over 24 h, 7 d, 30 d and 1 y, and under each the time spent in
// maintenance ("Maintenance 2 h 10 min"), which is left out of the figure; that line is hidden
// where there was none.
class UptimeGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UptimeGrid)

public:
    explicit UptimeGrid(QWidget *parent = nullptr);

    void setUptime(const UptimeWindows &uptime);
    // "…" while the history is read.
    void clear();

private:
    std::array<QLabel *, 4> m_uptime{};
    std::array<QLabel *, 4> m_maintenance{};
};
