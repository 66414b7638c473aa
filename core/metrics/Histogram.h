#pragma once

#include <QtGlobal>

#include <vector>

// A Prometheus-style histogram: counts of observations at or below each upper bound, their sum
// and their count. Buckets are kept per bucket and made cumulative when read, so observe() is
// one search and two additions.
class Histogram {
public:
    // Ascending upper bounds in seconds, from 1 ms to 30 s: a check's response time.
    [[nodiscard]] static const std::vector<double> &checkDurationBounds();
    // From 0.1 ms to 2.5 s: the metrics endpoint's own answers.
    [[nodiscard]] static const std::vector<double> &requestDurationBounds();

    // `bounds` ascending; an implicit +Inf bucket follows the last.
    explicit Histogram(const std::vector<double> &bounds = {});

    void observe(double value);

    [[nodiscard]] const std::vector<double> &bounds() const { return m_bounds; }
    // Observations at or below bounds()[i]; i == bounds().size() is the +Inf bucket (count()).
    [[nodiscard]] quint64 cumulative(std::size_t i) const;
    [[nodiscard]] quint64 count() const { return m_count; }
    [[nodiscard]] double sum() const { return m_sum; }

    friend bool operator==(const Histogram &, const Histogram &) = default;

private:
    std::vector<double> m_bounds;
    std::vector<quint64> m_buckets; // per bucket, not cumulative; one more than m_bounds
    quint64 m_count = 0;
    double m_sum = 0;
};
