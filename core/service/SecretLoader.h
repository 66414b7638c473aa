#pragma once

#include "core/model/Monitor.h"
#include "core/secret/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class Engine;

// Reads monitors' secrets from the SecretStore and hands them to the engine, whose checks of
// such a monitor wait until then. A secret that cannot be read makes the monitor's checks DOWN
// with reason `secret` and a message that says what to do; it is read again every kRetryMs, so
// unlocking the keychain later (or entering the secret in another process) is enough.
class SecretLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretLoader)

public:
    static constexpr int kRetryMs = 30'000;

    explicit SecretLoader(Engine &engine, QObject *parent = nullptr);

    // Not owned; null: monitors with a secret fail with a message saying none can be read.
    void setStore(SecretStore *store);
    [[nodiscard]] SecretStore *store() const { return m_store; }

    // Reads the monitor's secret (if it has one) again, e.g. after it was saved.
    void load(const Monitor &monitor);
    void forget(qint64 id);

    // The sentence a check shows when the monitor's secret cannot be read.
    [[nodiscard]] static QString
    failureMessage(const Monitor &monitor, const SecretStore::Reply &reply, const QString &where);

signals:
    // A secret could not be read (once per monitor until it can be again): for a log line.
    void problem(const QString &message);

private:
    void onRead(const Monitor &monitor, quint64 ticket, const SecretStore::Reply &reply);
    void retry();

    Engine &m_engine;
    QPointer<SecretStore> m_store;
    QHash<qint64, quint64> m_tickets; // the read each monitor waits for; older answers are stale
    QHash<qint64, Monitor> m_retrying;
    QSet<qint64> m_reported;
    quint64 m_nextTicket = 1;
    QTimer m_retryTimer;
};
