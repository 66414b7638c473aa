#include "core/store/StoreDatabase.h"

#include "core/store/StoreSchema.h"

#include "core/store/StoreFailure.h"
#include "core/store/StoreFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <cerrno>
#include <utility>

namespace {

// The connections this process has open, by canonical path (see open()).
QRecursiveMutex openRegistryMutex; // recursive: a refused open deletes its connection
QHash<QString, int> openConnections;

// PostgreSQL's words in one line (libpq's connection failures span several).
QString postgresText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown PostgreSQL error") : text.simplified();
}

QString sqliteText(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

// SQLite's words, after the cause in plain words when the file itself is at fault.
QString describeFailure(const QSqlError &error, const QString &path)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (!isNumber || !StoreFailure::concernsFile(code))
        return sqliteText(error);
    return StoreFailure::fromSqlite(code, sqliteText(error),
                                    StoreFailure::onReadOnlyFileSystem(path));
}

// Reads a file whose header cannot tell whose it is through a read-only connection: its
// application_id, user_version and tables do. Kind::Unknown with *error when it cannot be read.
StoreFile::Kind inspect(const QString &path, bool wal, int busyTimeoutMs, QString *error)
{
    using StoreFile::Kind;
    // A WAL database with no log beside it is read as immutable; otherwise even a read-only
    // connection would leave -wal and -shm files next to another program's database.
    QString uri =
        QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
        u"?mode=ro";
    if (wal && !QFileInfo::exists(path + u"-wal"))
        uri += u"&immutable=1";
    const QString name = StoreDatabase::newConnectionName();
    Kind kind = Kind::Unknown;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(uri);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1")
                .arg(busyTimeoutMs));
        QSqlQuery query(db);
        if (!db.open()) {
            *error = describeFailure(db.lastError(), path);
        }
        else if (!query.exec(
                     QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id()), "
                                    "(SELECT user_version FROM pragma_user_version()), "
                                    "(SELECT count(*) FROM sqlite_master), "
                                    "(SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                    "AND name IN ('monitors', 'meta'))")) ||
                 !query.next()) {
            *error = describeFailure(query.lastError(), path);
        }
        else {
            const auto applicationId = quint32(query.value(0).toLongLong());
            const qint64 userVersion = query.value(1).toLongLong();
            const qint64 objects = query.value(2).toLongLong();
            const qint64 upwatchTables = query.value(3).toLongLong();
            if (applicationId == StoreFile::kApplicationId)
                kind = Kind::Upwatch;
            else if (applicationId != 0)
                kind = Kind::Foreign;
            else if (userVersion == 0)
                kind = objects == 0 ? Kind::Empty : Kind::Foreign;
            else
                kind = upwatchTables == 2 ? Kind::Upwatch : Kind::Foreign;
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return kind;
}

} // namespace

QString StoreDatabase::newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("upwatch-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString StoreDatabase::newerSchema(int version)
{
    return QStringLiteral("it was written by a newer Upwatch (schema %1; this version understands "
                          "up to %2)")
        .arg(version)
        .arg(kSchemaVersion);
}

std::unique_ptr<StoreDatabase> StoreDatabase::open(const QString &path, QString *error,
                                                   int busyTimeoutMs)
{
    QString invalid;
    const auto location = DatabaseLocation::parse(path, &invalid);
    if (!location) {
        *error = invalid;
        return nullptr;
    }
    if (location->isPostgres())
        return openPostgres(*location, error);
    const auto refuse = [&](const QString &why) {
        *error = QStringLiteral("cannot open database %1: %2").arg(path, why);
        return nullptr;
    };
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return refuse(QStringLiteral("it is a folder"));
    if (!info.absoluteDir().exists())
        return refuse(QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    // SQLite's locks are POSIX locks, which belong to the process: closing any descriptor of the
    // file drops every lock the process holds on it, its open connections' included. Another
    // process could then take the database as its own alone (and delete the write-ahead log
    // under our connections, losing what they write). So the file is read directly only while
    // no connection of this process has it open, and opens are serialised.
    const QMutexLocker lock(&openRegistryMutex);
    QString why;
    const QString known = QFileInfo(path).canonicalFilePath();
    if (known.isEmpty() || openConnections.value(known) == 0) {
        // Whose file it is, decided before anything is written: SQLite writes even for a PRAGMA.
        QByteArray header;
        if (!StoreFile::createPrivateFile(path, &why) ||
            !StoreFile::readHeader(path, &header, &why))
            return refuse(why);
        StoreFile::Kind kind = StoreFile::classify(header);
        // An empty file with a log beside it is not new: SQLite reads its content from the log.
        if (kind == StoreFile::Kind::Empty && QFileInfo(path + u"-wal").size() > 0)
            kind = StoreFile::Kind::Unknown;
        if (kind == StoreFile::Kind::Unknown) {
            kind = inspect(path, StoreFile::isWal(header), busyTimeoutMs, &why);
            if (kind == StoreFile::Kind::Unknown)
                return refuse(why);
        }
        if (kind == StoreFile::Kind::NotADatabase)
            return refuse(QStringLiteral("it is not a database file"));
        if (kind == StoreFile::Kind::Foreign)
            return refuse(QStringLiteral("it is an SQLite database of another program"));
    }
    // SQLite would open it read-only without a word and fail at the first write.
    if (StoreFailure::onReadOnlyFileSystem(path))
        return refuse(StoreFailure::fromErrno(EROFS));

    std::unique_ptr<StoreDatabase> store(
        new StoreDatabase(path, newConnectionName(), SqlDialect::Sqlite));
    store->m_db.setDatabaseName(path);
    store->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!store->m_db.open())
        return refuse(store->describe(store->m_db.lastError()));
    if (!store->checkVersion() || !store->configure() || !store->migrate())
        return refuse(store->m_lastError);
    store->m_opened = true;
    store->m_canonicalPath = QFileInfo(path).canonicalFilePath();
    ++openConnections[store->m_canonicalPath];
    return store;
}

StoreDatabase::StoreDatabase(QString path, QString connectionName, SqlDialect dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(dialect)
    , m_db(QSqlDatabase::addDatabase(dialect == SqlDialect::Sqlite ? QStringLiteral("QSQLITE")
                                                                   : QStringLiteral("QPSQL"),
                                     m_connectionName))
{
}

StoreDatabase::~StoreDatabase()
{
    const QMutexLocker lock(&openRegistryMutex);
    if (m_opened && !m_canonicalPath.isEmpty() && --openConnections[m_canonicalPath] <= 0)
        openConnections.remove(m_canonicalPath);
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int StoreDatabase::schemaVersion()
{
    if (isPostgres())
        return postgresVersion().value_or(-1);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool StoreDatabase::exec(const QString &sql)
{
    if (!reconnectIfLost())
        return false;
    QSqlQuery query(m_db);
    return exec(query, sql);
}

bool StoreDatabase::exec(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    setError(describe(query.lastError()));
    return false;
}

bool StoreDatabase::run(QSqlQuery &query)
{
    if (isPostgres()) {
        // The schema keeps flags as integers, as SQLite does; Qt would send a bool as TRUE,
        // which PostgreSQL does not take for a BIGINT column.
        const QVariantList bound = query.boundValues();
        for (qsizetype i = 0; i < bound.size(); ++i) {
            if (bound.at(i).typeId() == QMetaType::Bool)
                query.bindValue(int(i), bound.at(i).toBool() ? 1 : 0);
        }
    }
    if (query.exec())
        return true;
    setError(describe(query.lastError()));
    return false;
}

bool StoreDatabase::begin()
{
    // IMMEDIATE takes SQLite's write lock up front, so a busy database waits here (busy
    // timeout) instead of failing half-way through. PostgreSQL locks rows as they are written.
    m_inTransaction =
        exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    return m_inTransaction;
}

bool StoreDatabase::beginRead()
{
    // SQLite: DEFERRED takes no lock until needed, and in WAL mode the reads see the snapshot of
    // the first. PostgreSQL: REPEATABLE READ gives every statement the first one's snapshot.
    m_inTransaction =
        exec(isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                          : QStringLiteral("BEGIN DEFERRED"));
    return m_inTransaction;
}

bool StoreDatabase::commit()
{
    if (exec(QStringLiteral("COMMIT"))) {
        m_inTransaction = false;
        return true;
    }
    // A failed COMMIT may leave the transaction open (SQLite: busy, disk full), and the next
    // BEGIN would fail for ever: it ends here, the error kept.
    rollback();
    return false;
}

void StoreDatabase::rollback()
{
    // Only a transaction that is open: PostgreSQL warns about a ROLLBACK outside one.
    if (!std::exchange(m_inTransaction, false))
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

QSqlDatabase &StoreDatabase::db()
{
    reconnectIfLost();
    return m_db;
}

bool StoreDatabase::reconnectIfLost()
{
    if (!isPostgres() || !m_opened || m_inTransaction || m_db.isOpen())
        return true;
    constexpr qint64 kRetryMs = 1000;
    if (m_sinceReconnect.isValid() && m_sinceReconnect.elapsed() < kRetryMs) {
        setError(QStringLiteral("the connection to %1 is lost").arg(m_path));
        return false;
    }
    m_sinceReconnect.start();
    m_db.close();
    if (!m_db.open()) {
        setError(QStringLiteral("the connection to %1 is lost: %2")
                     .arg(m_path, m_db.lastError().text().trimmed()));
        return false;
    }
    QSqlQuery quiet(m_db);
    quiet.exec(QStringLiteral("SET client_min_messages = warning"));
    return true;
}

std::optional<qint64> StoreDatabase::nextId(const QString &table, const QString &lastKey)
{
    QSqlQuery query(m_db);
    if (isPostgres()) {
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 0) ON CONFLICT "
                                     "(key) DO NOTHING"));
        query.addBindValue(lastKey);
        if (!run(query))
            return std::nullopt;
        query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ? FOR UPDATE"));
        query.addBindValue(lastKey);
        if (!run(query))
            return std::nullopt;
    }
    query.prepare(u"SELECT 1 + " +
                  StoreDialect::greatest(m_dialect,
                                         u"coalesce((SELECT max(id) FROM " + table + u"), 0)",
                                         QStringLiteral("coalesce((SELECT value FROM meta WHERE "
                                                        "key = ?), 0)")));
    query.addBindValue(lastKey);
    if (!run(query))
        return std::nullopt;
    if (!query.next()) {
        setError(describe(query.lastError()));
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

bool StoreDatabase::noteId(const QString &lastKey, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                 "UPDATE SET value = excluded.value"));
    query.addBindValue(lastKey);
    query.addBindValue(id);
    return run(query);
}

void StoreDatabase::setError(const QString &what)
{
    m_lastError = what;
}

void StoreDatabase::setSqliteError(int code, const QString &message)
{
    setError(
        describe(QSqlError(QString(), message, QSqlError::StatementError, QString::number(code))));
}

QString StoreDatabase::describe(const QSqlError &error) const
{
    if (isPostgres()) {
        const QString cause = postgresText(error);
        return m_opened ? QStringLiteral("database %1: %2").arg(m_path, cause) : cause;
    }
    const QString cause = describeFailure(error, m_path);
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    // While opening, the caller's "cannot open database X:" names the file already.
    if (!m_opened || !isNumber || !StoreFailure::concernsFile(code))
        return cause;
    return QStringLiteral("database %1: %2").arg(m_path, cause);
}

bool StoreDatabase::checkVersion()
{
    // Read before configure(), which may write: a newer Upwatch's file is left as it is.
    const int version = schemaVersion();
    if (version < 0) {
        exec(QStringLiteral("PRAGMA user_version"));
        return false;
    }
    if (version > kSchemaVersion) {
        setError(newerSchema(version));
        return false;
    }
    return true;
}

bool StoreDatabase::configure()
{
    // Reading the header first tells a damaged or foreign file from a database.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        setError(describe(query.lastError()));
        return false;
    }
    // Only possible while the file is empty, before even the journal mode is written; lets
    // pruning hand pages back to the file system.
    if (query.value(0).toInt() == 0 && !exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")))
        return false;
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        setError(describe(query.lastError()));
        return false;
    }
    if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0) {
        setError(QStringLiteral("the database cannot use write-ahead logging (journal mode %1)")
                     .arg(query.value(0).toString()));
        return false;
    }
    // NORMAL in WAL mode: a crashed program loses nothing committed; only a power cut may lose
    // the last transactions.
    // cache_size: a write touches a page or two per monitor and level wherever it lands; with
    // SQLite's default 2 MB those of a thousand monitors do not stay cached, and a large
    // transaction spills and rewrites them to the log again and again (pages are allocated as
    // used, so a small database takes little).
    // FAST: deleted and overwritten content is zeroed where that costs no extra writes, so an
    // old value (a password moved out of a URL) does not linger in the file's free space.
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL")) &&
           exec(QStringLiteral("PRAGMA foreign_keys = ON")) &&
           exec(QStringLiteral("PRAGMA secure_delete = FAST")) &&
           exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKib));
}

bool StoreDatabase::migrate()
{
    const int version = schemaVersion();
    if (version < 0) {
        exec(QStringLiteral("PRAGMA user_version"));
        return false;
    }
    if (version == 0) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
            setError(describe(query.lastError()));
            return false;
        }
        if (query.value(0).toInt() > 0) {
            setError(QStringLiteral("it is an SQLite database of another program"));
            return false;
        }
    }
    // One step per schema version, each in its own transaction, so an interrupted upgrade
    // leaves the database at the last completed version.
    for (int target = version + 1; target <= kSchemaVersion; ++target) {
        if (!begin())
            return false;
        if (!migrateTo(target) || !exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
            !commit()) {
            const QString failure = m_lastError;
            rollback();
            setError(QStringLiteral("upgrading to schema %1 failed: %2").arg(target).arg(failure));
            return false;
        }
    }
    return true;
}

bool StoreDatabase::migrateTo(int version)
{
    // A switch, not a table of member pointers: GCC 12's UBSan misreads indexing such a table.
    switch (version) {
    case 1:
        // Tells an Upwatch database from others by its header alone (`file` shows it too).
        if (!isPostgres() &&
            !exec(QStringLiteral("PRAGMA application_id = %1").arg(StoreFile::kApplicationId)))
            return false;
        break;
    case 2:
    case 3:
    case 4:
    case 5:
    case 6:
    case 7:
    case 8:
        break;
    default:
        setError(QStringLiteral("no migration to schema %1").arg(version));
        return false;
    }
    for (const char *sql : StoreSchema::step(version)) {
        const QString statement = QString::fromLatin1(sql);
        if (!exec(isPostgres() ? StoreDialect::toPostgres(statement) : statement))
            return false;
    }
    return true;
}
