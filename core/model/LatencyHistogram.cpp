#include "core/model/LatencyHistogram.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

constexpr qint64 kExactBelow = 100;
constexpr double kGrowth = 1.05;
constexpr int kMaxBucket = 0xFFFF;
constexpr int kLegacyEntryBytes = 6;
// The blob (toBlob()): the first bucket in two bytes (low byte, then 0x80 | high byte) and its
// count as a varint; then each further bucket in one byte when it is at most 4 buckets after
// the one before and counted at most 31 times (bits 6-5: the step - 1, bits 4-0: the count),
// else kEscape, the step and the count as varints (LEB128). About a byte a bucket for an hour's
// checks.
constexpr int kPackedMaxStep = 4;
constexpr quint32 kPackedMaxCount = 31;
constexpr quint8 kEscape = 0x80;

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

namespace {

// The largest bucket bucketOf() gives (for the largest qint64): a bucket above it in a blob
// means the blob is damaged.
int largestBucket()
{
    static const int largest = LatencyHistogram::bucketOf(std::numeric_limits<qint64>::max());
    return largest;
}

void putVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out += char(0x80 | (value & 0x7F));
        value >>= 7;
    }
    out += char(value);
}

// False at the end of `blob` or on a varint longer than 64 bits.
bool takeVarint(const QByteArray &blob, qsizetype &at, quint64 *value)
{
    *value = 0;
    for (int shift = 0; shift < 64 && at < blob.size(); shift += 7) {
        const auto byte = quint8(blob.at(at++));
        *value |= quint64(byte & 0x7F) << shift;
        if ((byte & 0x80) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray LatencyHistogram::toBlob() const
{
    QByteArray blob;
    if (m_counts.empty())
        return blob;
    blob.reserve(qsizetype(3 + 2 * m_counts.size()));
    // The first bucket in two bytes, the second with its top bit set: a legacy blob's second
    // byte is a bucket's high byte, under 4 for every bucket (largestBucket()).
    const int first = m_counts.begin()->first;
    blob += char(first & 0xFF);
    blob += char(0x80 | (first >> 8));
    int previous = first;
    for (const auto &[bucket, count] : m_counts) {
        if (bucket == first) {
            putVarint(blob, count);
            continue;
        }
        const int step = bucket - previous;
        if (step <= kPackedMaxStep && count <= kPackedMaxCount) {
            blob += char(((step - 1) << 5) | int(count));
        }
        else {
            blob += char(kEscape);
            putVarint(blob, quint64(step));
            putVarint(blob, count);
        }
        previous = bucket;
    }
    return blob;
}

LatencyHistogram LatencyHistogram::fromBlob(const QByteArray &blob)
{
    if (blob.size() >= 3 && (quint8(blob.at(1)) & 0x80) != 0)
        return fromVarintBlob(blob);
    return fromLegacyBlob(blob);
}

LatencyHistogram LatencyHistogram::fromVarintBlob(const QByteArray &blob)
{
    LatencyHistogram histogram;
    const LatencyHistogram damaged;
    int bucket = quint8(blob.at(0)) | ((quint8(blob.at(1)) & 0x7F) << 8);
    qsizetype at = 2;
    quint64 count = 0;
    if (bucket > largestBucket() || !takeVarint(blob, at, &count) || count == 0 ||
        count > std::numeric_limits<quint32>::max())
        return damaged;
    histogram.m_counts[quint16(bucket)] = quint32(count);
    histogram.m_total += count;
    while (at < blob.size()) {
        const auto byte = quint8(blob.at(at++));
        quint64 step = 0;
        if (byte < 0x80) {
            step = (byte >> 5) + 1;
            count = byte & 0x1F;
        }
        else if (byte != kEscape || !takeVarint(blob, at, &step) || !takeVarint(blob, at, &count)) {
            return damaged;
        }
        if (step == 0 || step > quint64(largestBucket() - bucket) || count == 0 ||
            count > std::numeric_limits<quint32>::max())
            return damaged;
        bucket += int(step);
        histogram.m_counts[quint16(bucket)] = quint32(count);
        histogram.m_total += count;
    }
    return histogram;
}

LatencyHistogram LatencyHistogram::fromLegacyBlob(const QByteArray &blob)
{
    LatencyHistogram histogram;
    if (blob.size() % kLegacyEntryBytes != 0)
        return histogram;
    for (qsizetype at = 0; at < blob.size(); at += kLegacyEntryBytes) {
        const auto bucket = qFromLittleEndian<quint16>(blob.constData() + at);
        const auto count = qFromLittleEndian<quint32>(blob.constData() + at + 2);
        if (bucket > largestBucket())
            return {};
        histogram.m_counts[bucket] += count;
        histogram.m_total += count;
    }
    return histogram;
}

QByteArray LatencyHistogram::toLegacyBlob() const
{
    QByteArray blob(qsizetype(m_counts.size()) * kLegacyEntryBytes, Qt::Uninitialized);
    char *out = blob.data();
    for (const auto &[bucket, count] : m_counts) {
        qToLittleEndian<quint16>(bucket, out);
        qToLittleEndian<quint32>(count, out + 2);
        out += kLegacyEntryBytes;
    }
    return blob;
}
