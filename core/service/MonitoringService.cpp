#include "core/service/MonitoringService.h"

#include "core/base/OwnedThread.h"
#include "core/service/CredentialSaver.h"
#include "core/service/LiveFeed.h"
#include "core/service/MaintenancePlanner.h"
#include "core/service/MonitorChanges.h"
#include "core/service/SecretLoader.h"
#include "core/store/HistoryReader.h"
#include "core/store/HistoryWriter.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <QThread>

#include <utility>

struct MonitoringService::Loaded {
    QList<Monitor> monitors;
    QHash<qint64, MonitorState> states;
    QList<int> leased;             // with a LiveFeed: the shards agents lease
    QHash<qint64, LiveState> live; // with a LiveFeed: the live states they left
    qint64 revision = -1;
    std::optional<QList<MaintenanceWindow>> windows;
    qint64 maintenanceRevision = -1;
    QString error;
};

struct MonitoringService::Synced {
    QList<Monitor> monitors;
    qint64 revision = -1;
    bool changed = false;
};

MonitoringService::MonitoringService(QString databasePath, std::shared_ptr<const Clock> clock,
                                     const EngineConfig &config, const Retention &retention,
                                     QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_clock(std::move(clock))
    , m_retention(retention)
    , m_store(new StoreThread(m_path, this))
    , m_engine(new Engine(config, m_clock, this))
    , m_health(new HealthMonitor([this] { return m_engine->takeSnapshot(); }, m_clock,
                                 HealthMonitor::kDefaultCapacity, this))
    , m_secrets(new SecretLoader(*m_engine, this))
    , m_credentials(new CredentialSaver(
          [this](const Monitor &monitor, QObject *context, SaveDone done) {
              storeMonitor(monitor, context, std::move(done));
          },
          this))
    , m_maintenance(new MaintenancePlanner(*this, this))
    , m_syncTimer(this)
    , m_stopTimer(this)
{
    connect(m_engine, &Engine::resultsReady, this, &MonitoringService::onEngineResults);
    connect(m_engine, &Engine::stopped, this, &MonitoringService::closeWriter);
    connect(m_health, &HealthMonitor::sampled, this, &MonitoringService::healthSampled);
    connect(&m_syncTimer, &QTimer::timeout, this, &MonitoringService::syncNow);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] {
        if (m_feed)
            m_feed->poll();
        pollVotes();
    });
    connect(m_secrets, &SecretLoader::problem, this, &MonitoringService::secretProblem);
    connect(m_credentials, &CredentialSaver::problem, this, &MonitoringService::secretProblem);
    connect(m_credentials, &CredentialSaver::urlPasswordMoved, this, [this] { scrubDatabase(0); });
    m_stopTimer.setSingleShot(true);
}

void MonitoringService::setSecretStore(SecretStore *store)
{
    m_secrets->setStore(store);
    m_credentials->setStore(store);
}

SecretStore *MonitoringService::secretStore() const
{
    return m_secrets->store();
}

MonitoringService::~MonitoringService()
{
    if (m_writer && !m_closing) {
        // Normally shutdown() closed the writer already; this is the path for an abrupt end.
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
    }
    if (m_writerThread && !m_writerThread->stop(HistoryWriter::kCloseWaitMs))
        qWarning("upwatch: the history writer did not end in time; leaving it");
}

void MonitoringService::start()
{
    if (m_loaded || m_stopping)
        return;
    m_store->run<Loaded>(
        this,
        [store = m_store, shared = m_feed != nullptr,
         nowMs = m_clock->nowUtc().toMSecsSinceEpoch()](StoreDatabase *database) {
            Loaded result;
            if (!database) {
                result.error = store->openError();
                return result;
            }
            MonitorStore monitors(*database);
            HistoryReader history(*database);
            const auto all = monitors.all();
            const auto open = history.openStates();
            const auto revision = monitors.revision();
            if (!all || !open || !revision) {
                result.error = database->lastError();
                return result;
            }
            result.monitors = *all;
            result.states = *open;
            result.revision = *revision;
            // An observer leaves the agents' monitors to them from the start; what they find
            // shows from their live states.
            if (shared && !loadShared(*database, nowMs, &result.leased, &result.live)) {
                result.error = database->lastError();
                return result;
            }
            // Windows open now hold back the first checks' alerts too.
            MaintenanceStore maintenance(*database);
            result.windows = maintenance.all();
            result.maintenanceRevision = maintenance.revision().value_or(-1);
            return result;
        },
        [this](const Loaded &result) { onLoaded(result); });
}

void MonitoringService::onLoaded(const Loaded &result)
{
    if (m_stopping)
        return;
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
        return;
    }
    m_revision = result.revision;
    m_monitors.reserve(result.monitors.size());
    for (const Monitor &monitor : result.monitors)
        m_monitors.insert(monitor.id, monitor);
    startWriter();
    if (m_agent)
        m_agent->start(result.leased); // an agent's shards' monitors join as its leases come
    QList<Monitor> here;
    for (const Monitor &monitor : result.monitors) {
        if (checksHere(monitor.id))
            here.append(monitor);
    }
    m_engine->setMonitors(here, result.states);
    m_maintenance->start(result.windows, result.maintenanceRevision);
    m_engine->start();
    m_health->start();
    QHash<qint64, MonitorState> states;
    states.reserve(result.monitors.size());
    for (const Monitor &monitor : result.monitors)
        states.insert(monitor.id, m_engine->state(monitor.id));
    if (m_feed)
        followShared(result.monitors, result.live, states);
    m_loaded = true;
    m_syncTimer.start(kSyncEveryMs);
    for (const Monitor &monitor : std::as_const(here))
        m_secrets->load(monitor);
    emit loaded(result.monitors, states);
    // Databases from before secrets had a store keep passwords in URLs: they move now.
    m_credentials->moveUrlPasswords(result.monitors);
}

void MonitoringService::scrubDatabase(int attempt)
{
    // The password is gone from the monitors table; the write-ahead log still holds the old
    // page until it is checkpointed and cut, which a reader (the history writer) may hold up.
    constexpr int kAttempts = 30;
    constexpr int kAgainMs = 2000;
    m_store->run<bool>(
        this, [](StoreDatabase *database) { return database && MonitorStore(*database).scrub(); },
        [this, attempt](bool done) {
            if (!done && !m_stopping && attempt + 1 < kAttempts)
                QTimer::singleShot(kAgainMs, this, [this, attempt] { scrubDatabase(attempt + 1); });
            else if (!done && !m_stopping)
                emit secretProblem(QStringLiteral("the write-ahead log of %1 could not be cut: it "
                                                  "may hold a password moved out of a URL until "
                                                  "the next start")
                                       .arg(m_path));
        });
}

void MonitoringService::startWriter()
{
    m_writerThread = std::make_unique<OwnedThread>(QStringLiteral("upwatch-writer"));
    m_writer = m_writerThread->adopt(new HistoryWriter(m_path, m_retention, m_clock));
    if (m_agent)
        m_writer->setLocation(m_agent->config().location);
    connect(m_writerThread->thread(), &QThread::started, m_writer, &HistoryWriter::open);
    connect(m_writer, &HistoryWriter::opened, this, [this] { m_historyOpen = true; });
    connect(m_writer, &HistoryWriter::failed, this, &MonitoringService::onWriterFailed);
    connect(m_writer, &HistoryWriter::accountingChanged, this,
            &MonitoringService::onWriterAccounting);
    connect(m_writer, &HistoryWriter::resumed, this, &MonitoringService::historyResumed);
    // Queued, in the order the engine produced them; close() comes after the last.
    connect(this, &MonitoringService::resultsReady, m_writer, &HistoryWriter::append);
    m_writerThread->start();
}

void MonitoringService::onEngineResults(const ResultBatch &batch)
{
    if (m_removing.isEmpty()) {
        m_results += batch.results.size();
        emit resultsReady(batch);
        return;
    }
    // A monitor on its way out of the store: what it still reports would outlive it as history
    // no monitor owns, or alert for a monitor that is gone.
    ResultBatch kept;
    for (const CheckResult &result : batch.results) {
        if (!m_removing.contains(result.monitorId))
            kept.results.append(result);
    }
    for (const StateChange &change : batch.changes) {
        if (!m_removing.contains(change.monitorId))
            kept.changes.append(change);
    }
    if (kept.results.isEmpty() && kept.changes.isEmpty())
        return;
    m_results += kept.results.size();
    emit resultsReady(kept);
}

void MonitoringService::onWriterFailed(const QString &error)
{
    // The writer says each new cause once; the service says a failing store once, until it
    // works again.
    if (std::exchange(m_historyFailing, true))
        return;
    emit storeFailed(error);
}

void MonitoringService::onWriterAccounting(const WriterAccounting &accounting)
{
    m_accounting = accounting;
    if (accounting.failure.isEmpty())
        m_historyFailing = false;
    emit historyAccountingChanged(accounting);
}

void MonitoringService::syncNow()
{
    if (m_syncing || m_stopping)
        return;
    m_syncing = true;
    const qint64 known = m_revision;
    m_store->run<Synced>(
        this,
        [known](StoreDatabase *database) {
            Synced synced;
            if (!database)
                return synced;
            MonitorStore monitors(*database);
            const auto revision = monitors.revision();
            if (!revision || *revision == known)
                return synced;
            const auto all = monitors.all();
            if (!all)
                return synced;
            synced.monitors = *all;
            synced.revision = *revision;
            synced.changed = true;
            return synced;
        },
        [this](const Synced &synced) {
            m_syncing = false;
            if (!synced.changed || m_stopping)
                return;
            m_revision = synced.revision;
            const MonitorChanges changes = MonitorChanges::between(m_monitors, synced.monitors);
            for (const Monitor &monitor : changes.added)
                applyStored(monitor, true);
            for (const Monitor &monitor : changes.changed)
                applyStored(monitor, false);
            applyRemoved(changes.removed);
            refreshVoters();
        });
}

void MonitoringService::checkNow(const QList<qint64> &ids)
{
    if (m_stopping)
        return;
    for (const qint64 id : ids)
        m_engine->checkNow(id);
}

void MonitoringService::setRetention(const Retention &retention)
{
    m_retention = retention;
    if (m_writer && !m_closing) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, retention] { writer->setRetention(retention); });
    }
}

void MonitoringService::shutdown()
{
    if (std::exchange(m_stopping, true))
        return;
    m_syncTimer.stop();
    m_maintenance->stop();
    m_health->stop();
    if (m_agent) // the leases go back at once: the other agents take its monitors now
        m_agent->release([] {});
    if (!m_loaded) {
        finish(false);
        return;
    }
    // A worker stuck in a call must not keep monitoring from ending: close the writer anyway.
    disconnect(&m_stopTimer, nullptr, this, nullptr);
    connect(&m_stopTimer, &QTimer::timeout, this, &MonitoringService::closeWriter);
    m_stopTimer.start(kEngineStopWaitMs);
    m_engine->stop(); // stopped() -> closeWriter()
}

void MonitoringService::closeWriter()
{
    // Called by the engine's stopped() or by the stop timer, whichever comes first.
    if (!m_stopping || std::exchange(m_closing, true))
        return;
    m_stopTimer.stop();
    connect(m_writer, &HistoryWriter::closed, this, [this](const WriterAccounting &last) {
        m_accounting = last;
        m_writer = nullptr; // deleted as its thread ends
        finish(!m_writerThread->stop());
    });
    // Queued after the engine's last batch, so close() writes it.
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
    // A write the system never returns from (a hung disk) must not keep monitoring from ending.
    disconnect(&m_stopTimer, nullptr, this, nullptr);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        m_writerThread->stop(0); // marks it stuck: nobody waits for it again
        finish(true);
    });
    m_stopTimer.start(HistoryWriter::kCloseWaitMs);
}

void MonitoringService::finish(bool writerStuck)
{
    if (std::exchange(m_finished, true))
        return;
    m_stopTimer.stop();
    ServiceReport report;
    report.results = m_results;
    report.history = m_accounting;
    report.writerStuck = writerStuck;
    emit stopped(report);
}
