#include "app/bench/BareLoop.h"

#include "app/bench/BareWorker.h"

#include <QThread>

BareLoop::BareLoop(const Options &options)
    : m_options(options)
{
    m_options.workers = std::max(1, m_options.workers);
}

BareLoop::~BareLoop()
{
    stop();
}

void BareLoop::start()
{
    if (!m_threads.empty())
        return;
    for (int i = 0; i < m_options.workers; ++i) {
        QList<QList<QUrl>> mine(m_options.urlsByHost.size());
        for (qsizetype host = i; host < m_options.urlsByHost.size(); host += m_options.workers)
            mine[host] = m_options.urlsByHost.at(host);
        auto thread = std::make_unique<OwnedThread>(QStringLiteral("upwatch-bare-%1").arg(i));
        m_counters.push_back(std::make_unique<BareCounters>());
        auto *worker = thread->adopt(new BareWorker(std::move(mine), m_options.perHost,
                                                    m_options.keyword, m_counters.back().get()));
        QObject::connect(thread->thread(), &QThread::started, worker, &BareWorker::start);
        thread->start();
        m_threads.push_back(std::move(thread));
    }
}

void BareLoop::stop()
{
    for (const auto &thread : m_threads)
        thread->quit();
    for (const auto &thread : m_threads)
        (void)thread->stop();
    m_threads.clear();
}

qint64 BareLoop::completed() const
{
    qint64 total = 0;
    for (const auto &counters : m_counters)
        total += counters->completed;
    return total;
}

qint64 BareLoop::failed() const
{
    qint64 total = 0;
    for (const auto &counters : m_counters)
        total += counters->failed;
    return total;
}

int BareLoop::inFlight() const
{
    int total = 0;
    for (const auto &counters : m_counters)
        total += counters->inFlight;
    return total;
}

std::vector<double> BareLoop::responseTimes() const
{
    std::vector<double> all;
    if (!m_threads.empty())
        return all; // still written by the workers
    for (const auto &counters : m_counters)
        all.insert(all.end(), counters->responseMs.cbegin(), counters->responseMs.cend());
    return all;
}
