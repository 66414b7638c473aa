#include "CommandParser.h"

#include "CheckOptions.h"
#include "Console.h"
#include "StoreDatabase.h"
#include "StoreFile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

CommandParser::CommandParser(QString usage, const QString &description)
    : m_usage(std::move(usage))
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."))
    , m_db(QStringLiteral("db"),
           QStringLiteral("Database file (default: %1).").arg(defaultDatabasePath()),
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
        Console::printError(m_parser.errorText());
        return Console::kExitUsage;
    }
    if (m_parser.isSet(m_help)) {
        QString text = m_parser.helpText();
        text.replace(text.left(text.indexOf(u'\n')), u"Usage: " + m_usage);
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
        Console::printError(QStringLiteral("--db needs a file name"));
        return nullptr;
    }
    QString error;
    auto database = StoreDatabase::open(path, &error);
    if (!database)
        Console::printError(error);
    return database;
}

std::optional<int> CommandParser::intValue(const QString &name, int minimum,
                                           const QString &unit) const
{
    QString error;
    const auto value = CheckOptions::wholeNumber(m_parser, name, minimum, unit, &error);
    if (!value)
        Console::printError(error);
    return value;
}
