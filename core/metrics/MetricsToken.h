#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// The bearer token the metrics endpoint requires: UPWATCH_METRICS_TOKEN from the environment
// when set (on any address), else, for an address other than loopback, "metrics-token" from the
// SecretStore (the OS keychain or the secrets file). No token: the endpoint is open.
namespace MetricsToken {

inline constexpr char kVariable[] = "UPWATCH_METRICS_TOKEN";
inline constexpr char kKey[] = "metrics-token";

struct Found {
    bool ok = false;  // false: a token may exist but could not be read (error says why)
    QByteArray token; // empty: none required
    QString error;
};

// done(found) runs later from the event loop (never inside this call), unless `context` is
// gone. A store that has no such key, or no keychain at all, means no token; one that refuses
// access or fails is not ok: serving without a token could open what should be closed.
void find(SecretStore *store, const QHostAddress &address, QObject *context,
          std::function<void(const Found &found)> done);

} // namespace MetricsToken
