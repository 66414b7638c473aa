#include "app/RunMetrics.h"

#include "app/Console.h"
#include "core/metrics/MetricsServer.h"
#include "core/secret/SecretStore.h"

RunMetrics::RunMetrics(MonitoringService &service, SecretStore *secrets,
                       const MetricsOptions &options, QObject *parent)
    : QObject(parent)
    , m_server(new MetricsServer(service, this))
    , m_secrets(secrets)
    , m_options(options)
{
}

void RunMetrics::start(std::function<void(bool ok)> done)
{
    const QByteArray fromEnvironment =
        qgetenv(MetricsOptions::kTokenVariable).trimmed(); // a secret: never printed
    if (!fromEnvironment.isEmpty() || m_options.address.isLoopback() || !m_secrets) {
        QMetaObject::invokeMethod(
            this, [this, fromEnvironment, done = std::move(done)] { listen(fromEnvironment, done); },
            Qt::QueuedConnection);
        return;
    }
    m_secrets->read(
        QString::fromLatin1(MetricsOptions::kTokenKey), this,
        [this, done = std::move(done)](const SecretStore::Reply &reply) {
            switch (reply.status) {
            case SecretStore::Status::Ok:
                listen(reply.secret.trimmed(), done);
                return;
            case SecretStore::Status::NotFound:
            case SecretStore::Status::Unavailable: // no keychain: nothing can be stored there
                listen({}, done);
                return;
            case SecretStore::Status::Denied:
            case SecretStore::Status::Failed:
                // A token may be there: serving without it could open what should be closed.
                Console::printError(QStringLiteral("the metrics token \"%1\" could not be read: "
                                                   "%2 (set %3 instead)")
                                        .arg(QLatin1StringView(MetricsOptions::kTokenKey),
                                             reply.error,
                                             QLatin1StringView(MetricsOptions::kTokenVariable)));
                done(false);
                return;
            }
        });
}

void RunMetrics::listen(const QByteArray &token, const std::function<void(bool)> &done)
{
    m_server->setToken(token);
    if (!m_server->listen(m_options.address, m_options.port)) {
        Console::printError(QStringLiteral("metrics: %1").arg(m_server->error()));
        done(false);
        return;
    }
    Console::printError(
        QStringLiteral("metrics: listening on %1").arg(m_server->metricsUrl().toString()));
    if (token.isEmpty() && !m_options.address.isLoopback()) {
        Console::printError(
            QStringLiteral("warning: the metrics endpoint on %1 is open to anyone who can reach "
                           "it; set %2 (or \"%3\" in the keychain or the secrets file) to "
                           "require a bearer token")
                .arg(m_options.address.toString(), QLatin1StringView(MetricsOptions::kTokenVariable),
                     QLatin1StringView(MetricsOptions::kTokenKey)));
    }
    done(true);
}
