#include "core/store/HistoryStore.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreFailure.h"
#include "core/store/StoreFile.h"
#include "tests/support/Builders.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cerrno>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every file in `folder` with a hash of its bytes: "left alone" means this does not change.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name,
                         QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

// Runs statements on a plain connection, as another program would.
bool runSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &sql : statements)
            ok = ok && query.exec(sql);
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    return ok;
}

QByteArray header(quint32 userVersion, quint32 schemaCookie, quint32 applicationId)
{
    QByteArray bytes(100, '\0');
    bytes.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    qToBigEndian(schemaCookie, bytes.data() + 40);
    qToBigEndian(userVersion, bytes.data() + 60);
    qToBigEndian(applicationId, bytes.data() + 68);
    return bytes;
}

} // namespace

// Opening a database: another program's file is never written, new files are private, and
// every failure names the file and its cause.
class TestStoreDatabase final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void classifiesHeaders_data();
    void classifiesHeaders();
    void causesInWords_data();
    void causesInWords();

    void foreignDatabaseIsLeftAlone_data();
    void foreignDatabaseIsLeftAlone();
    void notADatabaseIsLeftAlone();
    void fifoOrDeviceIsRefused();
    void emptySqliteFileIsAdopted();
    void olderUpwatchDatabaseOpens();
    void schemaOneIsUpgraded();
    void secondConnectionWhileFirstIsOpen();
    void secondConnectionKeepsTheProcessLocks();
    void damagedDatabaseNamesTheFile();

    void newDatabaseIsPrivate();
    void existingModeIsKept();
    void defaultFolderIsPrivate();

    void lockedAtOpenNamesTheFile();
    void lockedAtWriteNamesTheFile();
    void diskFullNamesTheFile();
    void readOnlyFileSystem();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    mode_t m_umask = 0;
};

void TestStoreDatabase::initTestCase()
{
    // The usual desktop umask: without care, new files would be readable by everyone.
    m_umask = ::umask(022);
}

void TestStoreDatabase::cleanupTestCase()
{
    ::umask(m_umask);
}

void TestStoreDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreDatabase::classifiesHeaders_data()
{
    using Kind = StoreFile::Kind;
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("empty file") << QByteArray() << Kind::Empty;
    QTest::newRow("short") << QByteArray("SQLite format 3") << Kind::NotADatabase;
    QTest::newRow("text") << QByteArray(100, 'x') << Kind::NotADatabase;
    QTest::newRow("upwatch") << header(1, 7, StoreFile::kApplicationId) << Kind::Upwatch;
    QTest::newRow("other application") << header(0, 0, 42) << Kind::Foreign;
    QTest::newRow("tables, no version") << header(0, 3, 0) << Kind::Foreign;
    QTest::newRow("tables and a version") << header(1, 3, 0) << Kind::Unknown;
    QTest::newRow("nothing yet") << header(0, 0, 0) << Kind::Unknown;
}

void TestStoreDatabase::classifiesHeaders()
{
    QFETCH(QByteArray, header);
    QFETCH(StoreFile::Kind, kind);
    QCOMPARE(StoreFile::classify(header), kind);
}

void TestStoreDatabase::causesInWords_data()
{
    QTest::addColumn<int>("code"); // an SQLite result code, or -errno
    QTest::addColumn<bool>("readOnlyFileSystem");
    QTest::addColumn<QString>("words");
    QTest::newRow("EROFS") << -EROFS << false << u"the file system is read-only"_s;
    QTest::newRow("ENOSPC") << -ENOSPC << false << u"the disk is full"_s;
    QTest::newRow("EACCES") << -EACCES << false << u"permission denied"_s;
    QTest::newRow("ENOENT") << -ENOENT << false << u"no such file or directory"_s;
    QTest::newRow("cannot open, read-only fs")
        << 14 << true << u"the file system is read-only (unable to open database file)"_s;
    QTest::newRow("readonly, read-only fs")
        << 8 << true << u"the file system is read-only (unable to open database file)"_s;
    QTest::newRow("readonly, file mode")
        << 8 << false << u"it cannot be written (unable to open database file)"_s;
    QTest::newRow("busy") << 5 << false
                          << u"it is locked by another process (unable to open database file)"_s;
    QTest::newRow("full") << 13 << false << u"the disk is full (unable to open database file)"_s;
    QTest::newRow("corrupt") << 11 << false << u"it is damaged (unable to open database file)"_s;
    QTest::newRow("corrupt, extended (SQLITE_CORRUPT_INDEX)")
        << (11 | (3 << 8)) << false << u"it is damaged (unable to open database file)"_s;
    QTest::newRow("not a database")
        << 26 << false << u"it is not a database file (unable to open database file)"_s;
    QTest::newRow("busy, read-only fs")
        << 5 << true << u"it is locked by another process (unable to open database file)"_s;
    QTest::newRow("constraint: SQLite's words") << 19 << false << u"unable to open database file"_s;
}

void TestStoreDatabase::causesInWords()
{
    QFETCH(int, code);
    QFETCH(bool, readOnlyFileSystem);
    QFETCH(QString, words);
    const QString text = u"unable to open database file"_s;
    QCOMPARE(code < 0 ? StoreFailure::fromErrno(-code)
                      : StoreFailure::fromSqlite(code, text, readOnlyFileSystem),
             words);
}

void TestStoreDatabase::foreignDatabaseIsLeftAlone_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("rollback journal")
        << QStringList{u"CREATE TABLE notes (text TEXT)"_s, u"INSERT INTO notes VALUES ('mine')"_s};
    QTest::newRow("write-ahead log")
        << QStringList{u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE notes (text TEXT)"_s};
    // The header cannot tell these from an Upwatch database; their schema is read.
    QTest::newRow("with a user_version")
        << QStringList{u"CREATE TABLE notes (text TEXT)"_s, u"PRAGMA user_version = 1"_s};
    QTest::newRow("WAL with a user_version")
        << QStringList{u"PRAGMA journal_mode = WAL"_s, u"CREATE TABLE monitors (id INTEGER)"_s,
                       u"PRAGMA user_version = 1"_s};
    QTest::newRow("another application_id")
        << QStringList{u"PRAGMA application_id = 42"_s, u"PRAGMA user_version = 1"_s};
}

void TestStoreDatabase::foreignDatabaseIsLeftAlone()
{
    QFETCH(QStringList, statements);
    const QString path = m_dir->filePath(u"other.sqlite"_s);
    QVERIFY(runSql(path, statements));
    const auto before = snapshot(m_dir->path());
    QCOMPARE(before.keys(), QStringList{u"other.sqlite"_s});

    QString error;
    QVERIFY(!StoreDatabase::open(path, &error));
    QCOMPARE(error,
             u"cannot open database %1: it is an SQLite database of another program"_s.arg(path));
    // Byte for byte (header byte 19, the journal mode, included), and no -wal or -shm beside it.
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestStoreDatabase::notADatabaseIsLeftAlone()
{
    const QString path = m_dir->filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'x'));
    file.close();
    const auto before = snapshot(m_dir->path());
    QString error;
    QVERIFY(!StoreDatabase::open(path, &error));
    QCOMPARE(error, u"cannot open database %1: it is not a database file"_s.arg(path));
    QCOMPARE(snapshot(m_dir->path()), before);
}

void TestStoreDatabase::fifoOrDeviceIsRefused()
{
    // Reading a FIFO's header would wait for a writer for ever; a device is no database.
    const QString fifo = m_dir->filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const QString &path : {fifo, u"/dev/null"_s}) {
        QString error;
        QVERIFY(!StoreDatabase::open(path, &error));
        QCOMPARE(error, u"cannot open database %1: it is not a regular file"_s.arg(path));
    }
}

void TestStoreDatabase::emptySqliteFileIsAdopted()
{
    // A database with nothing in it yet (an interrupted first start) becomes Upwatch's.
    const QString path = m_dir->filePath(u"empty.sqlite"_s);
    QVERIFY(runSql(path, {u"PRAGMA journal_mode = WAL"_s}));
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);
}

void TestStoreDatabase::olderUpwatchDatabaseOpens()
{
    // Databases from before the application_id are known by their schema.
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    {
        auto db = StoreDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        MonitorStore monitors(*db);
        Monitor monitor = makeMonitor(u"api"_s);
        QVERIFY(monitors.add(monitor));
    }
    QVERIFY(runSql(path, {u"PRAGMA application_id = 0"_s}));
    QCOMPARE(snapshot(m_dir->path()).keys(), QStringList{u"upwatch.sqlite"_s});
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    const auto all = MonitorStore(*db).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
}

void TestStoreDatabase::schemaOneIsUpgraded()
{
    // tests/data/schema-v1.db was written by Upwatch before schema 2: two monitors (one with a
    // password in its URL) and one result.
    const QString path = m_dir->filePath(u"v1.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(UPWATCH_TEST_DATA "/schema-v1.db"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);
    const auto all = MonitorStore(*db).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    const Monitor &api = all->at(0);
    QCOMPARE(api.name, u"Private API"_s);
    QCOMPARE(api.keyword, u"ok"_s);
    QVERIFY(api.auth.isNone());
    QVERIFY(!api.keywordIsRegex);
    QSqlQuery query(db->db());
    QVERIFY(query.exec(u"SELECT response_ms, resolve_ms, transfer_ms FROM results"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 42);
    QVERIFY(query.value(1).isNull());
    QVERIFY(query.value(2).isNull());
    QVERIFY(query.exec(u"SELECT json_assertions FROM monitors WHERE id = 2"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), u"[]"_s);
}

void TestStoreDatabase::secondConnectionWhileFirstIsOpen()
{
    // The first connection's schema is still in the log, not yet in the file's header: the
    // second one must still see an Upwatch database (the window and its writer thread do this).
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    auto first = StoreDatabase::open(path, &error);
    QVERIFY2(first, qPrintable(error));
    Monitor monitor = makeMonitor(u"api"_s);
    QVERIFY(MonitorStore(*first).add(monitor));
    auto second = StoreDatabase::open(path, &error);
    QVERIFY2(second, qPrintable(error));
    const auto all = MonitorStore(*second).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
}

void TestStoreDatabase::secondConnectionKeepsTheProcessLocks()
{
    // SQLite's locks belong to the process: reading the file's header for a second connection
    // closed a descriptor and dropped the first one's locks. Another process that closed the
    // database then took it for its only user, checkpointed and deleted the log under the first
    // connection, which went on reading a stale snapshot (and would write into a deleted file).
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    auto first = StoreDatabase::open(path, &error);
    QVERIFY2(first, qPrintable(error));
    const auto before = MonitorStore(*first).revision();
    QVERIFY(before);
    auto second = StoreDatabase::open(path, &error);
    QVERIFY2(second, qPrintable(error));

    QProcess process;
    process.start(QStringLiteral(UPWATCH_BINARY),
                  {u"monitor"_s, u"add"_s, u"--name"_s, u"web"_s, u"--url"_s,
                   u"http://127.0.0.1:9/"_s, u"--db"_s, path});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(QFileInfo::exists(path + u"-wal"_s), "the log was deleted under open connections");
    QCOMPARE(MonitorStore(*first).revision(), *before + 1);
    QCOMPARE(MonitorStore(*second).all()->size(), 1);
}

void TestStoreDatabase::damagedDatabaseNamesTheFile()
{
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    QList<qint64> tablePages;
    qint64 pageSize = 0;
    {
        auto db = StoreDatabase::open(path, &error);
        QVERIFY2(db, qPrintable(error));
        MonitorStore monitors(*db);
        for (int i = 0; i < 50; ++i) {
            Monitor monitor = makeMonitor(u"monitor %1"_s.arg(i));
            QVERIFY(monitors.add(monitor));
        }
        QSqlQuery query(db->db());
        QVERIFY(query.exec(u"PRAGMA page_size"_s) && query.next());
        pageSize = query.value(0).toLongLong();
        QVERIFY(query.exec(u"SELECT pageno FROM dbstat WHERE name = 'monitors'"_s));
        while (query.next())
            tablePages.append(query.value(0).toLongLong());
    }
    // Garbage over the monitors table's pages: the schema (which no longer fits in the first
    // page) reads, the table does not.
    QVERIFY(!tablePages.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (const qint64 page : tablePages) {
        QVERIFY(page > 1);
        QVERIFY(file.seek((page - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\xff'));
    }
    file.close();

    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    MonitorStore monitors(*db);
    QVERIFY(!monitors.all());
    QVERIFY2(monitors.lastError().startsWith(u"database %1: it is damaged ("_s.arg(path)),
             qPrintable(monitors.lastError()));

    // Garbage in the first page after its header: the schema itself is damaged.
    db.reset();
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    file.write(QByteArray(3996, '\xff'));
    file.close();
    QVERIFY(!StoreDatabase::open(path, &error));
    QVERIFY2(error.startsWith(u"cannot open database %1: it is damaged ("_s.arg(path)),
             qPrintable(error));
}

void TestStoreDatabase::newDatabaseIsPrivate()
{
    const QString folder = m_dir->filePath(u"data/Upwatch/upwatch"_s);
    QString error;
    QVERIFY2(StoreFile::makePrivateFolder(folder, &error), qPrintable(error));
    QCOMPARE(modeOf(m_dir->filePath(u"data"_s)), 0700);
    QCOMPARE(modeOf(m_dir->filePath(u"data/Upwatch"_s)), 0700);
    QCOMPARE(modeOf(folder), 0700);

    const QString path = folder + u"/upwatch.sqlite"_s;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    MonitorStore monitors(*db);
    Monitor monitor = makeMonitor(u"api"_s, u"https://user:secret@example.com/"_s);
    QVERIFY(monitors.add(monitor));
    // SQLite gives its -wal and -shm files the database's mode.
    for (const QString &name : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
        QCOMPARE(modeOf(name), 0600);
}

void TestStoreDatabase::existingModeIsKept()
{
    // Shared on purpose by its owner (a group that reads the history): not Upwatch's call.
    const QString path = m_dir->filePath(u"shared.sqlite"_s);
    QString error;
    QVERIFY(StoreDatabase::open(path, &error));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(modeOf(path), 0640);

    const QString empty = m_dir->filePath(u"empty.sqlite"_s);
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(empty).constData(), 0664) == 0);
    QVERIFY(StoreDatabase::open(empty, &error));
    QCOMPARE(modeOf(empty), 0664);
}

void TestStoreDatabase::defaultFolderIsPrivate()
{
    // The folders `upwatch` makes for its default database, ~/.local/share included when
    // missing (as the XDG base directory specification asks).
    const QString dataHome = m_dir->filePath(u"share"_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, dataHome);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(UPWATCH_BINARY), {u"monitor"_s, u"list"_s});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(modeOf(dataHome), 0700);
    QCOMPARE(modeOf(dataHome + u"/Upwatch"_s), 0700);
    QCOMPARE(modeOf(dataHome + u"/Upwatch/upwatch"_s), 0700);
    QCOMPARE(modeOf(dataHome + u"/Upwatch/upwatch/upwatch.sqlite"_s), 0600);
}

void TestStoreDatabase::lockedAtOpenNamesTheFile()
{
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    QVERIFY(StoreDatabase::open(path, &error));
    {
        // Another process holds the file locked while this one opens it.
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(query.exec(u"UPDATE meta SET value = value + 1"_s));

        QVERIFY(!StoreDatabase::open(path, &error, 50));
        QVERIFY2(error.startsWith(
                     u"cannot open database %1: it is locked by another process ("_s.arg(path)),
                 qPrintable(error));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    QVERIFY2(StoreDatabase::open(path, &error, 50), qPrintable(error));
}

void TestStoreDatabase::lockedAtWriteNamesTheFile()
{
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    auto db = StoreDatabase::open(path, &error, 50);
    QVERIFY2(db, qPrintable(error));
    MonitorStore monitors(*db);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"BEGIN EXCLUSIVE"_s));

        Monitor monitor = makeMonitor(u"api"_s);
        QVERIFY(!monitors.add(monitor));
        QVERIFY2(monitors.lastError().startsWith(
                     u"database %1: it is locked by another process ("_s.arg(path)),
                 qPrintable(monitors.lastError()));
        QVERIFY(query.exec(u"ROLLBACK"_s));
        query = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);
}

void TestStoreDatabase::diskFullNamesTheFile()
{
    const QString path = m_dir->filePath(u"upwatch.sqlite"_s);
    QString error;
    auto db = StoreDatabase::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    MonitorStore monitors(*db);
    Monitor monitor = makeMonitor(u"api"_s);
    QVERIFY(monitors.add(monitor));
    // SQLite's page limit fails a write exactly as a full disk does (SQLITE_FULL).
    QSqlQuery limit(db->db());
    QVERIFY(limit.exec(u"PRAGMA max_page_count = 20"_s));

    HistoryStore history(*db);
    QList<CheckResult> results;
    const QDateTime start(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 5000; ++i)
        results.append(makeResult(monitor.id, start.addSecs(i), Verdict::Down));
    QVERIFY(!history.append(results));
    QCOMPARE(history.lastError(),
             u"database %1: the disk is full (database or disk is full)"_s.arg(path));
}

void TestStoreDatabase::readOnlyFileSystem()
{
    // A real read-only mount, in a mount namespace of its own: needs root (CI runs tests as
    // root) and unshare(1). Without them the words are still covered by causesInWords().
    const QString mountPoint = m_dir->filePath(u"mnt"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    const QString script = uR"(
        mount -t tmpfs tmpfs "$1" || exit 99
        "$2" monitor add --db "$1/kept.sqlite" --name api --url http://127.0.0.1:1/ >/dev/null ||
            exit 98
        mount -o remount,ro "$1" || exit 99
        "$2" monitor list --db "$1/new.sqlite" 2>&1
        "$2" monitor list --db "$1/kept.sqlite" 2>&1
        exit 0)"_s;
    QProcess process;
    process.start(u"unshare"_s, {u"-m"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, mountPoint,
                                 QStringLiteral(UPWATCH_BINARY)});
    if (!process.waitForStarted())
        QSKIP("unshare(1) is not installed: cannot mount a read-only file system here");
    QVERIFY(process.waitForFinished(60000));
    if (process.exitCode() != 0) {
        const QByteArray why = process.readAllStandardError();
        QVERIFY2(process.exitCode() != 98, why.constData());
        const QByteArray message =
            "cannot mount a file system here (needs root and a mount namespace): " + why;
        QSKIP(message.constData());
    }
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput())
                                  .split(u'\n', Qt::SkipEmptyParts)
                                  .filter(QRegularExpression(u"^upwatch: "_s));
    const QString words = u"upwatch: cannot open database %1/%2: the file system is read-only"_s;
    QCOMPARE(lines, (QStringList{words.arg(mountPoint, u"new.sqlite"_s),
                                 words.arg(mountPoint, u"kept.sqlite"_s)}));
}

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_storedatabase.moc"
