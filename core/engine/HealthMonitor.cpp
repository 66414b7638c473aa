#include "core/engine/HealthMonitor.h"

#include "core/engine/LoopLagProbe.h"

#include <algorithm>

HealthMonitor::HealthMonitor(Source source, std::shared_ptr<const Clock> clock, int capacity,
                             QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_clock(std::move(clock))
    , m_lag(new LoopLagProbe(this))
    , m_timer(this)
    , m_ring(std::max(1, capacity))
{
    connect(&m_timer, &QTimer::timeout, this, &HealthMonitor::sample);
}

void HealthMonitor::start(int periodMs)
{
    m_lag->start();
    m_timer.start(periodMs);
}

void HealthMonitor::stop()
{
    m_timer.stop();
    m_lag->stop();
}

void HealthMonitor::sample()
{
    const EngineSnapshot snapshot = m_source();
    const qint64 nowMs = m_clock->steadyMs();
    HealthSample sample;
    sample.at = m_clock->nowUtc();
    sample.ownerLagMs = std::max<qint64>(0, m_lag->takeMaxLagMs());
    sample.workerLagMs = std::max<qint64>(0, snapshot.workerMaxLagMs);
    for (const qint64 lag : snapshot.workerLagMs) {
        sample.workerLagsMs.append(std::max<qint64>(0, lag));
        sample.workerLagMs = std::max(sample.workerLagMs, lag);
    }
    sample.inFlight = snapshot.inFlight;
    sample.waiting = snapshot.waiting;
    sample.lateChecks = snapshot.schedule.late;
    sample.skippedChecks = snapshot.schedule.skipped;
    sample.stuckChecks = snapshot.stuck;
    if (m_lastCompleted >= 0 && nowMs > m_lastSampleMs)
        sample.checksPerSecond =
            double(snapshot.completed - m_lastCompleted) * 1000.0 / double(nowMs - m_lastSampleMs);
    m_lastCompleted = snapshot.completed;
    m_lastSampleMs = nowMs;
    sample.neededPerSecond = snapshot.neededPerSecond;
    // One slow second is not saturation; checks waiting and late second after second are.
    const bool behind = snapshot.waiting > 0 && snapshot.schedule.late > m_lastLate;
    m_behindSamples = behind ? m_behindSamples + 1 : 0;
    m_lastLate = snapshot.schedule.late;
    sample.saturated = m_behindSamples >= kSaturatedAfter;

    m_ring[m_next] = sample;
    m_next = (m_next + 1) % int(m_ring.size());
    m_count = std::min(m_count + 1, int(m_ring.size()));
    emit sampled(sample);
}

QList<HealthSample> HealthMonitor::samples() const
{
    QList<HealthSample> ordered;
    ordered.reserve(m_count);
    const int size = int(m_ring.size());
    const int first = (m_next - m_count + size) % size;
    for (int i = 0; i < m_count; ++i)
        ordered.append(m_ring[(first + i) % size]);
    return ordered;
}
