#pragma once

#include "core/model/ImportedMonitor.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class StoreDatabase;

// The secrets of imported monitors: a monitors file never holds them, so `upwatch import
// --secrets-stdin` reads them as {"monitor name": "secret", ...} from standard input and puts
// each in the secret store before its monitor points at it. Monitors left without the secret
// their authentication needs are named, with what to do.
namespace ImportSecrets {

// The object on standard input, or nullopt with a sentence in *error.
[[nodiscard]] std::optional<QHash<QString, QByteArray>> readStdin(QString *error);

// Stores the given secrets for the imported monitors (now in `database`) and prints a note for
// each one that still lacks one. False (after printing why) when a secret could not be stored.
[[nodiscard]] bool store(StoreDatabase &database, const QList<ImportedMonitor> &monitors,
                         const QHash<QString, QByteArray> &secrets, bool useSecretsFile);

} // namespace ImportSecrets
