#include "ui/desktop/DesktopSession.h"

#include "core/alert/Alerting.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/MetricsToken.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/HistoryQueries.h"
#include "ui/table/MonitorTableModel.h"

#include <QLocale>
#include <QSysInfo>

#include <algorithm>
#include <cstdlib>
#include <utility>

DesktopSession::DesktopSession(QString databasePath, const AppSettings &settings,
                               std::shared_ptr<const Clock> clock, const EngineConfig &config,
                               QObject *parent)
    : QObject(parent)
    , m_service(new MonitoringService(std::move(databasePath), std::move(clock), config,
                                      settings.retention, this))
    , m_secrets(SecretStores::forDatabase(m_service->databasePath()))
    , m_uptimeTimer(this)
    , m_metrics(new MetricsServer(*m_service, this))
    , m_alerting(new Alerting(*m_service, this))
{
    connect(m_alerting, &Alerting::deliveryFinished, this, [this](const AlertDeliveryReport &r) {
        if (!r.test)
            m_metrics->collector().countAlertDelivery(r.channelName, r.ok);
    });
    m_service->setSecretStore(m_secrets.get());
    // On a database agents share, the window's engine checks what no agent leases (or, as an
    // agent, its share) and shows what the agents find for the rest; its own checks name this
    // machine on PostgreSQL.
    AgentConfig part;
    part.host = QSysInfo::machineHostName();
    part.followOthers = true;
    const QString hostLocation = part.host.isEmpty() ? QStringLiteral("desktop") : part.host;
    if (settings.checkAsAgent)
        part.location = settings.agentLocation.isEmpty() ? hostLocation : settings.agentLocation;
    else if (DatabaseLocation::isPostgresUrl(m_service->databasePath()))
        part.location = hostLocation;
    part.observer = !settings.checkAsAgent;
    // An observer reads the leases every second (a cheap read of 64 rows): it lets go of a
    // shard an agent took within about that.
    if (part.observer)
        part.heartbeatMs = kObserverReadMs;
    m_service->setAgent(part);
    // A secret that cannot be read or moved shows in the status bar like a store failure; the
    // monitor's checks say it too (reason `secret`).
    connect(m_service, &MonitoringService::secretProblem, this, &DesktopSession::storeFailed);
    connect(m_service, &MonitoringService::loaded, this, &DesktopSession::loaded);
    connect(m_service, &MonitoringService::loaded, this, [this] {
        loadSummaries();
        m_uptimeTimer.start(kUptimeRefreshMs);
    });
    connect(m_service, &MonitoringService::loadFailed, this, &DesktopSession::loadFailed);
    connect(m_service, &MonitoringService::monitorAdded, this, &DesktopSession::monitorAdded);
    connect(m_service, &MonitoringService::monitorUpdated, this, &DesktopSession::monitorUpdated);
    connect(m_service, &MonitoringService::monitorsRemoved, this, &DesktopSession::monitorsRemoved);
    connect(m_service, &MonitoringService::resultsReady, this, [this](const ResultBatch &batch) {
        // The votes this engine makes for other agents' monitors come back with the other
        // locations' checks, through the live feed.
        if (std::none_of(batch.results.cbegin(), batch.results.cend(),
                         [](const CheckResult &result) { return result.vote == Vote::Helper; })) {
            emit resultsReady(batch);
            return;
        }
        ResultBatch own;
        own.changes = batch.changes;
        for (const CheckResult &result : batch.results) {
            if (result.vote != Vote::Helper)
                own.results.append(result);
        }
        if (!own.isEmpty())
            emit resultsReady(own);
    });
    connect(m_service, &MonitoringService::observedResults, this, &DesktopSession::resultsReady);
    connect(m_service, &MonitoringService::storeFailed, this, &DesktopSession::storeFailed);
    connect(m_service, &MonitoringService::historyAccountingChanged, this,
            &DesktopSession::onHistoryAccounting);
    connect(m_service, &MonitoringService::historyResumed, this, &DesktopSession::historyResumed);
    connect(m_service, &MonitoringService::stopped, this, &DesktopSession::onStopped);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &DesktopSession::refreshUptime);
}

DesktopSession::~DesktopSession() = default;

void DesktopSession::start()
{
    m_alerting->start();
    m_service->start();
}

void DesktopSession::shutdown()
{
    m_uptimeTimer.stop();
    // What the alert channels grouped is sent before monitoring stops.
    m_alerting->stop(this, [this] { m_service->shutdown(); });
}

void DesktopSession::onStopped(const ServiceReport &report)
{
    if (report.lost() > 0) {
        qWarning("upwatch: %lld results could not be stored: %s", report.lost(),
                 qUtf8Printable(report.whyLost()));
    }
    if (report.writerStuck) {
        // Ending normally while the writer's thread is inside SQLite would crash. SQLite rolls
        // the unfinished transaction back at the next open.
        std::_Exit(1);
    }
    emit shutDown();
}

void DesktopSession::onHistoryAccounting(const WriterAccounting &accounting)
{
    if (accounting.failure.isEmpty()) {
        if (std::exchange(m_historyFailing, false))
            emit historyStatusChanged({});
        return;
    }
    m_historyFailing = true;
    const int pending = int(accounting.pending); // at most HistoryWriter::kMaxPendingResults
    emit historyStatusChanged(
        accounting.dropped == 0
            ? tr("History: %Ln result(s) waiting to be written — %1", nullptr, pending)
                  .arg(accounting.failure)
            : tr("History: %Ln result(s) waiting to be written, %1 dropped — %2", nullptr, pending)
                  .arg(QLocale().toString(accounting.dropped), accounting.failure));
}

void DesktopSession::loadSummaries()
{
    HistoryQueries::loadSummaries(
        store(), this, m_service->monitors().keys(), clock()->nowUtc(),
        MonitorTableModel::kHistoryLength,
        [this](const HistoryAnswer<QHash<qint64, MonitorSummary>> &answer) {
            if (answer.value)
                emit summariesLoaded(*answer.value);
        });
}

void DesktopSession::refreshUptime()
{
    HistoryQueries::loadDayUptime(store(), this, clock()->nowUtc(),
                                  [this](const HistoryAnswer<QHash<qint64, DayUptime>> &answer) {
                                      if (answer.value)
                                          emit uptimeRefreshed(*answer.value);
                                  });
}

void DesktopSession::setMetrics(bool enabled, quint16 port, const QString &bind)
{
    const quint64 request = ++m_metricsRequest;
    const auto address = MetricsServer::parseAddress(bind);
    if (!enabled) {
        m_metrics->close();
        setMetricsStatus({});
        return;
    }
    if (!address) {
        m_metrics->close();
        setMetricsStatus({{}, tr("\"%1\" is not an IP address").arg(bind)});
        emit storeFailed(tr("Metrics: %1").arg(m_metricsStatus.error));
        return;
    }
    if (m_metrics->isListening() && m_metrics->port() == port && m_metrics->address() == *address)
        return; // as asked already
    MetricsToken::find(secrets(), *address, this,
                       [this, request, address = *address, port](const MetricsToken::Found &found) {
                           if (request != m_metricsRequest)
                               return; // the settings changed meanwhile
                           if (!found.ok) {
                               m_metrics->close();
                               setMetricsStatus({{}, found.error});
                               emit storeFailed(tr("Metrics: %1").arg(found.error));
                               return;
                           }
                           listenForMetrics(address, port, found.token);
                       });
}

void DesktopSession::listenForMetrics(const QHostAddress &address, quint16 port,
                                      const QByteArray &token)
{
    m_metrics->setToken(token);
    if (!m_metrics->listen(address, port)) {
        setMetricsStatus({{}, m_metrics->error()});
        emit storeFailed(tr("Metrics: %1").arg(m_metrics->error()));
        return;
    }
    setMetricsStatus({m_metrics->metricsUrl(), {}});
}

void DesktopSession::setMetricsStatus(const MetricsStatus &status)
{
    if (status == m_metricsStatus)
        return;
    m_metricsStatus = status;
    emit metricsStatusChanged(status);
}
