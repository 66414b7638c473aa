#include "core/metrics/Histogram.h"

#include <algorithm>

const std::vector<double> &Histogram::checkDurationBounds()
{
    static const std::vector<double> bounds{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                            0.25,  0.5,    1,     2.5,  5,     10,   30};
    return bounds;
}

const std::vector<double> &Histogram::requestDurationBounds()
{
    static const std::vector<double> bounds{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01,
                                            0.025,  0.05,    0.1,    0.25,  0.5,    1,     2.5};
    return bounds;
}

Histogram::Histogram(const std::vector<double> &bounds)
    : m_bounds(bounds)
    , m_buckets(bounds.size() + 1, 0)
{
    std::sort(m_bounds.begin(), m_bounds.end());
}

void Histogram::observe(double value)
{
    // The first bound at or above the value ("le": less than or equal).
    const auto bucket = std::lower_bound(m_bounds.cbegin(), m_bounds.cend(), value);
    ++m_buckets[std::size_t(bucket - m_bounds.cbegin())];
    ++m_count;
    m_sum += value;
}

quint64 Histogram::cumulative(std::size_t i) const
{
    quint64 total = 0;
    for (std::size_t bucket = 0; bucket <= i && bucket < m_buckets.size(); ++bucket)
        total += m_buckets[bucket];
    return total;
}
