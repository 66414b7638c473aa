#include "app/CommandLine.h"
#include "app/Console.h"
#include "app/GuiCommand.h"
#include "ui/desktop/AppSettings.h"
#include "ui/desktop/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QSettings>

namespace {

void setNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("upwatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Upwatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPWATCH_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // The window needs a QApplication (and a display); every command runs without either, so
    // `upwatch check` works over SSH and in CI.
    if (GuiCommand::wanted(arguments)) {
        if (const auto problem = GuiCommand::displayProblem()) {
            Console::printError(*problem);
            return Console::kExitFailure;
        }
        QApplication app(argc, argv);
        setNames();
        QApplication::setApplicationDisplayName(QStringLiteral("Upwatch"));
        QApplication::setDesktopFileName(QStringLiteral(UPWATCH_APP_ID));
        // The window speaks the language chosen in Settings, else the system's.
        Translations::installFor(app, AppSettings::load(QSettings()).language);
        return GuiCommand::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    setNames();
    // The command line follows the system's language (LANG, LANGUAGE) only, as command-line
    // tools do: a script that sets LANG=C gets English whatever the window is set to.
    Console::setEnglish(Translations::installFor(app, QString()) == u"en");
    return CommandLine::run(app, QCoreApplication::arguments());
}
