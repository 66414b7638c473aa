#include "app/CommandLine.h"

#include "app/AgentsCommand.h"
#include "app/ChannelCommand.h"
#include "app/CheckCommand.h"
#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/DatabaseCommand.h"
#include "app/FileCommand.h"
#include "app/HistoryCommand.h"
#include "app/MaintenanceCommand.h"
#include "app/MonitorCommand.h"
#include "app/ReportCommand.h"
#include "app/RunCommand.h"
#include "app/SilenceCommand.h"
#include "app/StatsCommand.h"
#include "app/bench/BenchCommand.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

namespace CommandLine {

QString helpText()
{
    return Text::tr(
               "Usage: upwatch [--db PATH] [--minimized]\n"
               "       upwatch <command> [options]\n"
               "\n"
               "Upwatch watches HTTP(S) endpoints and tells you when they go down.\n"
               "Without a command it opens the window (--minimized: start in the tray).\n"
               "\n"
               "Commands:\n"
               "  check URL [options]            Probe one URL once; print the verdict as one "
               "JSON\n"
               "                                 line. Exit code 0 up or degraded, 1 down, 2 bad "
               "usage.\n"
               "  monitor add --name N --url U   Add a monitor (check options, --interval, "
               "--retries,\n"
               "                                 --recovery, --parent, --tag, --paused).\n"
               "  monitor list [--json]          List monitors with their state and last check.\n"
               "  monitor remove|pause|resume ID|NAME\n"
               "                                 Remove (with its history), pause or resume one.\n"
               "  monitor mute|unmute ID|NAME    Drop one monitor's alerts (--for 1h,\n"
               "                                 --until-morning), or send them again.\n"
               "  import FILE.json               Add monitors from a file made by export.\n"
               "  export FILE.json               Write all monitors to a JSON file (no secrets).\n"
               "  run [--duration S]             Run the engine without a window; Ctrl+C stops "
               "it.\n"
               "  history export --out FILE.csv  Write check results as CSV (--monitor, --since,\n"
               "                                 --until).\n"
               "  stats [--monitor M] [--json]   Uptime 24h/7d/30d/1y, response times, time in\n"
               "                                 maintenance; or the report's figures for a\n"
               "                                 period (--month YYYY-MM, --from/--to).\n"
               "  report --month YYYY-MM --out FILE.pdf|FILE.html\n"
               "                                 Write the uptime report of a month (or\n"
               "                                 --last-month, --from/--to; --monitor, --tag).\n"
               "  channel add --name N --webhook URL|--command PROGRAM\n"
               "                                 Add an alert channel (--preset, --events,\n"
               "                                 --monitor, --tag, --timeout).\n"
               "  channel list [--json]          List the alert channels.\n"
               "  channel remove|test ID|NAME    Remove one, or send it a test event.\n"
               "  snooze [1h|4h|morning|off]     Hold every alert for a while; one summary at\n"
               "                                 the end. Without an argument: what holds now.\n"
               "  quiet-hours [22:00-07:00|off]  Hold alerts every night; one summary after.\n"
               "  maintenance add --name N --start ISO --end ISO\n"
               "  maintenance add --name N --weekly DAYS --at HH:MM --duration D\n"
               "                                 Plan a maintenance window, once or weekly\n"
               "                                 (--monitor, --tag, --time-zone): checks go on,\n"
               "                                 alerts wait, uptime leaves it out.\n"
               "  maintenance list [--json]      List the maintenance windows.\n"
               "  maintenance remove ID|NAME     Remove one.\n"
               "  agents [--json]                List the agents that share the database, where\n"
               "                                 they check from and the monitors each leases.\n"
               "  db password --db URL --password-stdin\n"
               "                                 Keep a PostgreSQL database's password in the OS\n"
               "                                 keychain for every command and the window\n"
               "                                 (--forget: remove it).\n"
               "  bench checks|storage|ui        Benchmarks: checks against a loopback nginx, a\n"
               "                                 simulated year of storage, the window with\n"
               "                                 100,000 monitors.\n"
               "\n"
               "Options:\n"
               "  --db PATH             Database file, for every command (default: %1).\n"
               "  -h, --help            Show this help.\n"
               "  -v, --version         Show the version.\n"
               "\n"
               "Run 'upwatch <command> --help' for the options of a command.\n")
        .arg(CommandParser::defaultDatabasePath());
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"-h" || command == u"--help" || command == u"help") {
        Console::printOut(helpText());
        return Console::kExitOk;
    }
    if (command == u"-v" || command == u"--version") {
        Console::printOut(QStringLiteral("upwatch %1").arg(QCoreApplication::applicationVersion()));
        return Console::kExitOk;
    }
    if (command == u"check") {
        CheckCommand check;
        const auto exitCode = check.start(arguments);
        if (exitCode)
            return *exitCode;
        QObject::connect(&check, &CheckCommand::finished, &app, &QCoreApplication::exit);
        return app.exec();
    }
    if (command == u"monitor")
        return MonitorCommand::run(arguments);
    if (command == u"import")
        return FileCommand::importMonitors(arguments);
    if (command == u"export")
        return FileCommand::exportMonitors(arguments);
    if (command == u"history")
        return HistoryCommand::run(arguments);
    if (command == u"stats")
        return StatsCommand::run(arguments);
    if (command == u"agents")
        return AgentsCommand::run(arguments);
    if (command == u"report")
        return ReportCommand::run(arguments);
    if (command == u"channel")
        return ChannelCommand::run(arguments);
    if (command == u"snooze")
        return SilenceCommand::snooze(arguments);
    if (command == u"quiet-hours")
        return SilenceCommand::quietHours(arguments);
    if (command == u"maintenance")
        return MaintenanceCommand::run(arguments);
    if (command == u"db")
        return DatabaseCommand::run(arguments);
    if (command == u"bench")
        return BenchCommand::run(app, arguments);
    if (command == u"run") {
        RunCommand runCommand;
        const auto exitCode = runCommand.start(arguments);
        if (exitCode)
            return *exitCode;
        QObject::connect(&runCommand, &RunCommand::finished, &app, &QCoreApplication::exit);
        return app.exec();
    }
    if (command.startsWith(u'-'))
        Console::printError(Text::tr("unknown option '%1' (see 'upwatch --help')").arg(command));
    else
        Console::printError(Text::tr("unknown command '%1' (see 'upwatch --help')").arg(command));
    return Console::kExitUsage;
}

} // namespace CommandLine
