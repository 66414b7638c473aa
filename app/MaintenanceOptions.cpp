#include "app/MaintenanceOptions.h"

#include "app/Console.h"
#include "app/DurationText.h"
#include "core/base/JsonText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <array>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceOptions)
};

constexpr std::array<QStringView, 7> kDayNames = {u"mon", u"tue", u"wed", u"thu",
                                                  u"fri", u"sat", u"sun"};
constexpr std::array<QStringView, 7> kLongDayNames = {
    u"monday", u"tuesday", u"wednesday", u"thursday", u"friday", u"saturday", u"sunday"};
constexpr int kAllDays = 0x7f;
constexpr int kMinutesPerDay = 24 * 60;
// A one-off window given by its duration: up to ten years.

// 0 for Monday .. 6 for Sunday.
std::optional<int> dayIndex(const QString &name)
{
    const QString lower = name.toLower();
    for (std::size_t i = 0; i < kDayNames.size(); ++i) {
        if (lower == kDayNames[i] || lower == kLongDayNames[i])
            return int(i);
    }
    return std::nullopt;
}

QString value(const CommandParser &command, const char16_t *name)
{
    return command.parser().value(QString::fromUtf16(name));
}

bool isSet(const CommandParser &command, const char16_t *name)
{
    return command.parser().isSet(QString::fromUtf16(name));
}

// The zone of --time-zone (checked), else the system's.
std::optional<QTimeZone> zoneOption(const CommandParser &command)
{
    if (!isSet(command, u"time-zone"))
        return QTimeZone::systemTimeZone();
    const QString id = value(command, u"time-zone").trimmed();
    if (!isKnownTimeZone(id)) {
        Console::printError(Text::tr("--time-zone: unknown time zone '%1' (use an IANA id such "
                                     "as Europe/Berlin)")
                                .arg(JsonText::oneLine(id)));
        return std::nullopt;
    }
    return QTimeZone(id.toUtf8());
}

bool usage(const QString &problem)
{
    Console::printError(problem);
    return false;
}

// --start with --end or --duration.
bool readOnce(const CommandParser &command, MaintenanceWindow &window)
{
    if (isSet(command, u"at") || isSet(command, u"weekly"))
        return usage(Text::tr("--at and --weekly make a weekly window; a one-off window "
                              "takes --start with --end or --duration"));
    if (isSet(command, u"end") == isSet(command, u"duration"))
        return usage(Text::tr("--start needs either --end or --duration"));
    const auto zone = zoneOption(command);
    if (!zone)
        return false;
    QString error;
    const auto start = MaintenanceOptions::parseTime(value(command, u"start"), *zone, &error);
    if (!start)
        return usage(Text::tr("--start: %1").arg(error));
    window.kind = MaintenanceKind::Once;
    window.startsAt = *start;
    if (isSet(command, u"end")) {
        const auto end = MaintenanceOptions::parseTime(value(command, u"end"), *zone, &error);
        if (!end)
            return usage(Text::tr("--end: %1").arg(error));
        window.endsAt = *end;
    }
    else {
        const auto minutes = DurationText::parseMinutes(value(command, u"duration"), &error);
        if (!minutes)
            return usage(Text::tr("--duration: %1").arg(error));
        window.endsAt = start->addSecs(qint64(*minutes) * 60);
    }
    return true;
}

// --weekly with --at and --duration, in --time-zone.
bool readWeekly(const CommandParser &command, MaintenanceWindow &window)
{
    if (isSet(command, u"end"))
        return usage(Text::tr("--end goes with --start; a weekly window takes --at and "
                              "--duration"));
    if (!isSet(command, u"at") || !isSet(command, u"duration"))
        return usage(Text::tr("--weekly needs --at HH:MM and --duration (such as 90m or 2h)"));
    QString error;
    const auto days = MaintenanceOptions::parseWeekdays(value(command, u"weekly"), &error);
    if (!days)
        return usage(Text::tr("--weekly: %1").arg(error));
    const auto at = MaintenanceOptions::parseClock(value(command, u"at"), &error);
    if (!at)
        return usage(Text::tr("--at: %1").arg(error));
    const auto minutes = DurationText::parseMinutes(value(command, u"duration"), &error);
    if (!minutes)
        return usage(Text::tr("--duration: %1").arg(error));
    if (!zoneOption(command))
        return false;
    window.kind = MaintenanceKind::Weekly;
    window.weekdays = *days;
    window.startMinute = *at;
    window.durationMinutes = *minutes;
    window.timeZone =
        isSet(command, u"time-zone") ? value(command, u"time-zone").trimmed() : QString();
    return true;
}

} // namespace

namespace MaintenanceOptions {

void addTo(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("name"), Text::tr("Unique name of the window."), QStringLiteral("name")},
        {QStringLiteral("monitor"),
         Text::tr("A monitor it covers (id or name); repeat for more. Without --monitor and "
                  "--tag: every monitor."),
         QStringLiteral("id|name")},
        {QStringLiteral("tag"), Text::tr("It covers every monitor with this tag; repeat for more."),
         QStringLiteral("tag")},
        {QStringLiteral("start"),
         Text::tr("A one-off window opens then (ISO 8601; local time unless it has an offset "
                  "such as Z or +01:00)."),
         QStringLiteral("time")},
        {QStringLiteral("end"), Text::tr("...and closes then."), QStringLiteral("time")},
        {QStringLiteral("weekly"),
         Text::tr("A weekly window opens on these days: mon,tue,... or ranges such as "
                  "mon-fri, or daily, weekdays, weekend."),
         QStringLiteral("days")},
        {QStringLiteral("at"), Text::tr("...at this local time (HH:MM)."), QStringLiteral("time")},
        {QStringLiteral("duration"),
         Text::tr("How long it stays open: 90m, 2h, 1h30m, 2d (a weekly window: at most a "
                  "week; a one-off window: instead of --end)."),
         QStringLiteral("length")},
        {QStringLiteral("time-zone"),
         Text::tr("The time zone of --at and of times without an offset, an IANA id such as "
                  "Europe/Berlin (default: the system's, wherever Upwatch runs)."),
         QStringLiteral("zone")},
    });
}

std::optional<MaintenanceWindow> window(const CommandParser &command)
{
    if (!isSet(command, u"name")) {
        Console::printError(Text::tr("maintenance add needs --name"));
        return std::nullopt;
    }
    MaintenanceWindow window;
    window.name = value(command, u"name").trimmed();
    // Each tag once; an empty one is an error (from maintenanceProblem), not silently dropped.
    for (const QString &tag : command.parser().values(QStringLiteral("tag"))) {
        if (!window.tags.contains(tag.trimmed()))
            window.tags.append(tag.trimmed());
    }
    if (isSet(command, u"start")) {
        if (!readOnce(command, window))
            return std::nullopt;
    }
    else if (isSet(command, u"weekly")) {
        if (!readWeekly(command, window))
            return std::nullopt;
    }
    else {
        Console::printError(Text::tr("maintenance add needs --start with --end (a one-off "
                                     "window) or --weekly with --at and --duration"));
        return std::nullopt;
    }
    if (const auto problem = maintenanceProblem(window)) {
        Console::printError(*problem);
        return std::nullopt;
    }
    return window;
}

std::optional<int> parseWeekdays(const QString &text, QString *error)
{
    int days = 0;
    for (const QString &rawPart : text.split(u',')) {
        const QString part = rawPart.trimmed().toLower();
        if (part.isEmpty())
            continue;
        if (part == u"daily" || part == u"all") {
            days |= kAllDays;
            continue;
        }
        if (part == u"weekdays") {
            days |= 0x1f;
            continue;
        }
        if (part == u"weekend") {
            days |= 0x60;
            continue;
        }
        const qsizetype dash = part.indexOf(u'-');
        const auto first = dayIndex(dash < 0 ? part : part.left(dash));
        const auto last = dash < 0 ? first : dayIndex(part.mid(dash + 1));
        if (!first || !last) {
            *error = Text::tr("unknown day '%1' (use mon, tue, wed, thu, fri, sat, sun, a range "
                              "such as mon-fri, daily, weekdays or weekend)")
                         .arg(JsonText::oneLine(rawPart.trimmed()));
            return std::nullopt;
        }
        // A range may run over the end of the week: fri-mon.
        for (int day = *first;; day = (day + 1) % 7) {
            days |= 1 << day;
            if (day == *last)
                break;
        }
    }
    if (days == 0) {
        *error = Text::tr("name at least one day, such as mon,wed or mon-fri");
        return std::nullopt;
    }
    return days;
}

std::optional<int> parseClock(const QString &text, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{1,2}):(\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const int hours = match.captured(1).toInt();
    const int minutes = match.captured(2).toInt();
    if (!match.hasMatch() || hours > 23 || minutes > 59) {
        *error =
            Text::tr("'%1' is not a time of day from 00:00 to 23:59").arg(JsonText::oneLine(text));
        return std::nullopt;
    }
    return hours * 60 + minutes;
}

std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone, QString *error)
{
    // Strict: every field in its range ("T25:00" and "02-30" are refused, not rolled over).
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)"
        R"((Z|[+-]\d{2}:\d{2})?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = match.captured(7);
    const QTime time(number(4), number(5), number(6),
                     fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, u'0').toInt());
    const QString offset = match.captured(8);
    constexpr int kMaxOffsetHours = 14;
    if (!match.hasMatch() || !date.isValid() || !time.isValid() ||
        (offset.size() > 1 &&
         (offset.mid(1, 2).toInt() > kMaxOffsetHours || offset.mid(4, 2).toInt() > 59))) {
        *error = Text::tr("'%1' is not an ISO 8601 date or time such as 2026-11-21T02:00 or "
                          "2026-11-21T02:00:00+01:00")
                     .arg(JsonText::oneLine(text));
        return std::nullopt;
    }
    if (offset == u"Z")
        return QDateTime(date, time, Qt::UTC);
    if (!offset.isEmpty()) {
        const int seconds = (offset.at(0) == u'-' ? -1 : 1) *
                            (offset.mid(1, 2).toInt() * 3600 + offset.mid(4, 2).toInt() * 60);
        return QDateTime(date, time, Qt::OffsetFromUTC, seconds).toUTC();
    }
    const QDateTime local(date, time, zone);
    if (!local.isValid() || local.date() != date || local.time() != time) {
        *error = Text::tr("%1 does not exist in the time zone %2: the clocks skip it")
                     .arg(JsonText::oneLine(text.trimmed()), QString::fromUtf8(zone.id()));
        return std::nullopt;
    }
    return local.toUTC();
}

QStringList weekdayNames(int weekdays)
{
    QStringList names;
    for (std::size_t i = 0; i < kDayNames.size(); ++i) {
        if ((weekdays & (1 << i)) != 0)
            names.append(kDayNames[i].toString());
    }
    return names;
}

QString weekdaysText(int weekdays)
{
    if ((weekdays & kAllDays) == kAllDays)
        return Text::tr("daily");
    // Three days or more in a row read as a range: "Mon-Fri", "Sat,Sun".
    const auto name = [](int day) { return QLocale().dayName(day + 1, QLocale::ShortFormat); };
    const auto opens = [weekdays](int day) { return day < 7 && (weekdays & (1 << day)) != 0; };
    QStringList parts;
    for (int day = 0; day < 7; ++day) {
        if (!opens(day))
            continue;
        int last = day;
        while (opens(last + 1))
            ++last;
        if (last - day >= 2) {
            parts.append(name(day) + u'-' + name(last));
            day = last;
        }
        else {
            parts.append(name(day));
        }
    }
    return parts.join(u',');
}

QString clockText(int minuteOfDay)
{
    return QStringLiteral("%1:%2")
        .arg(minuteOfDay / 60, 2, 10, QChar(u'0'))
        .arg(minuteOfDay % 60, 2, 10, QChar(u'0'));
}

QString durationText(int minutes)
{
    QString text;
    if (minutes >= kMinutesPerDay && minutes % kMinutesPerDay == 0)
        return QStringLiteral("%1d").arg(minutes / kMinutesPerDay);
    if (minutes >= 60)
        text += QStringLiteral("%1h").arg(minutes / 60);
    if (minutes % 60 != 0 || minutes < 60)
        text += QStringLiteral("%1m").arg(minutes % 60);
    return text;
}

QString scheduleText(const MaintenanceWindow &window)
{
    if (window.kind == MaintenanceKind::Once)
        return Text::tr("%1 to %2")
            .arg(timeText(window, window.startsAt), timeText(window, window.endsAt));
    const QString zone = window.timeZone.isEmpty() ? Text::tr("local time") : window.timeZone;
    return Text::tr("%1 %2 for %3 (%4)")
        .arg(weekdaysText(window.weekdays), clockText(window.startMinute),
             durationText(window.durationMinutes), zone);
}

QString timeText(const MaintenanceWindow &window, const QDateTime &at)
{
    if (!at.isValid())
        return QStringLiteral("-");
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (window.kind == MaintenanceKind::Weekly && !window.timeZone.isEmpty()) {
        if (isKnownTimeZone(window.timeZone))
            zone = QTimeZone(window.timeZone.toUtf8());
    }
    const QDateTime local = at.toTimeZone(zone);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace MaintenanceOptions
