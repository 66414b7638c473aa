#include "core/service/MaintenancePlanner.h"

#include "core/service/MonitoringService.h"
#include "core/store/MaintenanceStore.h"
#include "core/store/RevisionRead.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <QPointer>

#include <algorithm>

namespace {

using Read = RevisionRead<QList<MaintenanceWindow>>;

QString notOpen()
{
    return QStringLiteral("the database is not open");
}

} // namespace

MaintenancePlanner::MaintenancePlanner(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    qRegisterMetaType<MaintenanceWindow>();
    qRegisterMetaType<QList<MaintenanceWindow>>();
    m_syncTimer.setInterval(kSyncEveryMs);
    m_changeTimer.setSingleShot(true);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] { sync(false); });
    connect(&m_changeTimer, &QTimer::timeout, this, &MaintenancePlanner::evaluate);
    // A new monitor, or one whose tags changed, may be inside a window.
    connect(&m_service, &MonitoringService::monitorAdded, this, [this] { evaluate(); });
    connect(&m_service, &MonitoringService::monitorUpdated, this, [this] { evaluate(); });
}

void MaintenancePlanner::start(const std::optional<QList<MaintenanceWindow>> &windows,
                               qint64 revision)
{
    if (m_stopped || m_syncTimer.isActive())
        return;
    if (windows) {
        m_revision = revision;
        setWindows(*windows);
    }
    else {
        sync(true);
    }
    m_syncTimer.start();
}

void MaintenancePlanner::stop()
{
    m_stopped = true;
    m_syncTimer.stop();
    m_changeTimer.stop();
}

QList<MaintenanceWindow> MaintenancePlanner::openFor(qint64 monitorId, const QDateTime &at) const
{
    QList<MaintenanceWindow> open;
    const auto monitor = m_service.monitors().constFind(monitorId);
    if (monitor == m_service.monitors().cend())
        return open;
    for (const MaintenanceWindow &window : m_windows) {
        if (window.covers(*monitor) && window.isActiveAt(at))
            open.append(window);
    }
    return open;
}

void MaintenancePlanner::save(const MaintenanceWindow &window, QObject *context, SaveDone done)
{
    QPointer<QObject> guard(context);
    m_service.store().run<std::pair<std::optional<MaintenanceWindow>, QString>>(
        this,
        [window](StoreDatabase *database) -> std::pair<std::optional<MaintenanceWindow>, QString> {
            if (!database)
                return {std::nullopt, notOpen()};
            MaintenanceStore store(*database);
            MaintenanceWindow saved = window;
            const bool ok = saved.id == 0 ? store.add(saved) : store.update(saved);
            if (!ok)
                return {std::nullopt, store.lastError()};
            return {store.byId(saved.id).value_or(saved), QString()};
        },
        [this, guard, done](const std::pair<std::optional<MaintenanceWindow>, QString> &answer) {
            if (answer.first)
                sync(false); // applies it now rather than at the next tick
            if (guard)
                done(answer.first, answer.second);
        });
}

void MaintenancePlanner::remove(qint64 id, QObject *context,
                                std::function<void(const QString &error)> done)
{
    QPointer<QObject> guard(context);
    m_service.store().run<QString>(
        this,
        [id](StoreDatabase *database) {
            if (!database)
                return notOpen();
            MaintenanceStore store(*database);
            return store.remove(id) ? QString() : store.lastError();
        },
        [this, guard, done](const QString &error) {
            if (error.isEmpty())
                sync(false);
            if (guard)
                done(error);
        });
}

void MaintenancePlanner::evaluate()
{
    if (!m_loaded || m_stopped || m_service.isStopping())
        return;
    const QDateTime now = m_service.clock()->nowUtc();
    QSet<qint64> active;
    QList<const MaintenanceWindow *> open;
    for (const MaintenanceWindow &window : m_windows) {
        if (window.isActiveAt(now))
            open.append(&window);
    }
    if (!open.isEmpty()) {
        for (const Monitor &monitor : m_service.monitors()) {
            const bool covered = std::any_of(open.cbegin(), open.cend(),
                                             [&](const auto *w) { return w->covers(monitor); });
            if (covered)
                active.insert(monitor.id);
        }
    }
    if (active != m_active || active != m_service.engine().maintenance()) {
        m_active = active;
        m_service.engine().setMaintenance(active);
    }
    // Wake at the next window change, and at least every kLongestWaitMs.
    qint64 waitMs = kLongestWaitMs;
    for (const MaintenanceWindow &window : m_windows) {
        const QDateTime next = window.nextChange(now);
        if (next.isValid())
            waitMs = std::min(waitMs, std::max<qint64>(0, now.msecsTo(next)));
    }
    m_changeTimer.start(int(waitMs));
}

void MaintenancePlanner::sync(bool force)
{
    if (m_syncing || m_stopped)
        return;
    m_syncing = true;
    const qint64 known = force ? -1 : m_revision;
    m_service.store().run<Read>(
        this,
        [known](StoreDatabase *database) {
            return readIfChanged<MaintenanceStore>(
                database, notOpen(), known, [](MaintenanceStore &store) { return store.all(); });
        },
        [this](const Read &read) {
            m_syncing = false;
            if (m_stopped)
                return;
            if (!read.error.isEmpty()) {
                if (!std::exchange(m_failing, true))
                    emit failed(
                        QStringLiteral("cannot read the maintenance windows: %1").arg(read.error));
                return;
            }
            m_failing = false;
            m_revision = read.revision;
            if (read.value)
                setWindows(*read.value);
        });
}

void MaintenancePlanner::setWindows(const QList<MaintenanceWindow> &windows)
{
    const bool changed = !m_loaded || windows != m_windows;
    m_windows = windows;
    m_loaded = true;
    evaluate();
    if (changed)
        emit windowsChanged(m_windows);
}
