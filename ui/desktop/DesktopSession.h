#pragma once

#include "core/base/Clock.h"
#include "core/engine/Engine.h"
#include "core/engine/ResultBatch.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/store/HistoryReader.h"
#include "core/store/MonitorSummary.h"
#include "core/store/WriterAccounting.h"
#include "ui/desktop/AppSettings.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class HealthMonitor;
class HistoryWriter;
class QThread;
class StoreThread;

// Everything the desktop app runs behind its window: the engine, the history writer thread and
// a store thread for reads and monitor edits, so the GUI thread never waits on the network or
// the disk. Monitor edits go to the store first and reach the engine once stored. Changes made
// by other processes (`upwatch monitor ...`) are picked up within seconds.
class DesktopSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopSession)

public:
    static constexpr int kSyncEveryMs = 2000;
    static constexpr int kUptimeRefreshMs = 5 * 60 * 1000;

    DesktopSession(QString databasePath, const AppSettings &settings,
                   std::shared_ptr<const Clock> clock, const EngineConfig &config = {},
                   QObject *parent = nullptr);
    ~DesktopSession() override;

    // Opens the database and loads the monitors: loaded() or loadFailed() follows, then
    // summariesLoaded() once the history for the table has been read.
    void start();
    // Stops the engine and writes every result; shutDown() follows.
    void shutdown();

    [[nodiscard]] Engine &engine() { return *m_engine; }
    [[nodiscard]] HealthMonitor &health() { return *m_health; }
    [[nodiscard]] StoreThread &store() { return *m_store; }
    [[nodiscard]] const std::shared_ptr<const Clock> &clock() const { return m_clock; }
    [[nodiscard]] const QString &databasePath() const { return m_path; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }

    // Adds (id 0) or changes a monitor. done(saved, error) is called in this thread unless
    // `context` is gone: the stored monitor, or nullopt and a sentence saying why not.
    using SaveDone = std::function<void(const std::optional<Monitor> &saved, const QString &error)>;
    void saveMonitor(const Monitor &monitor, QObject *context, SaveDone done);
    void removeMonitors(const QList<qint64> &ids);
    void setPaused(const QList<qint64> &ids, bool paused);
    void checkNow(const QList<qint64> &ids);
    [[nodiscard]] QList<qint64> monitorIds() const { return m_monitors.keys(); }

    void setRetention(const Retention &retention);

signals:
    void loaded(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states);
    void loadFailed(const QString &error);
    void summariesLoaded(const QHash<qint64, MonitorSummary> &summaries);
    void uptimeRefreshed(const QHash<qint64, UptimeCounts> &uptime);
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
    void shutDown();

private:
    struct Loaded {
        QList<Monitor> monitors;
        QHash<qint64, MonitorState> states;
        qint64 revision = -1;
        QString error;
    };
    struct Synced {
        QList<Monitor> monitors;
        qint64 revision = -1;
        bool changed = false;
    };

    void onLoaded(const Loaded &result);
    void loadSummaries();
    void refreshUptime();
    void syncFromStore();
    void applyStored(const Monitor &monitor, bool isNew);
    void applyRemoved(const QList<qint64> &ids);
    void startWriter();
    void onWriterAccounting(const WriterAccounting &accounting);
    void finishShutdown();

    QString m_path;
    AppSettings m_settings;
    std::shared_ptr<const Clock> m_clock;
    StoreThread *m_store;
    Engine *m_engine;
    HealthMonitor *m_health;
    QThread *m_writerThread = nullptr;
    HistoryWriter *m_writer = nullptr;
    WriterAccounting m_lastAccounting;
    QTimer m_syncTimer;
    QTimer m_uptimeTimer;
    QHash<qint64, Monitor> m_monitors;
    qint64 m_revision = -1;
    bool m_syncing = false;
    bool m_loaded = false;
    bool m_stopping = false;
    bool m_finishing = false; // finishShutdown() ran
    bool m_historyFailing = false;
};
