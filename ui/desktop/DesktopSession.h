#pragma once

#include "core/base/Clock.h"
#include "core/engine/Engine.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"
#include "core/secret/SecretStore.h"
#include "core/service/MonitoringService.h"
#include "core/store/HistoryValues.h"
#include "core/store/MonitorSummary.h"
#include "core/store/WriterAccounting.h"
#include "ui/desktop/AppSettings.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

class Alerting;
class HealthMonitor;
class MetricsServer;
class StoreThread;

// What the window's metrics server does: listening at `url`, or not because of `error`; both
// empty while switched off.
struct MetricsStatus {
    QUrl url;
    QString error;
    friend bool operator==(const MetricsStatus &, const MetricsStatus &) = default;
};

Q_DECLARE_METATYPE(MetricsStatus)

// The window's side of monitoring: the MonitoringService that runs it, plus what only the window
// needs — the table's summaries after the load, a periodic uptime refresh and status-bar text
// for history that cannot be written. The window talks to this object only.
class DesktopSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    static constexpr int kUptimeRefreshMs = 5 * 60 * 1000;
    // How often the window, an observer on a shared database, reads the agents' leases.
    static constexpr int kObserverReadMs = 1000;

    DesktopSession(QString databasePath, const AppSettings &settings,
                   std::shared_ptr<const Clock> clock, const EngineConfig &config = {},
                   QObject *parent = nullptr);
    ~DesktopSession() override;

    // Opens the database and loads the monitors: loaded() or loadFailed() follows, then
    // summariesLoaded() once the history for the table has been read.
    void start();
    // Stops the engine and writes every result; shutDown() follows.
    void shutdown();

    [[nodiscard]] MonitoringService &service() { return *m_service; }
    [[nodiscard]] HealthMonitor &health() { return m_service->health(); }
    [[nodiscard]] StoreThread &store() { return m_service->store(); }
    [[nodiscard]] const std::shared_ptr<const Clock> &clock() const { return m_service->clock(); }
    [[nodiscard]] const QString &databasePath() const { return m_service->databasePath(); }
    [[nodiscard]] bool isLoaded() const { return m_service->isLoaded(); }

    // Edits reach the store first and the engine once stored (see MonitoringService).
    using SaveDone = MonitoringService::SaveDone;
    void saveMonitor(const Monitor &monitor, QObject *context, SaveDone done)
    {
        m_service->saveMonitor(monitor, context, std::move(done));
    }
    // With a secret the user typed (nullopt: keep the stored one); see MonitoringService.
    void saveMonitor(const Monitor &monitor, std::optional<QByteArray> newSecret, QObject *context,
                     SaveDone done)
    {
        m_service->saveMonitor(monitor, std::move(newSecret), context, std::move(done));
    }
    // Where monitors' secrets live: the OS keychain, or the database's secrets file when the
    // user opted into it (SecretStores::forDatabase).
    [[nodiscard]] SecretStore *secrets() { return m_service->secretStore(); }
    // Another store instead (tests: a MemorySecretStore); not owned. Before start().
    void setSecretStore(SecretStore *store) { m_service->setSecretStore(store); }
    void removeMonitors(const QList<qint64> &ids) { m_service->removeMonitors(ids); }
    void setPaused(const QList<qint64> &ids, bool paused) { m_service->setPaused(ids, paused); }
    void checkNow(const QList<qint64> &ids) { m_service->checkNow(ids); }
    [[nodiscard]] QList<qint64> monitorIds() const { return m_service->monitors().keys(); }

    void setRetention(const Retention &retention) { m_service->setRetention(retention); }

    // Serves /metrics and /health on bind:port (port 0: any free one) while `enabled`: starts,
    // moves or stops the server as the settings say (the token is looked up first, see
    // MetricsToken). metricsStatusChanged() follows; a server that cannot listen also says why
    // with storeFailed() for the status bar.
    void setMetrics(bool enabled, quint16 port, const QString &bind);
    [[nodiscard]] const MetricsStatus &metricsStatus() const { return m_metricsStatus; }
    // The metrics server, collecting from the start even while it does not listen (alert
    // deliveries are counted with metrics().collector().countAlertDelivery()).
    [[nodiscard]] MetricsServer &metrics() { return *m_metrics; }
    // The alert channels, run under the service like in `upwatch run`; stopped (sending what is
    // grouped) before the service at shutdown.
    [[nodiscard]] Alerting &alerting() { return *m_alerting; }

signals:
    void loaded(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states);
    void loadFailed(const QString &error);
    void summariesLoaded(const QHash<qint64, MonitorSummary> &summaries);
    void uptimeRefreshed(const QHash<qint64, DayUptime> &uptime);
    void monitorAdded(const Monitor &monitor, MonitorState state);
    void monitorUpdated(const Monitor &monitor);
    void monitorsRemoved(const QList<qint64> &ids);
    void resultsReady(const ResultBatch &batch);
    // Writing history or a monitor change failed: one sentence for the status bar.
    void storeFailed(const QString &error);
    // While history cannot be written: how many results wait and were dropped, and why (one
    // sentence for the status bar); an empty text once writing works again.
    void historyStatusChanged(const QString &text);
    // Writing history works again after failures: one sentence saying what was lost.
    void historyResumed(const QString &message);
    void metricsStatusChanged(const MetricsStatus &status);
    void shutDown();

private:
    void loadSummaries();
    void refreshUptime();
    void onHistoryAccounting(const WriterAccounting &accounting);
    void onStopped(const ServiceReport &report);
    void listenForMetrics(const QHostAddress &address, quint16 port, const QByteArray &token);
    void setMetricsStatus(const MetricsStatus &status);

    MonitoringService *m_service;
    std::unique_ptr<SecretStore> m_secrets;
    QTimer m_uptimeTimer;
    MetricsServer *m_metrics;
    Alerting *m_alerting;
    MetricsStatus m_metricsStatus;
    quint64 m_metricsRequest = 0; // the latest setMetrics(); older token lookups are dropped
    bool m_historyFailing = false;
};
