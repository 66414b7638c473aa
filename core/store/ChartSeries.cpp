#include "core/store/ChartSeries.h"

#include <algorithm>
#include <cmath>

std::optional<double> ChartPoint::phaseAverageMs(Phase phase) const
{
    const qint64 checks = phaseCount.at(size_t(phase));
    if (checks == 0)
        return std::nullopt;
    return double(phaseSumMs.at(size_t(phase))) / double(checks);
}

namespace ChartSeries {

ChartPoint fromResult(const CheckResult &result)
{
    ChartPoint point;
    point.atMs = result.startedAt.toMSecsSinceEpoch();
    if (!result.isUp()) {
        point.down = 1;
        return point;
    }
    if (result.responseMs >= 0) {
        const auto ms = double(result.responseMs);
        point.avgMs = ms;
        point.minMs = ms;
        point.maxMs = ms;
        point.count = 1;
        point.degraded = result.verdict == Verdict::Degraded ? 1 : 0;
        for (const Phase phase : kAllPhases) {
            if (const std::optional<int> phaseMs = result.phases[phase]) {
                point.phaseSumMs.at(size_t(phase)) = *phaseMs;
                point.phaseCount.at(size_t(phase)) = 1;
            }
        }
    }
    return point;
}

ChartPoint fromRollup(qint64 bucketMs, const Rollup &rollup)
{
    ChartPoint point;
    point.atMs = bucketMs;
    point.down = rollup.down;
    point.degraded = rollup.degraded;
    if (rollup.timed > 0) {
        point.count = rollup.timed;
        point.avgMs = double(rollup.sumMs) / double(rollup.timed);
        point.minMs = double(rollup.minMs);
        point.maxMs = double(rollup.maxMs);
    }
    point.phaseSumMs = rollup.phaseSumMs;
    point.phaseCount = rollup.phaseCount;
    return point;
}

ChartPoint merge(const ChartPoint &first, const ChartPoint &second)
{
    ChartPoint merged;
    merged.atMs = std::min(first.atMs, second.atMs);
    merged.down = first.down + second.down;
    merged.degraded = first.degraded + second.degraded;
    merged.count = first.count + second.count;
    for (size_t i = 0; i < kAllPhases.size(); ++i) {
        merged.phaseSumMs.at(i) = first.phaseSumMs.at(i) + second.phaseSumMs.at(i);
        merged.phaseCount.at(i) = first.phaseCount.at(i) + second.phaseCount.at(i);
    }
    if (first.count == 0 || second.count == 0) {
        const ChartPoint &timed = first.count > 0 ? first : second;
        merged.avgMs = timed.avgMs;
        merged.minMs = timed.minMs;
        merged.maxMs = timed.maxMs;
        return merged;
    }
    merged.avgMs = (first.avgMs * double(first.count) + second.avgMs * double(second.count)) /
                   double(merged.count);
    merged.minMs = std::min(first.minMs, second.minMs);
    merged.maxMs = std::max(first.maxMs, second.maxMs);
    return merged;
}

QList<ChartPoint> downsample(const QList<ChartPoint> &points, int maxPoints)
{
    if (maxPoints < 1)
        return {};
    const qsizetype size = points.size();
    if (size <= maxPoints)
        return points;
    // Group i takes points [i * size / maxPoints, (i + 1) * size / maxPoints): every group gets
    // floor or ceil of size / maxPoints points, none is empty.
    QList<ChartPoint> merged;
    merged.reserve(maxPoints);
    for (qsizetype group = 0; group < maxPoints; ++group) {
        const qsizetype begin = group * size / maxPoints;
        const qsizetype end = (group + 1) * size / maxPoints;
        ChartPoint point = points.at(begin);
        for (qsizetype i = begin + 1; i < end; ++i)
            point = merge(point, points.at(i));
        merged.append(point);
    }
    return merged;
}

QList<ChartPoint> downsampleByTime(const QList<ChartPoint> &points, qint64 fromMs, qint64 toMs,
                                   int maxPoints)
{
    if (maxPoints < 1)
        return {};
    if (toMs <= fromMs)
        return downsample(points, maxPoints);
    const auto span = double(toMs - fromMs);
    const auto slotOf = [&](qint64 atMs) {
        const double slot = std::floor(double(atMs - fromMs) / span * maxPoints);
        return qint64(std::clamp(slot, 0.0, double(maxPoints - 1)));
    };
    QList<ChartPoint> merged;
    merged.reserve(std::min<qsizetype>(points.size(), maxPoints));
    qint64 lastSlot = -1;
    for (const ChartPoint &point : points) {
        const qint64 slot = slotOf(point.atMs);
        if (!merged.isEmpty() && slot == lastSlot)
            merged.last() = merge(merged.last(), point);
        else
            merged.append(point);
        lastSlot = slot;
    }
    // Only points out of time order could leave more than fit.
    return downsample(merged, maxPoints);
}

} // namespace ChartSeries
