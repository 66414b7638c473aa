#include "core/model/MaintenanceWindow.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceWindow)
};

constexpr std::array<QStringView, 2> kKindNames = {u"once", u"weekly"};

constexpr int kAllWeekdays = 0x7f;
constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;
// How far nextChange() looks at a time: two weeks hold at least one opening of any weekly
// window, and each opening's end.
constexpr qint64 kHorizonMs = 15 * kMsPerDay;
// A window that stays open (every day, for a day or more) never changes; give up after a year.
constexpr int kMaxHorizons = 25;

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// The zone of an IANA id; nullopt for an id this system does not know, and for what QTimeZone
// takes but is no IANA id: a path ("../x") or a POSIX rule ("CET-1CEST,M3.5.0"). Not only the
// ids QTimeZone lists: those leave out Etc/UTC and Etc/GMT+5.
std::optional<QTimeZone> ianaZone(const QString &id)
{
    static const QRegularExpression ianaId(
        QStringLiteral(R"(^[A-Za-z0-9_+-]+(/[A-Za-z0-9_+-]+)*$)"));
    if (!ianaId.match(id).hasMatch())
        return std::nullopt;
    QTimeZone zone(id.toUtf8());
    return zone.isValid() ? std::optional(zone) : std::nullopt;
}

// The zone a weekly window's times are in: its IANA id, else (empty, or an id this system no
// longer knows: maintenanceProblem() refuses those when it is stored) the system's.
QTimeZone zoneOf(const QString &id)
{
    if (!id.isEmpty()) {
        if (auto zone = ianaZone(id))
            return *zone;
    }
    return QTimeZone::systemTimeZone();
}

// A weekly window's times in one zone, as milliseconds: "local" ms count the wall-clock time
// as if it were UTC (days since 1970-01-01 local, plus the time of day).
class WeeklyTimes {
public:
    explicit WeeklyTimes(const MaintenanceWindow &window)
        : m_zone(zoneOf(window.timeZone))
        , m_weekdays(window.weekdays & kAllWeekdays)
        , m_startMs(qint64(window.startMinute) * kMsPerMinute)
        , m_durationMs(qint64(window.durationMinutes) * kMsPerMinute)
        // Openings up to this many days before a time can still be open at it.
        , m_lookBackDays(qint64(window.durationMinutes) / (24 * 60) + 2)
    {
    }

    [[nodiscard]] bool opensAtAll() const { return m_weekdays != 0 && m_durationMs > 0; }

    // The openings that overlap [fromMs, toMs) (UTC), oldest first.
    [[nodiscard]] QList<MaintenancePeriod> periods(qint64 fromMs, qint64 toMs) const
    {
        QList<MaintenancePeriod> found;
        if (!opensAtAll() || toMs <= fromMs)
            return found;
        const qint64 firstDay = localDay(fromMs) - m_lookBackDays;
        const qint64 lastDay = localDay(toMs) + 1;
        for (qint64 day = firstDay; day <= lastDay; ++day) {
            if (!opensOn(day))
                continue;
            const qint64 start = toUtc(day * kMsPerDay + m_startMs);
            const qint64 end = start + m_durationMs;
            if (start < toMs && end > fromMs)
                found.append({utcFromMs(start), utcFromMs(end)});
        }
        return found;
    }

private:
    [[nodiscard]] int offsetMs(qint64 utcMs) const
    {
        return m_zone.offsetFromUtc(utcFromMs(utcMs)) * 1000;
    }

    // The local day (days since 1970-01-01 on the zone's calendar) at a UTC time.
    [[nodiscard]] qint64 localDay(qint64 utcMs) const
    {
        const qint64 local = utcMs + offsetMs(utcMs);
        return local >= 0 ? local / kMsPerDay : -((-local + kMsPerDay - 1) / kMsPerDay);
    }

    // 1970-01-01 was a Thursday: bit 3.
    [[nodiscard]] bool opensOn(qint64 day) const
    {
        const qint64 weekday = ((day % 7) + 7 + 3) % 7;
        return (m_weekdays & (1 << weekday)) != 0;
    }

    // The UTC time of a wall-clock time in the zone. Twice there (the hour a fall-back change
    // repeats): its first time. Not there (the hour a spring-forward change skips): the first
    // valid time after it, the moment of the change.
    [[nodiscard]] qint64 toUtc(qint64 localMs) const
    {
        // The offsets in force a day around it; a change between them is the only one near.
        const int before = offsetMs(localMs - kMsPerDay);
        const int after = offsetMs(localMs + kMsPerDay);
        const qint64 early = localMs - std::max(before, after);
        const qint64 late = localMs - std::min(before, after);
        if (offsetMs(early) == localMs - early)
            return early;
        if (offsetMs(late) == localMs - late)
            return late;
        // Skipped: the change happened between the two; find its moment.
        qint64 low = early; // still before the change
        qint64 high = late;
        const int oldOffset = offsetMs(low);
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            if (offsetMs(middle) == oldOffset)
                low = middle;
            else
                high = middle;
        }
        return high;
    }

    QTimeZone m_zone;
    int m_weekdays;
    qint64 m_startMs;
    qint64 m_durationMs;
    qint64 m_lookBackDays;
};

// Periods that overlap or touch, joined: the stretches when the window is open.
QList<MaintenancePeriod> joined(const QList<MaintenancePeriod> &periods)
{
    QList<MaintenancePeriod> runs;
    for (const MaintenancePeriod &period : periods) {
        if (!runs.isEmpty() && period.start <= runs.last().end) {
            runs.last().end = std::max(runs.last().end, period.end);
            continue;
        }
        runs.append(period);
    }
    return runs;
}

bool onceIsValid(const MaintenanceWindow &window)
{
    return window.startsAt.isValid() && window.endsAt.isValid() && window.startsAt < window.endsAt;
}

} // namespace

QString maintenanceKindName(MaintenanceKind kind)
{
    return kKindNames.at(std::size_t(kind)).toString();
}

std::optional<MaintenanceKind> maintenanceKindFromName(QStringView name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (kKindNames[i] == name)
            return MaintenanceKind(i);
    }
    return std::nullopt;
}

bool MaintenanceWindow::covers(const Monitor &monitor) const
{
    if (coversAllMonitors())
        return true;
    if (monitor.id != 0 && monitorIds.contains(monitor.id))
        return true;
    // Tags match exactly, as an alert channel's do.
    return std::any_of(monitor.tags.cbegin(), monitor.tags.cend(),
                       [this](const QString &tag) { return tags.contains(tag); });
}

bool MaintenanceWindow::isActiveAt(const QDateTime &at) const
{
    if (!at.isValid())
        return false;
    if (kind == MaintenanceKind::Once)
        return onceIsValid(*this) && startsAt <= at && at < endsAt;
    const qint64 ms = at.toMSecsSinceEpoch();
    return !WeeklyTimes(*this).periods(ms, ms + 1).isEmpty();
}

QDateTime MaintenanceWindow::nextChange(const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    if (kind == MaintenanceKind::Once) {
        if (!onceIsValid(*this))
            return {};
        if (at < startsAt)
            return startsAt.toUTC();
        if (at < endsAt)
            return endsAt.toUTC();
        return {};
    }
    const WeeklyTimes times(*this);
    if (!times.opensAtAll())
        return {};
    // Inside a stretch, its end; before one, its start. A stretch that reaches the end of the
    // horizon may go on: look again from its end.
    qint64 cursor = at.toMSecsSinceEpoch();
    for (int i = 0; i < kMaxHorizons; ++i) {
        const QList<MaintenancePeriod> runs = joined(times.periods(cursor, cursor + kHorizonMs));
        if (runs.isEmpty()) {
            cursor += kHorizonMs;
            continue;
        }
        const MaintenancePeriod &first = runs.constFirst();
        const qint64 start = first.start.toMSecsSinceEpoch();
        const qint64 end = first.end.toMSecsSinceEpoch();
        if (start > cursor)
            return first.start;
        if (end < cursor + kHorizonMs)
            return first.end;
        cursor = end - 1;
    }
    return {};
}

QList<MaintenancePeriod> MaintenanceWindow::periods(const QDateTime &from,
                                                    const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return {};
    if (kind == MaintenanceKind::Once) {
        if (!onceIsValid(*this) || startsAt >= to || endsAt <= from)
            return {};
        return {{startsAt.toUTC(), endsAt.toUTC()}};
    }
    return WeeklyTimes(*this).periods(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
}

bool isKnownTimeZone(const QString &id)
{
    return ianaZone(id).has_value();
}

std::optional<QString> maintenanceProblem(const MaintenanceWindow &window)
{
    const QString name = window.name.trimmed();
    if (name.isEmpty())
        return Text::tr("the maintenance window has no name");
    if (const QString problem = MonitorValidator::nameProblem(window.name); !problem.isEmpty())
        return problem;
    for (const qint64 id : window.monitorIds) {
        if (id <= 0)
            return Text::tr("the maintenance window '%1' names the monitor id %2, which no "
                            "monitor can have")
                .arg(name)
                .arg(id);
    }
    for (const QString &tag : window.tags) {
        if (const QString problem = MonitorValidator::tagProblem(tag); !problem.isEmpty())
            return problem;
    }
    if (window.kind == MaintenanceKind::Once) {
        if (!window.startsAt.isValid())
            return Text::tr("the maintenance window '%1' has no start time").arg(name);
        if (!window.endsAt.isValid())
            return Text::tr("the maintenance window '%1' has no end time").arg(name);
        if (window.endsAt <= window.startsAt)
            return Text::tr("the maintenance window '%1' ends at %2, which is not after its "
                            "start at %3")
                .arg(name, window.endsAt.toUTC().toString(Qt::ISODate),
                     window.startsAt.toUTC().toString(Qt::ISODate));
        return std::nullopt;
    }
    if ((window.weekdays & kAllWeekdays) == 0 || (window.weekdays & ~kAllWeekdays) != 0)
        return Text::tr("the weekly maintenance window '%1' needs at least one weekday, "
                        "Monday to Sunday")
            .arg(name);
    if (window.startMinute < 0 || window.startMinute >= 24 * 60)
        return Text::tr("the weekly maintenance window '%1' must open between 00:00 and 23:59")
            .arg(name);
    if (window.durationMinutes < 1 || window.durationMinutes > MaintenanceWindow::kMinutesPerWeek)
        return Text::tr("the weekly maintenance window '%1' must last from 1 minute to one "
                        "week, not %n minute(s)",
                        nullptr, window.durationMinutes)
            .arg(name);
    if (!window.timeZone.isEmpty() && !isKnownTimeZone(window.timeZone))
        return Text::tr("the time zone '%1' is unknown: use an IANA id such as Europe/Berlin")
            .arg(JsonText::oneLine(window.timeZone));
    return std::nullopt;
}
