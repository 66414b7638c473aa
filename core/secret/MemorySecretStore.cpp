#include "core/secret/MemorySecretStore.h"

#include "core/secret/CallLater.h"

#include <QCoreApplication>
#include <utility>

using namespace Qt::Literals::StringLiterals;

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
{
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    if (failing(context, done))
        return;
    callSecretCallbackLater(context, std::move(done), lookup(m_secrets, key));
}

void MemorySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                              Callback done)
{
    if (failing(context, done))
        return;
    m_secrets.insert(key, secret);
    callSecretCallbackLater(context, std::move(done), Reply{Status::Ok, {}, {}});
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    if (failing(context, done))
        return;
    m_secrets.remove(key);
    callSecretCallbackLater(context, std::move(done), Reply{Status::Ok, {}, {}});
}

QString MemorySecretStore::describe() const
{
    return QCoreApplication::translate("SecretStore", "the in-memory secret store");
}

void MemorySecretStore::failWith(Status status, const QString &error)
{
    m_failure = status;
    m_failureError = error;
}

bool MemorySecretStore::failing(QObject *context, const Callback &done)
{
    ++m_operations;
    if (m_failure == Status::Ok)
        return false;
    Reply reply;
    reply.status = m_failure;
    reply.error = m_failureError;
    if (reply.error.isEmpty()) {
        switch (m_failure) {
        case Status::NotFound:
            reply.error = u"No secret is stored under that key in %1."_s.arg(describe());
            break;
        case Status::Unavailable:
            reply.error = u"The secret store is not available (a test's setting)."_s;
            break;
        case Status::Denied:
            reply.error = u"The secret store refused access (a test's setting)."_s;
            break;
        case Status::Ok:
        case Status::Failed:
            reply.error = u"The secret store failed (a test's setting)."_s;
            break;
        }
    }
    callSecretCallbackLater(context, done, std::move(reply));
    return true;
}
