#include "core/model/QuietSettings.h"

#include <QRegularExpression>

namespace {

QDateTime localAt(const QDate &date, const QTime &time)
{
    // A time a daylight-saving change skips moves on to the first one that exists.
    return QDateTime(date, time, Qt::LocalTime).toUTC();
}

} // namespace

bool QuietHours::contains(const QDateTime &at) const
{
    if (start == end)
        return false;
    const QTime time = at.toLocalTime().time();
    if (start < end)
        return start <= time && time < end;
    return time >= start || time < end;
}

QDateTime QuietHours::endAfter(const QDateTime &at) const
{
    if (!contains(at))
        return {};
    const QDateTime local = at.toLocalTime();
    const bool endsTomorrow = start > end && local.time() >= start;
    return localAt(local.date().addDays(endsTomorrow ? 1 : 0), end);
}

QString QuietHours::toText() const
{
    if (!enabled)
        return QStringLiteral("off");
    return start.toString(u"HH:mm") + u'-' + end.toString(u"HH:mm");
}

std::optional<QuietHours> QuietHours::fromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.compare(u"off", Qt::CaseInsensitive) == 0)
        return QuietHours{};
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$)"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime from(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime to(match.captured(3).toInt(), match.captured(4).toInt());
    if (!from.isValid() || !to.isValid() || from == to)
        return std::nullopt;
    return QuietHours{true, from, to};
}

QDateTime QuietSettings::holdEnd(const QDateTime &at) const
{
    // A snooze may end inside quiet hours and quiet hours inside a snooze: follow both.
    QDateTime end = at;
    for (int step = 0; step < 4; ++step) {
        if (isSnoozedAt(end))
            end = snoozedUntil;
        else if (quietHours.enabled && quietHours.contains(end))
            end = quietHours.endAfter(end);
        else
            break;
    }
    return end == at ? QDateTime() : end;
}

QDateTime QuietSettings::nextMorning(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QTime morning(kMorningHour, 0);
    QDateTime next = localAt(local.date(), morning);
    if (next <= now)
        next = localAt(local.date().addDays(1), morning);
    return next;
}
