#include "core/base/SystemClock.h"

SystemClock::SystemClock()
{
    m_steady.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::steadyMs() const
{
    return m_steady.elapsed();
}
