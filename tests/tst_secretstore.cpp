#include "core/secret/DatabasePasswordLoader.h"
#include "core/secret/FileSecretStore.h"
#include "core/secret/MemorySecretStore.h"
#include "core/secret/SecretStores.h"
#include "core/store/DatabasePasswords.h"
#include "tests/support/AwaitSecret.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Kind { Memory, File };

const QByteArray kSecret("s3cr\0t \xff\x01 p\xc3\xa4ss", 15);

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, mode_t mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written = file.write(bytes) == bytes.size();
    file.close();
    return written && ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 07777;
    return info.st_mode & 07777;
}

// Restores the process's umask when it goes.
class UmaskGuard final {
    Q_DISABLE_COPY_MOVE(UmaskGuard)

public:
    explicit UmaskGuard(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

const QByteArray kValidFile = R"({"version": 1, "secrets": {"other": "b3RoZXI="}})";

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(SecretStore::Status)

// MemorySecretStore and FileSecretStore behind the SecretStore interface, and what only the file
// store does: a private file, refusing one that is not, and leaving a corrupt one alone.
class TestSecretStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesReplacesAndRemoves_data();
    void storesReplacesAndRemoves();
    void answersNeverInsideTheCall_data();
    void answersNeverInsideTheCall();
    void deletedContextIsNotCalled_data();
    void deletedContextIsNotCalled();

    void memoryActsUnavailableOrDenied_data();
    void memoryActsUnavailableOrDenied();

    void fileIsPrivate();
    void emptyFileIsAnEmptyStore();
    void fileKeepsOtherSecretsAndSurvivesReopening();
    void missingFileIsEmptyAndNotCreated();
    void refusesFileOthersCanRead_data();
    void refusesFileOthersCanRead();
    void refusesFileOfAnotherUser();
    void corruptFileIsReportedAndKept_data();
    void corruptFileIsReportedAndKept();
    void unwritablePlaceIsNamed();
    void postgresDatabaseKeepsItsFileInTheDataFolder();

    void databasePasswordIsLoadedForEveryThread();
    void databasePasswordNotStoredOrNoKeychain();
    void databasePasswordWaitIsBounded();

private:
    [[nodiscard]] std::unique_ptr<SecretStore> makeStore(Kind kind) const;
    [[nodiscard]] QString filePath() const { return m_dir->filePath(u"upwatch.db.secrets"_s); }
    static void addKinds();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSecretStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<SecretStore> TestSecretStore::makeStore(Kind kind) const
{
    if (kind == Kind::Memory)
        return std::make_unique<MemorySecretStore>();
    return std::make_unique<FileSecretStore>(filePath());
}

void TestSecretStore::addKinds()
{
    QTest::addColumn<Kind>("kind");
    QTest::newRow("memory") << Kind::Memory;
    QTest::newRow("file") << Kind::File;
}

void TestSecretStore::storesReplacesAndRemoves_data()
{
    addKinds();
}

void TestSecretStore::storesReplacesAndRemoves()
{
    QFETCH(Kind, kind);
    const std::unique_ptr<SecretStore> store = makeStore(kind);

    SecretCall call = awaitRead(*store, u"monitor-1/basic"_s);
    QVERIFY(call.answered);
    QCOMPARE(call.reply.status, SecretStore::Status::NotFound);
    QVERIFY(call.reply.error.contains(u"monitor-1/basic"_s));
    QVERIFY(call.reply.secret.isEmpty());

    call = awaitWrite(*store, u"monitor-1/basic"_s, kSecret);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    call = awaitWrite(*store, u"monitor-2/bearer"_s, "token-2");
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));

    call = awaitRead(*store, u"monitor-1/basic"_s);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(call.reply.secret, kSecret);
    QVERIFY(call.reply.error.isEmpty());

    call = awaitWrite(*store, u"monitor-1/basic"_s, "replaced");
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(awaitRead(*store, u"monitor-1/basic"_s).reply.secret, "replaced");

    call = awaitRemove(*store, u"monitor-1/basic"_s);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(awaitRead(*store, u"monitor-1/basic"_s).reply.status, SecretStore::Status::NotFound);
    // Removing what is not there is Ok; the other key is untouched.
    QVERIFY(awaitRemove(*store, u"monitor-1/basic"_s).reply.ok());
    QCOMPARE(awaitRead(*store, u"monitor-2/bearer"_s).reply.secret, "token-2");

    // An empty secret is a secret.
    QVERIFY(awaitWrite(*store, u"empty"_s, {}).reply.ok());
    call = awaitRead(*store, u"empty"_s);
    QCOMPARE(call.reply.status, SecretStore::Status::Ok);
    QVERIFY(call.reply.secret.isEmpty());
}

void TestSecretStore::answersNeverInsideTheCall_data()
{
    addKinds();
}

void TestSecretStore::answersNeverInsideTheCall()
{
    QFETCH(Kind, kind);
    const std::unique_ptr<SecretStore> store = makeStore(kind);
    for (const SecretCall &call : {awaitWrite(*store, u"k"_s, "v"), awaitRead(*store, u"k"_s),
                                   awaitRead(*store, u"missing"_s), awaitRemove(*store, u"k"_s),
                                   awaitRemove(*store, u"missing"_s)}) {
        QVERIFY(call.answered);
        QVERIFY(!call.synchronous);
    }
}

void TestSecretStore::deletedContextIsNotCalled_data()
{
    addKinds();
}

void TestSecretStore::deletedContextIsNotCalled()
{
    QFETCH(Kind, kind);
    const std::unique_ptr<SecretStore> store = makeStore(kind);
    int called = 0;
    auto count = [&called](const SecretStore::Reply &) { ++called; };
    auto *context = new QObject;
    store->write(u"k"_s, "v", context, count);
    store->read(u"k"_s, context, count);
    store->remove(u"other"_s, context, count);
    delete context;
    // Answers come in order: once a later call is answered, the earlier ones had their chance.
    QVERIFY(awaitRead(*store, u"k"_s).answered);
    QCOMPARE(called, 0);
    // The write itself happened.
    QCOMPARE(awaitRead(*store, u"k"_s).reply.secret, "v");
}

void TestSecretStore::memoryActsUnavailableOrDenied_data()
{
    QTest::addColumn<SecretStore::Status>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("unavailable") << SecretStore::Status::Unavailable << QString();
    QTest::newRow("denied") << SecretStore::Status::Denied << QString();
    QTest::newRow("failed, own message")
        << SecretStore::Status::Failed << u"The keychain daemon crashed."_s;
}

void TestSecretStore::memoryActsUnavailableOrDenied()
{
    QFETCH(SecretStore::Status, status);
    QFETCH(QString, error);
    MemorySecretStore store;
    QVERIFY(awaitWrite(store, u"kept"_s, "before").reply.ok());

    store.failWith(status, error);
    for (const SecretCall &call : {awaitWrite(store, u"new"_s, "v"), awaitRead(store, u"kept"_s),
                                   awaitRemove(store, u"kept"_s)}) {
        QVERIFY(call.answered);
        QVERIFY(!call.synchronous);
        QCOMPARE(call.reply.status, status);
        QVERIFY(call.reply.secret.isEmpty());
        QVERIFY(!call.reply.error.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(call.reply.error, error);
    }
    QVERIFY(!store.contains(u"new"_s));
    QCOMPARE(store.secret(u"kept"_s), "before");
    QCOMPARE(store.operationCount(), 4);

    store.failWith(SecretStore::Status::Ok);
    QCOMPARE(awaitRead(store, u"kept"_s).reply.secret, "before");
}

void TestSecretStore::emptyFileIsAnEmptyStore()
{
    // `touch DB.secrets && chmod 600 DB.secrets` opts into the file before any secret is in it.
    QFile file(filePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    file.close();
    FileSecretStore store(filePath());
    QCOMPARE(awaitRead(store, u"k"_s).reply.status, SecretStore::Status::NotFound);
    QVERIFY(awaitWrite(store, u"k"_s, kSecret).reply.ok());
    QCOMPARE(awaitRead(store, u"k"_s).reply.secret, kSecret);
    QVERIFY(!QFile::exists(filePath() + u".lock"_s));
}

void TestSecretStore::fileIsPrivate()
{
    // Even with a umask that would leave a new file open to everyone.
    const UmaskGuard umask(0);
    FileSecretStore store(filePath());
    QVERIFY(store.describe().contains(filePath()));
    QVERIFY(awaitWrite(store, u"k"_s, kSecret).reply.ok());
    QCOMPARE(modeOf(filePath()), mode_t(0600));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(filePath()).constData(), &info), 0);
    QCOMPARE(info.st_uid, ::geteuid());
    // Replaced atomically: still private, and no temporary file left beside it.
    QVERIFY(awaitWrite(store, u"k"_s, "again").reply.ok());
    QCOMPARE(modeOf(filePath()), mode_t(0600));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"upwatch.db.secrets"_s});
    // The secret is not in the file in clear.
    QVERIFY(!contents(filePath()).contains("again"));
}

void TestSecretStore::fileKeepsOtherSecretsAndSurvivesReopening()
{
    QVERIFY(writeFile(filePath(), kValidFile, 0600));
    {
        FileSecretStore store(filePath());
        QVERIFY(awaitWrite(store, u"mine"_s, kSecret).reply.ok());
    }
    FileSecretStore reopened(filePath());
    QCOMPARE(awaitRead(reopened, u"mine"_s).reply.secret, kSecret);
    QCOMPARE(awaitRead(reopened, u"other"_s).reply.secret, "other");
}

void TestSecretStore::missingFileIsEmptyAndNotCreated()
{
    FileSecretStore store(filePath());
    QCOMPARE(awaitRead(store, u"k"_s).reply.status, SecretStore::Status::NotFound);
    QVERIFY(awaitRemove(store, u"k"_s).reply.ok());
    QVERIFY(!QFile::exists(filePath()));
}

void TestSecretStore::refusesFileOthersCanRead_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("0644") << 0644;
    QTest::newRow("0640") << 0640;
    QTest::newRow("0604") << 0604;
    QTest::newRow("0620") << 0620;
    QTest::newRow("0666") << 0666;
}

void TestSecretStore::refusesFileOthersCanRead()
{
    QFETCH(int, mode);
    QVERIFY(writeFile(filePath(), kValidFile, mode_t(mode)));
    FileSecretStore store(filePath());
    for (const SecretCall &call : {awaitRead(store, u"other"_s), awaitWrite(store, u"k"_s, "v"),
                                   awaitRemove(store, u"other"_s)}) {
        QVERIFY(call.answered);
        QCOMPARE(call.reply.status, SecretStore::Status::Denied);
        QVERIFY(call.reply.secret.isEmpty());
        QVERIFY2(call.reply.error.contains(u"`chmod 600 %1`"_s.arg(filePath())),
                 qPrintable(call.reply.error));
        QVERIFY(call.reply.error.contains(QString::number(mode, 8)));
    }
    QCOMPARE(contents(filePath()), kValidFile);
    QCOMPARE(modeOf(filePath()), mode_t(mode));

    // Once fixed, it is read.
    QCOMPARE(::chmod(QFile::encodeName(filePath()).constData(), 0600), 0);
    QCOMPARE(awaitRead(store, u"other"_s).reply.secret, "other");
}

void TestSecretStore::refusesFileOfAnotherUser()
{
    if (::geteuid() != 0)
        QSKIP("Giving a file to another user needs root.");
    QVERIFY(writeFile(filePath(), kValidFile, 0600));
    QCOMPARE(::chown(QFile::encodeName(filePath()).constData(), 65534, 65534), 0);
    FileSecretStore store(filePath());
    for (const SecretCall &call : {awaitRead(store, u"other"_s), awaitWrite(store, u"k"_s, "v")}) {
        QCOMPARE(call.reply.status, SecretStore::Status::Denied);
        QVERIFY2(call.reply.error.contains(u"belongs to another user (uid 65534"_s),
                 qPrintable(call.reply.error));
        QVERIFY(call.reply.error.contains(filePath()));
    }
    QCOMPARE(contents(filePath()), kValidFile);
}

void TestSecretStore::corruptFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut short") << QByteArray(R"({"version": 1, "secrets": {"a": "YQ==")")
                               << u"is not valid JSON"_s;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << u"is not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"is not an Upwatch secrets file"_s;
    QTest::newRow("other version")
        << QByteArray(R"({"version": 2, "secrets": {}})") << u"is not an Upwatch secrets file"_s;
    QTest::newRow("no secrets") << QByteArray(R"({"version": 1})")
                                << u"is not an Upwatch secrets file"_s;
    QTest::newRow("not base64")
        << QByteArray(R"({"version": 1, "secrets": {"good": "YQ==", "bad": "@@@@"}})")
        << u"the value of \"bad\" is not a base64 string"_s;
    QTest::newRow("number") << QByteArray(R"({"version": 1, "secrets": {"n": 5}})")
                            << u"the value of \"n\" is not a base64 string"_s;
    QTest::newRow("too large") << QByteArray(FileSecretStore::kMaxFileBytes + 1, ' ')
                               << u"is larger than 1048576 bytes"_s;
}

void TestSecretStore::corruptFileIsReportedAndKept()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QVERIFY(writeFile(filePath(), bytes, 0600));
    FileSecretStore store(filePath());
    for (const SecretCall &call : {awaitRead(store, u"good"_s), awaitWrite(store, u"k"_s, "v"),
                                   awaitRemove(store, u"good"_s)}) {
        QVERIFY(call.answered);
        QCOMPARE(call.reply.status, SecretStore::Status::Failed);
        QVERIFY2(call.reply.error.contains(expected), qPrintable(call.reply.error));
        QVERIFY(call.reply.error.contains(filePath()));
        QVERIFY(call.reply.secret.isEmpty());
    }
    // Not overwritten, not "repaired".
    QCOMPARE(contents(filePath()), bytes);
}

void TestSecretStore::unwritablePlaceIsNamed()
{
    const QString inMissingFolder = m_dir->filePath(u"gone/upwatch.db.secrets"_s);
    FileSecretStore store(inMissingFolder);
    SecretCall call = awaitWrite(store, u"k"_s, "v");
    QCOMPARE(call.reply.status, SecretStore::Status::Failed);
    QVERIFY2(call.reply.error.startsWith(
                 u"Could not write the secrets file %1: "_s.arg(inMissingFolder)),
             qPrintable(call.reply.error));

    // A folder where the file should be: refused without blocking or reading it.
    QVERIFY(QDir(m_dir->path()).mkdir(u"upwatch.db.secrets"_s));
    FileSecretStore onFolder(filePath());
    call = awaitRead(onFolder, u"k"_s);
    QCOMPARE(call.reply.status, SecretStore::Status::Failed);
    QVERIFY2(call.reply.error.contains(u"%1 is not a regular file"_s.arg(filePath())),
             qPrintable(call.reply.error));
}

void TestSecretStore::postgresDatabaseKeepsItsFileInTheDataFolder()
{
    QCOMPARE(SecretStores::secretsFilePath(u"/srv/upwatch.sqlite"_s),
             u"/srv/upwatch.sqlite.secrets"_s);
    // A URL is no path: the file is this machine's, named after the server and database.
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    const QString url = u"postgresql://agent@db.example.com/upwatch?sslmode=require"_s;
    const QString file = SecretStores::secretsFilePath(url);
    QVERIFY2(file.startsWith(m_dir->filePath(u"data/"_s)), qPrintable(file));
    QVERIFY2(file.endsWith(u"/postgresql/db.example.com_5432_upwatch_agent.secrets"_s),
             qPrintable(file));
    // Chosen with --secrets-file, it is made in a private folder, and used from then on.
    auto store = SecretStores::forDatabase(url, true);
    SecretCall call = awaitWrite(*store, u"k"_s, "v");
    QCOMPARE(call.reply.status, SecretStore::Status::Ok);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(int(QFileInfo(QFileInfo(file).absolutePath()).permissions()) & 0x0077, 0);
    call = awaitRead(*SecretStores::forDatabase(url), u"k"_s);
    QCOMPARE(call.reply.secret, QByteArray("v"));
    qunsetenv("XDG_DATA_HOME");
}

namespace {

// A keychain whose daemon hangs: it never answers.
class SilentStore final : public SecretStore {
public:
    void read(const QString &, QObject *, Callback) override {}
    void write(const QString &, const QByteArray &, QObject *, Callback) override {}
    void remove(const QString &, QObject *, Callback) override {}
    [[nodiscard]] QString describe() const override { return u"the OS keychain"_s; }
};

const QString kDatabaseUrl = u"postgresql://agent@db.example.com/upwatch?sslmode=require"_s;
const QString kDatabaseKey = u"postgresql://agent@db.example.com:5432/upwatch"_s;

SecretCall awaitDatabasePassword(SecretStore &store, const QString &path, int timeoutMs)
{
    return awaitSecret([&](QObject *context, SecretStore::Callback done) {
        DatabasePasswordLoader::load(store, path, timeoutMs, context, std::move(done));
    });
}

} // namespace

void TestSecretStore::databasePasswordIsLoadedForEveryThread()
{
    DatabasePasswords::forget(kDatabaseKey);
    MemorySecretStore store;
    QVERIFY(awaitWrite(store, kDatabaseKey, "it's \\ a p\xc3\xa4ss").reply.ok());
    const SecretCall call = awaitDatabasePassword(store, kDatabaseUrl, 5000);
    QVERIFY(call.answered);
    QVERIFY(!call.synchronous);
    QCOMPARE(call.reply.status, SecretStore::Status::Ok);
    QCOMPARE(DatabasePasswords::find(kDatabaseKey),
             std::optional(QByteArray("it's \\ a p\xc3\xa4ss")));
    // Any thread finds it (StoreDatabase opens a connection per thread).
    std::optional<QByteArray> seen;
    std::unique_ptr<QThread> thread(
        QThread::create([&seen] { seen = DatabasePasswords::find(kDatabaseKey); }));
    thread->start();
    QVERIFY(thread->wait(5000));
    QCOMPARE(seen, std::optional(QByteArray("it's \\ a p\xc3\xa4ss")));
    DatabasePasswords::set(kDatabaseKey, {}); // an empty one forgets
    QVERIFY(!DatabasePasswords::find(kDatabaseKey));
}

void TestSecretStore::databasePasswordNotStoredOrNoKeychain()
{
    DatabasePasswords::forget(kDatabaseKey);
    MemorySecretStore store;
    SecretCall call = awaitDatabasePassword(store, kDatabaseUrl, 5000);
    QCOMPARE(call.reply.status, SecretStore::Status::NotFound);
    QVERIFY(!DatabasePasswords::find(kDatabaseKey));

    QVERIFY(awaitWrite(store, kDatabaseKey, "secret").reply.ok());
    store.failWith(SecretStore::Status::Unavailable);
    call = awaitDatabasePassword(store, kDatabaseUrl, 5000);
    QCOMPARE(call.reply.status, SecretStore::Status::Unavailable);
    QVERIFY(!DatabasePasswords::find(kDatabaseKey));

    // A file has no password: the store is not even asked.
    store.failWith(SecretStore::Status::Ok);
    const int asked = store.operationCount();
    call = awaitDatabasePassword(store, m_dir->filePath(u"upwatch.sqlite"_s), 5000);
    QVERIFY(call.answered);
    QVERIFY(!call.synchronous);
    QCOMPARE(call.reply.status, SecretStore::Status::NotFound);
    QCOMPARE(store.operationCount(), asked);
}

void TestSecretStore::databasePasswordWaitIsBounded()
{
    DatabasePasswords::forget(kDatabaseKey);
    SilentStore store;
    QElapsedTimer timer;
    timer.start();
    const SecretCall call = awaitDatabasePassword(store, kDatabaseUrl, 300);
    QVERIFY(call.answered);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(call.reply.status, SecretStore::Status::Failed);
    QVERIFY2(call.reply.error.contains(u"did not answer"_s), qPrintable(call.reply.error));
    QVERIFY(!DatabasePasswords::find(kDatabaseKey));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
