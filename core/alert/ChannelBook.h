#pragma once

#include "core/model/AlertChannel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

class MonitoringService;

// The alert channels as stored, for one process: loaded through the service's store thread,
// kept in sync with changes made by other processes (the channels' revision is read every
// MonitoringService::kSyncEveryMs), edited store-first, with webhook secrets in the service's
// SecretStore. A new secret always gets a new key, written before the channel that names it;
// the key it replaces is removed once the channel is stored. Secrets read are cached by key.
class ChannelBook final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelBook)

public:
    explicit ChannelBook(MonitoringService &service, QObject *parent = nullptr);

    // Loads the channels and starts following changes.
    void start();
    void stop();

    [[nodiscard]] const QList<AlertChannel> &channels() const { return m_channels; }
    [[nodiscard]] std::optional<AlertChannel> channel(qint64 id) const;

    using SaveDone =
        std::function<void(const std::optional<AlertChannel> &saved, const QString &error)>;
    void save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret, QObject *context,
              SaveDone done);
    void remove(qint64 id, QObject *context, std::function<void(const QString &error)> done);
    using SecretDone =
        std::function<void(const std::optional<WebhookSecret> &secret, const QString &error)>;
    // The webhook's secret, from the cache or the SecretStore.
    void readSecret(const AlertChannel &channel, QObject *context, SecretDone done);

signals:
    void changed(const QList<AlertChannel> &channels);
    // Loading or syncing failed: one sentence (said once until it works again).
    void failed(const QString &error);

private:
    struct Listed;

    void sync();
    void apply(const Listed &listed);
    // `guard`: the caller's context; done() is not called once it is gone (it may go while a
    // keychain write is pending, e.g. a dialog closed meanwhile).
    void store(const AlertChannel &channel, const QString &oldKey, const QString &newKey,
               const QPointer<QObject> &guard, SaveDone done);
    void removeSecret(const QString &key);

    MonitoringService &m_service;
    QList<AlertChannel> m_channels;
    QHash<QString, WebhookSecret> m_secrets; // by credential key
    QTimer m_syncTimer;
    qint64 m_revision = -1;
    bool m_syncing = false;
    bool m_failing = false;
    bool m_stopped = false;
};
