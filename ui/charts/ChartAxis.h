#pragma once

#include <QString>
#include <QtGlobal>

// A value axis from 0 that ends on a round number: `tickCount` ticks at multiples of `step`.
struct NiceAxis {
    double max = 0;
    double step = 0;
    int tickCount = 0;
    friend bool operator==(const NiceAxis &, const NiceAxis &) = default;
};

// How the response-time and health charts label their axes.
namespace ChartAxis {
// An axis from 0 up to at least `value` with at most five steps of 1, 2 or 5 times a power of
// ten; at least 10, and 100 when value is not positive.
[[nodiscard]] NiceAxis niceAxis(double value);
// The QDateTime format for time labels on an axis spanning `spanMs`.
[[nodiscard]] QString timeFormat(qint64 spanMs);
} // namespace ChartAxis
