#include "app/bench/LagRecorder.h"

#include <algorithm>

LagRecorder::LagRecorder(int periodMs, QObject *parent)
    : QObject(parent)
    , m_periodMs(std::max(1, periodMs))
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_periodMs);
    connect(&m_timer, &QTimer::timeout, this, &LagRecorder::onTimeout);
}

void LagRecorder::start()
{
    m_lagsMs.clear();
    m_sinceLast.start();
    m_timer.start();
}

void LagRecorder::stop()
{
    m_timer.stop();
}

std::vector<double> LagRecorder::take()
{
    return std::exchange(m_lagsMs, {});
}

void LagRecorder::onTimeout()
{
    const double elapsedMs = double(m_sinceLast.nsecsElapsed()) / 1e6;
    m_sinceLast.start();
    if (m_lagsMs.size() < kMaxSamples)
        m_lagsMs.push_back(std::max(0.0, elapsedMs - m_periodMs));
}
