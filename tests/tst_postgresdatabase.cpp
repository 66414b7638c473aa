// The store on PostgreSQL where it differs from a file: how it is reached and refused. The rest
// of the store suite runs on PostgreSQL too (the *_postgres tests).
#include "core/secret/DatabasePasswordLoader.h"
#include "core/secret/MemorySecretStore.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/DatabasePasswords.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/AwaitSecret.h"
#include "tests/support/Builders.h"
#include "tests/support/TestStoreLocation.h"

#include <QFile>
#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

class TestPostgresDatabase final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void createsTheSchemaOnce();
    void refusesAnotherProgramsSchema();
    void agentsStartingTogetherShareOneSchema();
    void passwordFromEnvironmentOrPassFile();
    void passwordFromTheKeychain();
    void sslModeIsPassedOn();
    void unreachableServerNamesTheUrl();
    void lostConnectionIsOpenedAgain();

private:
    QString m_passwordKey; // forgotten after each test
};

void TestPostgresDatabase::initTestCase()
{
    if (!TestEngine::isPostgres())
        QSKIP("runs on PostgreSQL only (UPWATCH_TEST_ENGINE=postgres)");
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
}

void TestPostgresDatabase::cleanup()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    if (!m_passwordKey.isEmpty())
        DatabasePasswords::forget(std::exchange(m_passwordKey, {}));
}

void TestPostgresDatabase::createsTheSchemaOnce()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QString error;
    {
        auto db = StoreDatabase::open(location.path(), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->isPostgres());
        QCOMPARE(db->schemaVersion(), StoreDatabase::kSchemaVersion);
        MonitorStore monitors(*db);
        Monitor monitor = makeMonitor(u"api"_s);
        QVERIFY2(monitors.add(monitor), qPrintable(monitors.lastError()));
        QCOMPARE(monitor.id, 1);
    }
    // Opened again: the schema is current, nothing is created twice, the monitor is there.
    auto db = StoreDatabase::open(location.path(), &error);
    QVERIFY2(db, qPrintable(error));
    MonitorStore monitors(*db);
    const auto all = monitors.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->constFirst().name, u"api"_s);
    QCOMPARE(*monitors.revision(), 1);
}

void TestPostgresDatabase::refusesAnotherProgramsSchema()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QString error;
    {
        auto db = StoreDatabase::open(location.path(), &error);
        QVERIFY2(db, qPrintable(error));
        // Another program's schema beside Upwatch's: a schema of its own, made current.
        QVERIFY(db->exec(u"CREATE SCHEMA shop"_s));
        QVERIFY(db->exec(u"CREATE TABLE shop.orders (id BIGINT)"_s));
        QVERIFY(db->exec(u"ALTER DATABASE "_s + QUrl(location.path()).path().mid(1) +
                         u" SET search_path = shop"_s));
    }
    QVERIFY(!StoreDatabase::open(location.path(), &error));
    QVERIFY2(error.contains(u"another program"_s), qPrintable(error));
    QVERIFY2(error.startsWith(u"cannot open database postgresql://"_s), qPrintable(error));
}

void TestPostgresDatabase::agentsStartingTogetherShareOneSchema()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    constexpr int kAgents = 4;
    std::atomic<int> opened = 0;
    QStringList errors;
    QMutex mutex;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kAgents; ++i) {
        threads.emplace_back(QThread::create([&] {
            QString error;
            if (StoreDatabase::open(location.path(), &error)) {
                ++opened;
                return;
            }
            const QMutexLocker lock(&mutex);
            errors.append(error);
        }));
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait(30'000));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(opened.load(), kAgents);
    QString error;
    auto db = StoreDatabase::open(location.path(), &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery query(db->db());
    QVERIFY(query.exec(u"SELECT count(*) FROM meta WHERE key = 'monitors_revision'"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestPostgresDatabase::passwordFromEnvironmentOrPassFile()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QString error;
    // The test cluster asks this role (and only it) for a password.
    const QString url = location.passwordRoleUrl(u"correct horse"_s, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    qputenv("PGPASSFILE", QFile::encodeName(location.filePath(u"none"_s)));
    QVERIFY(!StoreDatabase::open(url, &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));
    QVERIFY2(error.startsWith(u"cannot open database " + url), qPrintable(error));

    qputenv("PGPASSWORD", "wrong");
    QVERIFY(!StoreDatabase::open(url, &error));
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"wrong"_s), qPrintable(error));

    qputenv("PGPASSWORD", "correct horse");
    auto fromEnvironment = StoreDatabase::open(url, &error);
    QVERIFY2(fromEnvironment, qPrintable(error));
    fromEnvironment.reset();

    qunsetenv("PGPASSWORD");
    const QString passFile = location.filePath(u"pgpass"_s);
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("*:*:*:" + QUrl(url).userName().toUtf8() + ":correct horse\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    auto fromPassFile = StoreDatabase::open(url, &error);
    QVERIFY2(fromPassFile, qPrintable(error));
}

void TestPostgresDatabase::passwordFromTheKeychain()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    // Quotes, a backslash, a space and a non-ASCII letter: all must reach the server as they are.
    const QString password = u"it's a \\ p\u00e4ss"_s;
    QString error;
    const QString role = location.passwordRoleUrl(password, &error);
    QVERIFY2(!role.isEmpty(), qPrintable(error));
    const QString url = role + u"?application_name=upwatch"_s;
    const auto parsed = DatabaseLocation::parse(url, &error);
    QVERIFY2(parsed, qPrintable(error));
    m_passwordKey = parsed->passwordKey();
    // No PGPASSWORD, no ~/.pgpass: refused.
    qputenv("PGPASSFILE", QFile::encodeName(location.filePath(u"none"_s)));
    QVERIFY(!StoreDatabase::open(url, &error));
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));

    // The password stored in the keychain (here: memory) under the URL's key, read as a front
    // reads it before it opens the database.
    MemorySecretStore keychain;
    QVERIFY(awaitWrite(keychain, m_passwordKey, password.toUtf8()).reply.ok());
    const SecretCall loaded = awaitSecret([&](QObject *context, SecretStore::Callback done) {
        DatabasePasswordLoader::load(keychain, url, DatabasePasswordLoader::kWaitMs, context,
                                     std::move(done));
    });
    QCOMPARE(loaded.reply.status, SecretStore::Status::Ok);
    auto db = StoreDatabase::open(url, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery who(db->db());
    QVERIFY(who.exec(u"SELECT current_user"_s) && who.next());
    QCOMPARE(who.value(0).toString(), QUrl(url).userName());
    QVERIFY(MonitorStore(*db).all());
    db.reset();

    // Every thread's connection gets it (the history writer and readers open their own).
    QString threadError;
    bool threadOpened = false;
    std::unique_ptr<QThread> thread(
        QThread::create([&] { threadOpened = StoreDatabase::open(url, &threadError) != nullptr; }));
    thread->start();
    QVERIFY(thread->wait(30'000));
    QVERIFY2(threadOpened, qPrintable(threadError));

    // It wins over a PGPASSWORD that is wrong, as libpq's own password parameter does.
    qputenv("PGPASSWORD", "wrong");
    QVERIFY2(StoreDatabase::open(url, &error), qPrintable(error));

    // A wrong one stored: the server's clear refusal, saying where the password came from,
    // never the password itself; no hang.
    qunsetenv("PGPASSWORD");
    DatabasePasswords::set(m_passwordKey, "not it, it's wrong");
    QVERIFY(!StoreDatabase::open(url, &error));
    QVERIFY2(error.startsWith(u"cannot open database "_s), qPrintable(error));
    QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
    QVERIFY2(error.contains(u"keychain"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"not it"_s), qPrintable(error));

    // None stored any more: PGPASSWORD works as before.
    DatabasePasswords::forget(m_passwordKey);
    qputenv("PGPASSWORD", password.toUtf8());
    QVERIFY2(StoreDatabase::open(url, &error), qPrintable(error));
}

void TestPostgresDatabase::sslModeIsPassedOn()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    // The test cluster has no TLS: requiring it must fail, and say so.
    QString error;
    QVERIFY(!StoreDatabase::open(location.path() + u"?sslmode=require"_s, &error));
    QVERIFY2(error.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(error));
    auto db =
        StoreDatabase::open(location.path() + u"?sslmode=disable&connect_timeout=10"_s, &error);
    QVERIFY2(db, qPrintable(error));
}

void TestPostgresDatabase::unreachableServerNamesTheUrl()
{
    // Port 1 on loopback: nobody listens there.
    QString error;
    const QString url = u"postgresql://postgres@127.0.0.1:1/upwatch?connect_timeout=5"_s;
    QVERIFY(!StoreDatabase::open(url, &error));
    QVERIFY2(error.startsWith(u"cannot open database postgresql://postgres@127.0.0.1:1/upwatch"_s),
             qPrintable(error));
    QVERIFY2(error.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error));
}

void TestPostgresDatabase::lostConnectionIsOpenedAgain()
{
    TestStoreLocation location;
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QString error;
    auto db = StoreDatabase::open(location.path(), &error);
    QVERIFY2(db, qPrintable(error));
    auto admin = StoreDatabase::open(location.path(), &error);
    QVERIFY2(admin, qPrintable(error));
    QSqlQuery pid(db->db());
    QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    // The server ends the connection, as a restart would.
    QVERIFY(admin->exec(u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(pid.value(0).toInt())));
    // The next statement finds it gone; from then on the connection is opened again (at most
    // once a second), and the store works as before.
    QTRY_VERIFY_WITH_TIMEOUT(db->exec(u"SELECT 1"_s), 5000);
    MonitorStore monitors(*db);
    Monitor monitor = makeMonitor(u"api"_s);
    QVERIFY2(monitors.add(monitor), qPrintable(monitors.lastError()));
    QCOMPARE(MonitorStore(*admin).all()->size(), 1);
    // A transaction whose connection is lost fails as a whole, and the next one goes through.
    QVERIFY(db->begin());
    QSqlQuery inside(db->db());
    QVERIFY(inside.exec(u"SELECT pg_backend_pid()"_s) && inside.next());
    QVERIFY(admin->exec(u"SELECT pg_terminate_backend(%1, 5000)"_s.arg(inside.value(0).toInt())));
    QVERIFY(!db->exec(u"UPDATE monitors SET name = 'lost'"_s));
    // The failed COMMIT ends the transaction itself: the next statement reconnects.
    QVERIFY(!db->commit());
    QTRY_VERIFY_WITH_TIMEOUT(db->exec(u"SELECT 1"_s), 5000);
    QCOMPARE(MonitorStore(*db).all()->constFirst().name, u"api"_s);
}

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
