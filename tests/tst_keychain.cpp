#include "core/secret/KeychainSecretStore.h"
#include "tests/support/AwaitSecret.h"

#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kSecret("kc-s3cr\0t \xff\x01 8d1f", 18);
const QByteArray kReplacement("kc-replacement-77e4c2");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    // Generous: a machine shared with parallel builds.
    if (!process.waitForFinished(kSecretWaitMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish in time";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// What the Secret Service itself holds under the app's service and `key`, in base64 (the
// store keeps binary data), as libsecret's own command line tool sees it.
Run secretToolLookup(const QString &key)
{
    return run(u"secret-tool"_s, {u"lookup"_s, u"server"_s, KeychainSecretStore::defaultService(),
                                  u"user"_s, key, u"type"_s, u"base64"_s});
}

// Paths of the files under `folder` whose bytes contain `needle`.
QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found << file.fileName();
    }
    return found;
}

QStringList filesUnder(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

Q_DECLARE_METATYPE(KeychainSecretStore::Operation)
Q_DECLARE_METATYPE(SecretStore::Status)

// KeychainSecretStore against a real gnome-keyring in a private D-Bus session (ctest runs this
// through keychain/with-keyring.sh), and against no keychain at all (keychain-probe, a child
// process, with no session bus or a bus without a Secret Service).
class TestKeychain final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void repliesFromQtKeychainErrors_data();
    void repliesFromQtKeychainErrors();

    void probeFindsTheKeyring();
    void storesReadsReplacesAndRemoves();
    void secretIsInTheSecretServiceOnly();
    void noKeychainIsUnavailable_data();
    void noKeychainIsUnavailable();
    // Last: it leaves the keyring locked.
    void lockedKeyringIsDenied();
};

void TestKeychain::initTestCase()
{
    if (qEnvironmentVariable("UPWATCH_TEST_KEYRING") != "1"_L1)
        QFAIL("Run through tests/keychain/with-keyring.sh (ctest does): this test writes to the "
              "keychain it finds and needs a throwaway one.");
}

void TestKeychain::repliesFromQtKeychainErrors_data()
{
    using Op = KeychainSecretStore::Operation;
    using Status = SecretStore::Status;
    QTest::addColumn<Op>("operation");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("read ok") << Op::Read << int(QKeychain::NoError) << QString() << Status::Ok
                             << QString();
    QTest::newRow("read missing") << Op::Read << int(QKeychain::EntryNotFound)
                                  << u"Entry not found"_s << Status::NotFound
                                  << u"No secret is stored under \"m/1\" in the OS keychain."_s;
    QTest::newRow("remove missing")
        << Op::Remove << int(QKeychain::EntryNotFound) << QString() << Status::Ok << QString();
    QTest::newRow("no backend") << Op::Read << int(QKeychain::NoBackendAvailable)
                                << u"No keychain service available"_s << Status::Unavailable
                                << u"such as gnome-keyring"_s;
    QTest::newRow("no bus, no display") << Op::Write << int(QKeychain::OtherError)
                                        << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
                                        << Status::Unavailable << u"or opt into the secrets file"_s;
    QTest::newRow("bus address goes nowhere")
        << Op::Read << int(QKeychain::OtherError)
        << u"Could not connect: No such file or directory"_s << Status::Unavailable
        << u"(Could not connect: No such file or directory)"_s;
    QTest::newRow("no secret service")
        << Op::Read << int(QKeychain::OtherError)
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s
        << Status::Unavailable << u"Start a keyring"_s;
    QTest::newRow("no login keyring")
        << Op::Write << int(QKeychain::OtherError)
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s
        << Status::Unavailable << u"Start a keyring"_s;
    QTest::newRow("kwallet, no bus")
        << Op::Write << int(QKeychain::OtherError)
        << u"Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running"_s
        << Status::Unavailable << u"Start a keyring"_s;
    QTest::newRow("locked") << Op::Write << int(QKeychain::AccessDenied)
                            << u"Cannot create an item in a locked collection"_s << Status::Denied
                            << u"Unlock the keyring"_s;
    QTest::newRow("refused") << Op::Read << int(QKeychain::AccessDeniedByUser) << QString()
                             << Status::Denied << u"refused access to \"m/1\". Unlock"_s;
    QTest::newRow("locked, other error")
        << Op::Read << int(QKeychain::OtherError) << u"The collection is locked"_s << Status::Denied
        << u"Unlock the keyring"_s;
    QTest::newRow("other") << Op::Remove << int(QKeychain::CouldNotDeleteEntry)
                           << u"Could not delete"_s << Status::Failed
                           << u"The OS keychain failed on \"m/1\" (Could not delete)."_s;
}

void TestKeychain::repliesFromQtKeychainErrors()
{
    QFETCH(KeychainSecretStore::Operation, operation);
    QFETCH(int, error);
    QFETCH(QString, detail);
    QFETCH(SecretStore::Status, status);
    QFETCH(QString, message);
    const SecretStore::Reply reply =
        KeychainSecretStore::replyFor(operation, u"m/1"_s, error, detail, "the-secret");
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.error.contains(message), qPrintable(reply.error));
    QCOMPARE(reply.error.isEmpty(), status == SecretStore::Status::Ok);
    QCOMPARE(reply.secret,
             status == SecretStore::Status::Ok && operation == KeychainSecretStore::Operation::Read
                 ? QByteArray("the-secret")
                 : QByteArray());
}

void TestKeychain::probeFindsTheKeyring()
{
    KeychainSecretStore store;
    const SecretCall call = awaitSecret([&store](QObject *context, SecretStore::Callback done) {
        store.probe(context, std::move(done));
    });
    QVERIFY(call.answered);
    QVERIFY(!call.synchronous);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
}

void TestKeychain::storesReadsReplacesAndRemoves()
{
    KeychainSecretStore store;
    QCOMPARE(store.service(), u"upwatch"_s);
    const QString key = u"monitor-7/basic"_s;

    SecretCall call = awaitRead(store, key);
    QVERIFY(call.answered);
    QVERIFY(!call.synchronous);
    QCOMPARE(call.reply.status, SecretStore::Status::NotFound);

    call = awaitWrite(store, key, kSecret);
    QVERIFY(!call.synchronous);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    call = awaitRead(store, key);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(call.reply.secret, kSecret);

    call = awaitWrite(store, key, kReplacement);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(awaitRead(store, key).reply.secret, kReplacement);

    call = awaitRemove(store, key);
    QVERIFY(!call.synchronous);
    QVERIFY2(call.reply.ok(), qPrintable(call.reply.error));
    QCOMPARE(awaitRead(store, key).reply.status, SecretStore::Status::NotFound);
    QVERIFY(awaitRemove(store, key).reply.ok());

    // A caller that is gone is not called.
    int called = 0;
    auto *context = new QObject;
    store.read(key, context, [&called](const SecretStore::Reply &) { ++called; });
    delete context;
    QVERIFY(awaitRead(store, key).answered);
    QCOMPARE(called, 0);
}

void TestKeychain::secretIsInTheSecretServiceOnly()
{
    KeychainSecretStore store;
    const QString key = u"monitor-8/bearer"_s;
    QVERIFY(awaitWrite(store, key, kSecret).reply.ok());
    QVERIFY(awaitWrite(store, key, kReplacement).reply.ok());

    // The Secret Service holds it, once (the replacement replaced).
    Run lookup = secretToolLookup(key);
    QCOMPARE(lookup.exitCode, 0);
    QCOMPARE(lookup.out.trimmed(), kReplacement.toBase64());
    const Run search =
        run(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s,
                               KeychainSecretStore::defaultService(), u"user"_s, key});
    QCOMPARE(search.exitCode, 0);
    QCOMPARE(search.out.count("\nsecret = "), 1);

    // And no file holds it in clear: not a QSettings fallback, nothing under the throwaway HOME.
    const QString home = QDir::homePath();
    QVERIFY(home.contains(u"upwatch-keyring"_s));
    QVERIFY(!filesUnder(home).isEmpty()); // the keyring's own (encrypted) file is there
    for (const QByteArray &needle : {kSecret, kReplacement, kReplacement.toBase64()})
        QCOMPARE(filesContaining(home, needle), QStringList());

    QVERIFY(awaitRemove(store, key).reply.ok());
    lookup = secretToolLookup(key);
    QVERIFY(lookup.exitCode != 0 || lookup.out.isEmpty());
}

void TestKeychain::noKeychainIsUnavailable_data()
{
    QTest::addColumn<QString>("busAddress"); // "-": unset
    QTest::addColumn<bool>("busWithoutSecretService");
    QTest::newRow("bus address goes nowhere") << u"unix:path=%1/no-bus"_s << false;
    QTest::newRow("no bus address, no display") << u"-"_s << false;
    QTest::newRow("a bus without a Secret Service") << QString() << true;
}

void TestKeychain::noKeychainIsUnavailable()
{
    QFETCH(QString, busAddress);
    QFETCH(bool, busWithoutSecretService);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkdir(u"runtime"_s));

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, home.filePath(u"runtime"_s));
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    if (!busAddress.isEmpty() && busAddress != "-"_L1)
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress.arg(home.path()));

    const Run probe =
        busWithoutSecretService
            ? run(u"dbus-run-session"_s,
                  {u"--config-file=" NO_SECRET_SERVICE_BUS ""_s, u"--"_s, u"" KEYCHAIN_PROBE ""_s},
                  environment)
            : run(u"" KEYCHAIN_PROBE ""_s, {}, environment);
    QVERIFY2(probe.exitCode == 0, probe.err.constData());
    const QList<QByteArray> lines = probe.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        QVERIFY2(line.startsWith("probe unavailable No OS keychain is available (") ||
                     line.startsWith("write unavailable No OS keychain is available ("),
                 line.constData());
        QVERIFY2(line.contains("such as gnome-keyring") &&
                     line.contains("or opt into the secrets file"),
                 line.constData());
    }
    // Nothing was kept anywhere in its place: no plain-text fallback.
    QCOMPARE(filesUnder(home.path()), QStringList());
}

void TestKeychain::lockedKeyringIsDenied()
{
    KeychainSecretStore store;
    QVERIFY(awaitWrite(store, u"before-lock"_s, kSecret).reply.ok());

    QDBusInterface service(u"org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
                           u"org.freedesktop.Secret.Service"_s, QDBusConnection::sessionBus());
    QVERIFY2(service.isValid(), qPrintable(service.lastError().message()));
    const QDBusMessage locked =
        service.call(u"Lock"_s, QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(
                                    u"/org/freedesktop/secrets/collection/login"_s)}));
    QVERIFY2(locked.type() == QDBusMessage::ReplyMessage, qPrintable(locked.errorMessage()));

    const SecretCall call = awaitWrite(store, u"after-lock"_s, kReplacement);
    QVERIFY(call.answered);
    QCOMPARE(call.reply.status, SecretStore::Status::Denied);
    QVERIFY2(call.reply.error.contains(u"Unlock the keyring"_s), qPrintable(call.reply.error));
    QVERIFY(!call.reply.error.contains(QString::fromLatin1(kReplacement)));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
