// `upwatch db password` and the commands that read a PostgreSQL database's password from the
// OS keychain (a throwaway gnome-keyring: this test runs under keychain/with-keyring.sh) or the
// secrets file, against the test cluster's role that must log in with a password.
#include "core/store/DatabaseLocation.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/TestStoreLocation.h"
#include "tests/support/UpwatchProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassword = "db p\xc3\xa4ss, it's \\ long";

// Sets an environment variable (or unsets it, for a null value) until it goes.
class ScopedEnvironment final {
    Q_DISABLE_COPY_MOVE(ScopedEnvironment)

public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class TestCliDbPassword final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void storedPasswordOpensTheDatabase_data();
    void storedPasswordOpensTheDatabase();
    void wrongStoredPasswordIsRefusedClearly();
    void withoutKeychainCommandsGoOnQuietly();
    void environmentStillWorks();
    void usageErrors_data();
    void usageErrors();

private:
    [[nodiscard]] UpwatchRun list(const QStringList &extra = {}) const
    {
        return runUpwatch(QStringList{u"monitor"_s, u"list"_s, u"--db"_s, m_url} + extra, 30'000);
    }
    [[nodiscard]] UpwatchRun storePassword(const QByteArray &password,
                                           const QStringList &extra = {}) const
    {
        return runUpwatch(
            QStringList{u"db"_s, u"password"_s, u"--db"_s, m_url, u"--password-stdin"_s} + extra,
            30'000, password + '\n');
    }
    [[nodiscard]] UpwatchRun forgetPassword(const QStringList &extra = {}) const
    {
        return runUpwatch(
            QStringList{u"db"_s, u"password"_s, u"--db"_s, m_url, u"--forget"_s} + extra, 30'000);
    }

    std::unique_ptr<TestStoreLocation> m_location;
    QString m_url; // as the role with a password
    QString m_key;
};

void TestCliDbPassword::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(UPWATCH_BINARY)));
    QVERIFY2(qEnvironmentVariableIsSet("UPWATCH_TEST_KEYRING"),
             "run through tests/keychain/with-keyring.sh");
    if (!TestEngine::isPostgres())
        QSKIP("runs on PostgreSQL only (UPWATCH_TEST_ENGINE=postgres)");
    UPWATCH_SKIP_UNLESS_ENGINE_RUNS();
    m_location = std::make_unique<TestStoreLocation>();
    QVERIFY2(m_location->isValid(), qPrintable(m_location->error()));
    QString error;
    m_url = m_location->passwordRoleUrl(QString::fromUtf8(kPassword), &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    const auto location = DatabaseLocation::parse(m_url, &error);
    QVERIFY2(location, qPrintable(error));
    m_key = location->passwordKey();
    // Neither PGPASSWORD nor ~/.pgpass: only the keychain can give the password.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_location->filePath(u"no-pgpass"_s)));
}

void TestCliDbPassword::cleanupTestCase()
{
    m_location.reset();
}

void TestCliDbPassword::init()
{
    // Each test starts with nothing stored.
    const UpwatchRun forgot = forgetPassword();
    QVERIFY2(forgot.exitCode == 0, qPrintable(forgot.err));
}

void TestCliDbPassword::storedPasswordOpensTheDatabase_data()
{
    QTest::addColumn<bool>("secretsFile");
    QTest::newRow("keychain") << false;
    QTest::newRow("secrets file") << true;
}

void TestCliDbPassword::storedPasswordOpensTheDatabase()
{
    QFETCH(bool, secretsFile);
    const QStringList where = secretsFile ? QStringList{u"--secrets-file"_s} : QStringList{};

    // Nothing stored: the server's refusal, and no word about a keychain.
    UpwatchRun listed = list();
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"password"_s), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"keychain"_s), qPrintable(listed.err));

    const UpwatchRun stored = storePassword(kPassword, where);
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QVERIFY2(stored.out.startsWith(u"the password of "_s + m_key + u" is in "_s),
             qPrintable(stored.out));
    QString file; // the secrets file, this machine's for the database
    if (secretsFile) {
        const QString prefix = u"the password of "_s + m_key + u" is in the secrets file "_s;
        QVERIFY2(stored.out.startsWith(prefix), qPrintable(stored.out));
        file = stored.out.mid(prefix.size()).trimmed();
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        QCOMPARE(QFileInfo(file).permissions() & 0x0077, 0);
        QFile contents(file);
        QVERIFY(contents.open(QIODevice::ReadOnly));
        QVERIFY(!contents.readAll().contains(kPassword)); // base64, but not plain either
    }
    else {
        QCOMPARE(stored.out, u"the password of "_s + m_key + u" is in the OS keychain\n"_s);
    }
    QVERIFY(!stored.out.contains(QString::fromUtf8(kPassword)));

    // Every command opening the database finds it: monitor add and list, run.
    const UpwatchRun added = runUpwatch({u"monitor"_s, u"add"_s, u"--db"_s, m_url, u"--name"_s,
                                         u"api-%1"_s.arg(int(secretsFile)), u"--url"_s,
                                         u"http://127.0.0.1:1/"_s, u"--paused"_s},
                                        30'000);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    listed = list();
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.out.contains(u"api-%1"_s.arg(int(secretsFile))), qPrintable(listed.out));
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
    const UpwatchRun run =
        runUpwatch({u"run"_s, u"--db"_s, m_url, u"--duration"_s, u"2"_s}, 60'000);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(u"running 0 monitors"_s), qPrintable(run.out));

    // Forgotten: refused again.
    const UpwatchRun forgot = forgetPassword(where);
    QVERIFY2(forgot.exitCode == 0, qPrintable(forgot.err));
    QVERIFY2(forgot.out.contains(u"is not in"_s), qPrintable(forgot.out));
    listed = list();
    QCOMPARE(listed.exitCode, 1);
    QVERIFY2(listed.err.contains(u"password"_s), qPrintable(listed.err));

    // The next tests use the keychain again.
    if (!file.isEmpty())
        QVERIFY(QFile::remove(file));
}

void TestCliDbPassword::wrongStoredPasswordIsRefusedClearly()
{
    const UpwatchRun stored = storePassword("not the password");
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));
    QElapsedTimer timer;
    timer.start();
    const UpwatchRun listed = list();
    QCOMPARE(listed.exitCode, 1);
    QVERIFY(timer.elapsed() < 20'000);
    QVERIFY2(listed.err.startsWith(u"upwatch: cannot open database "_s), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"password authentication failed"_s), qPrintable(listed.err));
    QVERIFY2(listed.err.contains(u"upwatch db password"_s), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"not the password"_s), qPrintable(listed.err));
    QCOMPARE(listed.err.count(u'\n'), 1);
}

void TestCliDbPassword::withoutKeychainCommandsGoOnQuietly()
{
    // A headless agent: no session bus at all. The keychain answers at once that it is not
    // there; the command goes on with PGPASSWORD, silently and without delay.
    const ScopedEnvironment bus("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    const ScopedEnvironment password("PGPASSWORD", kPassword);
    QElapsedTimer timer;
    timer.start();
    UpwatchRun listed = list();
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    // Without PGPASSWORD either: only the server's refusal, no keychain noise.
    const ScopedEnvironment none("PGPASSWORD", QByteArray());
    listed = list();
    QCOMPARE(listed.exitCode, 1);
    QCOMPARE(listed.err.count(u'\n'), 1);
    QVERIFY2(!listed.err.contains(u"keychain"_s), qPrintable(listed.err));
    QVERIFY2(!listed.err.contains(u"warning"_s), qPrintable(listed.err));

    // Storing needs a keychain: a clear error that says what to do.
    const UpwatchRun stored = storePassword(kPassword);
    QCOMPARE(stored.exitCode, 1);
    QVERIFY2(stored.err.startsWith(u"upwatch: cannot store the password of "_s + m_key),
             qPrintable(stored.err));
    QVERIFY2(stored.err.contains(u"--secrets-file"_s), qPrintable(stored.err));
}

void TestCliDbPassword::environmentStillWorks()
{
    // No password stored: PGPASSWORD as before.
    const ScopedEnvironment password("PGPASSWORD", kPassword);
    const UpwatchRun listed = list();
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    QVERIFY2(listed.err.isEmpty(), qPrintable(listed.err));
}

void TestCliDbPassword::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no --db") << QStringList{u"db"_s, u"password"_s, u"--password-stdin"_s}
                             << u"upwatch: db password needs --db with the URL of a PostgreSQL "
                                u"database (postgresql://user@host:port/db); a database file "
                                u"has no password\n"_s;
    QTest::newRow("a file") << QStringList{u"db"_s, u"password"_s, u"--db"_s, u"/tmp/x.sqlite"_s,
                                           u"--forget"_s}
                            << u"upwatch: db password needs --db with the URL"_s;
    QTest::newRow("neither") << QStringList{u"db"_s, u"password"_s, u"--db"_s,
                                            u"postgresql://u@db/x"_s}
                             << u"upwatch: db password needs one of --password-stdin and "
                                u"--forget\n"_s;
    QTest::newRow("both") << QStringList{u"db"_s,       u"password"_s,
                                         u"--db"_s,     u"postgresql://u@db/x"_s,
                                         u"--forget"_s, u"--password-stdin"_s}
                          << u"upwatch: db password needs one of --password-stdin and "
                             u"--forget\n"_s;
    QTest::newRow("a password in the URL")
        << QStringList{u"db"_s, u"password"_s, u"--db"_s, u"postgresql://u:secret@db/x"_s,
                       u"--forget"_s}
        << u"upwatch: cannot use the database URL postgresql://u@db/x: it holds a password"_s;
    QTest::newRow("unknown action") << QStringList{u"db"_s, u"frobnicate"_s}
                                    << u"upwatch: unknown db action 'frobnicate' (use "
                                       u"password)\n"_s;
    QTest::newRow("an argument")
        << QStringList{u"db"_s,       u"password"_s, u"--db"_s, u"postgresql://u@db/x"_s,
                       u"--forget"_s, u"extra"_s}
        << u"upwatch: unexpected argument 'extra' (see 'upwatch db password --help')\n"_s;
}

void TestCliDbPassword::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const UpwatchRun run = runUpwatch(arguments, 30'000);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(error), qPrintable(run.err));
    QVERIFY(!run.err.contains(u"secret"_s));
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDbPassword)
#include "tst_cli_dbpassword.moc"
