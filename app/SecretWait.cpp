#include "app/SecretWait.h"

#include "core/secret/DatabasePasswordLoader.h"

#include <QEventLoop>

#include <functional>

namespace {

SecretStore::Reply wait(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    QEventLoop loop;
    SecretStore::Reply answer;
    start(&loop, [&loop, &answer](const SecretStore::Reply &reply) {
        answer = reply;
        loop.quit();
    });
    // The store answers once: a keychain that hangs fails its job after its own D-Bus timeout.
    loop.exec();
    return answer;
}

} // namespace

namespace SecretWait {

SecretStore::Reply write(SecretStore &store, const QString &key, const QByteArray &secret)
{
    return wait([&](QObject *context, SecretStore::Callback done) {
        store.write(key, secret, context, std::move(done));
    });
}

SecretStore::Reply remove(SecretStore &store, const QString &key)
{
    return wait([&](QObject *context, SecretStore::Callback done) {
        store.remove(key, context, std::move(done));
    });
}

SecretStore::Reply loadDatabasePassword(SecretStore &store, const QString &databasePath)
{
    return wait([&](QObject *context, SecretStore::Callback done) {
        DatabasePasswordLoader::load(store, databasePath, DatabasePasswordLoader::kWaitMs, context,
                                     std::move(done));
    });
}

} // namespace SecretWait
