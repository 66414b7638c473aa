#pragma once

#include "core/base/Clock.h"
#include "core/model/CheckResult.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"
#include "core/store/HistoryQueries.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class IncidentList;
class MaintenanceLine;
class MaintenancePlanner;
class MuteNote;
class PhaseChart;
class ResponseTimeChart;
class StoreThread;
class UptimeGrid;

// Everything about the selected monitor: what it checks and its state, a response-time chart
// over 1 h / 24 h / 7 d / 30 d / 1 y, uptime over 24 h / 7 d / 30 d / 1 y, its incidents and its
// last error. History is read in the store thread (HistoryQueries); answers that arrive after the
// user moved on to another monitor or range are dropped. Live results and state changes show at
// once: the header, the last error, a chart point, the uptime windows and the incidents. The
// history is read again every kRefreshMs, so the windows move on with the clock.
class DetailPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    // HistoryRange's values, for the signal and the settings.
    enum class Range {
        Hour = int(HistoryRange::Hour),
        Day = int(HistoryRange::Day),
        Week = int(HistoryRange::Week),
        Month = int(HistoryRange::Month),
        Year = int(HistoryRange::Year),
    };
    Q_ENUM(Range)

    static constexpr int kRefreshMs = 60 * 1000;
    // Live checks and state changes of the shown monitor kept for answers still on their way.
    static constexpr int kLiveKept = 64;

    DetailPane(StoreThread &store, std::shared_ptr<const Clock> clock, QWidget *parent = nullptr);

    // Shows a monitor (nullopt: the "Select a monitor" placeholder). Showing the monitor already
    // shown again (after an edit) updates the header and keeps the history.
    void showMonitor(const std::optional<Monitor> &monitor, MonitorState state,
                     const std::optional<CheckResult> &latest);
    // New results and state changes (of any monitors): those of the shown monitor show now.
    void applyBatch(const ResultBatch &batch);

    // Where the "In maintenance: … until …" line finds the open windows (not owned; nullptr:
    // none).
    void setMaintenancePlanner(MaintenancePlanner *planner);

    void setRange(Range range);
    [[nodiscard]] Range range() const { return m_range; }
    // The shown monitor's id, or nullopt while the placeholder is shown.
    [[nodiscard]] std::optional<qint64> monitorId() const;
    [[nodiscard]] ResponseTimeChart *chart() const { return m_chart; }
    [[nodiscard]] PhaseChart *phaseChart() const { return m_phaseChart; }

    // How far back a range reaches.
    [[nodiscard]] static qint64 rangeMs(Range range);

signals:
    void rangeChanged(DetailPane::Range range);
    // An answer from the store has been shown (the chart, or the uptime/incidents/last error).
    void historyLoaded();

private:
    void buildUi();
    void showPage(int index);
    void loadChart();
    void loadInfo();
    void refresh();
    void showChart(const HistoryAnswer<ChartData> &answer, quint64 request);
    void showInfo(const HistoryAnswer<DetailInfo> &answer, quint64 request);
    void renderChart();
    void renderUptime();
    void clearHistory();
    void updateHeader();
    void updateLastError();
    void noteFailure(const LastFailure &failure);
    void showStoreError(const QString &error);

    StoreThread &m_store;
    std::shared_ptr<const Clock> m_clock;
    std::optional<Monitor> m_monitor;
    MonitorState m_state = MonitorState::Pending;
    std::optional<CheckResult> m_latest;
    std::optional<LastFailure> m_lastError;
    std::optional<ChartData> m_chartData;
    std::optional<DetailInfo> m_info;
    QList<CheckResult> m_live; // newest last, at most kLiveKept
    QList<StateChange> m_liveChanges;
    Range m_range = Range::Day;
    quint64 m_chartRequest = 0;
    quint64 m_infoRequest = 0;
    QTimer m_refreshTimer;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_lastCheck = nullptr;
    MuteNote *m_muteNote = nullptr;
    QButtonGroup *m_rangeGroup = nullptr;
    ResponseTimeChart *m_chart = nullptr;
    PhaseChart *m_phaseChart = nullptr;
    UptimeGrid *m_uptimeGrid = nullptr;
    MaintenanceLine *m_maintenanceLine = nullptr;
    QLabel *m_average = nullptr;
    QLabel *m_p95 = nullptr;
    QLabel *m_lastErrorLabel = nullptr;
    QLabel *m_storeError = nullptr;
    IncidentList *m_incidents = nullptr;
};
