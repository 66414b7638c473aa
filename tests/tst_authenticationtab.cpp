#include "core/model/MonitorAuth.h"
#include "ui/dialogs/AuthenticationTab.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(AuthKind)
Q_DECLARE_METATYPE(MonitorAuth)

namespace {

// Every field of the tab, by objectName.
const QStringList kFields{
    u"authUserEdit"_s,          u"authHeaderNameEdit"_s, u"authCertificateEdit"_s,
    u"authCertificateBrowse"_s, u"authKeyEdit"_s,        u"authKeyBrowse"_s,
    u"authTokenUrlEdit"_s,      u"authClientIdEdit"_s,   u"authScopeEdit"_s,
    u"authSecretEdit"_s,
};

template<typename T>
T *field(const QWidget *tab, const QString &name)
{
    T *widget = tab->findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QLineEdit *edit(const QWidget *tab, const QString &name)
{
    return field<QLineEdit>(tab, name);
}

// Replaces the field's text the way a user does: select all, delete, type.
void retype(QWidget *tab, const QString &name, const QString &text)
{
    QLineEdit *line = edit(tab, name);
    QTest::keyClick(line, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, text);
}

// Picks a kind with the keyboard, as a user does.
void choose(QWidget *tab, AuthKind kind)
{
    auto *combo = field<QComboBox>(tab, u"authKindCombo"_s);
    const int index = combo->findText(authKindTitle(kind));
    QVERIFY(index >= 0);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

bool shown(const QWidget *tab, const QString &name)
{
    return !field<QLabel>(tab, name)->isHidden();
}

QString text(const QWidget *tab, const QString &name)
{
    return field<QLabel>(tab, name)->text();
}

QPushButton *replaceButton(const QWidget *tab)
{
    return field<QPushButton>(tab, u"authReplaceButton"_s);
}

} // namespace

// The monitor dialog's Authentication tab: fields per kind, validation, and secrets that are
// never shown once stored.
class TestAuthenticationTab final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void fieldsPerKind_data();
    void fieldsPerKind();
    void validation_data();
    void validation();
    void untouchedEmptyFieldsAreQuiet();
    void loadedProblemsShowAtOnce();

    void storedSecretIsNeverShown_data();
    void storedSecretIsNeverShown();
    void replaceThenKeep();
    void changingKindNeedsANewSecret();
    void typedSecretDoesNotFollowTheKind();
    void passphraseIsOptional();
    void storeProblemBlocksNewSecrets();

    void roundTrip_data();
    void roundTrip();
    void otherKindsFieldsAreLeftOut();
    void browsePicksAFile();

private:
    // A shown tab, set to `kind` with every field valid (a secret typed where one is needed).
    std::unique_ptr<AuthenticationTab> validTab(AuthKind kind);

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_key;
};

void TestAuthenticationTab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(u"client.pem"_s);
    m_key = m_dir.filePath(u"client.key"_s);
    for (const QString &path : {m_certificate, m_key}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN TEST-----\n");
    }
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder"_s));
}

std::unique_ptr<AuthenticationTab> TestAuthenticationTab::validTab(AuthKind kind)
{
    auto tab = std::make_unique<AuthenticationTab>();
    tab->show();
    QWidget *t = tab.get();
    choose(t, kind);
    switch (kind) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        retype(t, u"authUserEdit"_s, u"alice"_s);
        break;
    case AuthKind::Bearer:
        break;
    case AuthKind::Header:
        retype(t, u"authHeaderNameEdit"_s, u"X-API-Key"_s);
        break;
    case AuthKind::ClientCertificate:
        retype(t, u"authCertificateEdit"_s, m_certificate);
        retype(t, u"authKeyEdit"_s, m_key);
        break;
    case AuthKind::OAuth2:
        retype(t, u"authTokenUrlEdit"_s, u"https://auth.example.com/token"_s);
        retype(t, u"authClientIdEdit"_s, u"upwatch"_s);
        break;
    }
    MonitorAuth auth;
    auth.kind = kind;
    if (auth.requiresSecret())
        retype(t, u"authSecretEdit"_s, u"s3cret"_s);
    return tab;
}

void TestAuthenticationTab::fieldsPerKind_data()
{
    QTest::addColumn<AuthKind>("kind");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QString>("secretLabel");

    QTest::newRow("none") << AuthKind::None << QStringList() << QString();
    QTest::newRow("basic") << AuthKind::Basic << QStringList{u"authUserEdit"_s, u"authSecretEdit"_s}
                           << u"Password:"_s;
    QTest::newRow("bearer") << AuthKind::Bearer << QStringList{u"authSecretEdit"_s} << u"Token:"_s;
    QTest::newRow("header") << AuthKind::Header
                            << QStringList{u"authHeaderNameEdit"_s, u"authSecretEdit"_s}
                            << u"Header value:"_s;
    QTest::newRow("client certificate")
        << AuthKind::ClientCertificate
        << QStringList{u"authCertificateEdit"_s, u"authCertificateBrowse"_s, u"authKeyEdit"_s,
                       u"authKeyBrowse"_s, u"authSecretEdit"_s}
        << u"Key passphrase:"_s;
    QTest::newRow("oauth2") << AuthKind::OAuth2
                            << QStringList{u"authTokenUrlEdit"_s, u"authClientIdEdit"_s,
                                           u"authScopeEdit"_s, u"authSecretEdit"_s}
                            << u"Client secret:"_s;
}

void TestAuthenticationTab::fieldsPerKind()
{
    QFETCH(AuthKind, kind);
    QFETCH(QStringList, visible);
    QFETCH(QString, secretLabel);

    AuthenticationTab tab;
    tab.show();
    choose(&tab, AuthKind::OAuth2); // start from another kind: rows must go as well as come
    choose(&tab, kind);
    for (const QString &name : kFields) {
        QVERIFY2(field<QWidget>(&tab, name)->isVisible() == visible.contains(name),
                 qPrintable(name));
    }
    auto *secret = edit(&tab, u"authSecretEdit"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    if (!secretLabel.isEmpty()) {
        const QList<QLabel *> labels = tab.findChildren<QLabel *>();
        const auto label = std::find_if(labels.cbegin(), labels.cend(),
                                        [secret](QLabel *l) { return l->buddy() == secret; });
        QVERIFY(label != labels.cend());
        QCOMPARE((*label)->text().remove(u'&'), secretLabel);
    }
    QVERIFY(!replaceButton(&tab)->isVisible()); // nothing stored
}

void TestAuthenticationTab::validation_data()
{
    QTest::addColumn<AuthKind>("kind");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("errorName");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("good");

    QTest::newRow("user deleted") << AuthKind::Basic << "authUserEdit"
                                  << ""
                                  << "authUserError"
                                  << "Enter the user name."
                                  << "bob";
    QTest::newRow("user with a colon") << AuthKind::Basic << "authUserEdit"
                                       << "bob:pw"
                                       << "authUserError"
                                       << "An HTTP Basic user name cannot contain ':'."
                                       << "bob";
    QTest::newRow("password deleted") << AuthKind::Basic << "authSecretEdit"
                                      << ""
                                      << "authSecretError"
                                      << "Enter the password."
                                      << "pw";
    QTest::newRow("token deleted") << AuthKind::Bearer << "authSecretEdit"
                                   << ""
                                   << "authSecretError"
                                   << "Enter the token."
                                   << "t0ken";
    QTest::newRow("header name deleted") << AuthKind::Header << "authHeaderNameEdit"
                                         << ""
                                         << "authHeaderNameError"
                                         << "Enter the header's name, e.g. X-API-Key."
                                         << "X-Key";
    QTest::newRow("header name with a space")
        << AuthKind::Header << "authHeaderNameEdit"
        << "X API"
        << "authHeaderNameError"
        << "Header name 'X API' contains characters a header name cannot have."
        << "X-API";
    QTest::newRow("Authorization")
        << AuthKind::Header << "authHeaderNameEdit"
        << "authorization"
        << "authHeaderNameError"
        << "'Authorization' is set by the HTTP Basic, Bearer token and OAuth2 kinds: choose one "
           "of those instead."
        << "X-Authorization";
    QTest::newRow("Host") << AuthKind::Header << "authHeaderNameEdit"
                          << "Host"
                          << "authHeaderNameError"
                          << "'Host' is taken from the URL and cannot be a secret."
                          << "X-Host";
    QTest::newRow("a header the client sets")
        << AuthKind::Header << "authHeaderNameEdit"
        << "Connection"
        << "authHeaderNameError"
        << "Header 'Connection' is set by the HTTP client itself and cannot be given."
        << "X-Connection";
    QTest::newRow("header value deleted") << AuthKind::Header << "authSecretEdit"
                                          << ""
                                          << "authSecretError"
                                          << "Enter the header value."
                                          << "v";
    QTest::newRow("certificate deleted") << AuthKind::ClientCertificate << "authCertificateEdit"
                                         << ""
                                         << "authCertificateError"
                                         << "Choose the certificate file (PEM)."
                                         << "";
    QTest::newRow("certificate relative")
        << AuthKind::ClientCertificate << "authCertificateEdit"
        << "certs/client.pem"
        << "authCertificateError"
        << "Give the full path of the certificate file: 'certs/client.pem' is relative."
        << "";
    QTest::newRow("certificate missing")
        << AuthKind::ClientCertificate << "authCertificateEdit"
        << "/nonexistent/client.pem"
        << "authCertificateError"
        << "The certificate file '/nonexistent/client.pem' does not exist."
        << "";
    QTest::newRow("key is a folder") << AuthKind::ClientCertificate << "authKeyEdit"
                                     << "FOLDER"
                                     << "authKeyError"
                                     << "is a folder, not the private key file."
                                     << "";
    if (geteuid() != 0) { // root reads anything
        QTest::newRow("key unreadable") << AuthKind::ClientCertificate << "authKeyEdit"
                                        << "UNREADABLE"
                                        << "authKeyError"
                                        << "cannot be read: check its permissions."
                                        << "";
    }
    QTest::newRow("token URL deleted")
        << AuthKind::OAuth2 << "authTokenUrlEdit"
        << ""
        << "authTokenUrlError"
        << "Enter the token URL, e.g. https://auth.example.com/oauth/token."
        << "https://id.example.com/token";
    QTest::newRow("token URL ftp") << AuthKind::OAuth2 << "authTokenUrlEdit"
                                   << "ftp://id.example.com/token"
                                   << "authTokenUrlError"
                                   << "Unsupported scheme 'ftp'"
                                   << "http://127.0.0.1:8080/token";
    QTest::newRow("token URL without scheme") << AuthKind::OAuth2 << "authTokenUrlEdit"
                                              << "id.example.com/token"
                                              << "authTokenUrlError"
                                              << "has no scheme: start it with http:// or https://."
                                              << "https://id.example.com/t";
    QTest::newRow("client id deleted") << AuthKind::OAuth2 << "authClientIdEdit"
                                       << ""
                                       << "authClientIdError"
                                       << "Enter the client ID."
                                       << "id";
    QTest::newRow("client secret deleted") << AuthKind::OAuth2 << "authSecretEdit"
                                           << ""
                                           << "authSecretError"
                                           << "Enter the client secret."
                                           << "cs";
}

void TestAuthenticationTab::validation()
{
    QFETCH(AuthKind, kind);
    QFETCH(QString, fieldName);
    QFETCH(QString, bad);
    QFETCH(QString, errorName);
    QFETCH(QString, message);
    QFETCH(QString, good);

    const QString unreadable = m_dir.filePath(u"unreadable.key"_s);
    if (bad == u"UNREADABLE") {
        QFile file(unreadable);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
        bad = unreadable;
    }
    if (bad == u"FOLDER")
        bad = m_dir.filePath(u"folder"_s);
    if (good.isEmpty()) // a file field
        good = fieldName == u"authKeyEdit" ? m_key : m_certificate;

    const auto tab = validTab(kind);
    QWidget *t = tab.get();
    QVERIFY(tab->isValid());
    QVERIFY(!shown(t, errorName));
    QVERIFY(!tab->showsProblem());

    QSignalSpy changed(tab.get(), &AuthenticationTab::changed);
    retype(t, fieldName, bad);
    QVERIFY(!changed.isEmpty());
    QVERIFY(!tab->isValid());
    QVERIFY(shown(t, errorName));
    QVERIFY2(text(t, errorName).contains(message), qPrintable(text(t, errorName)));
    QVERIFY(tab->showsProblem());

    retype(t, fieldName, good);
    QVERIFY2(tab->isValid(), qPrintable(text(t, errorName)));
    QVERIFY(!shown(t, errorName));
    QVERIFY(!tab->showsProblem());
}

void TestAuthenticationTab::untouchedEmptyFieldsAreQuiet()
{
    // Like the rest of the dialog: a field the user has not reached yet is not red, but the
    // tab is not valid either.
    AuthenticationTab tab;
    tab.show();
    QVERIFY(tab.isValid()); // None
    choose(&tab, AuthKind::Basic);
    QVERIFY(!tab.isValid());
    QVERIFY(!tab.showsProblem());
    QCOMPARE(edit(&tab, u"authUserEdit"_s)->placeholderText(), u"Required"_s);
    QCOMPARE(edit(&tab, u"authSecretEdit"_s)->placeholderText(), u"Required"_s);

    retype(&tab, u"authUserEdit"_s, u"x"_s);
    retype(&tab, u"authUserEdit"_s, QString());
    QVERIFY(shown(&tab, u"authUserError"_s));
    QVERIFY(!shown(&tab, u"authSecretError"_s));
}

void TestAuthenticationTab::loadedProblemsShowAtOnce()
{
    // An imported monitor whose secret must be entered again says so at once.
    MonitorAuth auth;
    auth.kind = AuthKind::Basic;
    auth.user = u"alice"_s;
    AuthenticationTab tab;
    tab.setAuth(auth, false);
    tab.show();
    QVERIFY(!tab.isValid());
    QVERIFY(shown(&tab, u"authSecretError"_s));
    QCOMPARE(text(&tab, u"authSecretError"_s), u"Enter the password."_s);
    QVERIFY(!shown(&tab, u"authUserError"_s));
}

void TestAuthenticationTab::storedSecretIsNeverShown_data()
{
    QTest::addColumn<AuthKind>("kind");
    for (const AuthKind kind : {AuthKind::Basic, AuthKind::Bearer, AuthKind::Header,
                                AuthKind::ClientCertificate, AuthKind::OAuth2})
        QTest::newRow(qPrintable(authKindName(kind))) << kind;
}

void TestAuthenticationTab::storedSecretIsNeverShown()
{
    QFETCH(AuthKind, kind);
    const auto source = validTab(kind);
    const MonitorAuth auth = source->auth();

    AuthenticationTab tab;
    tab.setAuth(auth, true);
    tab.show();
    QVERIFY(tab.isValid());
    QVERIFY(tab.usesStoredSecret());
    QCOMPARE(tab.newSecret(), std::nullopt);
    auto *secret = edit(&tab, u"authSecretEdit"_s);
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!secret->isEnabled());
    QCOMPARE(secret->placeholderText(), u"Stored in the OS keychain"_s);
    QVERIFY(replaceButton(&tab)->isVisible());
    QCOMPARE(replaceButton(&tab)->text().remove(u'&'), u"Replace\u2026"_s);
    QVERIFY(!shown(&tab, u"authSecretError"_s));

    tab.setSecretLocation(u"the secrets file /home/a/upwatch.secrets"_s);
    QCOMPARE(secret->placeholderText(), u"Stored in the secrets file /home/a/upwatch.secrets"_s);

    // Typing into the disabled field does nothing.
    QTest::keyClicks(secret, u"typed"_s);
    QCOMPARE(tab.newSecret(), std::nullopt);
}

void TestAuthenticationTab::replaceThenKeep()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Bearer;
    AuthenticationTab tab;
    tab.setAuth(auth, true);
    tab.show();
    auto *secret = edit(&tab, u"authSecretEdit"_s);

    QTest::mouseClick(replaceButton(&tab), Qt::LeftButton);
    QVERIFY(secret->isEnabled());
    QVERIFY(!tab.usesStoredSecret());
    QCOMPARE(tab.newSecret(), std::nullopt); // nothing typed yet
    QVERIFY(!tab.isValid());                 // a new token is needed now
    QCOMPARE(secret->placeholderText(), u"The new token"_s);
    retype(&tab, u"authSecretEdit"_s, u"n3w"_s);
    QCOMPARE(tab.newSecret(), std::optional<QByteArray>("n3w"));
    QVERIFY(tab.isValid());
    retype(&tab, u"authSecretEdit"_s, QString());
    QCOMPARE(text(&tab, u"authSecretError"_s), u"Enter the new token, or keep the stored one."_s);

    // Changed their mind: back to the stored one, and what was typed is gone.
    retype(&tab, u"authSecretEdit"_s, u"n3w"_s);
    QCOMPARE(replaceButton(&tab)->text().remove(u'&'), u"Keep stored"_s);
    QTest::mouseClick(replaceButton(&tab), Qt::LeftButton);
    QVERIFY(!secret->isEnabled());
    QVERIFY(secret->text().isEmpty());
    QCOMPARE(tab.newSecret(), std::nullopt);
    QVERIFY(tab.usesStoredSecret());
    QVERIFY(tab.isValid());
}

void TestAuthenticationTab::changingKindNeedsANewSecret()
{
    MonitorAuth auth;
    auth.kind = AuthKind::Basic;
    auth.user = u"alice"_s;
    AuthenticationTab tab;
    tab.setAuth(auth, true);
    tab.show();
    QVERIFY(tab.isValid());

    choose(&tab, AuthKind::Bearer);
    QVERIFY(!tab.isValid());
    QVERIFY(!tab.usesStoredSecret());
    QVERIFY(!replaceButton(&tab)->isVisible());
    QVERIFY(edit(&tab, u"authSecretEdit"_s)->isEnabled());
    QCOMPARE(tab.newSecret(), std::nullopt);
    QVERIFY(shown(&tab, u"authSecretError"_s)); // says why at once
    QCOMPARE(text(&tab, u"authSecretError"_s),
             u"Enter the token: the secret stored for HTTP Basic does not carry over."_s);
    retype(&tab, u"authSecretEdit"_s, u"t0ken"_s);
    QVERIFY(tab.isValid());
    QCOMPARE(tab.newSecret(), std::optional<QByteArray>("t0ken"));

    // Back to the stored kind: the stored password applies again.
    choose(&tab, AuthKind::Basic);
    QVERIFY(tab.isValid());
    QVERIFY(tab.usesStoredSecret());
    QCOMPARE(tab.newSecret(), std::nullopt);

    // A client certificate needs no secret, but the stored password is not its passphrase.
    choose(&tab, AuthKind::ClientCertificate);
    QVERIFY(!tab.usesStoredSecret());
    retype(&tab, u"authCertificateEdit"_s, m_certificate);
    retype(&tab, u"authKeyEdit"_s, m_key);
    QVERIFY(tab.isValid());
    QCOMPARE(tab.newSecret(), std::nullopt);
}

void TestAuthenticationTab::typedSecretDoesNotFollowTheKind()
{
    const auto tab = validTab(AuthKind::Basic);
    QCOMPARE(tab->newSecret(), std::optional<QByteArray>("s3cret"));
    choose(tab.get(), AuthKind::Bearer);
    QVERIFY(edit(tab.get(), u"authSecretEdit"_s)->text().isEmpty());
    QCOMPARE(tab->newSecret(), std::nullopt);
    QVERIFY(!tab->isValid());
    choose(tab.get(), AuthKind::None);
    QVERIFY(tab->isValid());
    QCOMPARE(tab->newSecret(), std::nullopt);
    QVERIFY(tab->auth().isNone());
}

void TestAuthenticationTab::passphraseIsOptional()
{
    const auto tab = validTab(AuthKind::ClientCertificate);
    QVERIFY(tab->isValid());
    QCOMPARE(tab->newSecret(), std::nullopt);
    retype(tab.get(), u"authSecretEdit"_s, u"pass phrase"_s);
    QCOMPARE(tab->newSecret(), std::optional<QByteArray>("pass phrase"));

    // A stored passphrase replaced by none: an empty new secret.
    AuthenticationTab stored;
    stored.setAuth(tab->auth(), true);
    stored.show();
    QCOMPARE(stored.newSecret(), std::nullopt);
    QTest::mouseClick(replaceButton(&stored), Qt::LeftButton);
    QVERIFY(stored.isValid());
    QCOMPARE(stored.newSecret(), std::optional<QByteArray>(QByteArray()));
}

void TestAuthenticationTab::storeProblemBlocksNewSecrets()
{
    const QString problem = u"No keychain: the Secret Service is not running."_s;
    const auto tab = validTab(AuthKind::Bearer);
    QVERIFY(tab->isValid());
    tab->setSecretStoreProblem(problem);
    QVERIFY(!tab->isValid());
    QVERIFY(shown(tab.get(), u"authStoreProblem"_s));
    QCOMPARE(text(tab.get(), u"authStoreProblem"_s), problem);
    QVERIFY(!edit(tab.get(), u"authSecretEdit"_s)->isEnabled());
    QCOMPARE(tab->newSecret(), std::nullopt);

    // No secret needed: fine without a store.
    choose(tab.get(), AuthKind::None);
    QVERIFY(tab->isValid());
    QVERIFY(!shown(tab.get(), u"authStoreProblem"_s));

    // A stored secret can still be kept, not replaced.
    MonitorAuth auth;
    auth.kind = AuthKind::Bearer;
    tab->setAuth(auth, true);
    QVERIFY(tab->isValid());
    QVERIFY(!replaceButton(tab.get())->isEnabled());

    tab->setSecretStoreProblem(QString());
    QVERIFY(replaceButton(tab.get())->isEnabled());
    QVERIFY(!shown(tab.get(), u"authStoreProblem"_s));
}

void TestAuthenticationTab::roundTrip_data()
{
    QTest::addColumn<MonitorAuth>("auth");

    MonitorAuth auth;
    QTest::newRow("none") << auth;
    auth.kind = AuthKind::Basic;
    auth.user = u"alice"_s;
    QTest::newRow("basic") << auth;
    auth = {};
    auth.kind = AuthKind::Bearer;
    QTest::newRow("bearer") << auth;
    auth.kind = AuthKind::Header;
    auth.headerName = "X-API-Key";
    QTest::newRow("header") << auth;
    auth = {};
    auth.kind = AuthKind::ClientCertificate;
    auth.certificateFile = u"CERT"_s;
    auth.keyFile = u"KEY"_s;
    QTest::newRow("client certificate") << auth;
    auth = {};
    auth.kind = AuthKind::OAuth2;
    auth.tokenUrl = QUrl(u"https://id.example.com/oauth/token?aud=a%20b"_s);
    auth.clientId = u"upwatch"_s;
    auth.scope = u"read:status write"_s;
    QTest::newRow("oauth2") << auth;
    auth.scope.clear();
    QTest::newRow("oauth2 without scope") << auth;
}

void TestAuthenticationTab::roundTrip()
{
    QFETCH(MonitorAuth, auth);
    if (auth.certificateFile == u"CERT") {
        auth.certificateFile = m_certificate;
        auth.keyFile = m_key;
    }
    for (const bool stored : {true, false}) {
        AuthenticationTab tab;
        tab.setAuth(auth, stored);
        QVERIFY(tab.auth() == auth);
        QCOMPARE(tab.newSecret(), std::nullopt);
        QCOMPARE(tab.isValid(), stored || !auth.requiresSecret());
    }
}

void TestAuthenticationTab::otherKindsFieldsAreLeftOut()
{
    const auto tab = validTab(AuthKind::OAuth2);
    choose(tab.get(), AuthKind::Basic);
    retype(tab.get(), u"authUserEdit"_s, u"alice"_s);
    MonitorAuth expected;
    expected.kind = AuthKind::Basic;
    expected.user = u"alice"_s;
    QVERIFY(tab->auth() == expected);

    // What was typed for OAuth2 is still there when the user comes back to it.
    choose(tab.get(), AuthKind::OAuth2);
    QCOMPARE(tab->auth().clientId, u"upwatch"_s);
}

void TestAuthenticationTab::browsePicksAFile()
{
    const auto tab = validTab(AuthKind::ClientCertificate);
    retype(tab.get(), u"authKeyEdit"_s, QString());
    QVERIFY(!tab->isValid());
    QTest::mouseClick(field<QPushButton>(tab.get(), u"authKeyBrowse"_s), Qt::LeftButton);
    auto *dialog = tab->findChild<QFileDialog *>(u"authFileDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible()); // opened, not run in a nested loop
    QCOMPARE(dialog->fileMode(), QFileDialog::ExistingFile);
    dialog->selectFile(m_key);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    QCOMPARE(edit(tab.get(), u"authKeyEdit"_s)->text(), m_key);
    QVERIFY(tab->isValid());
}

QTEST_MAIN(TestAuthenticationTab)
#include "tst_authenticationtab.moc"
