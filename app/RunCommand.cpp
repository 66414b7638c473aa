#include "app/RunCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/RunMetrics.h"
#include "app/SignalWatcher.h"
#include "core/alert/Alerting.h"
#include "core/base/SystemClock.h"
#include "core/metrics/MetricsCollector.h"
#include "core/metrics/MetricsServer.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/LeaseStore.h"
#include "core/store/StoreDatabase.h"

#include <QSysInfo>
#include <cstdlib>

RunCommand::RunCommand(QObject *parent)
    : QObject(parent)
    , m_durationTimer(this)
{
}

RunCommand::~RunCommand() = default;

namespace {

// Upper bounds of the options (stated in --help): a value beyond them is a typo, not a plan.
constexpr int kMaxDuration = 365 * 24 * 60 * 60;
constexpr int kMaxWorkers = 64;
constexpr int kMaxInFlight = 100'000;
constexpr int kMaxPerHost = 1000;
// An agent's leases: the default, and the range --lease-seconds takes.
constexpr int kDefaultLeaseSeconds = 20;
constexpr int kMinLeaseSeconds = 2;
constexpr int kMaxLeaseSeconds = 600;

} // namespace

std::optional<int> RunCommand::start(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch run [--duration S] [--metrics-port P [--metrics-bind ADDR]] "
                       "[options]"),
        tr("Run the monitoring engine without a window: check every monitor at its "
           "interval, keep history, print state changes, tell the alert channels. Changes "
           "made with 'upwatch monitor ...' or 'upwatch channel ...' meanwhile are "
           "picked up within seconds. "
           "Ctrl+C (SIGINT) or SIGTERM stops it after writing all results."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("duration"),
         tr("Stop after this many seconds (at most %1, a year).").arg(kMaxDuration),
         QStringLiteral("s")},
        {QStringLiteral("workers"),
         tr("Worker threads that run checks (default: one per core; 1 to %1).").arg(kMaxWorkers),
         QStringLiteral("n")},
        {QStringLiteral("max-in-flight"),
         tr("Checks running at once, in all (default 1000; 1 to %1).").arg(kMaxInFlight),
         QStringLiteral("n")},
        {QStringLiteral("max-per-host"),
         tr("Checks running at once against one host:port (default 6; 1 to %1).").arg(kMaxPerHost),
         QStringLiteral("n")},
        {QStringLiteral("location"),
         tr("Run as one of several agents sharing the database, checking from this location; "
            "agents split the monitors between them and take over from one that stops "
            "(default on a PostgreSQL database: the host name)."),
         QStringLiteral("name")},
        {QStringLiteral("lease-seconds"),
         tr("How long an agent's monitors wait for another agent when it dies (default %1; "
            "%2 to %3).")
             .arg(kDefaultLeaseSeconds)
             .arg(kMinLeaseSeconds)
             .arg(kMaxLeaseSeconds),
         QStringLiteral("s")},
        {QStringLiteral("secrets-file"),
         tr("Read and keep secrets in DB.secrets (mode 0600) beside the database "
            "instead of the OS keychain: for a server without one.")},
    });
    parser.addOptions(MetricsOptions::options());
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        Console::printError(tr("unexpected argument '%1' (see 'upwatch run --help')")
                                .arg(parser.positionalArguments().constFirst()));
        return Console::kExitUsage;
    }
    EngineConfig config;
    const struct {
        const char16_t *name;
        int maximum;
        const char *unit; // translated when shown
        int &target;
    } numbers[] = {
        {u"workers", kMaxWorkers, QT_TRANSLATE_NOOP("RunCommand", "threads"), config.workers},
        {u"max-in-flight", kMaxInFlight, QT_TRANSLATE_NOOP("RunCommand", "checks"),
         config.maxInFlight},
        {u"max-per-host", kMaxPerHost, QT_TRANSLATE_NOOP("RunCommand", "checks"),
         config.maxPerHost}};
    for (const auto &number : numbers) {
        const QString name = QString::fromUtf16(number.name);
        if (!parser.isSet(name))
            continue;
        const auto value = command.intValue(name, 1, number.maximum, tr(number.unit));
        if (!value)
            return Console::kExitUsage;
        number.target = *value;
    }
    std::optional<int> duration;
    if (parser.isSet(QStringLiteral("duration"))) {
        duration = command.intValue(QStringLiteral("duration"), 1, kMaxDuration, tr("seconds"));
        if (!duration)
            return Console::kExitUsage;
    }

    const auto metrics = MetricsOptions::read(command);
    if (!metrics)
        return Console::kExitUsage;
    AgentConfig agent;
    agent.host = QSysInfo::machineHostName();
    if (parser.isSet(QStringLiteral("location"))) {
        agent.location = parser.value(QStringLiteral("location")).trimmed();
        if (agent.location.isEmpty() || agent.location.contains(u'/')) {
            Console::printError(tr("--location needs a name without '/'"));
            return Console::kExitUsage;
        }
    }
    else if (DatabaseLocation::isPostgresUrl(command.databasePath())) {
        agent.location = agent.host.isEmpty() ? QStringLiteral("agent") : agent.host;
    }
    if (parser.isSet(QStringLiteral("lease-seconds"))) {
        const auto lease = command.intValue(QStringLiteral("lease-seconds"), kMinLeaseSeconds,
                                            kMaxLeaseSeconds, tr("seconds"));
        if (!lease)
            return Console::kExitUsage;
        agent.leaseMs = qint64(*lease) * 1000;
    }
    else {
        agent.leaseMs = qint64(kDefaultLeaseSeconds) * 1000;
    }
    agent.heartbeatMs = agent.leaseMs / 4;

    // Opened here first so that a file that is not an upwatch database, or cannot be created,
    // is reported as every command reports it.
    auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    const QString path = database->path();
    database.reset();
    m_duration = duration;

    m_service =
        new MonitoringService(path, std::make_shared<SystemClock>(), config, Retention{}, this);
    connect(m_service, &MonitoringService::loaded, this, &RunCommand::onLoaded);
    connect(m_service, &MonitoringService::loadFailed, this, [this](const QString &error) {
        Console::printError(error);
        emit finished(Console::kExitFailure); // nothing ran
    });
    connect(m_service, &MonitoringService::resultsReady, this, &RunCommand::onResults);
    connect(m_service, &MonitoringService::storeFailed, this, &RunCommand::onStoreFailed);
    connect(m_service, &MonitoringService::historyResumed, this, &Console::printError);
    connect(m_service, &MonitoringService::secretProblem, this,
            [](const QString &problem) { Console::printError(tr("warning: %1").arg(problem)); });
    connect(m_service, &MonitoringService::stopped, this, &RunCommand::report);
    m_secrets = SecretStores::forDatabase(path, parser.isSet(QStringLiteral("secrets-file")));
    m_service->setSecretStore(m_secrets.get());
    m_service->setAgent(agent);
    if (const AgentLeases *leases = m_service->agent()) {
        connect(leases, &AgentLeases::shardsChanged, this, [this, leases] {
            Console::printOut(tr("agent %1: checking %2 of %3 monitor shards")
                                  .arg(leases->name())
                                  .arg(leases->shards().size())
                                  .arg(LeaseStore::kShards));
        });
    }
    m_alerting = new Alerting(*m_service, this);
    connect(m_alerting, &Alerting::deliveryFailed, this, [this](const QString &failure) {
        ++m_alertFailures;
        Console::printError(tr("alert: %1").arg(failure));
    });
    m_alerting->start();
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, [this] { shutdown(0); });
    if (!metrics->enabled()) {
        m_service->start();
        return std::nullopt;
    }
    // Monitoring starts once the metrics endpoint listens: a port in use ends the command.
    m_metrics = new RunMetrics(*m_service, m_secrets.get(), *metrics, this);
    connect(m_alerting, &Alerting::deliveryFinished, this, [this](const AlertDeliveryReport &r) {
        if (!r.test)
            m_metrics->server().collector().countAlertDelivery(r.channelName, r.ok);
    });
    m_metrics->start([this](bool ok) {
        if (ok)
            m_service->start();
        else if (!m_service->isStopping())
            emit finished(Console::kExitFailure);
    });
    return std::nullopt;
}

void RunCommand::onLoaded(const QList<Monitor> &monitors)
{
    if (m_duration) {
        m_durationTimer.setSingleShot(true);
        m_durationTimer.setTimerType(Qt::PreciseTimer); // a coarse timer may end 5 % early
        connect(&m_durationTimer, &QTimer::timeout, this, [this] { shutdown(0); });
        m_durationTimer.start(std::chrono::seconds(*m_duration));
    }
    int active = 0;
    for (const Monitor &monitor : monitors)
        active += monitor.paused ? 0 : 1;
    Console::printOut(tr("running %n monitor(s) (%1 paused) with %2 worker threads; "
                         "history in %3",
                         nullptr, active)
                          .arg(monitors.size() - active)
                          .arg(m_service->engine().workerCount())
                          .arg(m_service->databasePath()));
    if (monitors.isEmpty())
        Console::printError(tr("note: there are no monitors yet; add some with "
                               "'upwatch monitor add' and they start here"));
}

void RunCommand::onResults(const ResultBatch &batch)
{
    for (const CheckResult &result : batch.results)
        m_down += result.isUp() ? 0 : 1;
    for (const StateChange &change : batch.changes) {
        const Monitor monitor = m_service->monitors().value(change.monitorId);
        QString line = QStringLiteral("%1  %2  %3 -> %4")
                           .arg(change.at.toString(Qt::ISODateWithMs), monitor.name,
                                monitorStateName(change.from), monitorStateName(change.to));
        if (change.reason != Reason::Ok)
            line += QStringLiteral(" (%1%2)").arg(reasonName(change.reason),
                                                  change.error.isEmpty() ? QString()
                                                                         : u": " + change.error);
        Console::printOut(line);
    }
}

void RunCommand::shutdown(int exitCode)
{
    if (m_shuttingDown || m_service->isStopping())
        return;
    m_shuttingDown = true;
    m_exitCode = exitCode;
    m_durationTimer.stop();
    // Alerts still grouped leave first (within a bounded time), then the service stops.
    m_alerting->stop(this, [this] { m_service->shutdown(); }); // stopped() -> report()
}

void RunCommand::report(const ServiceReport &report)
{
    const auto stats = m_service->engine().takeSnapshot().schedule;
    const QString lateness =
        tr("%1 late starts, largest lateness %2 ms").arg(stats.late).arg(stats.maxLatenessMs) +
        (m_alertFailures > 0 ? tr("; %1 alert deliveries failed").arg(m_alertFailures) : QString());
    // What is not known to be in the database is lost: counted from what the engine produced.
    if (report.lost() <= 0 && !report.writerStuck) {
        Console::printOut(tr("stopped: %1 checks written (%2 down); %3")
                              .arg(report.history.stored)
                              .arg(m_down)
                              .arg(lateness));
        emit finished(m_exitCode);
        return;
    }
    Console::printError(tr("%1 of %2 checks could not be stored in %3: %4")
                            .arg(report.lost())
                            .arg(report.results)
                            .arg(m_service->databasePath(), report.whyLost()));
    Console::printOut(tr("stopped: %1 checks (%2 down), %3 written, %4 could not be "
                         "stored (%5); %6")
                          .arg(report.results)
                          .arg(m_down)
                          .arg(report.history.stored)
                          .arg(report.lost())
                          .arg(report.whyLost(), lateness));
    if (report.writerStuck) {
        // The writer is stuck in a write the system does not return from (a hung disk). Ending
        // the process normally while that thread runs would crash it: leave now. SQLite rolls the
        // unfinished transaction back when the database is opened next.
        Console::printError(tr("the history writer did not close the database in "
                               "time; ending without waiting for it"));
        std::_Exit(Console::kExitFailure);
    }
    emit finished(Console::kExitFailure);
}

void RunCommand::onStoreFailed(const QString &error)
{
    Console::printError(error);
    if (!m_service->isHistoryOpen())
        shutdown(Console::kExitFailure); // the database cannot be written: nothing to run for
}
