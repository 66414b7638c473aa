#pragma once

#include <QtGlobal>

#include <vector>

// Small measuring helpers the benchmarks share.
namespace BenchStats {

// Order statistics of a sample, nearest-rank; all 0 for an empty sample.
struct Spread {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
    qsizetype count = 0;
};
[[nodiscard]] Spread spreadOf(std::vector<double> values);
// The nearest-rank percentile (0 < percent <= 100) of sorted values; 0 when empty.
[[nodiscard]] double percentileOfSorted(const std::vector<double> &sorted, double percent);

// This process's CPU time (user + system) in seconds, its peak resident set and its resident
// set now, in bytes.
[[nodiscard]] double cpuSeconds();
[[nodiscard]] qint64 peakRssBytes();
[[nodiscard]] qint64 rssBytes();

} // namespace BenchStats
