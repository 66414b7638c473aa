#include "app/ImportSecrets.h"

#include "app/AuthOptions.h"
#include "app/Console.h"
#include "app/SecretWait.h"
#include "core/base/JsonText.h"
#include "core/secret/SecretStores.h"
#include "core/service/CredentialPlan.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ImportSecrets {

std::optional<QHash<QString, QByteArray>> readStdin(QString *error)
{
    const auto bytes = AuthOptions::readProcessStdin(error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        // The parser's message only: the input is secrets, never echoed.
        *error =
            QStringLiteral("--secrets-stdin needs a JSON object {\"monitor name\": "
                           "\"secret\", ...} on standard input (%1)")
                .arg(parse.error != QJsonParseError::NoError ? parse.errorString()
                                                             : QStringLiteral("not an object"));
        return std::nullopt;
    }
    QHash<QString, QByteArray> secrets;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            *error = QStringLiteral("--secrets-stdin: the secret of '%1' must be a non-empty "
                                    "string")
                         .arg(JsonText::oneLine(it.key()));
            return std::nullopt;
        }
        secrets.insert(it.key(), it.value().toString().toUtf8());
    }
    return secrets;
}

bool store(StoreDatabase &database, const QList<ImportedMonitor> &monitors,
           const QHash<QString, QByteArray> &secrets, bool useSecretsFile)
{
    MonitorStore monitorStore(database);
    std::unique_ptr<SecretStore> secretStore;
    bool ok = true;
    for (const QString &name : secrets.keys()) {
        const bool imported =
            std::any_of(monitors.cbegin(), monitors.cend(),
                        [&name](const ImportedMonitor &m) { return m.monitor.name == name; });
        if (!imported)
            Console::printError(QStringLiteral("warning: --secrets-stdin names '%1', which is "
                                               "not a monitor of the file")
                                    .arg(JsonText::oneLine(name)));
    }
    for (const ImportedMonitor &entry : monitors) {
        const auto stored = monitorStore.find(entry.monitor.name);
        if (!stored || stored->auth.isNone())
            continue;
        const auto secret = secrets.constFind(stored->name);
        if (secret == secrets.cend()) {
            if (stored->auth.requiresSecret() && stored->credentialKey.isEmpty())
                Console::printError(
                    QStringLiteral("note: %1 needs its %2: import again with --secrets-stdin, "
                                   "or edit the monitor in the window")
                        .arg(stored->name, stored->auth.secretTitle()));
            continue;
        }
        const CredentialPlan plan = CredentialPlan::make(*stored, stored, *secret);
        if (!plan.ok()) {
            Console::printError(QStringLiteral("%1: %2").arg(stored->name, plan.error));
            ok = false;
            continue;
        }
        if (!secretStore)
            secretStore = SecretStores::forDatabase(database.path(), useSecretsFile);
        const SecretStore::Reply written =
            SecretWait::write(*secretStore, plan.monitor.credentialKey, *plan.secret);
        if (!written.ok()) {
            Console::printError(QStringLiteral("%1: cannot store the %2 in %3: %4")
                                    .arg(stored->name, plan.monitor.auth.secretTitle(),
                                         secretStore->describe(), written.error));
            ok = false;
            continue;
        }
        if (!monitorStore.update(plan.monitor)) {
            Console::printError(
                QStringLiteral("%1: %2").arg(stored->name, monitorStore.lastError()));
            if (plan.keyIsNew)
                (void)SecretWait::remove(*secretStore, plan.monitor.credentialKey);
            ok = false;
            continue;
        }
        if (!plan.obsoleteKey.isEmpty())
            (void)SecretWait::remove(*secretStore, plan.obsoleteKey);
        Console::printOut(
            QStringLiteral("%1: its %2 is in %3")
                .arg(stored->name, plan.monitor.auth.secretTitle(), secretStore->describe()));
    }
    return ok;
}

} // namespace ImportSecrets
