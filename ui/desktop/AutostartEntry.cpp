#include "ui/desktop/AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

AutostartEntry::AutostartEntry(QString directory, QString program)
    : m_directory(std::move(directory))
    , m_program(std::move(program))
{
}

AutostartEntry AutostartEntry::forCurrentUser()
{
    return AutostartEntry(userAutostartDirectory(),
                          programFor(QCoreApplication::applicationFilePath()));
}

QString AutostartEntry::userAutostartDirectory()
{
    // The XDG Base Directory specification: an unset, empty or relative XDG_CONFIG_HOME is
    // ignored. (QStandardPaths would answer ~/.qttest/config in a test's test mode.)
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return QDir::cleanPath(config + QStringLiteral("/autostart"));
}

QString AutostartEntry::programFor(const QString &executablePath)
{
    const QString name = QStringLiteral("upwatch");
    const QString found = QStandardPaths::findExecutable(name);
    const QString running = QFileInfo(executablePath).canonicalFilePath();
    if (!found.isEmpty() && !running.isEmpty() && QFileInfo(found).canonicalFilePath() == running)
        return name;
    return executablePath;
}

QString AutostartEntry::execArgument(const QString &argument)
{
    // The Desktop Entry specification, "The Exec key": an argument with a reserved character
    // is quoted, and inside the quotes " ` $ \ take a backslash; a literal % is %%. The value
    // is then a string, so each backslash is written twice.
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool quote = argument.isEmpty();
    for (const QChar c : argument)
        quote = quote || reserved.contains(c);
    QString text;
    for (const QChar c : argument) {
        if (c == u'%')
            text += QStringLiteral("%%");
        else if (quote && c == u'\\')
            text += QStringLiteral("\\\\\\\\"); // \\ in the value, each one escaped
        else if (quote && (c == u'"' || c == u'`' || c == u'$'))
            text += QStringLiteral("\\\\") + c; // \" in the value, its \ escaped
        else
            text += c;
    }
    if (!quote)
        return text;
    // The newline and tab of a quoted argument are written as string escapes.
    text.replace(u'\n', QStringLiteral("\\n"));
    text.replace(u'\t', QStringLiteral("\\t"));
    return u'"' + text + u'"';
}

QString AutostartEntry::filePath() const
{
    return m_directory + QStringLiteral("/" UPWATCH_APP_ID ".desktop");
}

QString AutostartEntry::contents() const
{
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Upwatch\n"
                          "Comment=Start Upwatch in the tray when you log in\n"
                          "Exec=") +
           execArgument(m_program) +
           QStringLiteral(" --minimized\n"
                          "Icon=" UPWATCH_APP_ID "\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n");
}

bool AutostartEntry::isEnabled() const
{
    return QFileInfo::exists(filePath());
}

QString AutostartEntry::setEnabled(bool enabled) const
{
    return enabled ? write() : remove();
}

QString AutostartEntry::write() const
{
    const QFileInfo folder(m_directory);
    if (folder.exists() && !folder.isDir())
        return tr("Cannot start Upwatch on login: %1 is not a folder.")
            .arg(QDir::toNativeSeparators(m_directory));
    if (!QDir().mkpath(m_directory))
        return tr("Cannot start Upwatch on login: the folder %1 cannot be created.")
            .arg(QDir::toNativeSeparators(m_directory));
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(contents().toUtf8()) < 0 || !file.commit())
        return tr("Cannot start Upwatch on login: %1 cannot be written (%2).")
            .arg(QDir::toNativeSeparators(filePath()), file.errorString());
    return {};
}

QString AutostartEntry::remove() const
{
    QFile file(filePath());
    if (!QFileInfo::exists(file.fileName()) && !QFileInfo(file.fileName()).isSymLink())
        return {};
    if (!file.remove())
        return tr("Cannot stop starting Upwatch on login: %1 cannot be removed (%2).")
            .arg(QDir::toNativeSeparators(filePath()), file.errorString());
    return {};
}
