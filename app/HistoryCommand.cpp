#include "app/HistoryCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/PeriodOptions.h"
#include "core/io/HistoryExportJob.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QFile>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

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
        const auto time = PeriodOptions::parseTime(parser.value(option));
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
