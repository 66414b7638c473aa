#include "core/service/CredentialSaver.h"

CredentialSaver::CredentialSaver(StoreMonitor storeMonitor, QObject *parent)
    : QObject(parent)
    , m_storeMonitor(std::move(storeMonitor))
{
}

QString CredentialSaver::where() const
{
    return m_store ? m_store->describe() : QStringLiteral("the keychain");
}

void CredentialSaver::save(const Monitor &edited, const std::optional<Monitor> &stored,
                           std::optional<QByteArray> newSecret, QObject *context, SaveDone done)
{
    const CredentialPlan plan = CredentialPlan::make(edited, stored, std::move(newSecret));
    QPointer<QObject> guard(context);
    const auto fail = [this, guard, done](const QString &error) {
        // Answers come from the event loop, never from inside save().
        QMetaObject::invokeMethod(
            this,
            [guard, done, error] {
                if (guard)
                    done(std::nullopt, error);
            },
            Qt::QueuedConnection);
    };
    if (!plan.ok()) {
        fail(plan.error);
        return;
    }
    if (!plan.secret) {
        storeWith(plan, context, std::move(done));
        return;
    }
    if (!m_store) {
        fail(QStringLiteral("cannot store the %1: no keychain or secrets file is set up")
                 .arg(plan.monitor.auth.secretTitle()));
        return;
    }
    m_store->write(plan.monitor.credentialKey, *plan.secret, this,
                   [this, plan, guard, done, fail](const SecretStore::Reply &reply) {
                       if (!reply.ok()) {
                           fail(QStringLiteral("cannot store the %1 in %2: %3")
                                    .arg(plan.monitor.auth.secretTitle(), where(), reply.error));
                           return;
                       }
                       storeWith(plan, guard, done);
                   });
}

void CredentialSaver::storeWith(const CredentialPlan &plan, QObject *context, SaveDone done)
{
    QPointer<QObject> guard(context);
    m_storeMonitor(
        plan.monitor, this,
        [this, plan, guard, done](const std::optional<Monitor> &saved, const QString &error) {
            if (!saved && plan.keyIsNew)
                removeSecret(plan.monitor.credentialKey);
            if (saved && !plan.obsoleteKey.isEmpty() && plan.obsoleteKey != saved->credentialKey)
                removeSecret(plan.obsoleteKey);
            if (saved && plan.movedUrlPassword)
                emit urlPasswordMoved();
            if (guard)
                done(saved, error);
        });
}

void CredentialSaver::moveUrlPasswords(const QList<Monitor> &monitors)
{
    for (const Monitor &monitor : monitors) {
        if (monitor.url.password().isEmpty())
            continue;
        save(
            monitor, monitor, std::nullopt, this,
            [this, name = monitor.name](const std::optional<Monitor> &saved, const QString &error) {
                if (!saved)
                    emit problem(QStringLiteral("monitor '%1' keeps the password of its URL in "
                                                "the database: %2")
                                     .arg(name, error));
            });
    }
}

void CredentialSaver::removeSecret(const QString &key)
{
    if (key.isEmpty() || !m_store)
        return;
    m_store->remove(key, this, [this](const SecretStore::Reply &reply) {
        if (!reply.ok())
            emit problem(QStringLiteral("cannot remove a secret no monitor uses from %1: %2")
                             .arg(where(), reply.error));
    });
}
