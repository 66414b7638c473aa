#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// File → Open database…: which database the window works on, a file on this computer (SQLite)
// or a PostgreSQL server (a URL, never with a password in it: libpq reads that from
// ~/.pgpass or PGPASSWORD). It starts with the database open now filled in and checks the input
// as it is typed: Open stays disabled, and the reason shows under the field, until the input
// names a database Upwatch can open. It only chooses; the caller opens.
class OpenDatabaseDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenDatabaseDialog)

public:
    // `current`: the database open now, a file path or a PostgreSQL URL.
    explicit OpenDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    // What was chosen: the file's absolute path, or the URL as typed (without surrounding
    // spaces).
    [[nodiscard]] QString location() const;
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
    QLabel *m_urlHint;
    QLabel *m_urlMessage = nullptr;
    QPushButton *m_openButton = nullptr;
    QDialogButtonBox *m_buttons;
};
