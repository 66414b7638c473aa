#pragma once

#include "core/base/Clock.h"
#include "core/base/OwnedThread.h"
#include "core/engine/EngineWorker.h"
#include "core/engine/Scheduler.h"
#include "core/engine/StateTracker.h"
#include "core/model/Monitor.h"
#include "core/model/MonitorState.h"
#include "core/model/Quorum.h"
#include "core/model/ResultBatch.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <memory>
#include <vector>

struct EngineConfig {
    int workers = 0;        // 0: one per core
    int maxInFlight = 1000; // checks running at once, engine-wide
    int maxPerHost = 6;     // checks running at once per host:port (QNAM opens 6 per host)
};

// What the engine is doing right now, for the health monitor.
struct EngineSnapshot {
    int monitors = 0;
    int inFlight = 0;
    int waiting = 0;            // due but held back by the in-flight caps
    qint64 completed = 0;       // checks finished since start
    double neededPerSecond = 0; // Scheduler::neededPerSecond()
    Scheduler::Stats schedule;
    qint64 workerMaxLagMs = 0; // the worst worker lag reported since the last snapshot
    // Each worker's event-loop lag, by index: the worst of its last report (a second's worth),
    // or how long its next report is overdue when it is, since a blocked loop cannot report its
    // own lag. Empty before start().
    QList<qint64> workerLagMs;
    // Checks out at a worker for longer than their timeout plus Engine::kStuckGraceMs: the
    // prober's own deadline should have ended them, so their worker is stuck.
    int stuck = 0;
};

// Runs every monitor at its interval on N worker threads and turns results into states.
//
// Monitors are sharded over the workers by host:port, so one host's connections stay in one
// network manager. The engine itself holds the in-flight caps (engine-wide and per host): due
// checks wait here, in per-host queues served round-robin, never in QNAM's internal queue where
// their wait would count as response time. Results come back in batches; resultsReady() passes
// them on, with the state changes they caused, to the store and the UI.
//
// The engine lives in its owner's thread (the GUI thread in the window, the main thread of
// `upwatch run`) and only does bookkeeping there: it never waits on the network or the disk.
class Engine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    // How long past its timeout a check may stay out before it counts as stuck.
    static constexpr qint64 kStuckGraceMs = 30'000;
    // How late a worker's lag report may be before the delay counts as its lag.
    static constexpr qint64 kReportSlackMs = 250;

    Engine(const EngineConfig &config, std::shared_ptr<const Clock> clock,
           QObject *parent = nullptr);
    ~Engine() override;

    // Starts the worker threads and the schedule.
    void start();
    // Stops scheduling, has every worker send what it has and cancel the rest; stopped()
    // follows once all of them are done. Results that arrive after this are not reported.
    void stop();

    // Loads monitors at startup: first checks spread over each interval. `states` are the
    // states monitors were left in (from the store's open incidents). `firstDueInMs` gives
    // some their first check's delay instead (a monitor taken over from another agent goes on
    // at its schedule: an interval after that agent's last check).
    void setMonitors(const QList<Monitor> &monitors, const QHash<qint64, MonitorState> &states = {},
                     const QHash<qint64, qint64> &firstDueInMs = {});
    // Changes while running. A monitor added or resumed is checked at once; one that was a
    // voter (addVoter) becomes the engine's own, as setMonitors() makes it.
    void addMonitor(const Monitor &monitor);
    // Checks a monitor another engine owns, for its quorum (Monitor::locations): at its interval,
    // first at `firstDueInMs`, but as a vote only. Its results are marked Vote::Helper and
    // change no state here. removeMonitor() ends it; updateMonitor() keeps it a voter.
    void addVoter(const Monitor &monitor, qint64 firstDueInMs);
    [[nodiscard]] bool isVoter(qint64 id) const;
    void updateMonitor(const Monitor &monitor);
    void removeMonitor(qint64 id);
    void setPaused(qint64 id, bool paused);
    void checkNow(qint64 id);
    // The monitors inside a maintenance window now (every other one is outside): their state
    // becomes MAINTENANCE, their results are marked as made during maintenance. A monitor added
    // later that is in the set starts in it.
    void setMaintenance(const QSet<qint64> &ids);
    [[nodiscard]] const QSet<qint64> &maintenance() const { return m_maintenance; }
    // The secret of a monitor with a credential key, loaded from the SecretStore by the owner.
    // Such a monitor's checks wait until it is given; a failure to read it (setSecretFailure)
    // makes each check DOWN with reason `secret` and that message, without a request.
    void setSecret(qint64 id, const QByteArray &secret);
    void setSecretFailure(qint64 id, const QString &failure);
    // The other locations' newest votes on monitors this engine owns and checks from several
    // locations, by monitor: each of their checks is judged with them (Quorum::judge()). All of
    // them (setVotes(), read every few seconds), or those of monitors just taken over
    // (addVotes(), read with them, so that their first check here is judged with them).
    void setVotes(const QHash<qint64, QList<LocationVote>> &votes);
    void addVotes(const QHash<qint64, QList<LocationVote>> &votes);
    // The votes its next check is judged with.
    [[nodiscard]] QList<LocationVote> votes(qint64 id) const;
    // Where this engine checks from, as the quorum's messages name it (an agent's location).
    void setLocation(const QString &location) { m_location = location; }
    // Whether the monitor's checks wait for its secret.
    [[nodiscard]] bool waitsForSecret(qint64 id) const;

    [[nodiscard]] bool contains(qint64 id) const { return m_monitors.contains(id); }
    [[nodiscard]] QList<Monitor> monitors() const;
    [[nodiscard]] int monitorCount() const { return int(m_monitors.size()); }
    [[nodiscard]] MonitorState state(qint64 id) const { return m_states.state(id); }
    [[nodiscard]] QList<int> stateCounts() const { return m_states.counts(); }
    [[nodiscard]] int workerCount() const { return int(m_workers.size()); }
    [[nodiscard]] int inFlight() const { return m_inFlight; }
    // The schedule's counts since start, lateness included; unlike takeSnapshot() reading
    // them resets nothing.
    [[nodiscard]] const Scheduler::Stats &scheduleStats() const { return m_scheduler.stats(); }
    // Reading a snapshot resets its workerMaxLagMs.
    [[nodiscard]] EngineSnapshot takeSnapshot();

signals:
    void resultsReady(const ResultBatch &batch);
    void stopped();

private:
    // QTypeInfo<Tracked> below: the table of 100,000 monitors grows by moving bytes.
    template<typename>
    friend class QTypeInfo;
    enum class SecretState { NotNeeded, Waiting, Loaded, Failed };
    struct Tracked {
        Monitor monitor;
        QString hostKey;
        int worker = 0;
        quint64 generation = 0; // new for every add, so a removed monitor's result is told apart
        SecretState secretState = SecretState::NotNeeded;
        QByteArray secret;
        QString secretFailure;
        bool heldForSecret = false; // came due while waiting: runs once the secret is there
        bool voter = false;         // addVoter(): checked for another engine's quorum
    };
    struct Running {
        QString hostKey; // the host whose slot it holds
        quint64 generation = 0;
        qint64 stuckAfterMs = 0; // steady time: when sent, plus its timeout and kStuckGraceMs
    };
    struct WorkerLag {
        qint64 lastMs = 0;       // the worst lag of its last report
        qint64 reportedAtMs = 0; // steady time
    };
    struct HostQueue {
        std::deque<qint64> waiting;
        int running = 0;
        bool ready = false; // listed in m_readyHosts
    };

    [[nodiscard]] static QString hostKeyOf(const Monitor &monitor);
    void track(const Monitor &monitor, MonitorState initial, qint64 firstDelayMs,
               bool voter = false);
    void onTimer();
    void enqueueDue();
    void dispatch();
    void markReady(const QString &hostKey, HostQueue &host);
    void onReport(const WorkerReport &report);
    void onWorkerStopped();
    void armTimer();
    [[nodiscard]] QList<qint64> workerLags() const;
    [[nodiscard]] int stuckChecks() const;
    void emitChange(const std::optional<StateChange> &change);
    [[nodiscard]] CheckResult secretFailureResult(const Tracked &tracked) const;
    void applyResult(const Tracked &tracked, const CheckResult &result, ResultBatch &batch);

    EngineConfig m_config;
    std::shared_ptr<const Clock> m_clock;
    Scheduler m_scheduler;
    StateTracker m_states;
    QSet<qint64> m_maintenance;
    QHash<qint64, Tracked> m_monitors;
    QHash<qint64, QList<LocationVote>> m_votes;
    QString m_location;
    QHash<QString, HostQueue> m_hosts;
    std::deque<QString> m_readyHosts; // hosts with waiting checks and a free slot, round-robin
    QHash<qint64, Running> m_running; // checks out at the workers, by monitor id
    quint64 m_nextGeneration = 1;
    std::vector<std::unique_ptr<OwnedThread>> m_threads;
    QList<EngineWorker *> m_workers;
    QTimer m_timer;
    int m_inFlight = 0;
    int m_waiting = 0;
    qint64 m_completed = 0;
    qint64 m_workerMaxLagMs = 0;
    QList<WorkerLag> m_workerLags;
    int m_workersRunning = 0;
    bool m_active = false;   // scheduling (between start() and stop())
    bool m_stopping = false; // stop() called, workers still sending their last results
};

// A monitor and a few Qt values: movable in memory.
Q_DECLARE_TYPEINFO(Engine::Tracked, Q_RELOCATABLE_TYPE);
