#include "core/secret/SecretStores.h"

#include "core/secret/FileSecretStore.h"
#include "core/secret/KeychainSecretStore.h"

#include <QFileInfo>

namespace SecretStores {

QString secretsFilePath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".secrets");
}

std::unique_ptr<SecretStore> forDatabase(const QString &databasePath, bool useFile)
{
    const QString file = secretsFilePath(databasePath);
    if (useFile || QFileInfo::exists(file))
        return std::make_unique<FileSecretStore>(file);
    return std::make_unique<KeychainSecretStore>();
}

} // namespace SecretStores
