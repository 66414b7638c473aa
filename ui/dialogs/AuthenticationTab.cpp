#include "ui/dialogs/AuthenticationTab.h"

#include "core/base/JsonText.h"
#include "core/model/MonitorValidator.h"
#include "ui/dialogs/FormWidgets.h"
#include "ui/dialogs/MonitorInput.h"
#include "ui/window/StatusStyle.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <algorithm>
#include <array>

using FormWidgets::showError;

namespace {

constexpr qsizetype kShownPath = 80;

// User text for a message: quoted, control characters escaped, long text cut.
QString quoted(const QString &text)
{
    const QString shown = text.size() <= kShownPath ? text : text.left(kShownPath) + u'\x2026';
    return u'\'' + JsonText::oneLine(shown) + u'\'';
}

bool hasControl(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Headers another part of the request sets: a secret header cannot take their place.
struct ReservedHeader {
    QLatin1StringView name;
    const char *why;
};
constexpr std::array kReservedHeaders{
    ReservedHeader{QLatin1StringView("Authorization"),
                   QT_TRANSLATE_NOOP("AuthenticationTab",
                                     "'Authorization' is set by the HTTP Basic, Bearer token and "
                                     "OAuth2 kinds: choose one of those instead.")},
    ReservedHeader{QLatin1StringView("Proxy-Authorization"),
                   QT_TRANSLATE_NOOP("AuthenticationTab",
                                     "'Proxy-Authorization' is meant for a proxy, not for the "
                                     "monitored server.")},
    ReservedHeader{QLatin1StringView("Host"),
                   QT_TRANSLATE_NOOP("AuthenticationTab",
                                     "'Host' is taken from the URL and cannot be a secret.")},
};

} // namespace

AuthenticationTab::AuthenticationTab(QWidget *parent)
    : QWidget(parent)
    , m_location(tr("the OS keychain"))
{
    m_form = new QFormLayout(this);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("authKindCombo"));
    for (const AuthKind kind : {AuthKind::None, AuthKind::Basic, AuthKind::Bearer, AuthKind::Header,
                                AuthKind::ClientCertificate, AuthKind::OAuth2})
        m_kindCombo->addItem(authKindTitle(kind), int(kind));
    m_form->addRow(tr("&Kind:"), m_kindCombo);

    m_userEdit = addLine(m_form, tr("&User:"), QStringLiteral("authUserEdit"), tr("Required"));
    m_userError = addErrorRow(m_form, QStringLiteral("authUserError"));
    m_headerNameEdit = addLine(m_form, tr("&Header name:"), QStringLiteral("authHeaderNameEdit"),
                               tr("e.g. X-API-Key"));
    m_headerNameError = addErrorRow(m_form, QStringLiteral("authHeaderNameError"));
    m_certificateEdit = addFileRow(m_form, tr("&Certificate file:"),
                                   QStringLiteral("authCertificate"), tr("Client certificate"));
    m_certificateError = addErrorRow(m_form, QStringLiteral("authCertificateError"));
    m_keyEdit =
        addFileRow(m_form, tr("Private &key file:"), QStringLiteral("authKey"), tr("Private key"));
    m_keyError = addErrorRow(m_form, QStringLiteral("authKeyError"));
    m_tokenUrlEdit = addLine(m_form, tr("Token UR&L:"), QStringLiteral("authTokenUrlEdit"),
                             QStringLiteral("https://auth.example.com/oauth/token"));
    m_tokenUrlError = addErrorRow(m_form, QStringLiteral("authTokenUrlError"));
    m_clientIdEdit =
        addLine(m_form, tr("Client &ID:"), QStringLiteral("authClientIdEdit"), tr("Required"));
    m_clientIdError = addErrorRow(m_form, QStringLiteral("authClientIdError"));

    // The secret: a password field and, while a secret is stored, the way to replace it.
    auto *secretRow = new QWidget(this);
    secretRow->setObjectName(QStringLiteral("authSecretRow"));
    m_secretEdit = new QLineEdit(secretRow);
    m_secretEdit->setObjectName(QStringLiteral("authSecretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_replaceButton = new QPushButton(secretRow);
    m_replaceButton->setObjectName(QStringLiteral("authReplaceButton"));
    m_replaceButton->setAutoDefault(false);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(m_secretEdit, 1);
    secretLayout->addWidget(m_replaceButton);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secretEdit);
    m_form->addRow(m_secretLabel, secretRow);
    m_secretError = addErrorRow(m_form, QStringLiteral("authSecretError"));
    m_storeProblemLabel = addErrorRow(m_form, QStringLiteral("authStoreProblem"));
    m_scopeEdit = addLine(m_form, tr("Sc&ope:"), QStringLiteral("authScopeEdit"),
                          tr("Optional, e.g. read:status"));

    // Under the kind's last field.
    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName(QStringLiteral("authSecretNote"));
    m_secretNote->setWordWrap(true);
    m_form->addRow(QString(), m_secretNote);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &AuthenticationTab::onKindChosen);
    connect(m_replaceButton, &QPushButton::clicked, this, [this] { setReplacing(!m_replacing); });
    for (QLineEdit *edit : {m_userEdit, m_headerNameEdit, m_certificateEdit, m_keyEdit,
                            m_tokenUrlEdit, m_clientIdEdit, m_secretEdit, m_scopeEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_edited.insert(edit);
            validate();
        });
    }
    updateRows();
    validate();
}

QLineEdit *AuthenticationTab::addLine(QFormLayout *form, const QString &label,
                                      const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    return edit;
}

// A path field with a "Browse…" button; `objectName` + "Edit" / "Browse".
QLineEdit *AuthenticationTab::addFileRow(QFormLayout *form, const QString &label,
                                         const QString &objectName, const QString &title)
{
    auto *row = new QWidget(this);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName + u"Edit");
    edit->setPlaceholderText(tr("PEM file"));
    auto *browse = new QPushButton(tr("Browse\u2026"), row);
    browse->setObjectName(objectName + u"Browse");
    browse->setAutoDefault(false);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    form->addRow(label, row);

    connect(browse, &QPushButton::clicked, this, [this, edit, title] {
        const QString current = edit->text().trimmed();
        auto *dialog = new QFileDialog(
            this, title, current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath(),
            tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
        dialog->setObjectName(QStringLiteral("authFileDialog"));
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [this, edit](const QString &path) {
            edit->setText(path);
            m_edited.insert(edit);
            validate();
        });
        dialog->open();
    });
    return edit;
}

QLabel *AuthenticationTab::addErrorRow(QFormLayout *form, const QString &objectName)
{
    return FormWidgets::addErrorRow(form, this, objectName);
}

void AuthenticationTab::setAuth(const MonitorAuth &auth, bool secretStored)
{
    {
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(int(auth.kind))));
    }
    m_userEdit->setText(auth.user);
    m_headerNameEdit->setText(QString::fromLatin1(auth.headerName));
    m_certificateEdit->setText(auth.certificateFile);
    m_keyEdit->setText(auth.keyFile);
    m_loadedTokenUrl = auth.tokenUrl;
    m_loadedTokenUrlText = auth.tokenUrl.isEmpty() ? QString() : auth.tokenUrl.toString();
    m_tokenUrlEdit->setText(m_loadedTokenUrlText);
    m_clientIdEdit->setText(auth.clientId);
    m_scopeEdit->setText(auth.scope);
    m_secretEdit->clear();
    m_storedKind = auth.kind;
    m_secretStored = secretStored && !auth.isNone();
    m_replacing = false;
    m_edited.clear();
    // A stored monitor shows every problem its authentication has, empty fields included.
    m_flagAll = !auth.isNone();
    updateRows();
    validate();
}

MonitorAuth AuthenticationTab::auth() const
{
    MonitorAuth auth;
    auth.kind = kind();
    switch (auth.kind) {
    case AuthKind::None:
    case AuthKind::Bearer:
        break;
    case AuthKind::Basic:
        auth.user = m_userEdit->text().trimmed();
        break;
    case AuthKind::Header:
        auth.headerName = m_headerNameEdit->text().trimmed().toLatin1();
        break;
    case AuthKind::ClientCertificate:
        auth.certificateFile = m_certificateEdit->text().trimmed();
        auth.keyFile = m_keyEdit->text().trimmed();
        break;
    case AuthKind::OAuth2: {
        const QString text = m_tokenUrlEdit->text().trimmed();
        // The stored URL as it was, not re-parsed from its display form.
        auth.tokenUrl = !text.isEmpty() && text == m_loadedTokenUrlText
                            ? m_loadedTokenUrl
                            : MonitorValidator::parseUrl(text).value_or(QUrl());
        auth.clientId = m_clientIdEdit->text().trimmed();
        auth.scope = m_scopeEdit->text().trimmed();
        break;
    }
    }
    return auth;
}

std::optional<QByteArray> AuthenticationTab::newSecret() const
{
    if (!typesNewSecret() || !m_storeProblem.isEmpty())
        return std::nullopt;
    const QString text = m_secretEdit->text();
    if (text.isEmpty()) {
        // Only a key passphrase may be replaced by none.
        const bool noPassphrase = m_replacing && kind() == AuthKind::ClientCertificate;
        return noPassphrase ? std::optional<QByteArray>(QByteArray()) : std::nullopt;
    }
    return text.toUtf8();
}

bool AuthenticationTab::usesStoredSecret() const
{
    return kind() != AuthKind::None && m_secretStored && kind() == m_storedKind && !m_replacing;
}

bool AuthenticationTab::showsProblem() const
{
    for (const QLabel *label :
         {m_userError, m_headerNameError, m_certificateError, m_keyError, m_tokenUrlError,
          m_clientIdError, m_secretError, m_storeProblemLabel}) {
        if (!label->isHidden())
            return true;
    }
    return false;
}

void AuthenticationTab::setSecretLocation(const QString &where)
{
    m_location = where;
    updateRows();
}

void AuthenticationTab::setSecretStoreProblem(const QString &message)
{
    m_storeProblem = message;
    updateRows();
    validate();
}

AuthKind AuthenticationTab::kind() const
{
    return static_cast<AuthKind>(m_kindCombo->currentData().toInt());
}

// A new secret is typed here: none is stored for this kind, or the stored one is being replaced.
bool AuthenticationTab::typesNewSecret() const
{
    return kind() != AuthKind::None && !usesStoredSecret();
}

void AuthenticationTab::onKindChosen()
{
    // What was typed for one kind's secret is not silently used as another kind's.
    m_secretEdit->clear();
    m_replacing = false;
    m_flagAll = false;
    m_edited.remove(m_secretEdit);
    updateRows();
    validate();
}

void AuthenticationTab::setReplacing(bool replacing)
{
    m_replacing = replacing;
    m_secretEdit->clear();
    m_edited.remove(m_secretEdit);
    updateRows();
    validate();
    if (replacing)
        m_secretEdit->setFocus();
}

void AuthenticationTab::updateRows()
{
    const AuthKind current = kind();
    MonitorAuth auth;
    auth.kind = current;
    // A field's row and the row kept for its message (the label's slot) come and go together.
    const auto show = [this](QWidget *field, QLabel *error, bool visible) {
        m_form->setRowVisible(field, visible);
        if (error)
            m_form->setRowVisible(error->parentWidget(), visible);
    };
    show(m_userEdit, m_userError, current == AuthKind::Basic);
    show(m_headerNameEdit, m_headerNameError, current == AuthKind::Header);
    show(m_certificateEdit->parentWidget(), m_certificateError,
         current == AuthKind::ClientCertificate);
    show(m_keyEdit->parentWidget(), m_keyError, current == AuthKind::ClientCertificate);
    show(m_tokenUrlEdit, m_tokenUrlError, current == AuthKind::OAuth2);
    show(m_clientIdEdit, m_clientIdError, current == AuthKind::OAuth2);
    show(m_scopeEdit, nullptr, current == AuthKind::OAuth2);
    const bool hasSecret = current != AuthKind::None;
    show(m_secretEdit->parentWidget(), m_secretError, hasSecret);
    show(m_storeProblemLabel->parentWidget(), nullptr, hasSecret);
    m_secretNote->setVisible(hasSecret);

    const QString title = auth.secretTitle();
    switch (current) {
    case AuthKind::None:
        break;
    case AuthKind::Basic:
        m_secretLabel->setText(tr("&Password:"));
        break;
    case AuthKind::Bearer:
        m_secretLabel->setText(tr("T&oken:"));
        break;
    case AuthKind::Header:
        m_secretLabel->setText(tr("Header &value:"));
        break;
    case AuthKind::ClientCertificate:
        m_secretLabel->setText(tr("Key &passphrase:"));
        break;
    case AuthKind::OAuth2:
        m_secretLabel->setText(tr("Client &secret:"));
        break;
    }

    // A stored secret is never read into the field: the field names where it is instead.
    const bool stored = m_secretStored && current == m_storedKind;
    const bool canStore = m_storeProblem.isEmpty();
    m_replaceButton->setVisible(hasSecret && stored);
    m_replaceButton->setEnabled(canStore || m_replacing);
    m_replaceButton->setText(m_replacing ? tr("Keep stor&ed") : tr("&Replace\u2026"));
    m_replaceButton->setToolTip(m_replacing
                                    ? tr("Keep the %1 that is stored.").arg(title)
                                    : tr("Type a new %1 instead of the stored one.").arg(title));
    m_secretEdit->setEnabled(canStore && (!stored || m_replacing));
    if (stored && !m_replacing)
        m_secretEdit->setPlaceholderText(tr("Stored in %1").arg(m_location));
    else if (!canStore)
        m_secretEdit->setPlaceholderText(tr("Cannot be stored (see below)"));
    else if (m_replacing)
        m_secretEdit->setPlaceholderText(tr("The new %1").arg(title));
    else if (auth.requiresSecret())
        m_secretEdit->setPlaceholderText(tr("Required"));
    else
        m_secretEdit->setPlaceholderText(tr("Only if the key file is encrypted"));
    m_secretNote->setText(tr("The %1 is kept in %2, never in Upwatch's database or its exports.")
                              .arg(title, m_location));
}

void AuthenticationTab::validate()
{
    const AuthKind current = kind();
    MonitorAuth auth;
    auth.kind = current;
    bool valid = true;
    // `problem` for `edit` is shown, unless the field is empty and not edited yet.
    const auto check = [this, &valid](QLineEdit *edit, QLabel *label, const QString &problem,
                                      bool always = false) {
        valid = valid && problem.isEmpty();
        const bool quiet =
            !always && edit->text().isEmpty() && !m_flagAll && !m_edited.contains(edit);
        showError(label, quiet ? QString() : problem);
    };

    QString userProblem;
    if (current == AuthKind::Basic) {
        const QString user = m_userEdit->text().trimmed();
        if (user.isEmpty())
            userProblem = tr("Enter the user name.");
        else if (user.contains(u':'))
            userProblem = tr("An HTTP Basic user name cannot contain ':'.");
        else if (hasControl(user))
            userProblem = tr("The user name cannot contain control characters.");
    }
    check(m_userEdit, m_userError, userProblem);

    QString headerProblem;
    if (current == AuthKind::Header) {
        const QString name = m_headerNameEdit->text().trimmed();
        const auto reserved = std::find_if(
            kReservedHeaders.cbegin(), kReservedHeaders.cend(), [&name](const ReservedHeader &h) {
                return name.compare(h.name, Qt::CaseInsensitive) == 0;
            });
        QString error;
        if (name.isEmpty())
            headerProblem = tr("Enter the header's name, e.g. X-API-Key.");
        else if (reserved != kReservedHeaders.cend())
            headerProblem = tr(reserved->why);
        else if (!MonitorValidator::parseHeader(name + u": -", &error))
            headerProblem = MonitorInput::sentence(error);
    }
    check(m_headerNameEdit, m_headerNameError, headerProblem);

    const auto fileProblem = [this](const QString &path, const QString &what) -> QString {
        if (path.isEmpty())
            return tr("Choose the %1 (PEM).").arg(what);
        if (!QDir::isAbsolutePath(path))
            return tr("Give the full path of the %1: %2 is relative.").arg(what, quoted(path));
        const QFileInfo info(path);
        if (!info.exists())
            return tr("The %1 %2 does not exist.").arg(what, quoted(path));
        if (info.isDir())
            return tr("%1 is a folder, not the %2.").arg(quoted(path), what);
        if (!info.isReadable())
            return tr("The %1 %2 cannot be read: check its permissions.").arg(what, quoted(path));
        return {};
    };
    const bool certificate = current == AuthKind::ClientCertificate;
    check(m_certificateEdit, m_certificateError,
          certificate ? fileProblem(m_certificateEdit->text().trimmed(), tr("certificate file"))
                      : QString());
    check(m_keyEdit, m_keyError,
          certificate ? fileProblem(m_keyEdit->text().trimmed(), tr("private key file"))
                      : QString());

    QString tokenUrlProblem;
    QString clientIdProblem;
    if (current == AuthKind::OAuth2) {
        const QString text = m_tokenUrlEdit->text().trimmed();
        QString error;
        if (text.isEmpty())
            tokenUrlProblem = tr("Enter the token URL, e.g. https://auth.example.com/oauth/token.");
        else if (text != m_loadedTokenUrlText && !MonitorValidator::parseUrl(text, &error))
            tokenUrlProblem = MonitorInput::sentence(error);
        if (m_clientIdEdit->text().trimmed().isEmpty())
            clientIdProblem = tr("Enter the client ID.");
    }
    check(m_tokenUrlEdit, m_tokenUrlError, tokenUrlProblem);
    check(m_clientIdEdit, m_clientIdError, clientIdProblem);

    // The secret: required for most kinds unless one is stored for this kind.
    QString secretProblem;
    const bool typing = typesNewSecret();
    // The stored secret was for another kind: said at once, before the user types anything.
    const bool carryOver = typing && !m_replacing && m_secretStored && m_storedKind != current;
    const QString secret = m_secretEdit->text();
    const QString title = auth.secretTitle();
    if (typing && secret.isEmpty() && auth.requiresSecret()) {
        if (m_replacing)
            secretProblem = tr("Enter the new %1, or keep the stored one.").arg(title);
        else if (carryOver)
            secretProblem = tr("Enter the %1: the secret stored for %2 does not carry over.")
                                .arg(title, authKindTitle(m_storedKind));
        else
            secretProblem = tr("Enter the %1.").arg(title);
    }
    else if (typing && (current == AuthKind::Bearer || current == AuthKind::Header) &&
             hasControl(secret)) {
        secretProblem = tr("The %1 cannot contain control characters.").arg(title);
    }
    // Without a store a new secret has nowhere to go; the store's message says why.
    const bool blocked =
        typing && !m_storeProblem.isEmpty() && (auth.requiresSecret() || m_replacing);
    valid = valid && !blocked;
    check(m_secretEdit, m_secretError, m_storeProblem.isEmpty() ? secretProblem : QString(),
          carryOver);
    showError(m_storeProblemLabel, current == AuthKind::None ? QString() : m_storeProblem);

    m_valid = valid;
    emit changed();
}
