#pragma once

#include "core/engine/Engine.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class LoopLagProbe;

// One second of engine health, as charted in the Health view.
struct HealthSample {
    QDateTime at;
    qint64 ownerLagMs = 0;  // the owner (GUI) thread's event-loop lag, worst in the second
    qint64 workerLagMs = 0; // the worst worker's
    int inFlight = 0;
    int waiting = 0;
    double checksPerSecond = 0;
    double neededPerSecond = 0; // what the monitors ask for (EngineSnapshot::neededPerSecond)
    // The engine cannot keep up: for kSaturatedAfter samples in a row checks waited for a slot
    // and more started late.
    bool saturated = false;
    qint64 lateChecks = 0;      // since start
    qint64 skippedChecks = 0;   // since start (Scheduler::Stats::skipped)
    int stuckChecks = 0;        // EngineSnapshot::stuck
    QList<qint64> workerLagsMs; // each worker's, by index (EngineSnapshot::workerLagMs)
    friend bool operator==(const HealthSample &, const HealthSample &) = default;
};

Q_DECLARE_METATYPE(HealthSample)

// Samples the engine and the event-loop lag of its own thread once a second into a ring buffer
// (ten minutes by default) for live charts. The engine is read through a function, so tests can
// feed numbers without one.
class HealthMonitor final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthMonitor)

public:
    static constexpr int kDefaultCapacity = 600;
    static constexpr int kSaturatedAfter = 5;

    using Source = std::function<EngineSnapshot()>;
    HealthMonitor(Source source, std::shared_ptr<const Clock> clock,
                  int capacity = kDefaultCapacity, QObject *parent = nullptr);

    void start(int periodMs = 1000);
    void stop();
    // Takes one sample now (the timer calls this every period).
    void sample();

    // Oldest first.
    [[nodiscard]] QList<HealthSample> samples() const;
    [[nodiscard]] int capacity() const { return int(m_ring.size()); }

signals:
    void sampled(const HealthSample &sample);

private:
    Source m_source;
    std::shared_ptr<const Clock> m_clock;
    LoopLagProbe *m_lag;
    QTimer m_timer;
    QList<HealthSample> m_ring;
    int m_next = 0;  // where the next sample goes
    int m_count = 0; // samples stored, up to capacity
    qint64 m_lastCompleted = -1;
    qint64 m_lastSampleMs = 0;
    qint64 m_lastLate = 0;
    int m_behindSamples = 0; // samples in a row with checks waiting and more of them late
};
