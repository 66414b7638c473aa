#pragma once

#include "core/model/CheckResult.h"
#include "core/model/LatencyHistogram.h"

#include <QString>
#include <QtGlobal>

#include <array>
#include <map>
#include <optional>
#include <tuple>

// The granularities history is kept at beyond raw results. Values are stored in the database.
enum class RollupLevel { Minute = 0, Hour = 1, Day = 2 };

// UTC-aligned bucket of `msSinceEpoch` at `level`, and bucket lengths.
[[nodiscard]] qint64 rollupBucketStart(RollupLevel level, qint64 msSinceEpoch);
[[nodiscard]] qint64 rollupBucketMs(RollupLevel level);
// The meta key holding the newest prune cutoff of `level`: its buckets that start before it are
// gone, so a window reaching back further reads that stretch from a coarser level.
[[nodiscard]] QString rollupPrunedBeforeKey(RollupLevel level);

// What a span of checks adds up to: counts by verdict and response times of the checks that got
// an answer (up or degraded; a down check's time says nothing about the endpoint's speed).
// Rollups of any level merge into one another, so any window can be answered from them.
// Timing phases are kept the same way, from the same checks: a sum and a count per phase (the
// checks where that phase happened), so a phase's average survives every level and the averages
// stack up to about the average response time.
// Checks made during maintenance are counted apart (maintenance, and of them maintenanceGood up
// or degraded) and nowhere else: uptime and response times leave planned outages out.
struct Rollup {
    qint64 up = 0;
    qint64 degraded = 0;
    qint64 down = 0;
    qint64 maintenance = 0;
    qint64 maintenanceGood = 0;
    qint64 timed = 0;
    qint64 sumMs = 0;
    qint64 minMs = -1; // -1: no timed check
    qint64 maxMs = -1;
    LatencyHistogram histogram;
    std::array<qint64, kAllPhases.size()> phaseSumMs{};
    std::array<qint64, kAllPhases.size()> phaseCount{};

    void add(const CheckResult &result);
    void merge(const Rollup &other);

    // The checks outside maintenance.
    [[nodiscard]] qint64 total() const { return up + degraded + down; }
    // Share of the checks outside maintenance that were up or degraded, in percent; nullopt
    // without such checks.
    [[nodiscard]] std::optional<double> uptimePercent() const;
    // The same share with the checks made during maintenance counted too.
    [[nodiscard]] std::optional<double> uptimePercentWithMaintenance() const;
    [[nodiscard]] std::optional<qint64> averageMs() const;
    [[nodiscard]] std::optional<qint64> p95Ms() const;
    // The median the same way (the top of its bucket).
    [[nodiscard]] std::optional<qint64> p50Ms() const;
    // The histogram as the rollups table stores it (schema 5): empty when the minimum and the
    // maximum say it all (one or two timed checks, as most minute rollups have), else
    // LatencyHistogram::toBlob().
    [[nodiscard]] QByteArray histogramBlob() const;
    // Sets the histogram from histogramBlob()'s blob (or an older one), after the counts and
    // the minimum and maximum are set.
    void setHistogramBlob(const QByteArray &blob);

    // The phase's average over the checks where it happened; nullopt where it never did.
    [[nodiscard]] std::optional<qint64> phaseAverageMs(Phase phase) const;

    friend bool operator==(const Rollup &, const Rollup &) = default;
};

// Rollups by (level, monitor, bucket), as a batch of history adds up to before writing them.
using RollupBatch = std::map<std::tuple<int, qint64, qint64>, Rollup>;
