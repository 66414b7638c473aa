#include "app/bench/BenchCommand.h"

#include "app/Console.h"
#include "app/bench/BenchChecks.h"
#include "app/bench/BenchStorage.h"
#include "app/bench/BenchUi.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

QString usage()
{
    return Text::tr("Usage: upwatch bench checks|storage|ui [options]\n"
                    "\n"
                    "  checks    The monitoring service against a loopback nginx: checks per "
                    "second,\n"
                    "            lateness, gaps, response times, event-loop lag, CPU and "
                    "memory.\n"
                    "  storage   The database a number of monitors leaves after a simulated "
                    "year:\n"
                    "            size per level, write rate, uptime and chart query times.\n"
                    "  ui        The window with 100,000 monitors (offscreen): start-up, "
                    "filter,\n"
                    "            sort, memory and GUI-thread lag at the engine's full rate.\n"
                    "\n"
                    "Run 'upwatch bench <benchmark> --help' for its options.\n");
}

} // namespace

namespace BenchCommand {

bool wantsWidgets(const QStringList &arguments)
{
    return arguments.value(1) == u"bench" && arguments.value(2) == u"ui";
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    const QString which = arguments.value(2);
    // Each benchmark parses what follows its own name.
    if (which == u"checks")
        return BenchChecks::run(app, arguments);
    if (which == u"storage")
        return BenchStorage::run(app, arguments);
    if (which == u"ui")
        return BenchUi::run(app, arguments);
    if (which == u"-h" || which == u"--help") {
        Console::printOut(usage());
        return Console::kExitOk;
    }
    if (which.isEmpty())
        Console::printError(Text::tr("bench needs a benchmark: checks, storage or ui"));
    else
        Console::printError(
            Text::tr("unknown benchmark '%1' (see 'upwatch bench --help')").arg(which));
    return Console::kExitUsage;
}

} // namespace BenchCommand
