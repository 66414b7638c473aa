#include "app/ReportCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/PeriodOptions.h"
#include "core/base/SystemClock.h"
#include "core/report/UptimeReport.h"
#include "core/store/HistoryReader.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "ui/report/ReportDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

} // namespace

namespace ReportCommand {

bool wanted(const QStringList &arguments)
{
    return arguments.value(1) == u"report";
}

int run(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch report (--month YYYY-MM | --last-month | --from ISO --to ISO) "
                       "[--monitor ID|NAME]... [--tag T] --out FILE.pdf|FILE.html"),
        Text::tr("Write the uptime report of a period: uptime, minutes down and in "
                 "maintenance, incidents with their durations and reasons, and response times "
                 "(p50, p95) per monitor. The file name's extension picks the format (.pdf or "
                 ".html). The figures are those of 'upwatch stats' for the same period."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("monitor"), Text::tr("Only this monitor; repeat for more."),
         QStringLiteral("id|name")},
        {QStringLiteral("tag"), Text::tr("Only the monitors with this tag."),
         QStringLiteral("tag")},
        {QStringLiteral("out"), Text::tr("The file to write: .pdf or .html."),
         QStringLiteral("file")},
    });
    PeriodOptions::add(parser);
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("report")))
        return Console::kExitUsage;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        Console::printError(Text::tr("report needs --out FILE.pdf or --out FILE.html"));
        return Console::kExitUsage;
    }
    if (!ReportDocument::formatFor(out)) {
        Console::printError(ReportDocument::unknownFormatError(out));
        return Console::kExitUsage;
    }
    if (!QFileInfo(out).absoluteDir().exists()) {
        Console::printError(Text::tr("the folder of %1 does not exist").arg(out));
        return Console::kExitFailure;
    }
    const SystemClock clock;
    const PeriodOptions::Choice choice = PeriodOptions::read(parser, clock);
    if (!choice.ok)
        return Console::kExitUsage;
    if (!choice.period) {
        Console::printError(
            Text::tr("report needs a period: --month YYYY-MM, --last-month or --from and --to"));
        return Console::kExitUsage;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    ReportSelection selection;
    selection.tag = parser.value(QStringLiteral("tag"));
    for (const QString &which : parser.values(QStringLiteral("monitor"))) {
        const auto monitor = store.find(which);
        if (!monitor) {
            Console::printError(store.lastError());
            return Console::kExitFailure;
        }
        selection.monitorIds.append(monitor->id);
    }
    const auto all = store.all();
    if (!all) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    const QList<Monitor> monitors = selection.select(*all);
    if (monitors.isEmpty()) {
        Console::printError(UptimeReport::noMonitorsError());
        return Console::kExitFailure;
    }
    HistoryReader reader(*database);
    const auto report = UptimeReport::compute(reader, monitors, *choice.period, clock.nowUtc());
    if (!report) {
        Console::printError(reader.lastError());
        return Console::kExitFailure;
    }
    QString error;
    if (!ReportDocument(*report).write(out, &error)) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    Console::printOut(Text::tr("wrote the report to %1").arg(out));
    return Console::kExitOk;
}

} // namespace ReportCommand
