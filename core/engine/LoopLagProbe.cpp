#include "core/engine/LoopLagProbe.h"

#include <algorithm>
#include <utility>

LoopLagProbe::LoopLagProbe(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kPeriodMs);
    connect(&m_timer, &QTimer::timeout, this, &LoopLagProbe::onTimeout);
}

void LoopLagProbe::start()
{
    m_sinceLast.start();
    m_timer.start();
}

void LoopLagProbe::stop()
{
    m_timer.stop();
}

qint64 LoopLagProbe::takeMaxLagMs()
{
    return std::exchange(m_maxLagMs, 0);
}

void LoopLagProbe::onTimeout()
{
    const qint64 elapsed = m_sinceLast.restart();
    m_maxLagMs = std::max(m_maxLagMs, elapsed - kPeriodMs);
}
