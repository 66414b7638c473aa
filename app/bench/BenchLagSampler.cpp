#include "app/bench/BenchLagSampler.h"

#include <algorithm>

BenchLagSampler::BenchLagSampler(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kPeriodMs);
    connect(&m_timer, &QTimer::timeout, this, &BenchLagSampler::onTimeout);
}

void BenchLagSampler::start()
{
    m_lags.clear();
    m_sinceLast.start();
    m_timer.start();
}

void BenchLagSampler::stop()
{
    m_timer.stop();
}

void BenchLagSampler::onTimeout()
{
    const double elapsedMs = double(m_sinceLast.nsecsElapsed()) / 1e6;
    m_sinceLast.restart();
    m_lags.push_back(std::max(0.0, elapsedMs - kPeriodMs));
}
