#pragma once

#include <QDateTime>

// Where wall-clock time comes from. Code that needs "now" takes a Clock so tests can set it.
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime nowUtc() const = 0;
};
