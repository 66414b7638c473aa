#include "core/secret/CallLater.h"

#include <QMetaObject>

#include <utility>

void callSecretCallbackLater(QObject *context, SecretStore::Callback done, SecretStore::Reply reply)
{
    Q_ASSERT(context);
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), reply = std::move(reply)] { done(reply); },
        Qt::QueuedConnection);
}
