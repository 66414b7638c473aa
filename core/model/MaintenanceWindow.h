#pragma once

#include "core/model/Monitor.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

// A planned outage: while it is open, the monitors it covers are still checked, show
// MAINTENANCE, raise no alert, and their checks are left out of uptime.
enum class MaintenanceKind { Once, Weekly };

[[nodiscard]] QString maintenanceKindName(MaintenanceKind kind); // "once", "weekly"
[[nodiscard]] std::optional<MaintenanceKind> maintenanceKindFromName(QStringView name);

// One open period of a window, [start, end) in UTC.
struct MaintenancePeriod {
    QDateTime start;
    QDateTime end;
    friend bool operator==(const MaintenancePeriod &, const MaintenancePeriod &) = default;
};

struct MaintenanceWindow {
    static constexpr int kMinutesPerWeek = 7 * 24 * 60;

    qint64 id = 0; // 0: not stored yet
    QString name;
    // Which monitors it covers: these ids and every monitor with one of these tags; both empty:
    // every monitor.
    QList<qint64> monitorIds;
    QStringList tags;
    MaintenanceKind kind = MaintenanceKind::Once;
    // Once: [startsAt, endsAt), UTC.
    QDateTime startsAt;
    QDateTime endsAt;
    // Weekly: opens on these days (bit 0 Monday .. bit 6 Sunday) at startMinute after local
    // midnight in timeZone (an IANA id; empty: the system's) and lasts durationMinutes, which may
    // run past midnight. Local time: across a daylight-saving change the window opens at the same
    // wall-clock time and lasts the same real minutes; a start time the change skips opens at
    // the first valid minute after it.
    int weekdays = 0;
    int startMinute = 0;
    int durationMinutes = 60;
    QString timeZone;
    QDateTime createdAt;

    [[nodiscard]] bool coversAllMonitors() const { return monitorIds.isEmpty() && tags.isEmpty(); }
    [[nodiscard]] bool covers(const Monitor &monitor) const;
    // Open at `at` (UTC).
    [[nodiscard]] bool isActiveAt(const QDateTime &at) const;
    // The first time after `at` when isActiveAt() changes; invalid when it never will (a one-off
    // window that has ended).
    [[nodiscard]] QDateTime nextChange(const QDateTime &at) const;
    // The periods that overlap [from, to), oldest first, not clipped.
    [[nodiscard]] QList<MaintenancePeriod> periods(const QDateTime &from,
                                                   const QDateTime &to) const;

    friend bool operator==(const MaintenanceWindow &, const MaintenanceWindow &) = default;
};

// Whether a weekly window can use the time zone `id`: an IANA id ("Europe/Berlin", "UTC",
// "Etc/GMT+5") this system has the rules of.
[[nodiscard]] bool isKnownTimeZone(const QString &id);

// Why a window cannot be stored, one translated sentence; nullopt when it can.
[[nodiscard]] std::optional<QString> maintenanceProblem(const MaintenanceWindow &window);

Q_DECLARE_METATYPE(MaintenanceWindow)
