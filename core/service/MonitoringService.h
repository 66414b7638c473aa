#pragma once

#include "core/base/Clock.h"
#include "core/engine/Engine.h"
#include "core/engine/HealthMonitor.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/ResultBatch.h"
#include "core/service/AgentLeases.h"
#include "core/store/HistoryValues.h"
#include "core/store/Retention.h"
#include "core/store/WriterAccounting.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class HistoryWriter;
class LiveFeed;
class StoreDatabase;
class MaintenancePlanner;
class OwnedThread;
class CredentialSaver;
class SecretLoader;
class SecretStore;
class StoreThread;

// How monitoring ended: what the engine produced and where it went.
struct ServiceReport {
    qint64 results = 0;       // results the engine produced since start
    WriterAccounting history; // what the history writer did with them, as last known
    // The writer did not close within HistoryWriter::kCloseWaitMs: it is stuck in a write that
    // does not return (a hung disk) and its thread still runs. The owner must end the process
    // without the normal exit (std::_Exit): a normal exit would crash under that thread.
    bool writerStuck = false;

    // Results that are not in the database and never will be.
    [[nodiscard]] qint64 lost() const { return results - history.stored; }
    // Why they are not, in a few words.
    [[nodiscard]] QString whyLost() const;
};

Q_DECLARE_METATYPE(ServiceReport)

// The one object that runs monitoring, under the window and `upwatch run` alike: the engine and
// its health monitor, the history writer in a thread of its own, a store thread for reads and
// monitor edits, the startup load (monitors and the states they were left in), sync with edits
// made by other processes (`upwatch monitor ...`, within kSyncEveryMs), retention and a two-phase
// shutdown that writes every result.
//
// Edits reach the store first and the engine only once stored, for add, change, pause and
// removal alike, so the engine never runs what the database does not hold. Listeners (the
// window, the command line, later metrics and alert channels) attach to its signals.
class MonitoringService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringService)

public:
    static constexpr int kSyncEveryMs = 2000;
    // How long shutdown waits for the engine's workers to hand in their last results.
    static constexpr int kEngineStopWaitMs = 10'000;

    MonitoringService(QString databasePath, std::shared_ptr<const Clock> clock,
                      const EngineConfig &config = {}, const Retention &retention = {},
                      QObject *parent = nullptr);
    ~MonitoringService() override;

    // Opens the database in the store thread and loads the monitors: loaded() or loadFailed()
    // follows. On loaded() the engine, the writer and the health monitor run.
    void start();
    // Stops the engine, writes every result it produced and closes the writer; stopped()
    // follows (at once when start() never loaded).
    void shutdown();

    [[nodiscard]] Engine &engine() { return *m_engine; }
    [[nodiscard]] HealthMonitor &health() { return *m_health; }
    [[nodiscard]] StoreThread &store() { return *m_store; }
    [[nodiscard]] MaintenancePlanner &maintenance() { return *m_maintenance; }
    [[nodiscard]] const std::shared_ptr<const Clock> &clock() const { return m_clock; }
    [[nodiscard]] const QString &databasePath() const { return m_path; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isStopping() const { return m_stopping; }
    // The history writer opened the database: results can be stored.
    [[nodiscard]] bool isHistoryOpen() const { return m_historyOpen; }
    // The monitors as stored, by id.
    [[nodiscard]] const QHash<qint64, Monitor> &monitors() const { return m_monitors; }
    [[nodiscard]] qint64 resultCount() const { return m_results; }

    // Adds (id 0) or changes a monitor. done(saved, error) is called in this thread unless
    // `context` is gone: the stored monitor, or nullopt and a sentence saying why not.
    using SaveDone = std::function<void(const std::optional<Monitor> &saved, const QString &error)>;
    void saveMonitor(const Monitor &monitor, QObject *context, SaveDone done);
    // The same with a secret the user typed (nullopt: keep the stored one). The secret goes to
    // the SecretStore first, the monitor to the database after; a password in the URL moves to
    // the SecretStore too (see CredentialPlan). A secret no longer used is deleted once stored.
    void saveMonitor(const Monitor &monitor, std::optional<QByteArray> newSecret, QObject *context,
                     SaveDone done);
    // Makes this service one of several agents sharing the database (config.isAgent()): it then
    // checks only the monitors of the shards it leases (AgentLeases). Or an observer
    // (config.observer): it checks the monitors no agent leases, and reports what the agents
    // find for the others (observedResults()). Set before start().
    void setAgent(const AgentConfig &config);
    // Null unless setAgent() made it an agent or an observer.
    [[nodiscard]] const AgentLeases *agent() const { return m_agent; }
    // Where monitors' secrets are read from and written to; not owned. Set before start().
    void setSecretStore(SecretStore *store);
    [[nodiscard]] SecretStore *secretStore() const;
    // Removes the monitors and their history; monitorsRemoved() once stored, else storeFailed().
    void removeMonitors(const QList<qint64> &ids);
    // Pauses or resumes; monitorUpdated() for each once stored, else storeFailed().
    void setPaused(const QList<qint64> &ids, bool paused);
    void checkNow(const QList<qint64> &ids);
    void setRetention(const Retention &retention);
    // Rereads the monitors now if another writer (a mute, another process) changed them,
    // rather than within kSyncEveryMs.
    void syncNow();

signals:
    void loaded(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states);
    void loadFailed(const QString &error);
    // Every result, with the state changes it caused, as the engine hands them over.
    void resultsReady(const ResultBatch &batch);
    // An observer's (or an agent's that follows the others): results and state changes of the
    // monitors other agents check, as read back from the database (LiveFeed). Not this
    // engine's: they are stored and alerted by their agents.
    void observedResults(const ResultBatch &batch);
    void monitorAdded(const Monitor &monitor, MonitorState state);
    void monitorUpdated(const Monitor &monitor);
    void monitorsRemoved(const QList<qint64> &ids);
    void healthSampled(const HealthSample &sample);
    // Writing history or a monitor edit failed: one sentence. A history failure is reported
    // once, not at every retry, until writing works again (historyResumed()).
    void storeFailed(const QString &error);
    // Where the results handed to the writer are (stored, pending, dropped), when that changes.
    void historyAccountingChanged(const WriterAccounting &accounting);
    // Writing history works again after failures: one sentence saying what was lost.
    void historyResumed(const QString &message);
    void stopped(const ServiceReport &report);
    // A secret could not be read or moved out of a URL: one sentence, for a log line or the
    // status bar (checks of that monitor say it too, as reason `secret`).
    void secretProblem(const QString &message);

private:
    struct Loaded;
    struct Synced;

    void onLoaded(const Loaded &result);
    // The engine checks the monitor here: always, unless an agent or observer whose shards
    // leave it out.
    [[nodiscard]] bool checksHere(qint64 id) const { return !m_agent || m_agent->holds(id); }
    void onShardsChanged(const QSet<int> &gained, const QSet<int> &lost);
    // An agent's votes on other agents' monitors checked from several locations
    // (VoterPlan), after a change of agents, owners or monitors: the engine runs them as voters.
    void refreshVoters();
    // The engine stops checking it as a voter (the caller takes it out of m_voters).
    void dropVoter(qint64 id);
    // The other locations' votes on the monitors this agent owns and checks from several
    // locations, read for the engine's quorum (every kSyncEveryMs).
    void pollVotes();
    // Whether the engine checks the monitor as its owner from one of several locations.
    [[nodiscard]] bool ownsQuorum(const Monitor &monitor) const;
    // Of the votes read, those on monitors owned here now (ownsQuorum()).
    [[nodiscard]] QHash<qint64, QList<LocationVote>>
    ownVotes(const QHash<qint64, QList<LocationVote>> &votes) const;
    // The shared part of the load (an observer, or an agent that follows the others): the
    // shards agents lease, and their monitors' live states.
    static bool loadShared(StoreDatabase &database, qint64 nowMs, QList<int> *leased,
                           QHash<qint64, LiveState> *live);
    // Follows the monitors agents check (LiveFeed), from their live states: `states` (the
    // loaded() ones) get those states.
    void followShared(const QList<Monitor> &monitors, const QHash<qint64, LiveState> &live,
                      QHash<qint64, MonitorState> &states);
    void onEngineResults(const ResultBatch &batch);
    void startWriter();
    void applyStored(const Monitor &monitor, bool isNew);
    void storeMonitor(const Monitor &monitor, QObject *context, SaveDone done);
    void scrubDatabase(int attempt);
    void removeFromStore(const QList<qint64> &ids);
    void applyRemoved(const QList<qint64> &ids);
    void applyPaused(const QList<qint64> &ids, bool paused);
    void onWriterFailed(const QString &error);
    void onWriterAccounting(const WriterAccounting &accounting);
    void closeWriter();
    void finish(bool writerStuck);

    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    Retention m_retention;
    StoreThread *m_store;
    Engine *m_engine;
    HealthMonitor *m_health;
    SecretLoader *m_secrets;
    CredentialSaver *m_credentials;
    MaintenancePlanner *m_maintenance;
    AgentLeases *m_agent = nullptr;
    LiveFeed *m_feed = nullptr; // an observer's, or an agent's that follows the others
    std::unique_ptr<OwnedThread> m_writerThread;
    HistoryWriter *m_writer = nullptr; // lives in m_writerThread; null once closed
    WriterAccounting m_accounting;
    QTimer m_syncTimer;
    QTimer m_stopTimer; // the bounded waits of shutdown
    QHash<qint64, Monitor> m_monitors;
    QSet<qint64> m_removing; // removals sent to the store, not answered yet
    QSet<qint64> m_voters;   // monitors the engine checks for other agents' quorums
    LeaseStore::Peers m_peers;
    bool m_readingVotes = false;
    qint64 m_revision = -1;
    qint64 m_results = 0;
    bool m_syncing = false;
    bool m_loaded = false;
    bool m_historyOpen = false;
    bool m_historyFailing = false;
    bool m_stopping = false;
    bool m_closing = false;  // the writer was asked to close
    bool m_finished = false; // stopped() was emitted
};
