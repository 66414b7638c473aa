#pragma once

#include "core/report/ReportPeriod.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Clock;
class QCommandLineParser;

// The options that choose a report's period, shared by `report` and `stats`: --month YYYY-MM
// (a local calendar month), --last-month, or --from ISO --to ISO.
namespace PeriodOptions {

// "2026-11-21", "2026-11-21T10:00", "2026-11-21T10:00:00Z", "...T10:00:00.250+01:00": a time
// without a zone is UTC, like every time Upwatch prints. Strict: every field in its range
// ("T25:00" and "02-30" are refused, not rolled over or cut off).
[[nodiscard]] std::optional<QDateTime> parseTime(const QString &text);

// Adds --month, --last-month, --from and --to.
void add(QCommandLineParser &parser);

// What the options say: ok with no period when none was given; not ok after printing the
// problem (a bad month or time, two ways at once, --from without --to, an empty period).
struct Choice {
    bool ok = false;
    std::optional<ReportPeriod> period;
};
[[nodiscard]] Choice read(const QCommandLineParser &parser, const Clock &clock);

} // namespace PeriodOptions
