#include "app/CommandParser.h"

#include "app/CheckOptions.h"
#include "app/Console.h"
#include "app/SecretWait.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/DatabasePasswords.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

CommandParser::CommandParser(QString usage, const QString &description)
    : m_usage(std::move(usage))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))
    , m_db(QStringLiteral("db"), tr("Database file (default: %1).").arg(defaultDatabasePath()),
           QStringLiteral("path"))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
    m_parser.addOption(m_db);
}

std::optional<int> CommandParser::parse(const QStringList &arguments, int commandWords)
{
    QStringList rest = arguments.mid(commandWords);
    rest.prepend(arguments.value(0));
    if (!m_parser.parse(rest)) {
        // "-1" reads as the short option "1": say what it is instead of "unknown option '1'".
        const QStringList unknown = m_parser.unknownOptionNames();
        const auto negative = std::find_if(rest.cbegin() + 1, rest.cend(), [](const QString &a) {
            return a.size() > 1 && a.at(0) == u'-' && a.at(1).isDigit();
        });
        if (negative != rest.cend() && !unknown.isEmpty() && unknown.constFirst().at(0).isDigit()) {
            Console::printError(tr("'%1' is not an option, and ids and counts are "
                                   "never negative (put '--' before a name that "
                                   "starts with '-')")
                                    .arg(*negative));
            return Console::kExitUsage;
        }
        Console::printError(m_parser.errorText());
        return Console::kExitUsage;
    }
    if (m_parser.isSet(m_help)) {
        QString text = m_parser.helpText();
        text.replace(text.left(text.indexOf(u'\n')), tr("Usage: %1").arg(m_usage));
        Console::printOut(text);
        return Console::kExitOk;
    }
    return std::nullopt;
}

QString CommandParser::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("upwatch.sqlite"));
}

QString CommandParser::databasePath() const
{
    if (m_parser.isSet(m_db))
        return m_parser.value(m_db);
    const QString path = defaultDatabasePath();
    // Private (0700): the database holds URLs, headers and passwords. A failure shows when the
    // database is opened ("the folder ... does not exist").
    QString ignored;
    StoreFile::makePrivateFolder(QFileInfo(path).absolutePath(), &ignored);
    return path;
}

std::unique_ptr<StoreDatabase> CommandParser::openDatabase() const
{
    const QString path = databasePath();
    if (path.isEmpty()) {
        Console::printError(tr("--db needs a file name"));
        return nullptr;
    }
    loadStoredPassword(path);
    QString error;
    auto database = StoreDatabase::open(path, &error);
    if (!database)
        Console::printError(error);
    return database;
}

void CommandParser::loadStoredPassword(const QString &path)
{
    QString invalid;
    const auto location = DatabaseLocation::parse(path, &invalid);
    if (!location || !location->isPostgres() || DatabasePasswords::find(location->passwordKey()))
        return;
    const auto secrets = SecretStores::forDatabase(path);
    const SecretStore::Reply reply = SecretWait::loadDatabasePassword(*secrets, path);
    switch (reply.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:    // none stored: PGPASSWORD or ~/.pgpass, if any
    case SecretStore::Status::Unavailable: // no keychain here (a headless agent): the same
        return;
    case SecretStore::Status::Denied:
    case SecretStore::Status::Failed:
        break;
    }
    // Going on may still work (~/.pgpass); if not, the server's refusal follows.
    Console::printError(tr("warning: the password stored for %1 could not be read: %2")
                            .arg(location->passwordKey(), reply.error));
}

bool CommandParser::noPositionalArguments(const QString &command) const
{
    const QStringList extra = m_parser.positionalArguments();
    if (extra.isEmpty())
        return true;
    Console::printError(
        tr("unexpected argument '%1' (see 'upwatch %2 --help')").arg(extra.constFirst(), command));
    return false;
}

std::optional<int> CommandParser::intValue(const QString &name, int minimum, int maximum,
                                           const QString &unit) const
{
    QString error;
    const auto value = CheckOptions::wholeNumber(m_parser, name, minimum, maximum, unit, &error);
    if (!value)
        Console::printError(error);
    return value;
}
