#pragma once

#include "core/model/MaintenanceWindow.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

// How maintenance windows read in the desktop app (the list, the editor, the detail pane):
// whom they cover, when they open, and whether they are open now. Times are shown in local
// time; a weekly window's rule is shown in its own time zone. Texts are translated in the
// "MaintenanceText" context.
namespace MaintenanceText {

// Qt's day numbers (1 Monday .. 7 Sunday) in the order the locale's week runs.
[[nodiscard]] QList<int> weekdaysInLocaleOrder();
// The bit of a Qt day number in MaintenanceWindow::weekdays (Monday bit 0).
[[nodiscard]] constexpr int weekdayBit(int qtDay)
{
    return 1 << (qtDay - 1);
}

// "All monitors", "Tags: db, web", "Shop, API", "Shop, API and 3 more; tags: db". Monitors
// by id whose names are unknown count as "monitor 12".
[[nodiscard]] QString appliesTo(const MaintenanceWindow &window,
                                const QHash<qint64, QString> &monitorNames);
// "Once, Sat 2 Jan 02:00 – 04:00"; "Every Sat, Sun at 02:00 for 2 h" (with the zone when it is
// not the system's).
[[nodiscard]] QString schedule(const MaintenanceWindow &window, const QDateTime &now);
// For the list: "Open until 04:00", "Next Sat 02:00", "Ended".
[[nodiscard]] QString status(const MaintenanceWindow &window, const QDateTime &now);
// For the editor: "Open now until 04:00", "Next: Sat 2 Jan 02:00–04:00", "It has ended.".
[[nodiscard]] QString nextSentence(const MaintenanceWindow &window, const QDateTime &now);
// The end of an open window: "04:00" when it is on the local day of `now`, else with its date.
[[nodiscard]] QString until(const QDateTime &end, const QDateTime &now);
// The open stretch at or after `now`: invalid times when the window never opens again.
[[nodiscard]] MaintenancePeriod nextPeriod(const MaintenanceWindow &window, const QDateTime &now);

} // namespace MaintenanceText
