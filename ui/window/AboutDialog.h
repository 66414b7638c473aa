#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// Help > About: the app icon, name and version, what Upwatch does, its homepage, the Qt it runs
// on, the licence, and Qt's own About box. Opens with open(); closes with Close or Esc.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    // `databasePath` is shown too, so a user can find the file their monitors live in.
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    static inline const QString kLicenceUrl =
        QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");

private:
    void showAboutQt();
};
