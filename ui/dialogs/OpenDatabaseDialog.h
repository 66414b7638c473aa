#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// File → Open database…: which database the window works on, a file on this computer (SQLite)
// or a PostgreSQL server (a URL, never with a password in it). A server's password may be typed
// in its own field, and remembered in the keychain (the check box, on by default); left empty,
// the one stored in the keychain is used, else libpq's from ~/.pgpass or PGPASSWORD. It starts
// with the database open now filled in and checks the input as it is typed: Open stays
// disabled, and the reason shows under the field, until the input names a database Upwatch can
// open. It only chooses; the caller opens (and stores the password).
class OpenDatabaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDatabaseDialog)

public:
    // `current`: the database open now, a file path or a PostgreSQL URL.
    explicit OpenDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    // What was chosen: the file's absolute path, or the URL as typed (without surrounding
    // spaces).
    [[nodiscard]] QString location() const;
    // The password typed for a PostgreSQL server, UTF-8; empty when none was typed (or a file
    // was chosen).
    [[nodiscard]] QByteArray password() const;
    // True when the typed password is to be kept in the keychain.
    [[nodiscard]] bool rememberPassword() const;
    // Why the input cannot be opened, as a sentence; empty when it can.
    [[nodiscard]] QString problem() const;

    // True when `a` and `b` name the same database: the same file (relative paths are taken
    // from the working folder, links followed), or the same URL.
    [[nodiscard]] static bool isSameDatabase(const QString &a, const QString &b);

private:
    void browse();
    void updateState();
    // The file field's path: "~/" expanded, separators made '/'.
    [[nodiscard]] QString enteredPath() const;
    [[nodiscard]] QString fileProblem() const;
    [[nodiscard]] QString urlProblem() const;
    // Not a problem, but worth saying: a new database is created, or this one is open now.
    [[nodiscard]] QString note() const;
    static void showMessage(QLabel *label, const QString &text, bool isProblem);
    // Taller when a message needs more lines than it has (never smaller: nothing jumps).
    void growToFit();

    QString m_current;
    QRadioButton *m_fileRadio;
    QRadioButton *m_serverRadio;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_pathMessage = nullptr;
    QLineEdit *m_urlEdit;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_rememberCheck;
    QLabel *m_urlHint;
    QLabel *m_urlMessage = nullptr;
    QPushButton *m_openButton = nullptr;
    QDialogButtonBox *m_buttons;
};
