#pragma once

#include "Clock.h"

// The real wall clock, in UTC.
class SystemClock final : public Clock {
public:
    [[nodiscard]] QDateTime nowUtc() const override;
};
