#pragma once

#include "core/model/MonitorAuth.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The monitor dialog's Authentication tab: the kind and, per kind, only its fields. The secret
// (password, token, header value, key passphrase, client secret) is typed here but never shown
// once stored: a stored secret is named by where it is ("Stored in the OS keychain") and only
// "Replace…" lets the user type a new one. A secret stored for one kind does not carry over to
// another: changing the kind asks for a new secret. Problems show as a red sentence under the
// field, like the rest of the dialog; an empty field the user has not edited yet only keeps
// isValid() false.
class AuthenticationTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthenticationTab)

public:
    explicit AuthenticationTab(QWidget *parent = nullptr);

    // `secretStored`: a secret for `auth` is in the store (the monitor has a credential key).
    void setAuth(const MonitorAuth &auth, bool secretStored);
    // The kind and its fields; fields of other kinds are left at their defaults.
    [[nodiscard]] MonitorAuth auth() const;
    // nullopt: keep the stored secret (or none is needed); a value: store this new secret. For a
    // client certificate, an empty value after "Replace…" means the key has no passphrase now.
    [[nodiscard]] std::optional<QByteArray> newSecret() const;
    // Whether the stored secret is the one to use (not replaced, same kind as stored).
    [[nodiscard]] bool usesStoredSecret() const;
    [[nodiscard]] bool isValid() const { return m_valid; }
    // Whether a problem is shown on the tab (the dialog marks the tab).
    [[nodiscard]] bool showsProblem() const;

    // Where secrets are kept, for "Stored in …" ("the OS keychain" by default).
    void setSecretLocation(const QString &where);
    // The secret store cannot take new secrets (no keychain, ...): the message is shown, and a
    // kind that needs a new secret cannot be saved. An empty message clears it.
    void setSecretStoreProblem(const QString &message);

signals:
    void changed();

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &objectName,
                       const QString &placeholder);
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &objectName,
                          const QString &title);
    QLabel *addErrorRow(QFormLayout *form, const QString &objectName);
    [[nodiscard]] AuthKind kind() const;
    [[nodiscard]] bool typesNewSecret() const;
    void onKindChosen();
    void setReplacing(bool replacing);
    void updateRows();
    void validate();

    AuthKind m_storedKind = AuthKind::None; // the kind the stored secret belongs to
    bool m_secretStored = false;
    bool m_replacing = false;
    bool m_valid = true;
    QString m_location;
    QString m_storeProblem;
    // An empty required field is flagged once edited, or at once when loaded with its kind.
    bool m_flagAll = false;
    QSet<const QLineEdit *> m_edited;
    QUrl m_loadedTokenUrl;
    QString m_loadedTokenUrlText;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_userError = nullptr;
    QLineEdit *m_headerNameEdit = nullptr;
    QLabel *m_headerNameError = nullptr;
    QLineEdit *m_certificateEdit = nullptr;
    QLabel *m_certificateError = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLabel *m_keyError = nullptr;
    QLineEdit *m_tokenUrlEdit = nullptr;
    QLabel *m_tokenUrlError = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLabel *m_clientIdError = nullptr;
    QLabel *m_secretLabel = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QLabel *m_secretError = nullptr;
    QLabel *m_secretNote = nullptr;
    QLineEdit *m_scopeEdit = nullptr;
    QLabel *m_storeProblemLabel = nullptr;
};
