#include "core/store/Rollup.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

qint64 rollupBucketMs(RollupLevel level)
{
    switch (level) {
    case RollupLevel::Minute:
        return kMinuteMs;
    case RollupLevel::Hour:
        return kHourMs;
    case RollupLevel::Day:
        return kDayMs;
    }
    return kMinuteMs;
}

qint64 rollupBucketStart(RollupLevel level, qint64 msSinceEpoch)
{
    const qint64 length = rollupBucketMs(level);
    // Floor division, so times before 1970 land in the bucket below them too.
    const qint64 quotient = msSinceEpoch / length - (msSinceEpoch % length < 0 ? 1 : 0);
    return quotient * length;
}

QString rollupPrunedBeforeKey(RollupLevel level)
{
    return QStringLiteral("rollups_pruned_before_%1").arg(int(level));
}

void Rollup::add(const CheckResult &result)
{
    // Uptime counts the owner's verdicts of a monitor checked from several locations
    // (CheckResult::uptimeVerdict()); response times are every location's.
    const std::optional<Verdict> counted = result.uptimeVerdict();
    if (result.maintenance) {
        // A planned outage: counted apart, out of uptime and response times.
        if (counted) {
            ++maintenance;
            if (*counted != Verdict::Down)
                ++maintenanceGood;
        }
        return;
    }
    if (counted) {
        switch (*counted) {
        case Verdict::Up:
            ++up;
            break;
        case Verdict::Degraded:
            ++degraded;
            break;
        case Verdict::Down:
            ++down;
            break;
        }
    }
    if (result.verdict == Verdict::Down || result.responseMs < 0)
        return;
    for (const Phase phase : kAllPhases) {
        if (const std::optional<int> ms = result.phases[phase]) {
            phaseSumMs.at(size_t(phase)) += *ms;
            ++phaseCount.at(size_t(phase));
        }
    }
    ++timed;
    sumMs += result.responseMs;
    minMs = minMs < 0 ? result.responseMs : std::min(minMs, result.responseMs);
    maxMs = std::max(maxMs, result.responseMs);
    histogram.add(result.responseMs);
}

void Rollup::merge(const Rollup &other)
{
    up += other.up;
    degraded += other.degraded;
    down += other.down;
    maintenance += other.maintenance;
    maintenanceGood += other.maintenanceGood;
    timed += other.timed;
    sumMs += other.sumMs;
    if (other.minMs >= 0)
        minMs = minMs < 0 ? other.minMs : std::min(minMs, other.minMs);
    maxMs = std::max(maxMs, other.maxMs);
    histogram.merge(other.histogram);
    for (size_t i = 0; i < kAllPhases.size(); ++i) {
        phaseSumMs.at(i) += other.phaseSumMs.at(i);
        phaseCount.at(i) += other.phaseCount.at(i);
    }
}

std::optional<double> Rollup::uptimePercent() const
{
    if (total() == 0)
        return std::nullopt;
    return 100.0 * double(up + degraded) / double(total());
}

std::optional<double> Rollup::uptimePercentWithMaintenance() const
{
    const qint64 all = total() + maintenance;
    if (all == 0)
        return std::nullopt;
    return 100.0 * double(up + degraded + maintenanceGood) / double(all);
}

std::optional<qint64> Rollup::p50Ms() const
{
    const auto p50 = histogram.percentileCeiling(50);
    if (!p50)
        return std::nullopt;
    return std::clamp(*p50, minMs, maxMs);
}

std::optional<qint64> Rollup::averageMs() const
{
    if (timed == 0)
        return std::nullopt;
    return qint64(std::llround(double(sumMs) / double(timed)));
}

std::optional<qint64> Rollup::p95Ms() const
{
    // The top of the 95th percentile's bucket: never below the exact percentile, so never below
    // an average that the exact percentile is above.
    const auto p95 = histogram.percentileCeiling(95);
    if (!p95)
        return std::nullopt;
    return std::clamp(*p95, minMs, maxMs);
}

namespace {

// The histogram of `timed` (one or two) checks that took `minMs` and `maxMs`.
LatencyHistogram impliedHistogram(qint64 timed, qint64 minMs, qint64 maxMs)
{
    LatencyHistogram histogram;
    histogram.add(minMs);
    if (timed == 2)
        histogram.add(maxMs);
    return histogram;
}

} // namespace

QByteArray Rollup::histogramBlob() const
{
    if ((timed == 1 || timed == 2) && minMs >= 0 &&
        histogram == impliedHistogram(timed, minMs, maxMs))
        return {};
    return histogram.toBlob();
}

void Rollup::setHistogramBlob(const QByteArray &blob)
{
    if (blob.isEmpty() && (timed == 1 || timed == 2) && minMs >= 0)
        histogram = impliedHistogram(timed, minMs, maxMs);
    else
        histogram = LatencyHistogram::fromBlob(blob);
}

std::optional<qint64> Rollup::phaseAverageMs(Phase phase) const
{
    const qint64 count = phaseCount.at(size_t(phase));
    if (count == 0)
        return std::nullopt;
    return qint64(std::llround(double(phaseSumMs.at(size_t(phase))) / double(count)));
}
