#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <optional>

// How numbers and times read wherever a person sees them: the table, the detail pane, the
// notifications and the `stats` table. Texts are translated in the "DisplayFormat" context.
//
// Percentages are rounded to the nearest hundredth and shown with two decimals, or none when the
// rounded value is whole ("100 %", "75 %", "99.95 %", "75.50 %"); a value below 100 never reads
// 100 and a value above 0 never reads 0: 99.996 reads "99.99 %", 0.001 "0.01 %".
namespace DisplayFormat {

// The mark for "no value": an em dash.
[[nodiscard]] QString noValue();

// The percentage as shown, by the rule above (a number, for code that compares what it shows).
[[nodiscard]] double shownPercent(double percent);
// "99.99" or "100" in `locale`: the number of percent() without the sign, for the command line.
[[nodiscard]] QString percentNumber(double percent, const QLocale &locale = QLocale());
// "99.99 %", "100 %", or noValue().
[[nodiscard]] QString percent(const std::optional<double> &percent);

// "1,234 ms", or noValue().
[[nodiscard]] QString milliseconds(const std::optional<qint64> &ms);

// A length of time in its two largest units, the smaller left out when it is zero: "45 s",
// "12 min 30 s", "3 h", "3 h 5 min", "1 day", "2 days 4 h". Negative lengths read as 0 s.
[[nodiscard]] QString duration(qint64 ms);
// "1 day", "2 days".
[[nodiscard]] QString days(qint64 count);
// A setting in seconds in the largest unit that divides it: "30 s", "5 min", "2 h", "90 s".
[[nodiscard]] QString interval(qint64 seconds);

// When something happened, in local time: the time of day with seconds when it was on
// `today` (a local date), else the locale's short date and time.
[[nodiscard]] QString time(const QDateTime &at, const QDate &today);
// The locale's short date and time, in local time.
[[nodiscard]] QString dateTime(const QDateTime &at);
// When something still to come ends (a snooze, a mute), in local time: "14:30" when it is less
// than a day after `now`, else the locale's short date and time.
[[nodiscard]] QString endTime(const QDateTime &at, const QDateTime &now);

} // namespace DisplayFormat
