#include "core/secret/DatabasePasswordLoader.h"

#include "core/secret/CallLater.h"
#include "core/store/DatabaseLocation.h"
#include "core/store/DatabasePasswords.h"

#include <QTimer>

#include <utility>

namespace {

// One read under way: answers once, with the store's reply or the timeout, and goes. A child of
// the caller's context, so that the context's end cancels it (the store then calls nobody).
class PendingRead final : public QObject {
public:
    PendingRead(QString key, SecretStore::Callback done, QObject *context)
        : QObject(context)
        , m_key(std::move(key))
        , m_done(std::move(done))
    {
    }

    void start(SecretStore &store, int timeoutMs)
    {
        const QString where = store.describe();
        QTimer::singleShot(timeoutMs, this, [this, timeoutMs, where] {
            SecretStore::Reply reply;
            reply.status = SecretStore::Status::Failed;
            reply.error = QStringLiteral("%1 did not answer within %2 s")
                              .arg(where)
                              .arg(qMax(1, timeoutMs / 1000));
            finish(reply);
        });
        store.read(m_key, this, [this](const SecretStore::Reply &reply) {
            if (reply.ok())
                DatabasePasswords::set(m_key, reply.secret);
            finish(reply);
        });
    }

private:
    void finish(const SecretStore::Reply &reply)
    {
        if (!m_done)
            return;
        const SecretStore::Callback done = std::exchange(m_done, nullptr);
        deleteLater();
        done(reply);
    }

    QString m_key;
    SecretStore::Callback m_done;
};

} // namespace

namespace DatabasePasswordLoader {

void load(SecretStore &store, const QString &databasePath, int timeoutMs, QObject *context,
          SecretStore::Callback done)
{
    QString ignored;
    const auto location = DatabaseLocation::parse(databasePath, &ignored);
    if (!location || !location->isPostgres()) {
        SecretStore::Reply none;
        none.status = SecretStore::Status::NotFound;
        callSecretCallbackLater(context, std::move(done), none);
        return;
    }
    auto *pending = new PendingRead(location->passwordKey(), std::move(done), context);
    pending->start(store, timeoutMs);
}

} // namespace DatabasePasswordLoader
