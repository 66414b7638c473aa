#include "app/FileCommand.h"

#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/ImportSecrets.h"
#include "core/io/ExportFile.h"
#include "core/io/MonitorFile.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FileCommand)
};

// The one positional FILE argument, or nullopt after printing the problem.
std::optional<QString> fileArgument(const CommandParser &command, const QString &action)
{
    const QStringList files = command.parser().positionalArguments();
    if (files.size() != 1) {
        Console::printError(
            Text::tr("%1 needs one file name (see 'upwatch %1 --help')").arg(action));
        return std::nullopt;
    }
    return files.constFirst();
}

} // namespace

namespace FileCommand {

int importMonitors(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch import FILE.json"),
        Text::tr("Add the monitors of a file made by 'upwatch export'. Monitors with the "
                 "same name are replaced. A file with any problem imports nothing."));
    command.parser().addPositionalArgument(QStringLiteral("file"),
                                           Text::tr("The JSON file, or - for stdin."));
    command.parser().addOptions({
        {QStringLiteral("secrets-stdin"),
         Text::tr("Read the monitors' secrets (passwords, tokens...) from standard input "
                  "as a JSON object: {\"monitor name\": \"secret\", ...}.")},
        {QStringLiteral("secrets-file"),
         Text::tr("Keep secrets in DB.secrets (mode 0600) instead of the OS keychain.")},
    });
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    const auto path = fileArgument(command, QStringLiteral("import"));
    if (!path)
        return Console::kExitUsage;
    const bool fromStdin = *path == u"-";
    const bool secretsFromStdin = command.parser().isSet(QStringLiteral("secrets-stdin"));
    if (fromStdin && secretsFromStdin) {
        Console::printError(Text::tr("standard input cannot hold both the file and the "
                                     "secrets: give the file's name"));
        return Console::kExitUsage;
    }
    QHash<QString, QByteArray> secrets;
    if (secretsFromStdin) {
        QString why;
        const auto given = ImportSecrets::readStdin(&why);
        if (!given) {
            Console::printError(why);
            return Console::kExitUsage;
        }
        secrets = *given;
    }
    const QString shown = fromStdin ? Text::tr("standard input") : *path;
    QFile file;
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly)
                                  : (file.setFileName(*path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        Console::printError(Text::tr("cannot read %1: %2").arg(shown, file.errorString()));
        return Console::kExitFailure;
    }
    QString error;
    const auto bytes = MonitorFile::readAll(file, &error);
    if (!bytes) {
        Console::printError(shown + u' ' + error);
        return Console::kExitFailure;
    }
    auto monitors = MonitorFile::fromJson(*bytes, &error);
    if (!monitors) {
        Console::printError(QStringLiteral("%1: %2").arg(shown, error));
        return Console::kExitFailure;
    }
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    // Secrets first: a stored monitor never points at a secret that is not there.
    ImportSecrets importSecrets(database->path(),
                                command.parser().isSet(QStringLiteral("secrets-file")));
    if (!importSecrets.prepare(*monitors, secrets))
        return Console::kExitFailure;
    MonitorStore store(*database);
    MonitorStore::ImportReport report;
    if (!store.import(*monitors, &report)) {
        importSecrets.undo();
        Console::printError(
            Text::tr("%1: %2 (nothing was imported)").arg(shown, store.lastError()));
        return Console::kExitFailure;
    }
    // One arg() call: a "%3" in a file name stays part of the name.
    Console::printOut(
        Text::tr("imported %n monitor(s) from %1 (%2 added, %3 replaced)", nullptr,
                 int(monitors->size()))
            .arg(shown, QString::number(report.added), QString::number(report.updated)));
    importSecrets.finish(*database, *monitors, report.obsoleteKeys);
    return Console::kExitOk;
}

int exportMonitors(const QStringList &arguments)
{
    CommandParser command(QStringLiteral("upwatch export FILE.json"),
                          Text::tr("Write every monitor's settings to a JSON file that "
                                   "'upwatch import' reads. Secrets are left out."));
    command.parser().addPositionalArgument(QStringLiteral("file"),
                                           Text::tr("The JSON file, or - for stdout."));
    if (const auto exit = command.parse(arguments, 2))
        return *exit;
    const auto path = fileArgument(command, QStringLiteral("export"));
    if (!path)
        return Console::kExitUsage;
    const auto database = command.openDatabase();
    if (!database)
        return Console::kExitFailure;
    MonitorStore store(*database);
    const auto monitors = store.all();
    if (!monitors) {
        Console::printError(store.lastError());
        return Console::kExitFailure;
    }
    MonitorFile::ExportReport report;
    const QByteArray json = MonitorFile::toJson(*monitors, &report);
    for (const QString &leftOut : std::as_const(report.leftOut))
        Console::printError(Text::tr("note: %1").arg(leftOut));
    if (*path == u"-") {
        const size_t size = size_t(json.size());
        if (std::fwrite(json.constData(), 1, size, stdout) != size || std::fflush(stdout) != 0) {
            Console::printError(Text::tr("cannot write to stdout: %1")
                                    .arg(QString::fromLocal8Bit(std::strerror(errno))));
            return Console::kExitFailure;
        }
        return Console::kExitOk;
    }
    ExportFile file(*path);
    if (!file.open() || (file.device().write(json), !file.commit())) {
        Console::printError(file.errorString());
        return Console::kExitFailure;
    }
    Console::printOut(
        Text::tr("exported %n monitor(s) to %1", nullptr, int(monitors->size())).arg(*path));
    return Console::kExitOk;
}

} // namespace FileCommand
