#include "core/service/SecretLoader.h"

#include "core/engine/Engine.h"

SecretLoader::SecretLoader(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_retryTimer.setInterval(kRetryMs);
    connect(&m_retryTimer, &QTimer::timeout, this, &SecretLoader::retry);
}

void SecretLoader::setStore(SecretStore *store)
{
    m_store = store;
}

QString SecretLoader::failureMessage(const Monitor &monitor, const SecretStore::Reply &reply,
                                     const QString &where)
{
    const QString what =
        monitor.auth.isNone() ? QStringLiteral("secret") : monitor.auth.secretTitle();
    switch (reply.status) {
    case SecretStore::Status::NotFound:
        // A locked keychain answers reads as if the entry were not there.
        return QStringLiteral("the %1 of this monitor is not in %2 (if it is locked, unlock it; "
                              "otherwise edit the monitor and enter the %1 again)")
            .arg(what, where);
    case SecretStore::Status::Ok:
    case SecretStore::Status::Unavailable:
    case SecretStore::Status::Denied:
    case SecretStore::Status::Failed:
        break;
    }
    return QStringLiteral("cannot read the %1 of this monitor from %2: %3")
        .arg(what, where, reply.error);
}

void SecretLoader::load(const Monitor &monitor)
{
    m_retrying.remove(monitor.id);
    if (monitor.credentialKey.isEmpty()) {
        m_tickets.remove(monitor.id);
        return;
    }
    const quint64 ticket = m_nextTicket++;
    m_tickets.insert(monitor.id, ticket);
    if (!m_store) {
        SecretStore::Reply reply;
        reply.status = SecretStore::Status::Unavailable;
        reply.error = QStringLiteral("no secret store is set up");
        QMetaObject::invokeMethod(
            this, [this, monitor, ticket, reply] { onRead(monitor, ticket, reply); },
            Qt::QueuedConnection);
        return;
    }
    m_store->read(monitor.credentialKey, this,
                  [this, monitor, ticket](const SecretStore::Reply &reply) {
                      onRead(monitor, ticket, reply);
                  });
}

void SecretLoader::forget(qint64 id)
{
    m_tickets.remove(id);
    m_retrying.remove(id);
    m_reported.remove(id);
}

void SecretLoader::onRead(const Monitor &monitor, quint64 ticket, const SecretStore::Reply &reply)
{
    if (m_tickets.value(monitor.id) != ticket)
        return; // the monitor was saved or removed since
    m_tickets.remove(monitor.id);
    if (reply.ok()) {
        m_reported.remove(monitor.id);
        m_engine.setSecret(monitor.id, reply.secret);
        return;
    }
    const QString where = m_store ? m_store->describe() : QStringLiteral("the keychain");
    const QString message = failureMessage(monitor, reply, where);
    m_engine.setSecretFailure(monitor.id, message);
    // Every failure is tried again: a keychain that was locked, absent or hung may answer later,
    // and a secret entered in another process appears.
    {
        m_retrying.insert(monitor.id, monitor);
        if (!m_retryTimer.isActive())
            m_retryTimer.start();
    }
    if (!m_reported.contains(monitor.id)) {
        m_reported.insert(monitor.id);
        emit problem(QStringLiteral("monitor '%1': %2").arg(monitor.name, message));
    }
}

void SecretLoader::retry()
{
    const QHash<qint64, Monitor> monitors = std::exchange(m_retrying, {});
    if (monitors.isEmpty()) {
        m_retryTimer.stop();
        return;
    }
    for (const Monitor &monitor : monitors)
        load(monitor);
}
