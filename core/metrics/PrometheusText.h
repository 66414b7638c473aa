#pragma once

#include "core/metrics/MetricsSnapshot.h"

#include <QByteArray>
#include <QStringView>

// The Prometheus text exposition format (version 0.0.4) of a MetricsSnapshot: every family with
// its HELP and TYPE, label values escaped (backslash, double quote, line feed) and otherwise kept
// as UTF-8, histograms as cumulative _bucket{le} series with _sum and _count. Per-monitor series
// carry the labels id and monitor (the name); upwatch_monitor_up carries url as well.
namespace PrometheusText {

inline constexpr char kContentType[] = "text/plain; version=0.0.4; charset=utf-8";

[[nodiscard]] QByteArray render(const MetricsSnapshot &snapshot);

// A label value as it goes between the quotes.
[[nodiscard]] QByteArray escapeLabelValue(QStringView value);
// A sample value: the shortest decimal that reads back as the same double; NaN, +Inf, -Inf.
[[nodiscard]] QByteArray formatValue(double value);

} // namespace PrometheusText
