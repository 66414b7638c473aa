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
// The QDateTime format for time labels on an axis spanning `spanMs` (seconds when it is
// ten minutes or less).
[[nodiscard]] QString timeFormat(qint64 spanMs);

// A young monitor's chart: its first check at `firstMs` came after the range's start `fromMs`.
// The axis then starts a little before the first check (a twentieth of the time since, at
// least kMinPaddingMs) and spans at least kMinSpanMs up to `toMs`, never before `fromMs`.
// Otherwise it starts at `fromMs`.
inline constexpr qint64 kMinPaddingMs = 10 * 1000;
inline constexpr qint64 kMinSpanMs = 2 * 60 * 1000;
[[nodiscard]] qint64 axisStart(qint64 fromMs, qint64 toMs, qint64 firstMs);
} // namespace ChartAxis
