#pragma once

#include <QDateTime>

// Where time comes from. Code that needs "now" takes a Clock so tests can set it.
class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time, for timestamps people read and store.
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
    // Milliseconds on a clock that never jumps (for schedules and deadlines). Its zero is
    // arbitrary; only differences mean something.
    [[nodiscard]] virtual qint64 steadyMs() const = 0;
};
