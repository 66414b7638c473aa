#include "app/ImportSecrets.h"

#include "app/AuthOptions.h"
#include "app/Console.h"
#include "app/SecretWait.h"
#include "core/base/JsonText.h"
#include "core/secret/SecretStores.h"
#include "core/service/CredentialPlan.h"
#include "core/store/MonitorStore.h"
#include "core/store/StoreDatabase.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

// The translation context of this file's messages.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ImportSecrets)
};

} // namespace

std::optional<QHash<QString, QByteArray>> ImportSecrets::readStdin(QString *error)
{
    const auto bytes = AuthOptions::readProcessStdin(error);
    if (!bytes)
        return std::nullopt;
    QJsonParseError parse{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parse);
    if (parse.error != QJsonParseError::NoError || !document.isObject()) {
        // The parser's message only: the input is secrets, never echoed.
        *error = Text::tr("--secrets-stdin needs a JSON object {\"monitor name\": "
                          "\"secret\", ...} on standard input (%1)")
                     .arg(parse.error != QJsonParseError::NoError ? parse.errorString()
                                                                  : Text::tr("not an object"));
        return std::nullopt;
    }
    QHash<QString, QByteArray> secrets;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            *error = Text::tr("--secrets-stdin: the secret of '%1' must be a non-empty "
                              "string")
                         .arg(JsonText::oneLine(it.key()));
            return std::nullopt;
        }
        secrets.insert(it.key(), it.value().toString().toUtf8());
    }
    return secrets;
}

ImportSecrets::ImportSecrets(const QString &databasePath, bool useSecretsFile)
    : m_databasePath(databasePath)
    , m_useSecretsFile(useSecretsFile)
{
}

ImportSecrets::~ImportSecrets() = default;

SecretStore &ImportSecrets::store()
{
    if (!m_store)
        m_store = SecretStores::forDatabase(m_databasePath, m_useSecretsFile);
    return *m_store;
}

bool ImportSecrets::prepare(QList<ImportedMonitor> &monitors,
                            const QHash<QString, QByteArray> &secrets)
{
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString &name = it.key();
        if (std::none_of(monitors.cbegin(), monitors.cend(),
                         [&name](const ImportedMonitor &m) { return m.monitor.name == name; }))
            Console::printError(Text::tr("warning: --secrets-stdin names '%1', which is "
                                         "not a monitor of the file")
                                    .arg(JsonText::oneLine(name)));
    }
    for (ImportedMonitor &entry : monitors) {
        Monitor &monitor = entry.monitor;
        const auto given = secrets.constFind(monitor.name);
        const bool hasSecret = given != secrets.cend();
        if (!hasSecret && monitor.url.password().isEmpty())
            continue; // keeps the stored secret, if it may (MonitorStore::import)
        if (hasSecret && monitor.auth.isNone() && monitor.url.password().isEmpty()) {
            Console::printError(Text::tr("%1: --secrets-stdin gives a secret, but the "
                                         "monitor has no authentication")
                                    .arg(monitor.name));
            undo();
            return false;
        }
        const CredentialPlan plan = CredentialPlan::make(
            monitor, std::nullopt, hasSecret ? std::optional(*given) : std::nullopt);
        if (!plan.ok()) {
            Console::printError(
                Text::tr("%1: %2 (nothing was imported)").arg(monitor.name, plan.error));
            undo();
            return false;
        }
        monitor = plan.monitor;
        if (!plan.secret)
            continue;
        const SecretStore::Reply written =
            SecretWait::write(store(), monitor.credentialKey, *plan.secret);
        if (!written.ok()) {
            Console::printError(Text::tr("%1: cannot store the %2 in %3: %4 (nothing was imported)")
                                    .arg(monitor.name, monitor.auth.secretTitle(),
                                         store().describe(), written.error));
            undo();
            return false;
        }
        m_written.append(monitor.credentialKey);
        m_notes.append(Text::tr("%1: its %2 is in %3")
                           .arg(monitor.name, monitor.auth.secretTitle(), store().describe()));
    }
    return true;
}

void ImportSecrets::undo()
{
    for (const QString &key : std::as_const(m_written))
        (void)SecretWait::remove(store(), key);
    m_written.clear();
    m_notes.clear();
}

void ImportSecrets::finish(StoreDatabase &database, const QList<ImportedMonitor> &monitors,
                           const QStringList &obsoleteKeys)
{
    for (const QString &key : obsoleteKeys)
        (void)SecretWait::remove(store(), key);
    for (const QString &note : std::as_const(m_notes))
        Console::printOut(note);
    MonitorStore monitorStore(database);
    for (const ImportedMonitor &entry : monitors) {
        const auto stored = monitorStore.find(entry.monitor.name);
        if (stored && stored->auth.requiresSecret() && stored->credentialKey.isEmpty())
            Console::printError(
                Text::tr("note: %1 needs its %2: import again with --secrets-stdin, "
                         "or edit the monitor in the window")
                    .arg(stored->name, stored->auth.secretTitle()));
    }
}
