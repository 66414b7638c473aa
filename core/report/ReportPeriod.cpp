#include "core/report/ReportPeriod.h"

#include "core/base/Clock.h"

#include <QRegularExpression>

namespace {

// The first moment of a local day in UTC (a day whose midnight a daylight-saving change skips
// starts at its first valid minute).
QDateTime startOfDay(const QDate &date)
{
    return date.startOfDay(Qt::LocalTime).toUTC();
}

} // namespace

ReportPeriod ReportPeriod::monthOf(const QDate &date)
{
    const QDate first(date.year(), date.month(), 1);
    return {startOfDay(first), startOfDay(first.addMonths(1))};
}

std::optional<ReportPeriod> ReportPeriod::month(QStringView yearMonth)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(yearMonth.toString());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate first(match.capturedView(1).toInt(), match.capturedView(2).toInt(), 1);
    if (!first.isValid() || first.year() < 1970)
        return std::nullopt;
    return monthOf(first);
}

ReportPeriod ReportPeriod::thisMonth(const Clock &clock)
{
    return monthOf(clock.nowUtc().toLocalTime().date());
}

ReportPeriod ReportPeriod::lastMonth(const Clock &clock)
{
    return monthOf(clock.nowUtc().toLocalTime().date().addMonths(-1));
}

ReportPeriod ReportPeriod::days(const QDate &first, const QDate &last)
{
    return {startOfDay(first), startOfDay(last.addDays(1))};
}

QString ReportPeriod::monthName() const
{
    const QDate first = from.toLocalTime().date();
    if (first.day() != 1 || monthOf(first) != *this)
        return {};
    return first.toString(QStringLiteral("yyyy-MM"));
}
