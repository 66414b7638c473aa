#pragma once

#include "core/secret/SecretStore.h"

#include <QHash>

// Secrets in memory, for tests. Callbacks are queued like a real keychain's. It can be told to
// act like a keychain that is missing or refuses access, so that tests of its callers can walk
// those paths: failWith(Status::Unavailable) makes every operation answer that until
// failWith(Status::Ok).
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    explicit MemorySecretStore(QObject *parent = nullptr);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    [[nodiscard]] QString describe() const override;

    // Status::Ok: work normally. Anything else: every operation answers `status` with `error`
    // (a default sentence when empty) and changes nothing.
    void failWith(Status status, const QString &error = {});

    // Synchronous looks for tests, beside the asynchronous interface.
    [[nodiscard]] bool contains(const QString &key) const { return m_secrets.contains(key); }
    [[nodiscard]] QByteArray secret(const QString &key) const { return m_secrets.value(key); }
    [[nodiscard]] qsizetype size() const { return m_secrets.size(); }
    // How many operations were asked for, failed ones included.
    [[nodiscard]] int operationCount() const { return m_operations; }

private:
    [[nodiscard]] bool failing(QObject *context, const Callback &done);

    QHash<QString, QByteArray> m_secrets;
    Status m_failure = Status::Ok;
    QString m_failureError;
    int m_operations = 0;
};
