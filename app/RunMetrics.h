#pragma once

#include "app/MetricsOptions.h"

#include <QObject>
#include <QPointer>

#include <functional>

class MetricsServer;
class MonitoringService;
class SecretStore;

// The metrics endpoint of `upwatch run`: finds the bearer token (UPWATCH_METRICS_TOKEN, else,
// for an address other than loopback, "metrics-token" in the SecretStore), listens, and says
// where on stderr ("metrics: listening on http://127.0.0.1:9464/metrics"), with a warning when
// an address other than loopback is served without a token. Nothing is served before the token
// is known.
class RunMetrics final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunMetrics)

public:
    // `secrets` may be null (no token from a store then); not owned.
    RunMetrics(MonitoringService &service, SecretStore *secrets, const MetricsOptions &options,
               QObject *parent = nullptr);

    // Listens once the token is known; done(true) then, or done(false) after printing why not.
    // done is always called later, from the event loop.
    void start(std::function<void(bool ok)> done);

    [[nodiscard]] MetricsServer &server() { return *m_server; }

private:
    void listen(const QByteArray &token, const std::function<void(bool)> &done);

    MetricsServer *m_server;
    QPointer<SecretStore> m_secrets;
    MetricsOptions m_options;
};
