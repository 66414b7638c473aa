#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <map>
#include <optional>

// Counts response times in buckets that are exact below 100 ms and 5% wide above, so rollups
// can be merged (minute into hour into day) and still answer percentiles to within 2.5% (plus
// rounding to whole milliseconds).
// Stored as a compact blob of the used buckets, about a byte each (the format is described in
// LatencyHistogram.cpp); an empty histogram is an empty blob. Blobs written before schema 5,
// (bucket: u16, count: u32) little-endian pairs, are read too: their second byte is under 0x80.
class LatencyHistogram {
public:
    void add(qint64 ms, quint32 count = 1);
    void merge(const LatencyHistogram &other);

    // The nearest-rank percentile (0 < p <= 100), as the middle of its bucket; nullopt when
    // empty.
    [[nodiscard]] std::optional<qint64> percentile(double p) const;
    // The nearest-rank percentile as the top of its bucket: never below the exact percentile of
    // the counted values, and at most 5% above it. What Rollup reports as the 95th percentile,
    // so it is never below an average it should exceed.
    [[nodiscard]] std::optional<qint64> percentileCeiling(double p) const;
    [[nodiscard]] quint64 count() const { return m_total; }
    [[nodiscard]] bool isEmpty() const { return m_total == 0; }

    [[nodiscard]] QByteArray toBlob() const;
    // Unreadable blobs give an empty histogram: a damaged rollup loses its percentile only.
    [[nodiscard]] static LatencyHistogram fromBlob(const QByteArray &blob);
    // The blob format of schema 4 and before, as fromBlob() reads it; for tests and tools.
    [[nodiscard]] QByteArray toLegacyBlob() const;

    [[nodiscard]] static int bucketOf(qint64 ms);
    [[nodiscard]] static qint64 bucketMiddle(int bucket);
    // The largest whole millisecond in the bucket.
    [[nodiscard]] static qint64 bucketTop(int bucket);

    friend bool operator==(const LatencyHistogram &, const LatencyHistogram &) = default;

private:
    [[nodiscard]] std::optional<int> bucketOfRank(double p) const;
    [[nodiscard]] static LatencyHistogram fromVarintBlob(const QByteArray &blob);
    [[nodiscard]] static LatencyHistogram fromLegacyBlob(const QByteArray &blob);

    std::map<quint16, quint32> m_counts;
    quint64 m_total = 0;
};
