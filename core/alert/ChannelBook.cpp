#include "core/alert/ChannelBook.h"

#include "core/secret/SecretStore.h"
#include "core/service/MonitoringService.h"
#include "core/store/ChannelStore.h"
#include "core/store/RevisionRead.h"
#include "core/store/StoreDatabase.h"
#include "core/store/StoreThread.h"

#include <QPointer>
#include <QUuid>

struct ChannelBook::Listed : RevisionRead<QList<AlertChannel>> {};

namespace {

constexpr QStringView kKeyPrefix = u"channel/";

// The channels and their revision; the channels only when the revision is not `known`.
template<typename Listed>
Listed list(StoreThread &thread, StoreDatabase *database, qint64 known)
{
    return Listed{readIfChanged<ChannelStore>(database, thread.openError(), known,
                                              [](ChannelStore &store) { return store.all(); })};
}

} // namespace

ChannelBook::ChannelBook(MonitoringService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_syncTimer(this)
{
    connect(&m_syncTimer, &QTimer::timeout, this, &ChannelBook::sync);
}

void ChannelBook::start()
{
    m_stopped = false;
    sync();
    m_syncTimer.start(MonitoringService::kSyncEveryMs);
}

void ChannelBook::stop()
{
    m_stopped = true;
    m_syncTimer.stop();
}

std::optional<AlertChannel> ChannelBook::channel(qint64 id) const
{
    for (const AlertChannel &channel : m_channels) {
        if (channel.id == id)
            return channel;
    }
    return std::nullopt;
}

void ChannelBook::sync()
{
    if (m_syncing || m_stopped)
        return;
    m_syncing = true;
    StoreThread &thread = m_service.store();
    m_service.store().run<Listed>(
        this,
        [&thread, known = m_revision](StoreDatabase *database) {
            return list<Listed>(thread, database, known);
        },
        [this](const Listed &listed) {
            m_syncing = false;
            if (!listed.error.isEmpty()) {
                if (!std::exchange(m_failing, true))
                    emit failed(
                        QStringLiteral("cannot read the alert channels: %1").arg(listed.error));
                return;
            }
            m_failing = false;
            apply(listed);
        });
}

void ChannelBook::apply(const Listed &listed)
{
    // Answers may cross (a sync and a save): never go back to an older revision.
    if (!listed.value || listed.revision <= m_revision)
        return;
    m_revision = listed.revision;
    if (*listed.value == m_channels)
        return;
    m_channels = *listed.value;
    emit changed(m_channels);
}

void ChannelBook::save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret,
                       QObject *context, SaveDone done)
{
    QPointer<QObject> guard(context);
    const auto fail = [this, guard, done](const QString &error) {
        // Always later, like a stored answer.
        QMetaObject::invokeMethod(
            this,
            [guard, done, error] {
                if (guard)
                    done(std::nullopt, error);
            },
            Qt::QueuedConnection);
    };
    AlertChannel next = channel;
    next.name = next.name.trimmed();
    if (const QString problem = next.problem(); !problem.isEmpty())
        return fail(problem);
    const std::optional<AlertChannel> stored = next.id ? this->channel(next.id) : std::nullopt;
    if (next.id && !stored)
        return fail(QStringLiteral("there is no channel with id %1").arg(next.id));
    const QString oldKey = stored ? stored->credentialKey : QString();
    if (next.kind == AlertChannelKind::Command) {
        next.credentialKey.clear();
        next.target.clear();
        store(next, oldKey, {}, guard, std::move(done));
        return;
    }
    if (!newSecret) {
        if (oldKey.isEmpty())
            return fail(QStringLiteral("a webhook channel needs the URL to post to"));
        next.credentialKey = oldKey; // the stored secret stays
        next.target = stored->target;
        store(next, oldKey, oldKey, guard, std::move(done));
        return;
    }
    if (const QString problem = newSecret->problem(); !problem.isEmpty())
        return fail(problem);
    SecretStore *secrets = m_service.secretStore();
    if (!secrets)
        return fail(QStringLiteral("no secret store is available for the webhook's URL"));
    const QString key = kKeyPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
    next.credentialKey = key;
    next.target = webhookTarget(newSecret->url);
    const WebhookSecret secret = *newSecret;
    secrets->write(key, secret.toJson(), this,
                   [this, next, oldKey, key, secret, secrets, guard, done = std::move(done),
                    fail](const SecretStore::Reply &reply) mutable {
                       if (!reply.ok()) {
                           fail(QStringLiteral("cannot store the webhook's URL in %1: %2")
                                    .arg(secrets->describe(), reply.error));
                           return;
                       }
                       m_secrets.insert(key, secret);
                       store(next, oldKey, key, guard, std::move(done));
                   });
}

void ChannelBook::store(const AlertChannel &channel, const QString &oldKey, const QString &newKey,
                        const QPointer<QObject> &guard, SaveDone done)
{
    struct Saved {
        AlertChannel channel;
        Listed listed;
        QString error;
    };
    StoreThread &thread = m_service.store();
    thread.run<Saved>(
        this,
        [&thread, channel](StoreDatabase *database) {
            Saved saved;
            saved.channel = channel;
            if (!database) {
                saved.error = thread.openError();
                return saved;
            }
            ChannelStore channels(*database);
            const bool ok =
                channel.id == 0 ? channels.add(saved.channel) : channels.update(saved.channel);
            if (!ok) {
                saved.error = channels.lastError();
                return saved;
            }
            saved.listed = list<Listed>(thread, database, -1);
            return saved;
        },
        [this, guard, done, oldKey, newKey](const Saved &saved) {
            if (!saved.error.isEmpty()) {
                if (newKey != oldKey)
                    removeSecret(newKey); // the channel never pointed at it
                if (guard)
                    done(std::nullopt, saved.error);
                return;
            }
            if (oldKey != newKey)
                removeSecret(oldKey);
            apply(saved.listed);
            if (guard)
                done(saved.channel, QString());
        });
}

void ChannelBook::remove(qint64 id, QObject *context,
                         std::function<void(const QString &error)> done)
{
    struct Removed {
        QString key;
        Listed listed;
        QString error;
    };
    QPointer<QObject> guard(context);
    StoreThread &thread = m_service.store();
    thread.run<Removed>(
        this,
        [&thread, id](StoreDatabase *database) {
            Removed removed;
            if (!database) {
                removed.error = thread.openError();
                return removed;
            }
            ChannelStore channels(*database);
            const auto channel = channels.byId(id);
            if (!channel || !channels.remove(id)) {
                removed.error = channels.lastError();
                return removed;
            }
            removed.key = channel->credentialKey;
            removed.listed = list<Listed>(thread, database, -1);
            return removed;
        },
        [this, guard, done](const Removed &removed) {
            if (removed.error.isEmpty()) {
                removeSecret(removed.key);
                apply(removed.listed);
            }
            if (guard)
                done(removed.error);
        });
}

void ChannelBook::readSecret(const AlertChannel &channel, QObject *context, SecretDone done)
{
    QPointer<QObject> guard(context);
    const auto answer = [this, guard, done](const std::optional<WebhookSecret> &secret,
                                            const QString &error) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, secret, error] {
                if (guard)
                    done(secret, error);
            },
            Qt::QueuedConnection);
    };
    if (channel.kind != AlertChannelKind::Webhook || channel.credentialKey.isEmpty())
        return answer(
            std::nullopt,
            QStringLiteral("the channel '%1' has no webhook URL stored").arg(channel.name));
    if (const auto cached = m_secrets.constFind(channel.credentialKey); cached != m_secrets.cend())
        return answer(*cached, QString());
    SecretStore *secrets = m_service.secretStore();
    if (!secrets)
        return answer(std::nullopt,
                      QStringLiteral("no secret store is available to read the webhook's URL"));
    const QString key = channel.credentialKey;
    secrets->read(
        key, this,
        [this, key, guard, done, where = secrets->describe()](const SecretStore::Reply &reply) {
            std::optional<WebhookSecret> secret;
            QString error;
            if (!reply.ok()) {
                error = QStringLiteral("cannot read the webhook's URL from %1: %2")
                            .arg(where, reply.error);
            }
            else {
                secret = WebhookSecret::fromJson(reply.secret, &error);
                if (secret)
                    m_secrets.insert(key, *secret);
            }
            if (guard)
                done(secret, error);
        });
}

void ChannelBook::removeSecret(const QString &key)
{
    if (key.isEmpty())
        return;
    m_secrets.remove(key);
    if (SecretStore *secrets = m_service.secretStore()) {
        // Nothing points at it any more; a failure leaves an unused entry, nothing worse.
        secrets->remove(key, this, [](const SecretStore::Reply &) {});
    }
}
