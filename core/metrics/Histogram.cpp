#include "core/metrics/Histogram.h"

#include <algorithm>

const Histogram::Bounds &Histogram::checkDurationBounds()
{
    static const Bounds bounds =
        std::make_shared<const std::vector<double>>(std::initializer_list<double>{
            0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30});
    return bounds;
}

const Histogram::Bounds &Histogram::requestDurationBounds()
{
    static const Bounds bounds = std::make_shared<const std::vector<double>>(
        std::initializer_list<double>{0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                      0.05, 0.1, 0.25, 0.5, 1, 2.5});
    return bounds;
}

Histogram::Histogram(Bounds bounds)
    : m_bounds(bounds ? std::move(bounds) : std::make_shared<const std::vector<double>>())
    , m_buckets(m_bounds->size() + 1, 0)
{
}

Histogram::Histogram(std::vector<double> bounds)
{
    std::sort(bounds.begin(), bounds.end());
    m_buckets.assign(bounds.size() + 1, 0);
    m_bounds = std::make_shared<const std::vector<double>>(std::move(bounds));
}

void Histogram::observe(double value)
{
    // The first bound at or above the value ("le": less than or equal).
    const std::vector<double> &upper = *m_bounds;
    const auto bucket = std::lower_bound(upper.cbegin(), upper.cend(), value);
    ++m_buckets[std::size_t(bucket - upper.cbegin())];
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
