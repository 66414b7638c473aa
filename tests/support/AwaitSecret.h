#pragma once

#include "core/secret/SecretStore.h"

#include <functional>

// Waiting for a SecretStore's answer in a test: runs the event loop until the callback ran (or
// a generous bound passed) and tells whether it was called from inside the call, which no store
// may do.
struct SecretCall {
    bool answered = false;
    bool synchronous = false; // the callback ran before the store's method returned
    SecretStore::Reply reply;
};

constexpr int kSecretWaitMs = 60'000;

using SecretStart = std::function<void(QObject *context, SecretStore::Callback done)>;
[[nodiscard]] SecretCall awaitSecret(const SecretStart &start, int timeoutMs = kSecretWaitMs);

[[nodiscard]] SecretCall awaitRead(SecretStore &store, const QString &key);
[[nodiscard]] SecretCall awaitWrite(SecretStore &store, const QString &key,
                                    const QByteArray &secret);
[[nodiscard]] SecretCall awaitRemove(SecretStore &store, const QString &key);
