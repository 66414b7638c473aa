#pragma once

#include "core/secret/SecretStore.h"

// A command-line command that writes or removes one secret waits for the store's answer here:
// an event loop runs until the (asynchronous) answer comes. Only for the commands that run
// before any other event loop (`monitor add`, `monitor remove`, `import`, and every command
// opening a PostgreSQL database, `run` included, for its stored password), which have nothing
// else to do meanwhile.
namespace SecretWait {

[[nodiscard]] SecretStore::Reply write(SecretStore &store, const QString &key,
                                       const QByteArray &secret);
[[nodiscard]] SecretStore::Reply remove(SecretStore &store, const QString &key);
// The password stored for the PostgreSQL database `databasePath`, read into DatabasePasswords
// (DatabasePasswordLoader): waits DatabasePasswordLoader::kWaitMs at most.
[[nodiscard]] SecretStore::Reply loadDatabasePassword(SecretStore &store,
                                                      const QString &databasePath);

} // namespace SecretWait
