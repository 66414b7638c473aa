// The window on a PostgreSQL database whose role needs a password (issue 16): the password
// stored in the keychain (here a MemorySecretStore) is read before the database opens; one
// typed in File > Open database… is kept in the keychain when asked and handed to the next
// Upwatch in its environment, never on its command line. On the test cluster only.
#include "core/base/SystemClock.h"
#include "core/secret/MemorySecretStore.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/DatabasePasswords.h"
#include "core/store/StoreDatabase.h"
#include "tests/support/TestStoreLocation.h"
#include "ui/desktop/DesktopApp.h"
#include "ui/desktop/DesktopSession.h"
#include "ui/dialogs/OpenDatabaseDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassword = "window p\xc3\xa4ss";

} // namespace

class TestDesktopDbPassword final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void storedPasswordIsReadBeforeOpening();
    void noStoredPasswordGivesTheServersRefusal();
    void passwordHandedOverIsUsed();
    void openDatabaseRemembersTheTypedPassword();
    void openDatabaseSaysWhenThePasswordCannotBeStored();

private:
    // The app on the password role's URL; `secrets` replaces the session's keychain.
    void makeApp(SecretStore *secrets, std::optional<QByteArray> password = std::nullopt,
                 const QString &executable = {});
    // Quits the app, unless it quit already (Open database… starts another and quits), and lets
    // it go: at the end of each test, while the test's secret stores still exist.
    void closeApp();
    // Opens File > Open database…, types the URL and the password, sets the check box, Open.
    void openThroughDialog(const QString &url, const QString &password, bool remember);
    // A fake upwatch that writes down its arguments and the password variable.
    [[nodiscard]] QString fakeUpwatch() const;

    std::unique_ptr<TestStoreLocation> m_location;
    QString m_url;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<DesktopApp> m_app;
    bool m_appFinished = false; // m_app emitted finished()
};

void TestDesktopDbPassword::initTestCase()
{
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
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(m_location->filePath(u"no-pgpass"_s)));
}

void TestDesktopDbPassword::init()
{
    DatabasePasswords::forget(m_key);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(u"upwatch.ini"_s), QSettings::IniFormat);
}

void TestDesktopDbPassword::closeApp()
{
    if (m_app && !m_appFinished) {
        QSignalSpy finished(m_app.get(), &DesktopApp::finished);
        m_app->quit();
        QVERIFY(finished.wait(15'000));
    }
    m_app.reset();
}

void TestDesktopDbPassword::cleanup()
{
    closeApp();
    m_settings.reset();
    m_dir.reset();
    DatabasePasswords::forget(m_key);
}

void TestDesktopDbPassword::makeApp(SecretStore *secrets, std::optional<QByteArray> password,
                                    const QString &executable)
{
    DesktopApp::Options options;
    options.databasePath = m_url;
    options.useTray = false;
    options.databasePassword = std::move(password);
    options.executable = executable;
    m_app = std::make_unique<DesktopApp>(options, *m_settings, std::make_shared<SystemClock>());
    m_appFinished = false;
    connect(m_app.get(), &DesktopApp::finished, this, [this] { m_appFinished = true; });
    m_app->session().setSecretStore(secrets);
}

QString TestDesktopDbPassword::fakeUpwatch() const
{
    const QString program = m_dir->filePath(u"fake-upwatch"_s);
    QFile script(program);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" \"password=$UPWATCH_INTERNAL_DB_PASSWORD\" > "
                 "\"$0.args.part\" && mv \"$0.args.part\" \"$0.args\"\n");
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return program;
}

void TestDesktopDbPassword::openThroughDialog(const QString &url, const QString &password,
                                              bool remember)
{
    MainWindow &window = m_app->window();
    window.findChild<QAction *>(u"openDatabaseAction"_s)->trigger();
    auto *dialog = window.findChild<OpenDatabaseDialog *>();
    QVERIFY(dialog);
    auto *server = dialog->findChild<QRadioButton *>(u"serverRadio"_s);
    QTest::mouseClick(server, Qt::LeftButton, {}, QPoint(4, server->height() / 2));
    auto *urlEdit = dialog->findChild<QLineEdit *>(u"urlEdit"_s);
    urlEdit->selectAll();
    QTest::keyClick(urlEdit, Qt::Key_Backspace);
    QTest::keyClicks(urlEdit, url);
    dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->insert(password); // not only ASCII
    dialog->findChild<QCheckBox *>(u"rememberPasswordCheck"_s)->setChecked(remember);
    auto *open = dialog->findChild<QPushButton *>(u"openButton"_s);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
}

void TestDesktopDbPassword::storedPasswordIsReadBeforeOpening()
{
    MemorySecretStore keychain;
    keychain.write(m_key, kPassword, &keychain, [](const SecretStore::Reply &) {});
    QTRY_VERIFY(keychain.contains(m_key));
    makeApp(&keychain);
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    QSignalSpy failed(&m_app->session(), &DesktopSession::loadFailed);
    m_app->start();
    QVERIFY(loaded.wait(15'000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(loaded.size(), 1);
    closeApp(); // before the test's secret stores go
}

void TestDesktopDbPassword::noStoredPasswordGivesTheServersRefusal()
{
    MemorySecretStore keychain;
    makeApp(&keychain);
    QSignalSpy failed(&m_app->session(), &DesktopSession::loadFailed);
    m_app->start();
    QVERIFY(failed.wait(15'000));
    const QString error = failed.at(0).at(0).toString();
    QVERIFY2(error.contains(u"password"_s), qPrintable(error));
    // The keychain was asked, under the URL's key.
    QVERIFY(keychain.operationCount() >= 1);
    closeApp(); // before the test's secret stores go
}

void TestDesktopDbPassword::passwordHandedOverIsUsed()
{
    // The keychain has a wrong one: the password typed in the Upwatch before wins, and the
    // keychain is not even needed.
    MemorySecretStore keychain;
    keychain.write(m_key, "stale", &keychain, [](const SecretStore::Reply &) {});
    QTRY_VERIFY(keychain.contains(m_key));
    makeApp(&keychain, kPassword);
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    QSignalSpy failed(&m_app->session(), &DesktopSession::loadFailed);
    m_app->start();
    QVERIFY(loaded.wait(15'000) || !failed.isEmpty());
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    closeApp(); // before the test's secret stores go
}

void TestDesktopDbPassword::openDatabaseRemembersTheTypedPassword()
{
    // Started on the database without a password: refused. The user types it in File > Open
    // database… for the same URL and asks to remember it.
    MemorySecretStore keychain;
    const QString program = fakeUpwatch();
    QVERIFY(!program.isEmpty());
    makeApp(&keychain, std::nullopt, program);
    m_app->setPasswordStore(&keychain);
    QSignalSpy failed(&m_app->session(), &DesktopSession::loadFailed);
    m_app->start();
    QVERIFY(failed.wait(15'000));
    QTRY_VERIFY(m_app->window().findChild<QMessageBox *>()); // "could not be opened"
    for (QMessageBox *box : m_app->window().findChildren<QMessageBox *>())
        box->close();
    QSignalSpy finished(m_app.get(), &DesktopApp::finished);
    openThroughDialog(m_url, QString::fromUtf8(kPassword), true);
    // Kept under the URL's key, and handed to the next Upwatch in its environment.
    QTRY_COMPARE(keychain.secret(m_key), kPassword);
    const QString argumentsFile = program + u".args"_s;
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argumentsFile), 10'000);
    QFile arguments(argumentsFile);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QCOMPARE(arguments.readAll(),
             "--db\n" + m_url.toUtf8() + "\n--show-window\npassword=" + kPassword + '\n');
    arguments.close();
    QVERIFY(finished.size() == 1 || finished.wait(15'000));
    closeApp();

    // Not remembered: handed over all the same, the keychain left alone.
    QFile::remove(argumentsFile);
    MemorySecretStore other;
    makeApp(&other, std::nullopt, program);
    m_app->setPasswordStore(&other);
    QSignalSpy failedAgain(&m_app->session(), &DesktopSession::loadFailed);
    m_app->start();
    QVERIFY(failedAgain.wait(15'000));
    QTRY_VERIFY(m_app->window().findChild<QMessageBox *>());
    for (QMessageBox *box : m_app->window().findChildren<QMessageBox *>())
        box->close();
    openThroughDialog(m_url, u"typed once"_s, false);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(argumentsFile), 10'000);
    QVERIFY(arguments.open(QIODevice::ReadOnly));
    QVERIFY(arguments.readAll().endsWith("\npassword=typed once\n"));
    QCOMPARE(other.size(), 0);
    closeApp(); // before the test's secret stores go
}

void TestDesktopDbPassword::openDatabaseSaysWhenThePasswordCannotBeStored()
{
    MemorySecretStore keychain;
    keychain.write(m_key, kPassword, &keychain, [](const SecretStore::Reply &) {});
    QTRY_VERIFY(keychain.contains(m_key));
    const QString program = fakeUpwatch();
    makeApp(&keychain, std::nullopt, program);
    MemorySecretStore locked;
    locked.failWith(SecretStore::Status::Denied, u"The keyring is locked."_s);
    m_app->setPasswordStore(&locked);
    QSignalSpy loaded(&m_app->session(), &DesktopSession::loaded);
    m_app->start();
    QVERIFY(loaded.wait(15'000));
    QSignalSpy finished(m_app.get(), &DesktopApp::finished);
    openThroughDialog(m_url, u"new password"_s, true);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app->window().findChild<QMessageBox *>(u"passwordNotStoredBox"_s)) &&
                box->isVisible());
    QVERIFY2(box->text().startsWith(u"The password could not be stored in "_s),
             qPrintable(box->text()));
    QCOMPARE(box->informativeText(), u"The keyring is locked."_s);
    // Nothing started; this one goes on.
    QTest::qWait(300);
    QVERIFY(!QFile::exists(program + u".args"_s));
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_app->window().isVisible());
    closeApp(); // before the test's secret stores go
}

QTEST_MAIN(TestDesktopDbPassword)
#include "tst_desktopdbpassword.moc"
