#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class StoreDatabase;
struct sqlite3;
struct sqlite3_stmt;

// One prepared statement on the SQLite connection behind a StoreDatabase, through SQLite's own
// API rather than Qt SQL. For the history writer's hot path only: Qt SQL's cost per bound value
// and per executed statement (a formatted placeholder name and a QVariant for each value) was
// most of the writer's CPU under load, and SQLite's own is a small fraction of it. It shares the
// connection, so it takes part in the transactions StoreDatabase begins, and its busy timeout.
// Finalized when destroyed, which must happen before the database closes.
class SqliteStatement {
public:
    enum class Step { Row, Done, Error };

    // Prepares `sql` (parameters as ?). On failure isValid() is false and the database's
    // lastError() says why.
    SqliteStatement(StoreDatabase &database, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    [[nodiscard]] bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bindBlob(int index, const QByteArray &value);
    void bindText(int index, const QString &value);

    // Runs to the next row (Row), to the end (Done), or fails (Error, with the database's
    // lastError() set); a statement that ran to its end, or failed, is reset for the next use.
    Step step();
    // Runs a statement that returns no rows; false after setting the database's lastError().
    bool run();
    // The last step() or run() failed because a row with the same key exists.
    [[nodiscard]] bool failedOnKey() const { return m_failedOnKey; }
    // Ends a statement that stopped at a row, and forgets its bound values.
    void reset();

    // Columns count from 0.
    [[nodiscard]] qint64 columnInt(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;
    [[nodiscard]] QByteArray columnBlob(int column) const;

    // The SQLite connection behind `database`, or null when it is not an SQLite database.
    [[nodiscard]] static sqlite3 *handleOf(StoreDatabase &database);

private:
    void fail();

    StoreDatabase &m_database;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failedOnKey = false;
};
