#pragma once

#include "core/model/CheckResult.h"
#include "core/store/Rollup.h"

#include <QList>

#include <QtGlobal>
#include <array>
#include <optional>

// One point of a response-time chart: a single check or a bucket of them. avgMs, minMs and
// maxMs describe the `count` checks that got an answer (meaningless when count is 0);
// `degraded` counts those of them that were degraded (slow), `down` the failed checks.
struct ChartPoint {
    qint64 atMs = 0; // start of the bucket (or the check), ms since the epoch
    double avgMs = 0;
    double minMs = 0;
    double maxMs = 0;
    qint64 count = 0;
    qint64 down = 0;
    qint64 degraded = 0;
    // The timing phases of the same checks: per phase (kAllPhases order) the sum and the number
    // of checks where it happened.
    std::array<qint64, kAllPhases.size()> phaseSumMs{};
    std::array<qint64, kAllPhases.size()> phaseCount{};

    // The phase's average in this point; nullopt where it never happened.
    [[nodiscard]] std::optional<double> phaseAverageMs(Phase phase) const;
    friend bool operator==(const ChartPoint &, const ChartPoint &) = default;
};

// A response-time chart's data: history turned into points and thinned out to the chart's
// width (in pixels). The axes are drawn by ui/charts.
namespace ChartSeries {
[[nodiscard]] ChartPoint fromResult(const CheckResult &result);
[[nodiscard]] ChartPoint fromRollup(qint64 bucketMs, const Rollup &rollup);
// Merges two neighbours: the earlier time, min of mins, max of maxes, the average weighted by
// count, counts added.
[[nodiscard]] ChartPoint merge(const ChartPoint &first, const ChartPoint &second);
// At most `maxPoints` points (none when maxPoints < 1): runs of neighbouring points merged into
// one, oldest first. Unchanged when there are not more than maxPoints.
[[nodiscard]] QList<ChartPoint> downsample(const QList<ChartPoint> &points, int maxPoints);
// The same for a chart of the time from `fromMs` to `toMs` that is `maxPoints` pixels wide:
// points falling on the same pixel (a slot of (toMs - fromMs) / maxPoints) are merged, so dense
// stretches are thinned and sparse ones kept. Points outside the span count as its first or
// last slot. At most maxPoints points; unchanged when no two share a slot.
[[nodiscard]] QList<ChartPoint> downsampleByTime(const QList<ChartPoint> &points, qint64 fromMs,
                                                 qint64 toMs, int maxPoints);
} // namespace ChartSeries
