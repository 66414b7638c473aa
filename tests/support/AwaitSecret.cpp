#include "tests/support/AwaitSecret.h"

#include <QDeadlineTimer>
#include <QTest>

#include <memory>

namespace {

struct Pending {
    bool inside = true;
    SecretCall call;
};

} // namespace

SecretCall awaitSecret(const SecretStart &start, int timeoutMs)
{
    QObject context;
    auto pending = std::make_shared<Pending>();
    start(&context, [pending](const SecretStore::Reply &reply) {
        pending->call.answered = true;
        pending->call.synchronous = pending->inside;
        pending->call.reply = reply;
    });
    pending->inside = false;
    const QDeadlineTimer deadline(timeoutMs);
    while (!pending->call.answered && !deadline.hasExpired())
        QTest::qWait(5);
    return pending->call;
}

SecretCall awaitRead(SecretStore &store, const QString &key)
{
    return awaitSecret([&](QObject *context, SecretStore::Callback done) {
        store.read(key, context, std::move(done));
    });
}

SecretCall awaitWrite(SecretStore &store, const QString &key, const QByteArray &secret)
{
    return awaitSecret([&](QObject *context, SecretStore::Callback done) {
        store.write(key, secret, context, std::move(done));
    });
}

SecretCall awaitRemove(SecretStore &store, const QString &key)
{
    return awaitSecret([&](QObject *context, SecretStore::Callback done) {
        store.remove(key, context, std::move(done));
    });
}
