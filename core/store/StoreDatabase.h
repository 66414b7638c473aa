#pragma once

#include "core/store/DatabaseLocation.h"
#include "core/store/StoreDialect.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

// One connection to an Upwatch database, opened and migrated. SQLite: WAL journal, foreign keys,
// schema version in PRAGMA user_version. PostgreSQL (a postgresql:// URL, DatabaseLocation): the
// same schema in the connection's current schema, its version in meta's 'schema_version'. A
// connection belongs to the thread that opened it; open one per thread. Only the store classes
// use this.
class StoreDatabase {
public:
    static constexpr int kSchemaVersion = 8;
    // How long a statement waits for another process's lock before it fails.
    static constexpr int kBusyTimeoutMs = 5000;
    // SQLite's page cache per connection, at most.
    static constexpr int kCacheKib = 32 * 1024;

    // Opens (creating if needed, mode 0600) and migrates the database at `path`, a file or a
    // PostgreSQL URL. A file that is not an Upwatch database (another program's, damaged, not
    // SQLite) is refused before anything is written to it; so is a PostgreSQL database whose
    // schema holds other tables and no Upwatch ones. On failure returns null with one sentence
    // in *error naming the database and the cause ("cannot open database X: the file system is
    // read-only").
    [[nodiscard]] static std::unique_ptr<StoreDatabase> open(const QString &path, QString *error,
                                                             int busyTimeoutMs = kBusyTimeoutMs);
    ~StoreDatabase();

    // A name for a new Qt SQL connection, unique in the process.
    [[nodiscard]] static QString newConnectionName();
    // The refusal of a schema newer than this build's.
    [[nodiscard]] static QString newerSchema(int version);

    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    // The connection. On PostgreSQL, one found lost (the server restarted, the network broke)
    // is opened again here, outside a transaction and at most once a second: a long-running
    // agent or writer recovers by itself.
    [[nodiscard]] QSqlDatabase &db();
    // The file, or the URL as given (never with a password).
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] SqlDialect dialect() const { return m_dialect; }
    [[nodiscard]] bool isPostgres() const { return m_dialect == SqlDialect::Postgres; }
    [[nodiscard]] int schemaVersion();

    // Runs one statement without results; false with lastError() set on failure.
    bool exec(const QString &sql);
    // Runs `sql` (not prepared) in `query`, whose rows the caller then reads; false with
    // lastError() set on failure.
    bool exec(QSqlQuery &query, const QString &sql);
    // Executes a prepared query; false with lastError() set on failure.
    bool run(QSqlQuery &query);
    bool begin();
    // A transaction that only reads, all of it from one snapshot, taking no write lock.
    bool beginRead();
    // A COMMIT that fails rolls the transaction back (lastError() says why).
    bool commit();
    // Ends the open transaction, if any, undoing it.
    void rollback();

    // The id for a new row of `table` (monitors, channels, maintenance): one more than any id
    // it has ever had, which meta keeps under `lastKey` ("last_monitor_id"), so an id is never
    // given twice, not even after its row was removed (a process that syncs later must not take
    // a new row for a changed old one). Call inside the transaction that inserts the row, then
    // noteId(): on PostgreSQL the meta row stays locked until then, so agents adding at the
    // same time take turns. nullopt with lastError() on failure.
    [[nodiscard]] std::optional<qint64> nextId(const QString &table, const QString &lastKey);
    bool noteId(const QString &lastKey, qint64 id);

    // The last failure as one sentence; a problem of the file itself (locked, disk full,
    // damaged, read-only) names the file: "database X: the disk is full (...)".
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    void setError(const QString &what);
    // The same for a failure SQLite reported directly (SqliteStatement): its extended result
    // code and message.
    void setSqliteError(int code, const QString &message);

private:
    StoreDatabase(QString path, QString connectionName, SqlDialect dialect);
    [[nodiscard]] static std::unique_ptr<StoreDatabase>
    openPostgres(const DatabaseLocation &location, QString *error);
    [[nodiscard]] std::optional<int> postgresVersion();
    bool migratePostgres();
    [[nodiscard]] QString describe(const QSqlError &error) const;
    bool checkVersion();
    bool configure();
    bool migrate();
    bool migrateTo(int version);
    // PostgreSQL: opens the connection again if it was lost, unless inside a transaction
    // (whose statements must fail); false with lastError() when it stays closed.
    bool reconnectIfLost();

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    QSqlDatabase m_db;
    QString m_lastError;
    bool m_opened = false;
    bool m_inTransaction = false;
    QElapsedTimer m_sinceReconnect; // the last attempt; invalid before the first
    QString m_canonicalPath;        // its key among the open connections
};
