#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class MonitoringService;

// Opens and closes maintenance windows while monitoring runs: it keeps the windows stored in the
// database (in sync with edits made by other processes, `upwatch maintenance ...`, within
// kSyncEveryMs), works out which monitors are inside an open window (by id or tag), and tells the
// engine, at each window's start and end and whenever windows or monitors change. The engine then
// shows those monitors as MAINTENANCE and marks their checks. Owned by the MonitoringService.
class MaintenancePlanner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MaintenancePlanner)

public:
    static constexpr int kSyncEveryMs = 2000;
    // Even with no window about to change, the schedule is looked at this often (a clock set
    // forward, a time-zone change).
    static constexpr int kLongestWaitMs = 60'000;

    explicit MaintenancePlanner(MonitoringService &service, QObject *parent = nullptr);

    // Applies the windows read with the monitors (nullopt: they could not be read; they are
    // read again), then follows them. The service calls it once loaded, before checks start.
    void start(const std::optional<QList<MaintenanceWindow>> &windows, qint64 revision);
    void stop();
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    [[nodiscard]] const QList<MaintenanceWindow> &windows() const { return m_windows; }
    // The windows open for this monitor at `at`.
    [[nodiscard]] QList<MaintenanceWindow> openFor(qint64 monitorId, const QDateTime &at) const;
    // The monitors inside an open window, as last applied.
    [[nodiscard]] const QSet<qint64> &active() const { return m_active; }

    // Adds (id 0) or changes a window; done(saved, error) in this thread unless `context` is
    // gone.
    using SaveDone =
        std::function<void(const std::optional<MaintenanceWindow> &saved, const QString &error)>;
    void save(const MaintenanceWindow &window, QObject *context, SaveDone done);
    void remove(qint64 id, QObject *context, std::function<void(const QString &error)> done);

    // Works out the open windows now and tells the engine (the timer calls it; tests with a fake
    // clock too).
    void evaluate();

signals:
    void windowsChanged(const QList<MaintenanceWindow> &windows);
    // Reading the windows failed: one sentence, once until reading works again.
    void failed(const QString &message);

private:
    void sync(bool force);
    void setWindows(const QList<MaintenanceWindow> &windows);

    MonitoringService &m_service;
    QList<MaintenanceWindow> m_windows;
    QSet<qint64> m_active;
    QTimer m_syncTimer;
    QTimer m_changeTimer;
    qint64 m_revision = -1;
    bool m_loaded = false;
    bool m_syncing = false;
    bool m_failing = false;
    bool m_stopped = false;
};
