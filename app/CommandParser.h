#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class StoreDatabase;

// The parts every subcommand shares: -h/--help with a usage line, --db PATH, parsing with
// errors as one line on stderr, and opening the database.
class CommandParser {
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    // `usage` is the first help line ("upwatch monitor add --name N --url U [options]").
    CommandParser(QString usage, const QString &description);

    [[nodiscard]] QCommandLineParser &parser() { return m_parser; }
    [[nodiscard]] const QCommandLineParser &parser() const { return m_parser; }

    // Parses the arguments after the first `commandWords` words (program and command names).
    // Returns an exit code when the command is already over (help shown or bad usage).
    [[nodiscard]] std::optional<int> parse(const QStringList &arguments, int commandWords);

    // The database of --db, or the default one in the app-data folder (created if missing).
    [[nodiscard]] QString databasePath() const;
    // Opens the database; on failure prints why and returns null. A PostgreSQL database's
    // password stored in the keychain (or the secrets file) is read first, when there is one.
    [[nodiscard]] std::unique_ptr<StoreDatabase> openDatabase() const;
    // The password stored for the PostgreSQL database at `path` into DatabasePasswords, where
    // every connection to it finds it; waits a few seconds at most (SecretWait). No keychain,
    // or none stored: nothing, silently. Nothing for a file.
    static void loadStoredPassword(const QString &path);

    // A whole number from minimum to maximum from option `name`, or nullopt after printing
    // the problem.
    [[nodiscard]] std::optional<int> intValue(const QString &name, int minimum, int maximum,
                                              const QString &unit) const;

    // For a command without positional arguments: false after printing "unexpected argument
    // 'x' (see 'upwatch stats --help')" when there is one.
    [[nodiscard]] bool noPositionalArguments(const QString &command) const;

    [[nodiscard]] static QString defaultDatabasePath();

private:
    QString m_usage;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_db;
};
