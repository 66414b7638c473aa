#include "tests/support/ExactPercentile.h"

#include <algorithm>
#include <cmath>

qint64 exactPercentile(QList<qint64> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}
