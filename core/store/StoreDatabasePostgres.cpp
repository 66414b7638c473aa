#include "core/store/StoreDatabase.h"

#include "core/store/DatabasePasswords.h"
#include "core/store/StoreFile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The PostgreSQL side of StoreDatabase: opening a database named by a URL, and its schema's
// version and migration. StoreDatabase.cpp has the rest, SQLite's file handling included.

std::unique_ptr<StoreDatabase> StoreDatabase::openPostgres(const DatabaseLocation &location,
                                                           QString *error)
{
    const auto refuse = [&](const QString &why) {
        *error = QStringLiteral("cannot open database %1: %2").arg(location.path, why);
        return nullptr;
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return refuse(QStringLiteral("Qt's PostgreSQL driver is not installed (Debian package "
                                     "libqt6sql6-psql)"));
    std::unique_ptr<StoreDatabase> store(
        new StoreDatabase(location.path, newConnectionName(), SqlDialect::Postgres));
    QSqlDatabase &db = store->m_db;
    if (!location.host.isEmpty())
        db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    if (!location.database.isEmpty())
        db.setDatabaseName(location.database);
    if (!location.user.isEmpty())
        db.setUserName(location.user);
    db.setConnectOptions(location.connectOptions());
    // The password stored for the database (the keychain's, or one typed in the window) goes
    // with the connection and wins over PGPASSWORD and ~/.pgpass, as libpq's own password
    // parameter does; without one libpq looks for it there.
    const std::optional<QByteArray> password = DatabasePasswords::find(location.passwordKey());
    if (password)
        db.setPassword(QString::fromUtf8(*password));
    if (!db.open()) {
        QString why = store->describe(db.lastError());
        if (password && why.contains(u"password authentication failed"))
            why += QStringLiteral(" (the password stored for it in the keychain was tried; "
                                  "change it with 'upwatch db password' or File > Open "
                                  "database…)");
        return refuse(why);
    }
    // Notices (an IF NOT EXISTS that found its object) are not failures; nobody reads them.
    if (!store->exec(QStringLiteral("SET client_min_messages = warning")) ||
        !store->migratePostgres())
        return refuse(store->m_lastError);
    store->m_opened = true;
    return store;
}

std::optional<int> StoreDatabase::postgresVersion()
{
    // Upwatch's tables are in the connection's current schema (search_path), with its version
    // in meta. A schema with other tables and no meta belongs to another program.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT to_regclass('meta') IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_tables "
            "WHERE schemaname = current_schema())")) ||
        !query.next()) {
        setError(describe(query.lastError()));
        return std::nullopt;
    }
    const bool hasMeta = query.value(0).toBool();
    const qint64 tables = query.value(1).toLongLong();
    if (!hasMeta) {
        if (tables == 0)
            return 0;
        setError(QStringLiteral("its schema holds tables of another program"));
        return std::nullopt;
    }
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"))) {
        setError(describe(query.lastError()));
        return std::nullopt;
    }
    if (!query.next()) {
        setError(QStringLiteral("its schema holds a table 'meta' of another program"));
        return std::nullopt;
    }
    return query.value(0).toInt();
}

bool StoreDatabase::migratePostgres()
{
    // DDL is transactional in PostgreSQL: all steps are one transaction. Agents that start
    // together on a new database queue on an advisory lock: one creates the schema, the others
    // then find it current.
    if (!begin())
        return false;
    const auto fail = [this](const QString &why) {
        rollback();
        setError(why);
        return false;
    };
    if (!exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(StoreFile::kApplicationId)))
        return fail(m_lastError);
    const auto version = postgresVersion();
    if (!version)
        return fail(m_lastError);
    if (*version > kSchemaVersion)
        return fail(newerSchema(*version));
    if (*version == kSchemaVersion)
        return commit();
    if (*version == 0 && !exec(StoreDialect::postgresPrelude()))
        return fail(QStringLiteral("creating the schema failed: %1").arg(m_lastError));
    for (int target = *version + 1; target <= kSchemaVersion; ++target) {
        if (!migrateTo(target))
            return fail(
                QStringLiteral("upgrading to schema %1 failed: %2").arg(target).arg(m_lastError));
    }
    if (!exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', %1) ON "
                             "CONFLICT (key) DO UPDATE SET value = excluded.value")
                  .arg(kSchemaVersion)) ||
        !commit())
        return fail(m_lastError);
    return true;
}
