#include "core/secret/SecretStores.h"

#include "core/secret/FileSecretStore.h"
#include "core/secret/KeychainSecretStore.h"

#include "core/store/DatabaseLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace SecretStores {

QString secretsFilePath(const QString &databasePath)
{
    QString error;
    const auto location = DatabaseLocation::parse(databasePath, &error);
    if (!location || !location->isPostgres())
        return databasePath + QStringLiteral(".secrets");
    // A database on a server: the file is this machine's, in the data folder, named after the
    // server, database and role ("db.example.com_5432_upwatch_upwatch.secrets").
    QString name = QStringLiteral("%1_%2_%3_%4")
                       .arg(location->host.isEmpty() ? QStringLiteral("local") : location->host)
                       .arg(location->port > 0 ? location->port : 5432)
                       .arg(location->database, location->user);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    name.replace(unsafe, QStringLiteral("-"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("postgresql/") + name + QStringLiteral(".secrets"));
}

std::unique_ptr<SecretStore> forDatabase(const QString &databasePath, bool useFile)
{
    const QString file = secretsFilePath(databasePath);
    if (useFile || QFileInfo::exists(file)) {
        // A PostgreSQL database's file is in a folder of its own, which may not exist yet: the
        // user's alone, like the data folder.
        const QString folder = QFileInfo(file).absolutePath();
        if (DatabaseLocation::isPostgresUrl(databasePath) && !QFileInfo::exists(folder) &&
            QDir().mkpath(folder))
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return std::make_unique<FileSecretStore>(file);
    }
    return std::make_unique<KeychainSecretStore>();
}

} // namespace SecretStores
