#include "app/CommandLine.h"
#include "app/Console.h"
#include "app/GuiCommand.h"

#include <QApplication>
#include <QCoreApplication>

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
        QApplication::setDesktopFileName(QStringLiteral("upwatch"));
        return GuiCommand::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    setNames();
    return CommandLine::run(app, QCoreApplication::arguments());
}
