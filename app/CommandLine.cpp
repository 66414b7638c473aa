#include "CommandLine.h"

#include "CheckCommand.h"
#include "Console.h"

#include <QCoreApplication>

namespace CommandLine {

QString helpText()
{
    return QStringLiteral(
        "Usage: upwatch <command> [options]\n"
        "\n"
        "Upwatch watches HTTP(S) endpoints and tells you when they go down.\n"
        "\n"
        "Commands:\n"
        "  check URL [options]   Probe one URL once; print the verdict as one JSON line.\n"
        "                        Exit code 0 up or degraded, 1 down, 2 bad usage.\n"
        "\n"
        "Options:\n"
        "  -h, --help            Show this help.\n"
        "  -v, --version         Show the version.\n"
        "\n"
        "Run 'upwatch <command> --help' for the options of a command.\n");
}

int run(QCoreApplication &app, const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == u"-h" || command == u"--help" || command == u"help") {
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
    if (command.startsWith(u'-'))
        Console::printError(
            QStringLiteral("unknown option '%1' (see 'upwatch --help')").arg(command));
    else
        Console::printError(
            QStringLiteral("unknown command '%1' (see 'upwatch --help')").arg(command));
    return Console::kExitUsage;
}

} // namespace CommandLine
