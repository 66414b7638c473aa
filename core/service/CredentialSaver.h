#pragma once

#include "core/model/Monitor.h"
#include "core/secret/SecretStore.h"
#include "core/service/CredentialPlan.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

// Saves a monitor together with its secret, in the order that never leaves a monitor pointing
// at a secret that is not there: the secret first (SecretStore), then the monitor (through the
// plain save it is given), then the old secret's removal. If storing the monitor fails, a
// secret written under a new key is removed again.
class CredentialSaver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialSaver)

public:
    using SaveDone = std::function<void(const std::optional<Monitor> &saved, const QString &error)>;
    // Stores a monitor (no secret in it): done(saved, error) later, in this thread.
    using StoreMonitor =
        std::function<void(const Monitor &monitor, QObject *context, SaveDone done)>;

    explicit CredentialSaver(StoreMonitor storeMonitor, QObject *parent = nullptr);

    void setStore(SecretStore *store) { m_store = store; }
    [[nodiscard]] SecretStore *store() const { return m_store; }

    // `stored`: what the database holds under edited.id (nullopt: a new monitor).
    void save(const Monitor &edited, const std::optional<Monitor> &stored,
              std::optional<QByteArray> newSecret, QObject *context, SaveDone done);
    // Moves the passwords of these stored monitors' URLs to the store (monitors saved before
    // secrets had one); a monitor whose password cannot move is reported through problem().
    void moveUrlPasswords(const QList<Monitor> &monitors);
    // Removes a secret no monitor uses any more; a failure is reported through problem().
    void removeSecret(const QString &key);

signals:
    // A monitor was stored whose URL held a password: the database should be scrubbed of it.
    void urlPasswordMoved();
    void problem(const QString &message);

private:
    void storeWith(const CredentialPlan &plan, QObject *context, SaveDone done);
    [[nodiscard]] QString where() const;

    StoreMonitor m_storeMonitor;
    QPointer<SecretStore> m_store;
};
