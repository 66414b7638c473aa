#include "core/secret/KeychainSecretStore.h"

#include "core/secret/CallLater.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <initializer_list>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {

// What QtKeychain 0.13, libsecret and GDBus say when there is no session bus or no Secret
// Service on it; they all come as OtherError.
bool meansNoKeychain(const QString &detail)
{
    for (const QLatin1StringView part :
         {"org.freedesktop.secrets"_L1, "d-bus"_L1, "dbus"_L1, "could not connect"_L1,
          "autolaunch"_L1, "no keychain"_L1, "/org/freedesktop/secrets/collection/"_L1}) {
        if (detail.contains(part, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString withDetail(const QString &detail)
{
    return detail.isEmpty() ? QString() : u" (%1)"_s.arg(detail);
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return u"upwatch"_s;
}

QString KeychainSecretStore::probeKey()
{
    return u"upwatch-keychain-probe"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

void KeychainSecretStore::read(const QString &key, QObject *context, Callback done)
{
    start(new QKeychain::ReadPasswordJob(m_service), Operation::Read, key, context,
          std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                                Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    start(job, Operation::Write, key, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback done)
{
    start(new QKeychain::DeletePasswordJob(m_service), Operation::Remove, key, context,
          std::move(done));
}

QString KeychainSecretStore::describe() const
{
    return QCoreApplication::translate("SecretStore", "the OS keychain");
}

void KeychainSecretStore::probe(QObject *context, Callback done)
{
    read(probeKey(), context, [done = std::move(done)](const Reply &reply) {
        if (reply.status == Status::Ok || reply.status == Status::NotFound)
            done(Reply{Status::Ok, {}, {}});
        else
            done(reply);
    });
}

SecretStore::Reply KeychainSecretStore::replyFor(Operation operation, const QString &key,
                                                 int keychainError, const QString &detail,
                                                 const QByteArray &secret)
{
    Reply reply;
    switch (keychainError) {
    case QKeychain::NoError:
        reply.status = Status::Ok;
        break;
    case QKeychain::EntryNotFound:
        // Removing what is not there is Ok.
        reply.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        reply.status = Status::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        reply.status = Status::Unavailable;
        break;
    default:
        if (meansNoKeychain(detail))
            reply.status = Status::Unavailable;
        else if (detail.contains("locked"_L1, Qt::CaseInsensitive))
            reply.status = Status::Denied;
        else
            reply.status = Status::Failed;
        break;
    }

    switch (reply.status) {
    case Status::Ok:
        if (operation == Operation::Read)
            reply.secret = secret;
        break;
    case Status::NotFound:
        reply.error = u"No secret is stored under \"%1\" in the OS keychain."_s.arg(key);
        break;
    case Status::Unavailable:
        reply.error =
            u"No OS keychain is available%1. Start a keyring that offers the Secret "
            "Service on the session D-Bus, such as gnome-keyring (unlocked), or opt "
            "into the secrets file beside the database (--secrets-file)."_s.arg(withDetail(detail));
        break;
    case Status::Denied:
        reply.error =
            u"The OS keychain refused access to \"%1\"%2. Unlock the keyring (log in "
            "to the desktop, or run `gnome-keyring-daemon --unlock`) and try again."_s.arg(
                key, withDetail(detail));
        break;
    case Status::Failed:
        reply.error = u"The OS keychain failed on \"%1\"%2."_s.arg(key, withDetail(detail));
        break;
    }
    return reply;
}

void KeychainSecretStore::start(QKeychain::Job *job, Operation operation, const QString &key,
                                QObject *context, Callback done)
{
    Q_ASSERT(context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context,
            [operation, key, context, done = std::move(done)](QKeychain::Job *finished) {
                QByteArray secret;
                if (const auto *reading = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                    secret = reading->binaryData();
                callSecretCallbackLater(
                    context, done,
                    replyFor(operation, key, finished->error(), finished->errorString(), secret));
            });
    job->start();
}
