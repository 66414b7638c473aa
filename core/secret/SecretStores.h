#pragma once

#include "core/secret/SecretStore.h"

#include <QString>

#include <memory>

// Which SecretStore a database's monitors use. The OS keychain, unless the user opted into the
// secrets file: "<database>.secrets" beside the database (mode 0600); for a PostgreSQL database,
// a file of this machine's in the data folder (postgresql/<host>_<port>_<db>_<user>.secrets). The
// file is the choice for a headless server without a Secret Service; it exists once chosen, and
// from then on every front (the window, `upwatch run`, `monitor add`) uses it for that database.
namespace SecretStores {

[[nodiscard]] QString secretsFilePath(const QString &databasePath);
// The secrets file when it exists (or `useFile` asks for it), else the OS keychain.
[[nodiscard]] std::unique_ptr<SecretStore> forDatabase(const QString &databasePath,
                                                       bool useFile = false);

} // namespace SecretStores
