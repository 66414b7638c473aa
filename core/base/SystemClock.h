#pragma once

#include "core/base/Clock.h"

#include <QElapsedTimer>

// The real clocks: wall time in UTC and a monotonic clock.
class SystemClock final : public Clock {
public:
    SystemClock();
    [[nodiscard]] QDateTime nowUtc() const override;
    [[nodiscard]] qint64 steadyMs() const override;

private:
    QElapsedTimer m_steady;
};
