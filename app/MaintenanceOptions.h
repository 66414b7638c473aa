#pragma once

#include "app/CommandParser.h"
#include "core/model/MaintenanceWindow.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

// The options of `upwatch maintenance add` and the words for a window's schedule, as typed
// (--weekly mon,fri --at 22:00 --duration 1h30m) and as shown (Mon,Fri 22:00 for 1h30m).
namespace MaintenanceOptions {

void addTo(QCommandLineParser &parser);

// The window the options describe (name, tags and schedule; not its monitors, which need the
// database); nullopt after printing the problem (bad usage).
[[nodiscard]] std::optional<MaintenanceWindow> window(const CommandParser &command);

// "mon,tue", "mon-fri", "weekend", "daily" (names or their first three letters, any case):
// a weekday bitmask (bit 0 Monday), or nullopt with the problem in *error.
[[nodiscard]] std::optional<int> parseWeekdays(const QString &text, QString *error);
// "22:00" or "7:30": minutes after midnight.
[[nodiscard]] std::optional<int> parseClock(const QString &text, QString *error);
// ISO 8601 ("2026-11-21T02:00", "2026-11-21 02:00:00+01:00", "2026-11-21"): in `zone` when it
// gives no offset of its own (a time that zone skips is refused).
[[nodiscard]] std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone,
                                                 QString *error);

// "mon,fri", the stable names (JSON); "Mon,Fri", for people, in the user's language.
[[nodiscard]] QStringList weekdayNames(int weekdays);
[[nodiscard]] QString weekdaysText(int weekdays);
[[nodiscard]] QString clockText(int minuteOfDay); // "22:00"
[[nodiscard]] QString durationText(int minutes);  // "1h30m"
// "Fri 22:00 for 4h (Europe/Berlin)" or "2026-11-21 02:00 to 04:00 (+01:00)".
[[nodiscard]] QString scheduleText(const MaintenanceWindow &window);
// A time for people: ISO 8601 with its offset, in the window's zone (weekly) or the system's.
[[nodiscard]] QString timeText(const MaintenanceWindow &window, const QDateTime &at);

} // namespace MaintenanceOptions
