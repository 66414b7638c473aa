#pragma once

#include "core/base/Clock.h"
#include "core/engine/HealthMonitor.h"
#include "core/metrics/MetricsSnapshot.h"
#include "core/model/Monitor.h"
#include "core/model/ResultBatch.h"
#include "core/store/WriterAccounting.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <deque>
#include <memory>
#include <utility>

class MonitoringService;

// Keeps a MetricsSnapshot current from a MonitoringService's signals: results and state changes
// as they come, monitors added, changed and removed, the health monitor's samples, the history
// writer's accounting. Nothing here reads the database: /metrics and /health render what it
// holds. Attached to a service that already runs, it starts from the service's monitors and
// their states; counts and histograms start at zero (as after any restart of an exporter).
class MetricsCollector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricsCollector)

public:
    explicit MetricsCollector(MonitoringService &service, QObject *parent = nullptr);

    // The snapshot, with whether the service runs read from it now.
    [[nodiscard]] const MetricsSnapshot &snapshot();
    [[nodiscard]] QDateTime now() const { return m_clock->nowUtc(); }

    // An alert message delivered (ok) or given up on, for upwatch_alert_deliveries_total.
    void countAlertDelivery(const QString &channelName, bool ok);
    // One request the metrics endpoint answered (the middleware metrics).
    void countRequest(const QString &path, int status, double seconds);

private:
    void onLoaded(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states);
    void onLoadFailed(const QString &error);
    void onResults(const ResultBatch &batch);
    void onMonitorAdded(const Monitor &monitor, MonitorState state);
    void onMonitorUpdated(const Monitor &monitor);
    void onMonitorsRemoved(const QList<qint64> &ids);
    void onHealthSampled(const HealthSample &sample);
    void onAccounting(const WriterAccounting &accounting);
    void refreshService();

    QPointer<MonitoringService> m_service;
    std::shared_ptr<const Clock> m_clock;
    MetricsSnapshot m_snapshot;
    std::deque<std::pair<QDateTime, qint64>> m_lateHistory; // (sampled at, late since start)
};
