#include "HistoryCommand.h"

#include "CommandParser.h"
#include "Console.h"
#include "HistoryCsv.h"
#include "HistoryReader.h"
#include "MonitorStore.h"
#include "StoreDatabase.h"

#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

namespace {

// "2026-11-21", "2026-11-21T10:00", "2026-11-21T10:00:00Z", "...+01:00": a time without a zone
// is UTC, like every time Upwatch prints.
std::optional<QDateTime> parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

namespace HistoryCommand {

int run(const QStringList &arguments)
{
    if (arguments.value(2) != u"export") {
        if (arguments.value(2).isEmpty() || arguments.value(2) == u"--help" ||
            arguments.value(2) == u"-h") {
            Console::printOut(
                QStringLiteral("Usage: upwatch history export --out FILE.csv [--monitor ID|NAME] "
                               "[--since ISO] [--until ISO]\n"));
            return arguments.value(2).isEmpty() ? Console::kExitUsage : Console::kExitOk;
        }
        Console::printError(
            QStringLiteral("unknown history action '%1' (use export)").arg(arguments.value(2)));
        return Console::kExitUsage;
    }
    CommandParser command(
        QStringLiteral("upwatch history export --out FILE.csv [options]"),
        QStringLiteral("Write raw check results as CSV (UTF-8, RFC 4180, timestamps in UTC):\n"
                       "timestamp,monitor_id,monitor_name,url,method,verdict,reason,"
                       "http_status,response_ms,error"));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("The CSV file to write, or - for stdout."),
         QStringLiteral("file")},
        {QStringLiteral("monitor"), QStringLiteral("Only this monitor; repeat for more."),
         QStringLiteral("id|name")},
        {QStringLiteral("since"),
         QStringLiteral("Only results from this time on (ISO 8601; UTC unless a zone is given)."),
         QStringLiteral("time")},
        {QStringLiteral("until"), QStringLiteral("Only results before this time."),
         QStringLiteral("time")},
    });
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!parser.isSet(QStringLiteral("out")) || parser.value(QStringLiteral("out")).isEmpty()) {
        Console::printError(QStringLiteral("history export needs --out FILE.csv"));
        return Console::kExitUsage;
    }
    ResultFilter filter;
    for (const char16_t *name : {u"since", u"until"}) {
        const QString option = QString::fromUtf16(name);
        if (!parser.isSet(option))
            continue;
        const auto time = parseTime(parser.value(option));
        if (!time) {
            Console::printError(QStringLiteral("--%1 needs an ISO 8601 date or time such as "
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
    const auto monitors = store.all();
    if (!monitors) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    QHash<qint64, Monitor> byId;
    for (const Monitor &monitor : *monitors)
        byId.insert(monitor.id, monitor);
    for (const QString &which : parser.values(QStringLiteral("monitor"))) {
        const auto monitor = store.find(which);
        if (!monitor) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        filter.monitorIds.append(monitor->id);
    }

    const QString path = parser.value(QStringLiteral("out"));
    HistoryReader reader(*database);
    QString error;
    std::optional<qint64> written;
    if (path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            Console::printError(QStringLiteral("cannot write to stdout"));
            return Console::kExitFailure;
        }
        written = HistoryCsv::write(reader, byId, filter, out, &error);
    }
    else {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly)) {
            Console::printError(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
            return Console::kExitFailure;
        }
        written = HistoryCsv::write(reader, byId, filter, out, &error);
        if (written && !out.commit()) {
            written.reset();
            error = QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
        }
    }
    if (!written) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    if (path != u"-")
        Console::printOut(QStringLiteral("exported %1 results to %2").arg(*written).arg(path));
    return Console::kExitOk;
}

} // namespace HistoryCommand
