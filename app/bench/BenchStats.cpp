#include "app/bench/BenchStats.h"

#include <QFile>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>
#include <unistd.h>

namespace BenchStats {

double percentileOfSorted(const std::vector<double> &sorted, double percent)
{
    if (sorted.empty())
        return 0;
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted[size_t(std::clamp<qsizetype>(rank, 1, qsizetype(sorted.size())) - 1)];
}

Spread spreadOf(std::vector<double> values)
{
    Spread spread;
    if (values.empty())
        return spread;
    std::sort(values.begin(), values.end());
    spread.p50 = percentileOfSorted(values, 50);
    spread.p99 = percentileOfSorted(values, 99);
    spread.max = values.back();
    spread.count = qsizetype(values.size());
    return spread;
}

double cpuSeconds()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto seconds = [](const timeval &time) {
        return double(time.tv_sec) + double(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

qint64 peakRssBytes()
{
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return qint64(usage.ru_maxrss) * 1024; // Linux reports kilobytes
}

qint64 rssBytes()
{
    // /proc/self/statm: size resident shared ... in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return 0;
    return fields.at(1).toLongLong() * qint64(sysconf(_SC_PAGESIZE));
}

} // namespace BenchStats
