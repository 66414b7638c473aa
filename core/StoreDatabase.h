#pragma once

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

// One SQLite connection to an Upwatch database, opened and migrated: WAL journal, foreign keys,
// schema version in PRAGMA user_version. A connection belongs to the thread that opened it;
// open one per thread. Only the store classes use this.
class StoreDatabase {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating if needed) and migrates the database at `path`. On failure returns null
    // with one sentence in *error ("cannot open database X: file is not a database").
    [[nodiscard]] static std::unique_ptr<StoreDatabase> open(const QString &path, QString *error);
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

    // The last failure as one sentence.
    [[nodiscard]] const QString &lastError() const { return m_lastError; }
    void setError(const QString &what);

private:
    StoreDatabase(QString path, QString connectionName);
    bool configure();
    bool migrate();
    bool migrateTo1();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_lastError;
};
