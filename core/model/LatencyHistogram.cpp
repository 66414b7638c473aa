#include "core/model/LatencyHistogram.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 kExactBelow = 100;
constexpr double kGrowth = 1.05;
constexpr int kMaxBucket = 0xFFFF;
constexpr int kEntryBytes = 6;

} // namespace

int LatencyHistogram::bucketOf(qint64 ms)
{
    if (ms < kExactBelow)
        return int(std::max<qint64>(0, ms));
    const double steps = std::log(double(ms) / double(kExactBelow)) / std::log(kGrowth);
    return std::min(kMaxBucket, int(kExactBelow) + int(std::floor(steps + 1e-9)));
}

qint64 LatencyHistogram::bucketMiddle(int bucket)
{
    if (bucket < kExactBelow)
        return bucket;
    const double low = double(kExactBelow) * std::pow(kGrowth, bucket - int(kExactBelow));
    return qint64(std::llround(low * (1.0 + kGrowth) / 2.0));
}

qint64 LatencyHistogram::bucketTop(int bucket)
{
    if (bucket < kExactBelow)
        return bucket;
    if (bucket >= kMaxBucket)
        return std::numeric_limits<qint64>::max();
    const double next = double(kExactBelow) * std::pow(kGrowth, bucket + 1 - int(kExactBelow));
    // The next bucket's first millisecond, less one; exact against bucketOf()'s rounding.
    auto top = qint64(std::ceil(next));
    while (top > 0 && bucketOf(top) > bucket)
        --top;
    while (bucketOf(top + 1) == bucket)
        ++top;
    return top;
}

void LatencyHistogram::add(qint64 ms, quint32 count)
{
    if (count == 0)
        return;
    m_counts[quint16(bucketOf(ms))] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (const auto &[bucket, count] : other.m_counts)
        m_counts[bucket] += count;
    m_total += other.m_total;
}

std::optional<int> LatencyHistogram::bucketOfRank(double p) const
{
    if (m_total == 0)
        return std::nullopt;
    const auto rank =
        std::max<quint64>(1, quint64(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * m_total)));
    quint64 seen = 0;
    for (const auto &[bucket, count] : m_counts) {
        seen += count;
        if (seen >= rank)
            return bucket;
    }
    return m_counts.rbegin()->first;
}

std::optional<qint64> LatencyHistogram::percentile(double p) const
{
    const auto bucket = bucketOfRank(p);
    if (!bucket)
        return std::nullopt;
    return bucketMiddle(*bucket);
}

std::optional<qint64> LatencyHistogram::percentileCeiling(double p) const
{
    const auto bucket = bucketOfRank(p);
    if (!bucket)
        return std::nullopt;
    return bucketTop(*bucket);
}

QByteArray LatencyHistogram::toBlob() const
{
    QByteArray blob(qsizetype(m_counts.size()) * kEntryBytes, Qt::Uninitialized);
    char *out = blob.data();
    for (const auto &[bucket, count] : m_counts) {
        qToLittleEndian<quint16>(bucket, out);
        qToLittleEndian<quint32>(count, out + 2);
        out += kEntryBytes;
    }
    return blob;
}

LatencyHistogram LatencyHistogram::fromBlob(const QByteArray &blob)
{
    LatencyHistogram histogram;
    if (blob.size() % kEntryBytes != 0)
        return histogram;
    for (qsizetype at = 0; at < blob.size(); at += kEntryBytes) {
        const auto bucket = qFromLittleEndian<quint16>(blob.constData() + at);
        const auto count = qFromLittleEndian<quint32>(blob.constData() + at + 2);
        histogram.m_counts[bucket] += count;
        histogram.m_total += count;
    }
    return histogram;
}
