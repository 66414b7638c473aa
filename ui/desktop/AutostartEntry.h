#pragma once

#include <QCoreApplication>
#include <QString>

// "Start on login": the XDG autostart entry that starts Upwatch in the tray when the user logs
// in (the XDG Autostart specification). The file is the truth: the entry is on while
// $XDG_CONFIG_HOME/autostart/<app id>.desktop exists, whoever wrote it, and off once it is gone.
// No widgets here: the settings dialog shows the state and the errors.
class AutostartEntry final {
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    // The entry in `directory` (an autostart folder), starting `program` (a path or a name
    // looked up in PATH) with --minimized.
    AutostartEntry(QString directory, QString program);

    // The entry of the user running Upwatch: $XDG_CONFIG_HOME/autostart (~/.config/autostart
    // when it is unset, empty or relative), starting the running executable.
    [[nodiscard]] static AutostartEntry forCurrentUser();
    [[nodiscard]] static QString userAutostartDirectory();
    // What Exec should run to start the executable at `executablePath`: the bare name "upwatch"
    // when PATH finds that very file (so the entry survives upgrades and moves of the package),
    // else the absolute path.
    [[nodiscard]] static QString programFor(const QString &executablePath);
    // `argument` as the Exec key of a desktop entry writes it: quoted when it has a reserved
    // character, with `%` doubled and the string escapes applied.
    [[nodiscard]] static QString execArgument(const QString &argument);

    [[nodiscard]] QString filePath() const;
    [[nodiscard]] QString program() const { return m_program; }
    // The entry's text, as written.
    [[nodiscard]] QString contents() const;

    // Whether the entry exists (Upwatch starts on login).
    [[nodiscard]] bool isEnabled() const;
    // Writes the entry (creating the folder) or removes it. Returns a one-sentence error that
    // names the file, or an empty string when it worked. Nothing changes when it fails.
    [[nodiscard]] QString setEnabled(bool enabled) const;

private:
    [[nodiscard]] QString write() const;
    [[nodiscard]] QString remove() const;

    QString m_directory;
    QString m_program;
};
