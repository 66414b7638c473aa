#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

// One SQLite connection to an Upwatch database, opened and migrated: WAL journal, foreign keys,
// schema version in PRAGMA user_version. A connection belongs to the thread that opened it;
// open one per thread. Only the store classes use this.
class StoreDatabase {
public:
    static constexpr int kSchemaVersion = 5;
    // How long a statement waits for another process's lock before it fails.
    static constexpr int kBusyTimeoutMs = 5000;
    // SQLite's page cache per connection, at most.
    static constexpr int kCacheKib = 32 * 1024;

    // Opens (creating if needed, mode 0600) and migrates the database at `path`. A file that is
    // not an Upwatch database (another program's, damaged, not SQLite) is refused before
    // anything is written to it. On failure returns null with one sentence in *error naming
    // the file and the cause ("cannot open database X: the file system is read-only").
    [[nodiscard]] static std::unique_ptr<StoreDatabase> open(const QString &path, QString *error,
                                                             int busyTimeoutMs = kBusyTimeoutMs);
    ~StoreDatabase();
    StoreDatabase(const StoreDatabase &) = delete;
    StoreDatabase &operator=(const StoreDatabase &) = delete;

    [[nodiscard]] QSqlDatabase &db() { return m_db; }
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] int schemaVersion();

    // Runs one statement without results; false with lastError() set on failure.
    bool exec(const QString &sql);
    // Executes a prepared query; false with lastError() set on failure.
    bool run(QSqlQuery &query);
    bool begin();
    bool commit();
    void rollback();

    // The last failure as one sentence; a problem of the file itself (locked, disk full,
    // damaged, read-only) names the file: "database X: the disk is full (...)".
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    void setError(const QString &what);
    // The same for a failure SQLite reported directly (SqliteStatement): its extended result
    // code and message.
    void setSqliteError(int code, const QString &message);

private:
    StoreDatabase(QString path, QString connectionName);
    [[nodiscard]] QString describe(const QSqlError &error) const;
    bool checkVersion();
    bool configure();
    bool migrate();
    bool migrateTo(int version);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
    bool m_opened = false;
    QString m_canonicalPath; // its key among the open connections
};
