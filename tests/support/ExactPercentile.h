#pragma once

#include <QList>

// The exact nearest-rank percentile (p in 0..100) of raw numbers: what estimates are held to.
[[nodiscard]] qint64 exactPercentile(QList<qint64> values, double p);
