#include "app/CommandLine.h"
#include "app/Console.h"
#include "app/GuiCommand.h"
#include "app/ReportCommand.h"
#include "app/bench/BenchCommand.h"
#include "ui/desktop/AppSettings.h"
#include "ui/desktop/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSettings>

#include <memory>

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
    // `report` lays out its PDF with QTextDocument, which needs a QGuiApplication (fonts); the
    // offscreen platform gives one without a display, so it runs over SSH and in CI too. Every
    // other command stays on QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    // `bench ui` measures the real window's models and views, offscreen unless told otherwise.
    if (BenchCommand::wantsWidgets(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // As for `report` below: the offscreen platform's start-up remarks are not the command's.
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtFatalMsg)
                    qFatal("%s", qPrintable(message));
            });
        app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previous);
    }
    else if (ReportCommand::wanted(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Its start-up remarks on stderr (the offscreen platform's "XDG_RUNTIME_DIR not set")
        // are not the command's: stderr carries only the command's own errors.
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &message) {
                if (type == QtFatalMsg)
                    qFatal("%s", qPrintable(message));
            });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    }
    else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setNames();
    // The command line follows the system's language (LANG, LANGUAGE) only, as command-line
    // tools do: a script that sets LANG=C gets English whatever the window is set to.
    Console::setEnglish(Translations::installFor(*app, QString()) == u"en");
    return CommandLine::run(*app, QCoreApplication::arguments());
}
