#include "app/bench/BenchStats.h"

#include <QFile>

#include <algorithm>
#include <cmath>

#include <sys/resource.h>

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

namespace {

// A "Name:   1234 kB" line of /proc/self/status, in bytes; 0 when missing.
qint64 statusBytes(const QByteArray &name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.read(1 << 16).split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(QByteArray(name + ':')))
            continue;
        const QList<QByteArray> fields = line.mid(name.size() + 1).simplified().split(' ');
        return fields.value(0).toLongLong() * 1024;
    }
    return 0;
}

} // namespace

qint64 peakRssBytes()
{
    return statusBytes("VmHWM");
}

qint64 rssBytes()
{
    return statusBytes("VmRSS");
}

} // namespace BenchStats
