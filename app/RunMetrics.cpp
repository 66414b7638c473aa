#include "app/RunMetrics.h"

#include "app/Console.h"
#include "core/metrics/MetricsServer.h"
#include "core/metrics/MetricsToken.h"
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
    MetricsToken::find(m_secrets, m_options.address, this,
                       [this, done = std::move(done)](const MetricsToken::Found &found) {
                           if (!found.ok) {
                               Console::printError(found.error);
                               done(false);
                               return;
                           }
                           listen(found.token, done);
                       });
}

void RunMetrics::listen(const QByteArray &token, const std::function<void(bool)> &done)
{
    m_server->setToken(token);
    if (!m_server->listen(m_options.address, m_options.port)) {
        Console::printError(tr("metrics: %1").arg(m_server->error()));
        done(false);
        return;
    }
    Console::printError(tr("metrics: listening on %1").arg(m_server->metricsUrl().toString()));
    if (token.isEmpty() && !m_options.address.isLoopback()) {
        Console::printError(
            tr("warning: the metrics endpoint on %1 is open to anyone who can reach "
               "it; set %2 (or \"%3\" in the keychain or the secrets file) to "
               "require a bearer token")
                .arg(m_options.address.toString(), QLatin1StringView(MetricsToken::kVariable),
                     QLatin1StringView(MetricsToken::kKey)));
    }
    done(true);
}
