#include "app/DatabaseCommand.h"

#include "app/AuthOptions.h"
#include "app/CommandParser.h"
#include "app/Console.h"
#include "app/SecretWait.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabaseLocation.h"

#include <QCoreApplication>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCommand)
};

int password(const QStringList &arguments)
{
    CommandParser command(
        QStringLiteral("upwatch db password --db postgresql://USER@HOST:PORT/DB "
                       "(--password-stdin | --forget)"),
        Text::tr("Keep the password of a PostgreSQL database in the OS keychain: the window, "
                 "'upwatch run' and every other command started on the database use it (before "
                 "PGPASSWORD and ~/.pgpass). It is read from standard input, never from an "
                 "argument."));
    QCommandLineParser &parser = command.parser();
    parser.addOptions({
        {QStringLiteral("password-stdin"),
         Text::tr("Read the password from standard input (one trailing line break is "
                  "dropped).")},
        {QStringLiteral("forget"), Text::tr("Remove the stored password.")},
        {QStringLiteral("secrets-file"),
         Text::tr("Keep the password in this machine's secrets file for the database (mode "
                  "0600) instead of the OS keychain: for a server without one. Used from then "
                  "on.")},
    });
    if (const auto exit = command.parse(arguments, 3))
        return *exit;
    if (!command.noPositionalArguments(QStringLiteral("db password")))
        return Console::kExitUsage;
    const QString path = parser.value(QStringLiteral("db")).trimmed();
    if (!parser.isSet(QStringLiteral("db")) || !DatabaseLocation::isPostgresUrl(path)) {
        Console::printError(Text::tr("db password needs --db with the URL of a PostgreSQL "
                                     "database (postgresql://user@host:port/db); a database "
                                     "file has no password"));
        return Console::kExitUsage;
    }
    QString error;
    const auto location = DatabaseLocation::parse(path, &error);
    if (!location) {
        Console::printError(error);
        return Console::kExitUsage;
    }
    const bool forget = parser.isSet(QStringLiteral("forget"));
    const bool fromStdin = parser.isSet(QStringLiteral("password-stdin"));
    if (forget == fromStdin) {
        Console::printError(Text::tr("db password needs one of --password-stdin and --forget"));
        return Console::kExitUsage;
    }
    const QString key = location->passwordKey();
    const auto secrets =
        SecretStores::forDatabase(path, parser.isSet(QStringLiteral("secrets-file")));
    if (forget) {
        const SecretStore::Reply removed = SecretWait::remove(*secrets, key);
        if (!removed.ok()) {
            Console::printError(Text::tr("cannot remove the password of %1 from %2: %3")
                                    .arg(key, secrets->describe(), removed.error));
            return Console::kExitFailure;
        }
        Console::printOut(
            Text::tr("the password of %1 is not in %2 any more").arg(key, secrets->describe()));
        return Console::kExitOk;
    }
    const auto secret = AuthOptions::readProcessStdin(&error);
    if (!secret) {
        Console::printError(error);
        return Console::kExitFailure;
    }
    if (secret->isEmpty()) {
        Console::printError(Text::tr("standard input is empty: it should hold the password"));
        return Console::kExitUsage;
    }
    const SecretStore::Reply written = SecretWait::write(*secrets, key, *secret);
    if (!written.ok()) {
        Console::printError(Text::tr("cannot store the password of %1 in %2: %3")
                                .arg(key, secrets->describe(), written.error));
        return Console::kExitFailure;
    }
    Console::printOut(Text::tr("the password of %1 is in %2").arg(key, secrets->describe()));
    return Console::kExitOk;
}

} // namespace

namespace DatabaseCommand {

int run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action == u"password")
        return password(arguments);
    if (action.isEmpty() || action == u"-h" || action == u"--help") {
        Console::printOut(Text::tr(
            "Usage: upwatch db password --db postgresql://USER@HOST:PORT/DB --password-stdin\n"
            "       upwatch db password --db postgresql://USER@HOST:PORT/DB --forget\n"
            "\n"
            "  password    Keep the password of a PostgreSQL database in the OS keychain\n"
            "              (read from standard input), or remove it (--forget). Every\n"
            "              command and the window started on the database use it.\n"));
        return action.isEmpty() ? Console::kExitUsage : Console::kExitOk;
    }
    Console::printError(Text::tr("unknown db action '%1' (use password)").arg(action));
    return Console::kExitUsage;
}

} // namespace DatabaseCommand
