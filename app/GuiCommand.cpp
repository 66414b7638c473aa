#include "app/GuiCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "core/base/SystemClock.h"
#include "ui/desktop/DesktopApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuiCommand)
};

} // namespace

namespace GuiCommand {

bool wanted(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first.isEmpty())
        return true;
    static const QStringList notGui = {QStringLiteral("-h"), QStringLiteral("--help"),
                                       QStringLiteral("-v"), QStringLiteral("--version")};
    return first.startsWith(u'-') && !notGui.contains(first);
}

std::optional<QString> displayProblem()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ||
        qEnvironmentVariableIsSet("WAYLAND_DISPLAY") || qEnvironmentVariableIsSet("DISPLAY"))
        return std::nullopt;
    return Text::tr("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                    "not set); use 'upwatch run' for the engine without a window, or see "
                    "'upwatch --help'");
}

int run(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch [--db PATH] [--minimized]"),
                          Text::tr("Open the Upwatch window."));
    QCommandLineParser &parser = command.parser();
    const QCommandLineOption minimized(
        QStringLiteral("minimized"),
        Text::tr("Start in the tray (or minimized when there is no tray)."));
    parser.addOption(minimized);
    // For Upwatch started again from File > Open database…: the window shows even when Settings
    // say to start minimised. Not for people, so not in --help.
    QCommandLineOption showWindow(QStringLiteral("show-window"),
                                  QStringLiteral("Show the window whatever the settings say."));
    showWindow.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(showWindow);
    if (const auto exit = command.parse(arguments, 1))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        Console::printError(Text::tr("unknown command '%1' (see 'upwatch --help')")
                                .arg(parser.positionalArguments().constFirst()));
        return Console::kExitUsage;
    }
    QSettings settings;
    // --db, else the database last opened with File > Open database…, else the default one.
    // Only the window remembers: `upwatch run` and the other commands keep the default.
    const std::optional<QString> last =
        parser.isSet(QStringLiteral("db")) ? std::nullopt : DesktopApp::lastDatabase(settings);
    const QString path = last ? *last : command.databasePath();
    if (QFileInfo(path).isDir()) {
        Console::printError(Text::tr("cannot open database %1: it is a folder").arg(path));
        return Console::kExitFailure;
    }

    QApplication::setQuitOnLastWindowClosed(false); // the tray keeps it running
    DesktopApp::Options options;
    options.databasePath = path;
    options.startMinimized = parser.isSet(minimized);
    options.showWindow = parser.isSet(showWindow);
    // The password File > Open database… typed, from the Upwatch that started this one: taken
    // out of the environment, so the programs this one starts (alert commands) do not get it.
    if (qEnvironmentVariableIsSet(DesktopApp::kPasswordVariable)) {
        options.databasePassword = qgetenv(DesktopApp::kPasswordVariable);
        qunsetenv(DesktopApp::kPasswordVariable);
    }
    DesktopApp app(options, settings, std::make_shared<SystemClock>());
    QObject::connect(&app, &DesktopApp::finished, qApp, [] { QCoreApplication::exit(0); });
    app.start();
    return QApplication::exec();
}

} // namespace GuiCommand
