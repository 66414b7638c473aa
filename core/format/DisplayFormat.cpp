#include "core/format/DisplayFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace {

// The translation context of the formats (a struct, so that lupdate sees the context and the
// plural forms).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
};

} // namespace

namespace DisplayFormat {

QString noValue()
{
    return QStringLiteral("—");
}

double shownPercent(double percent)
{
    const double rounded = std::round(percent * 100.0) / 100.0;
    if (rounded >= 100.0 && percent < 100.0)
        return 99.99;
    if (rounded <= 0.0 && percent > 0.0)
        return 0.01;
    return rounded;
}

QString percentNumber(double percent, const QLocale &locale)
{
    const double shown = shownPercent(percent);
    // Whole values without decimals: "100", "75"; the others with two: "99.95", "75.50".
    const bool whole = shown == std::floor(shown);
    return locale.toString(shown, 'f', whole ? 0 : 2);
}

QString percent(const std::optional<double> &percent)
{
    if (!percent)
        return noValue();
    return Text::tr("%1 %").arg(percentNumber(*percent));
}

QString milliseconds(const std::optional<qint64> &ms)
{
    if (!ms)
        return noValue();
    return Text::tr("%1 ms").arg(QLocale().toString(*ms));
}

QString days(qint64 count)
{
    // Two source texts so that English reads right without a translation; translators give
    // every plural form of their language for the second.
    return count == 1 ? Text::tr("%n day", nullptr, 1) : Text::tr("%n days", nullptr, int(count));
}

QString duration(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms / 1000, 0);
    const qint64 minutes = seconds / 60;
    const qint64 hours = minutes / 60;
    const qint64 dayCount = hours / 24;
    if (minutes == 0)
        return Text::tr("%1 s").arg(seconds);
    if (hours == 0) {
        return seconds % 60 == 0 ? Text::tr("%1 min").arg(minutes)
                                 : Text::tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    }
    if (dayCount == 0) {
        return minutes % 60 == 0 ? Text::tr("%1 h").arg(hours)
                                 : Text::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    }
    return hours % 24 == 0 ? days(dayCount)
                           : Text::tr("%1 %2 h").arg(days(dayCount)).arg(hours % 24);
}

QString interval(qint64 seconds)
{
    if (seconds >= 86400 && seconds % 86400 == 0)
        return days(seconds / 86400);
    if (seconds >= 3600 && seconds % 3600 == 0)
        return Text::tr("%1 h").arg(seconds / 3600);
    if (seconds >= 60 && seconds % 60 == 0)
        return Text::tr("%1 min").arg(seconds / 60);
    return Text::tr("%1 s").arg(seconds);
}

QString time(const QDateTime &at, const QDate &today)
{
    const QDateTime local = at.toLocalTime();
    if (local.date() == today)
        return QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString dateTime(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString endTime(const QDateTime &at, const QDateTime &now)
{
    if (at.isValid() && now.isValid() && now.secsTo(at) < 24 * 3600)
        return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm"));
    return dateTime(at);
}

} // namespace DisplayFormat
