#pragma once

#include "core/model/ImportedMonitor.h"
#include "core/secret/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class StoreDatabase;

// The secrets of imported monitors. A monitors file never holds them: `upwatch import
// --secrets-stdin` reads them as {"monitor name": "secret", ...} from standard input, and a
// password left in a file's URL moves out like one typed into the window. Each secret is in the
// secret store before its monitor is stored; the import is undone in the store when the
// database refuses it. Monitors left without the secret their authentication needs are named.
class ImportSecrets final {
public:
    // The object on standard input, or nullopt with a sentence in *error.
    [[nodiscard]] static std::optional<QHash<QString, QByteArray>> readStdin(QString *error);

    ImportSecrets(const QString &databasePath, bool useSecretsFile);
    ~ImportSecrets();
    ImportSecrets(const ImportSecrets &) = delete;
    ImportSecrets &operator=(const ImportSecrets &) = delete;

    // Writes the monitors' secrets (given ones, URL passwords) and points the monitors at them.
    // False after printing why; nothing is left in the store then.
    [[nodiscard]] bool prepare(QList<ImportedMonitor> &monitors,
                               const QHash<QString, QByteArray> &secrets);
    // The database refused the import: removes what prepare() wrote.
    void undo();
    // The import is stored: removes the secrets no monitor uses any more, reports where the new
    // ones are and names the monitors that still lack one.
    void finish(StoreDatabase &database, const QList<ImportedMonitor> &monitors,
                const QStringList &obsoleteKeys);

private:
    SecretStore &store();

    QString m_databasePath;
    bool m_useSecretsFile = false;
    std::unique_ptr<SecretStore> m_store;
    QStringList m_written; // keys written by prepare()
    QStringList m_notes;   // "api: its password is in the OS keychain"
};
