#include "core/metrics/MetricsToken.h"

#include "core/secret/SecretStore.h"

#include <QPointer>

namespace MetricsToken {

void find(SecretStore *store, const QHostAddress &address, QObject *context,
          std::function<void(const Found &found)> done)
{
    const QByteArray fromEnvironment = qgetenv(kVariable).trimmed(); // a secret: never printed
    if (!fromEnvironment.isEmpty() || address.isLoopback() || !store) {
        QMetaObject::invokeMethod(
            context,
            [fromEnvironment, done = std::move(done)] {
                done({true, fromEnvironment, {}});
            },
            Qt::QueuedConnection);
        return;
    }
    store->read(QString::fromLatin1(kKey), context,
                [done = std::move(done)](const SecretStore::Reply &reply) {
                    switch (reply.status) {
                    case SecretStore::Status::Ok:
                        done({true, reply.secret.trimmed(), {}});
                        return;
                    case SecretStore::Status::NotFound:
                    case SecretStore::Status::Unavailable: // no keychain: nothing stored there
                        done({true, {}, {}});
                        return;
                    case SecretStore::Status::Denied:
                    case SecretStore::Status::Failed:
                        done({false,
                              {},
                              QStringLiteral("the metrics token \"%1\" could not be read: %2 (set "
                                             "%3 instead)")
                                  .arg(QLatin1StringView(kKey), reply.error,
                                       QLatin1StringView(kVariable))});
                        return;
                    }
                });
}

} // namespace MetricsToken
