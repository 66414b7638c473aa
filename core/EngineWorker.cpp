#include "EngineWorker.h"

#include "LoopLagProbe.h"
#include "Prober.h"

EngineWorker::EngineWorker(int index, std::shared_ptr<const Clock> clock)
    : m_index(index)
    , m_clock(std::move(clock))
{
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start()
{
    // Children are created here, in the worker's thread, so they live in it.
    m_prober = new Prober(m_clock, this);
    connect(m_prober, &Prober::checkFinished, this, &EngineWorker::onFinished);
    m_lag = new LoopLagProbe(this);
    m_lag->start();
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(kBatchMs);
    connect(m_batchTimer, &QTimer::timeout, this, &EngineWorker::sendBatch);
    m_batchTimer->start();
    m_lastLagReportMs = m_clock->steadyMs();
}

void EngineWorker::runChecks(const QList<Monitor> &monitors)
{
    if (!m_prober)
        return;
    for (const Monitor &monitor : monitors)
        m_prober->check(monitor);
}

void EngineWorker::stop()
{
    if (m_prober) {
        sendBatch();
        m_prober->cancelAll();
        m_batchTimer->stop();
        m_lag->stop();
    }
    emit stopped(m_index);
}

void EngineWorker::onFinished(const CheckResult &result)
{
    m_batch.append(result);
}

void EngineWorker::sendBatch()
{
    WorkerReport report;
    report.worker = m_index;
    const qint64 now = m_clock->steadyMs();
    if (now - m_lastLagReportMs >= kLagReportMs) {
        report.maxLagMs = m_lag->takeMaxLagMs();
        m_lastLagReportMs = now;
    }
    if (m_batch.isEmpty() && report.maxLagMs < 0)
        return;
    report.results = std::exchange(m_batch, {});
    emit this->report(report);
}
