#include "core/store/SqliteStatement.h"

#include "core/store/StoreDatabase.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *SqliteStatement::handleOf(StoreDatabase &database)
{
    const QVariant handle = database.db().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(StoreDatabase &database, const char *sql)
    : m_database(database)
    , m_handle(handleOf(database))
{
    if (!m_handle) {
        m_database.setError(QStringLiteral("the database is not an SQLite database"));
        return;
    }
    if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK) {
        fail();
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindBlob(int index, const QByteArray &value)
{
    sqlite3_bind_blob64(m_statement, index, value.constData(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT);
}

void SqliteStatement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                        SQLITE_TRANSIENT, SQLITE_UTF8);
}

SqliteStatement::Step SqliteStatement::step()
{
    m_failedOnKey = false;
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        reset();
        return Step::Done;
    default:
        fail();
        m_failedOnKey = sqlite3_extended_errcode(m_handle) == SQLITE_CONSTRAINT_PRIMARYKEY;
        reset();
        return Step::Error;
    }
}

bool SqliteStatement::run()
{
    Step result = step();
    while (result == Step::Row) // a statement run for its effect: its rows do not matter
        result = step();
    return result == Step::Done;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return data ? QByteArray(static_cast<const char *>(data), size) : QByteArray();
}

void SqliteStatement::fail()
{
    m_database.setSqliteError(sqlite3_extended_errcode(m_handle),
                              QString::fromUtf8(sqlite3_errmsg(m_handle)));
}
