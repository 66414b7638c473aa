#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

// Where an Upwatch database is: an SQLite file (a path), or a PostgreSQL database named by a URL,
// postgresql://user@host:port/dbname?sslmode=require (postgres:// too). It never holds a
// password, so none is ever on a command line or in a process list: the password is the one
// stored for the database in the OS keychain (DatabasePasswords, under passwordKey()), else
// libpq's from PGPASSWORD or ~/.pgpass (passfile=).
struct DatabaseLocation {
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path;     // Sqlite: the file; Postgres: the URL as given (for messages)
    QString host;     // Postgres: name, address or socket folder; empty: libpq's default
    int port = -1;    // -1: libpq's default (5432)
    QString database; // empty: libpq's default (the user's name)
    QString user;     // empty: libpq's default (the login name)
    // libpq connection keywords passed through as they are: sslmode, sslrootcert, ...
    QList<std::pair<QString, QString>> options;

    // What `text` names: a URL with the postgresql:// or postgres:// scheme is a PostgreSQL
    // database; anything else a file. nullopt with one sentence in *error for a URL Upwatch
    // cannot use (a password in it, an unknown parameter, a bad port).
    [[nodiscard]] static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    // True when `text` is meant as a PostgreSQL URL (its scheme), valid or not.
    [[nodiscard]] static bool isPostgresUrl(const QString &text);

    [[nodiscard]] bool isPostgres() const { return engine == Engine::Postgres; }
    // The libpq keyword/value options beyond host, port, dbname and user, as QPSQL's connect
    // options ("sslmode='require';connect_timeout='10'"), with timeouts the URL does not set:
    // connect_timeout 10 s, TCP keepalives after 30 s idle (10 s apart, 3 tries).
    [[nodiscard]] QString connectOptions() const;
    // PostgreSQL: the name of the database's password in the keychain and in DatabasePasswords,
    // "postgresql://user@host:5432/db": the server, database and role, with libpq's defaults
    // for what the URL leaves out (host localhost, port 5432; no "user@" without a user), and
    // without the options, which do not change whose password it is. Empty for a file.
    [[nodiscard]] QString passwordKey() const;
};
