#include "app/HistoryCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "core/io/HistoryExportJob.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

// "2026-11-21", "2026-11-21T10:00", "2026-11-21T10:00:00Z", "...T10:00:00.250+01:00": a time
// without a zone is UTC, like every time Upwatch prints. Strict: every field in its range
// ("T25:00" and "02-30" are refused, not rolled over or cut off).
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

} // namespace

namespace HistoryCommand {

int run(const QStringList &arguments)
{
    if (arguments.value(2) != u"export") {
        if (arguments.value(2).isEmpty() || arguments.value(2) == u"--help" ||
            arguments.value(2) == u"-h") {
            Console::printOut(
                Text::tr("Usage: upwatch history export --out FILE.csv [--monitor ID|NAME] "
                         "[--since ISO] [--until ISO]\n"));
            return arguments.value(2).isEmpty() ? Console::kExitUsage : Console::kExitOk;
        }
        Console::printError(
            Text::tr("unknown history action '%1' (use export)").arg(arguments.value(2)));
        return Console::kExitUsage;
    }
    CommandParser command(
        QStringLiteral("upwatch history export --out FILE.csv [options]"),
        Text::tr("Write raw check results as CSV (UTF-8, RFC 4180, timestamps in UTC):\n"
                 "timestamp,monitor_id,monitor_name,url,method,verdict,reason,"
                 "http_status,response_ms,error"));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("out"), Text::tr("The CSV file to write, or - for stdout."),
         QStringLiteral("file")},
        {QStringLiteral("monitor"), Text::tr("Only this monitor; repeat for more."),
         QStringLiteral("id|name")},
        {QStringLiteral("since"),
         Text::tr("Only results from this time on (ISO 8601; UTC unless a zone is given)."),
         QStringLiteral("time")},
        {QStringLiteral("until"), Text::tr("Only results before this time."),
         QStringLiteral("time")},
    });
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("history export")))
        return Console::kExitUsage;
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty()) {
        Console::printError(Text::tr("history export needs --out FILE.csv"));
        return Console::kExitUsage;
    }
    ResultFilter filter;
    for (const char16_t *name : {u"since", u"until"}) {
        const QString option = QString::fromUtf16(name);
        if (!parser.isSet(option))
            continue;
        const auto time = parseTime(parser.value(option));
        if (!time) {
            Console::printError(Text::tr("--%1 needs an ISO 8601 date or time such as "
                                         "2026-11-21 or 2026-11-21T08:00:00Z, not '%2'")
                                    .arg(option, parser.value(option)));
            return Console::kExitUsage;
        }
        (option == u"since" ? filter.since : filter.until) = *time;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    for (const QString &which : parser.values(QStringLiteral("monitor"))) {
        const auto monitor = store.find(which);
        if (!monitor) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        filter.monitorIds.append(monitor->id);
    }

    const QString path = parser.value(QStringLiteral("out"));
    const HistoryExportJob job(filter, path);
    HistoryExportJob::Outcome outcome;
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            Console::printError(Text::tr("cannot write to stdout"));
            return Console::kExitFailure;
        }
        outcome = job.run(*database, out, QStringLiteral("stdout"));
    }
    else {
        outcome = job.run(*database);
    }
    if (!outcome.succeeded()) {
        Console::printError(outcome.error);
        return Console::kExitFailure;
    }
    if (path != u"-")
        Console::printOut(
            Text::tr("exported %n result(s) to %1", nullptr, int(outcome.written)).arg(path));
    return Console::kExitOk;
}

} // namespace HistoryCommand
