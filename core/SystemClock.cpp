#include "SystemClock.h"

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}
