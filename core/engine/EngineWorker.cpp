#include "core/engine/EngineWorker.h"

#include "core/check/Prober.h"
#include "core/engine/LoopLagProbe.h"

EngineWorker::EngineWorker(int index, int workers, std::shared_ptr<const Clock> clock)
    : m_index(index)
    , m_workers(workers)
    , m_clock(std::move(clock))
{
}

EngineWorker::~EngineWorker() = default;

void EngineWorker::start()
{
    // Children are created here, in the worker's thread, so they live in it.
    m_prober = new Prober(m_clock, this);
    m_prober->setResolverLimits(HostResolver::Limits{}.sharedBy(m_workers));
    connect(m_prober, &Prober::checkFinished, this, &EngineWorker::onFinished);
    m_lag = new LoopLagProbe(this);
    m_lag->start();
    // A zero-delay single shot sends, in one batch, every result that finished in the same pass
    // of the event loop: under load batches grow by themselves, and when idle a result (and the
    // engine's per-host slot it holds) goes back at once.
    m_batchTimer = new QTimer(this);
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(0);
    connect(m_batchTimer, &QTimer::timeout, this, &EngineWorker::sendBatch);
    m_lagTimer = new QTimer(this);
    m_lagTimer->setInterval(kLagReportMs);
    connect(m_lagTimer, &QTimer::timeout, this, &EngineWorker::sendLag);
    m_lagTimer->start();
}

void EngineWorker::runChecks(const QList<CheckOrder> &orders)
{
    if (!m_prober)
        return;
    for (const CheckOrder &order : orders)
        m_prober->check(order.monitor, order.secret);
}

void EngineWorker::stop()
{
    if (m_prober) {
        sendBatch();
        m_prober->cancelAll();
        m_batchTimer->stop();
        m_lagTimer->stop();
        m_lag->stop();
    }
    emit stopped(m_index);
}

void EngineWorker::onFinished(const CheckResult &result)
{
    m_batch.append(result);
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void EngineWorker::sendBatch()
{
    if (m_batch.isEmpty())
        return;
    WorkerReport report;
    report.worker = m_index;
    report.results = std::exchange(m_batch, {});
    emit this->report(report);
}

void EngineWorker::sendLag()
{
    WorkerReport report;
    report.worker = m_index;
    report.maxLagMs = m_lag->takeMaxLagMs();
    emit this->report(report);
}
