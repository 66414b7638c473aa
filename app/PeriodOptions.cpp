#include "app/PeriodOptions.h"

#include "app/Console.h"
#include "core/base/Clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(PeriodOptions)
};

PeriodOptions::Choice refuse(const QString &problem)
{
    Console::printError(problem);
    return {};
}

} // namespace

namespace PeriodOptions {

std::optional<QDateTime> parseTime(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)"
        R"((Z|[+-]\d{2}:\d{2})?)?$)"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const QString fraction = match.captured(7);
    const QTime time(number(4), number(5), number(6),
                     fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, u'0').toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = match.captured(8);
    if (zone.isEmpty() || zone == u"Z")
        return QDateTime(date, time, Qt::UTC);
    const int hours = zone.mid(1, 2).toInt();
    const int minutes = zone.mid(4, 2).toInt();
    constexpr int kMaxOffsetHours = 14;
    if (hours > kMaxOffsetHours || minutes > 59)
        return std::nullopt;
    const int offset = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
}

void add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("month"),
                      Text::tr("A calendar month in local time, such as 2026-11."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("last-month"), Text::tr("The month before this one.")});
    parser.addOption({QStringLiteral("from"),
                      Text::tr("The start of the period (ISO 8601; UTC unless a zone is given)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("to"), Text::tr("The end of the period (not included)."),
                      QStringLiteral("time")});
}

Choice read(const QCommandLineParser &parser, const Clock &clock)
{
    const bool month = parser.isSet(QStringLiteral("month"));
    const bool last = parser.isSet(QStringLiteral("last-month"));
    const bool range = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (int(month) + int(last) + int(range) > 1)
        return refuse(Text::tr("choose one period: --month, --last-month or --from and --to"));
    if (month) {
        const QString text = parser.value(QStringLiteral("month"));
        const auto period = ReportPeriod::month(text);
        if (!period)
            return refuse(
                Text::tr("--month needs a month such as 2026-11 (YYYY-MM), not '%1'").arg(text));
        return {true, period};
    }
    if (last)
        return {true, ReportPeriod::lastMonth(clock)};
    if (!range)
        return {true, std::nullopt};
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return refuse(Text::tr("--from and --to go together"));
    ReportPeriod period;
    for (const char16_t *name : {u"from", u"to"}) {
        const QString option = QString::fromUtf16(name);
        const auto time = parseTime(parser.value(option));
        if (!time)
            return refuse(Text::tr("--%1 needs an ISO 8601 date or time such as "
                                   "2026-11-21 or 2026-11-21T08:00:00Z, not '%2'")
                              .arg(option, parser.value(option)));
        (option == u"from" ? period.from : period.to) = *time;
    }
    if (!period.isValid())
        return refuse(Text::tr("--from must be before --to"));
    return {true, period};
}

} // namespace PeriodOptions
