#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

// A Prometheus-style histogram: counts of observations at or below each upper bound, their sum
// and their count. Buckets are kept per bucket and made cumulative when read, so observe() is
// one search and two additions. Histograms made from the same Bounds share them: one per
// monitor costs its buckets only.
class Histogram {
public:
    using Bounds = std::shared_ptr<const std::vector<double>>;

    // Ascending upper bounds in seconds, from 1 ms to 30 s: a check's response time.
    [[nodiscard]] static const Bounds &checkDurationBounds();
    // From 0.1 ms to 2.5 s: the metrics endpoint's own answers.
    [[nodiscard]] static const Bounds &requestDurationBounds();

    // `bounds` ascending (null: none); an implicit +Inf bucket follows the last.
    explicit Histogram(Bounds bounds = {});
    // Any order: sorted here.
    explicit Histogram(std::vector<double> bounds);

    void observe(double value);

    [[nodiscard]] const std::vector<double> &bounds() const { return *m_bounds; }
    // Observations at or below bounds()[i]; i == bounds().size() is the +Inf bucket (count()).
    [[nodiscard]] quint64 cumulative(std::size_t i) const;
    [[nodiscard]] quint64 count() const { return m_count; }
    [[nodiscard]] double sum() const { return m_sum; }

    friend bool operator==(const Histogram &a, const Histogram &b)
    {
        return a.bounds() == b.bounds() && a.m_buckets == b.m_buckets && a.m_count == b.m_count &&
               a.m_sum == b.m_sum;
    }

private:
    Bounds m_bounds;                // never null
    std::vector<quint64> m_buckets; // per bucket, not cumulative; one more than the bounds
    quint64 m_count = 0;
    double m_sum = 0;
};
