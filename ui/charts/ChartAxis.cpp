#include "ui/charts/ChartAxis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace ChartAxis {

NiceAxis niceAxis(double value)
{
    if (!(value > 0))
        value = 100;
    value = std::max(value, 10.0);
    constexpr int kMaxSteps = 5;
    double magnitude = std::pow(10.0, std::floor(std::log10(value / kMaxSteps)));
    for (;;) {
        for (const double factor : std::array{1.0, 2.0, 5.0}) {
            const double step = factor * magnitude;
            const double steps = std::ceil(value / step - 1e-9);
            if (steps <= kMaxSteps)
                return {steps * step, step, int(steps) + 1};
        }
        magnitude *= 10;
    }
}

QString timeFormat(qint64 spanMs)
{
    constexpr qint64 kHourMs = 3600 * 1000;
    if (spanMs <= 10 * 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 26 * kHourMs)
        return QStringLiteral("HH:mm");
    if (spanMs <= 8 * 24 * kHourMs)
        return QStringLiteral("dd MMM HH:mm");
    return QStringLiteral("dd MMM");
}

qint64 axisStart(qint64 fromMs, qint64 toMs, qint64 firstMs)
{
    if (firstMs <= fromMs)
        return fromMs;
    const qint64 padding = std::max(kMinPaddingMs, std::max<qint64>(toMs - firstMs, 0) / 20);
    const qint64 start = std::min(firstMs - padding, toMs - kMinSpanMs);
    return std::max(fromMs, start);
}

} // namespace ChartAxis
