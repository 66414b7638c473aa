#include "ui/window/MaintenanceText.h"

#include "core/format/DisplayFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MaintenanceText)
};

constexpr int kNamesShown = 3;

QString timeOfDay(const QTime &time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

// "Sat 2 Jan", with the year when it is not the year of `now`.
QString day(const QDate &date, const QDate &today)
{
    //: A day in maintenance window times: Qt date format (ddd weekday, d day, MMM month).
    QString format = Text::tr("ddd d MMM");
    if (date.year() != today.year())
        //: A day in another year in maintenance window times: Qt date format.
        format = Text::tr("ddd d MMM yyyy");
    return QLocale().toString(date, format);
}

// "Sat 2 Jan 02:00".
QString moment(const QDateTime &at, const QDate &today)
{
    const QDateTime local = at.toLocalTime();
    return Text::tr("%1 %2").arg(day(local.date(), today), timeOfDay(local.time()));
}

// "Sat 2 Jan 02:00–04:00", or "Sat 2 Jan 22:00 – Sun 3 Jan 02:00" across days.
QString span(const MaintenancePeriod &period, const QDate &today)
{
    const QDateTime start = period.start.toLocalTime();
    const QDateTime end = period.end.toLocalTime();
    if (start.date() == end.date() ||
        (end.time() == QTime(0, 0) && start.daysTo(end) == 1 && start.time() != QTime(0, 0)))
        return Text::tr("%1 %2\u2013%3")
            .arg(day(start.date(), today), timeOfDay(start.time()), timeOfDay(end.time()));
    return Text::tr("%1 \u2013 %2").arg(moment(period.start, today), moment(period.end, today));
}

QString durationText(int minutes)
{
    return DisplayFormat::duration(qint64(minutes) * 60 * 1000);
}

QString weekdayList(int weekdays)
{
    const QLocale locale;
    QStringList names;
    for (const int qtDay : MaintenanceText::weekdaysInLocaleOrder()) {
        if (weekdays & MaintenanceText::weekdayBit(qtDay))
            names.append(locale.dayName(qtDay, QLocale::ShortFormat));
    }
    if (names.size() == 7)
        return Text::tr("day");
    return names.join(Text::tr(", "));
}

} // namespace

namespace MaintenanceText {

QList<int> weekdaysInLocaleOrder()
{
    const int first = int(QLocale().firstDayOfWeek());
    QList<int> days;
    for (int i = 0; i < 7; ++i)
        days.append((first - 1 + i) % 7 + 1);
    return days;
}

QString appliesTo(const MaintenanceWindow &window, const QHash<qint64, QString> &monitorNames)
{
    if (window.coversAllMonitors())
        return Text::tr("All monitors");
    QStringList parts;
    if (!window.monitorIds.isEmpty()) {
        QStringList names;
        for (const qint64 id : window.monitorIds) {
            if (names.size() == kNamesShown)
                break;
            names.append(monitorNames.value(id, Text::tr("monitor %1").arg(id)));
        }
        QString monitors = names.join(Text::tr(", "));
        const int more = int(window.monitorIds.size()) - int(names.size());
        if (more > 0)
            monitors = Text::tr("%1 and %n more", nullptr, more).arg(monitors);
        parts.append(monitors);
    }
    if (!window.tags.isEmpty()) {
        const QString tags = window.tags.join(Text::tr(", "));
        parts.append(parts.isEmpty() ? Text::tr("Tags: %1").arg(tags)
                                     : Text::tr("tags: %1").arg(tags));
    }
    return parts.join(Text::tr("; "));
}

QString schedule(const MaintenanceWindow &window, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    if (window.kind == MaintenanceKind::Once)
        return Text::tr("Once, %1").arg(span({window.startsAt, window.endsAt}, today));
    const QString start = timeOfDay(QTime(0, 0).addSecs(qint64(window.startMinute) * 60));
    QString text =
        Text::tr("Every %1 at %2 for %3")
            .arg(weekdayList(window.weekdays), start, durationText(window.durationMinutes));
    if (!window.timeZone.isEmpty() && window.timeZone.toUtf8() != QTimeZone::systemTimeZoneId())
        text = Text::tr("%1 (%2)").arg(text, window.timeZone);
    return text;
}

MaintenancePeriod nextPeriod(const MaintenanceWindow &window, const QDateTime &now)
{
    if (window.isActiveAt(now)) {
        // The stretch open now: from the latest start before now to the next change.
        const QList<MaintenancePeriod> open = window.periods(now, now.addMSecs(1));
        QDateTime start = open.isEmpty() ? now : open.constFirst().start;
        return {start, window.nextChange(now)};
    }
    const QDateTime start = window.nextChange(now);
    if (!start.isValid())
        return {};
    return {start, window.nextChange(start)};
}

QString status(const MaintenanceWindow &window, const QDateTime &now)
{
    const MaintenancePeriod next = nextPeriod(window, now);
    if (!next.start.isValid())
        return Text::tr("Ended");
    if (window.isActiveAt(now)) {
        if (!next.end.isValid())
            return Text::tr("Open");
        return Text::tr("Open until %1").arg(until(next.end, now));
    }
    const QDateTime start = next.start.toLocalTime();
    const QDateTime local = now.toLocalTime();
    if (start.date() == local.date())
        return Text::tr("Next today %1").arg(timeOfDay(start.time()));
    if (local.daysTo(start) < 7)
        return Text::tr("Next %1 %2")
            .arg(QLocale().dayName(start.date().dayOfWeek(), QLocale::ShortFormat),
                 timeOfDay(start.time()));
    return Text::tr("Next %1").arg(moment(next.start, local.date()));
}

QString nextSentence(const MaintenanceWindow &window, const QDateTime &now)
{
    const MaintenancePeriod next = nextPeriod(window, now);
    if (!next.start.isValid())
        return Text::tr("It has ended: it will not open again.");
    if (window.isActiveAt(now)) {
        if (!next.end.isValid())
            return Text::tr("Open now, and it stays open.");
        return Text::tr("Open now until %1").arg(until(next.end, now));
    }
    if (!next.end.isValid())
        return Text::tr("Next: from %1").arg(moment(next.start, now.toLocalTime().date()));
    return Text::tr("Next: %1").arg(span(next, now.toLocalTime().date()));
}

QString until(const QDateTime &end, const QDateTime &now)
{
    const QDateTime local = end.toLocalTime();
    if (local.date() == now.toLocalTime().date())
        return timeOfDay(local.time());
    return moment(end, now.toLocalTime().date());
}

} // namespace MaintenanceText
