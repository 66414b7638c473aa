#include "ui/tray/NotificationHold.h"

#include "core/format/DisplayFormat.h"

NotificationHold NotificationHold::of(const QuietSettings &settings, const QDateTime &now)
{
    NotificationHold hold;
    if (settings.isSnoozedAt(now)) {
        hold.kind = Kind::Snoozed;
        hold.until = settings.snoozedUntil;
        hold.text = tr("Notifications paused until %1")
                        .arg(DisplayFormat::endTime(settings.snoozedUntil, now));
    }
    else if (settings.quietHours.enabled && settings.quietHours.contains(now)) {
        hold.kind = Kind::QuietHours;
        hold.until = settings.quietHours.endAfter(now);
        hold.text = tr("Quiet hours until %1").arg(DisplayFormat::endTime(hold.until, now));
    }
    return hold;
}

QDateTime NotificationHold::nextChange(const QuietSettings &settings, const QDateTime &now)
{
    QDateTime next;
    const auto consider = [&next, &now](const QDateTime &at) {
        if (at.isValid() && at > now && (!next.isValid() || at < next))
            next = at;
    };
    consider(settings.snoozedUntil);
    const QuietHours &quiet = settings.quietHours;
    if (quiet.enabled && quiet.start != quiet.end) {
        consider(quiet.endAfter(now));
        const QDate today = now.toLocalTime().date();
        for (const QDate &day : {today, today.addDays(1)})
            consider(QDateTime(day, quiet.start, Qt::LocalTime).toUTC());
    }
    return next;
}
