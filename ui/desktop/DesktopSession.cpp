#include "ui/desktop/DesktopSession.h"

#include "core/engine/HealthMonitor.h"
#include "core/service/MonitorChanges.h"
#include "core/store/HistoryQueries.h"
#include "core/store/HistoryWriter.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"
#include "ui/table/MonitorTableModel.h"

#include <QLocale>
#include <QThread>

#include <cstdlib>
#include <utility>

namespace {

constexpr int kShutdownGraceMs = 10'000;

} // namespace

DesktopSession::DesktopSession(QString databasePath, const AppSettings &settings,
                               std::shared_ptr<const Clock> clock, const EngineConfig &config,
                               QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_settings(settings)
    , m_clock(std::move(clock))
    , m_store(new StoreThread(m_path, this))
    , m_engine(new Engine(config, m_clock, this))
    , m_health(new HealthMonitor([this] { return m_engine->takeSnapshot(); }, m_clock,
                                 HealthMonitor::kDefaultCapacity, this))
    , m_syncTimer(this)
    , m_uptimeTimer(this)
{
    connect(m_engine, &Engine::resultsReady, this, &DesktopSession::resultsReady);
    connect(m_engine, &Engine::stopped, this, &DesktopSession::finishShutdown);
    connect(&m_syncTimer, &QTimer::timeout, this, &DesktopSession::syncFromStore);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &DesktopSession::refreshUptime);
}

DesktopSession::~DesktopSession()
{
    if (m_writerThread) {
        // Normally shutdown() closed the writer already; this is the path for an abrupt end.
        QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writerThread;
    }
}

void DesktopSession::start()
{
    m_store->run<Loaded>(
        this,
        [this](StoreDatabase *database) {
            Loaded result;
            if (!database) {
                result.error = m_store->openError();
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
            return result;
        },
        [this](const Loaded &result) { onLoaded(result); });
}

void DesktopSession::onLoaded(const Loaded &result)
{
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
        return;
    }
    m_revision = result.revision;
    for (const Monitor &monitor : result.monitors)
        m_monitors.insert(monitor.id, monitor);
    startWriter();
    m_engine->setMonitors(result.monitors, result.states);
    m_engine->start();
    m_health->start();
    QHash<qint64, MonitorState> states;
    for (const Monitor &monitor : result.monitors)
        states.insert(monitor.id, m_engine->state(monitor.id));
    m_loaded = true;
    emit loaded(result.monitors, states);
    loadSummaries();
    m_syncTimer.start(kSyncEveryMs);
    m_uptimeTimer.start(kUptimeRefreshMs);
}

void DesktopSession::startWriter()
{
    m_writerThread = new QThread;
    m_writerThread->setObjectName(QStringLiteral("upwatch-writer"));
    m_writer = new HistoryWriter(m_path, m_settings.retention, m_clock);
    m_writer->moveToThread(m_writerThread);
    connect(m_writerThread, &QThread::started, m_writer, &HistoryWriter::open);
    connect(m_writerThread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &HistoryWriter::failed, this, &DesktopSession::storeFailed);
    connect(m_writer, &HistoryWriter::accountingChanged, this, &DesktopSession::onWriterAccounting);
    connect(m_writer, &HistoryWriter::resumed, this, &DesktopSession::historyResumed);
    connect(m_engine, &Engine::resultsReady, m_writer, &HistoryWriter::append);
    m_writerThread->start();
}

void DesktopSession::onWriterAccounting(const WriterAccounting &accounting)
{
    m_lastAccounting = accounting;
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
    const QList<qint64> ids = m_monitors.keys();
    const QDateTime now = m_clock->nowUtc();
    m_store->run<QHash<qint64, MonitorSummary>>(
        this,
        [ids, now](StoreDatabase *database) {
            if (!database)
                return QHash<qint64, MonitorSummary>();
            HistoryReader history(*database);
            return HistoryQueries(history).summaries(ids, now, MonitorTableModel::kHistoryLength);
        },
        [this](const QHash<qint64, MonitorSummary> &summaries) {
            emit summariesLoaded(summaries);
        });
}

void DesktopSession::refreshUptime()
{
    const QDateTime now = m_clock->nowUtc();
    m_store->run<std::optional<QHash<qint64, UptimeCounts>>>(
        this,
        [now](StoreDatabase *database) -> std::optional<QHash<qint64, UptimeCounts>> {
            if (!database)
                return std::nullopt;
            HistoryReader history(*database);
            return HistoryQueries(history).dayUptime(now);
        },
        [this](const std::optional<QHash<qint64, UptimeCounts>> &uptime) {
            if (uptime)
                emit uptimeRefreshed(*uptime);
        });
}

void DesktopSession::syncFromStore()
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
        });
}

void DesktopSession::saveMonitor(const Monitor &monitor, QObject *context, SaveDone done)
{
    struct Saved {
        std::optional<Monitor> monitor;
        QString error;
    };
    QPointer<QObject> guard(context);
    m_store->run<Saved>(
        this,
        [monitor](StoreDatabase *database) {
            Saved saved;
            if (!database) {
                saved.error = tr("The database is not open.");
                return saved;
            }
            MonitorStore store(*database);
            Monitor copy = monitor;
            const bool ok = copy.id == 0 ? store.add(copy) : store.update(copy);
            if (ok)
                saved.monitor = copy;
            else
                saved.error = store.lastError();
            return saved;
        },
        [this, guard, done = std::move(done), isNew = monitor.id == 0](const Saved &saved) {
            if (saved.monitor)
                applyStored(*saved.monitor, isNew);
            if (guard)
                done(saved.monitor, saved.error);
        });
}

void DesktopSession::applyStored(const Monitor &monitor, bool isNew)
{
    const bool known = m_monitors.contains(monitor.id);
    m_monitors.insert(monitor.id, monitor);
    if (m_stopping)
        return;
    if (isNew && !known) {
        m_engine->addMonitor(monitor);
        emit monitorAdded(monitor, m_engine->state(monitor.id));
    }
    else {
        m_engine->updateMonitor(monitor);
        emit monitorUpdated(monitor);
    }
}

void DesktopSession::applyRemoved(const QList<qint64> &ids)
{
    QList<qint64> removed;
    for (const qint64 id : ids) {
        if (m_monitors.remove(id) > 0) {
            m_engine->removeMonitor(id);
            removed.append(id);
        }
    }
    if (!removed.isEmpty())
        emit monitorsRemoved(removed);
}

void DesktopSession::removeMonitors(const QList<qint64> &ids)
{
    applyRemoved(ids);
    m_store->run<QString>(
        this,
        [ids](StoreDatabase *database) {
            if (!database)
                return tr("The database is not open.");
            MonitorStore store(*database);
            for (const qint64 id : ids) {
                if (!store.remove(id))
                    return store.lastError();
            }
            return QString();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                emit storeFailed(error);
        });
}

void DesktopSession::setPaused(const QList<qint64> &ids, bool paused)
{
    QList<qint64> changed;
    for (const qint64 id : ids) {
        auto found = m_monitors.find(id);
        if (found == m_monitors.end() || found->paused == paused)
            continue;
        found->paused = paused;
        m_engine->setPaused(id, paused);
        emit monitorUpdated(*found);
        changed.append(id);
    }
    if (changed.isEmpty())
        return;
    m_store->run<QString>(
        this,
        [changed, paused](StoreDatabase *database) {
            if (!database)
                return tr("The database is not open.");
            MonitorStore store(*database);
            if (!database->begin())
                return database->lastError();
            for (const qint64 id : changed) {
                if (!store.setPaused(id, paused)) {
                    database->rollback();
                    return store.lastError();
                }
            }
            return database->commit() ? QString() : database->lastError();
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                emit storeFailed(error);
        });
}

void DesktopSession::checkNow(const QList<qint64> &ids)
{
    for (const qint64 id : ids)
        m_engine->checkNow(id);
}

void DesktopSession::setRetention(const Retention &retention)
{
    m_settings.retention = retention;
    if (m_writer) {
        QMetaObject::invokeMethod(
            m_writer, [writer = m_writer, retention] { writer->setRetention(retention); });
    }
}

void DesktopSession::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_syncTimer.stop();
    m_uptimeTimer.stop();
    m_health->stop();
    if (!m_loaded) {
        finishShutdown();
        return;
    }
    // A stuck worker must not keep the app from quitting.
    QTimer::singleShot(kShutdownGraceMs, this, &DesktopSession::finishShutdown);
    m_engine->stop(); // stopped() -> finishShutdown()
}

void DesktopSession::finishShutdown()
{
    // Called by the engine's stopped() or by the grace timer, whichever comes first.
    if (std::exchange(m_finishing, true))
        return;
    if (!m_writerThread) {
        emit shutDown();
        return;
    }
    QThread *thread = m_writerThread;
    m_writerThread = nullptr;
    // Queued after the engine's last batch, so close() writes it.
    auto closed = std::make_shared<bool>(false);
    connect(m_writer, &HistoryWriter::closed, this,
            [this, thread, closed](const WriterAccounting &last) {
                *closed = true;
                if (last.notStored() > 0) {
                    qWarning("upwatch: %lld results could not be stored: %s", last.notStored(),
                             qUtf8Printable(last.failure));
                }
                thread->quit();
                thread->wait();
                delete thread;
                emit shutDown();
            });
    QMetaObject::invokeMethod(m_writer, &HistoryWriter::close, Qt::QueuedConnection);
    // A write the system never returns from (a hung disk) must not keep the app from quitting.
    QTimer::singleShot(HistoryWriter::kCloseWaitMs, this, [this, closed] {
        if (*closed)
            return;
        qWarning("upwatch: the history writer did not finish within %d s; the results it still "
                 "held (%lld known) are not stored",
                 HistoryWriter::kCloseWaitMs / 1000, m_lastAccounting.notStored());
        // As `upwatch run` does: ending normally while the writer's thread is inside SQLite
        // would crash. SQLite rolls the unfinished transaction back at the next open.
        std::_Exit(1);
    });
}
