#pragma once

#include "core/alert/Alerting.h"
#include "core/model/AlertChannel.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// What the Channels page and the channel dialog need from alerting: the stored channels, and
// saving, removing, testing them and reading a webhook's secret, each answered later through a
// callback (never while the caller waits). AlertingChannelBackend implements it over Alerting;
// the tests use a fake one.
class ChannelBackend : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChannelBackend)

public:
    using SaveDone =
        std::function<void(const std::optional<AlertChannel> &saved, const QString &error)>;
    using RemoveDone = std::function<void(const QString &error)>;
    using SecretDone =
        std::function<void(const std::optional<WebhookSecret> &secret, const QString &error)>;
    using TestDone = std::function<void(const AlertDeliveryReport &report)>;

    explicit ChannelBackend(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~ChannelBackend() override = default;

    [[nodiscard]] virtual QList<AlertChannel> channels() const = 0;
    // Adds (id 0) or changes a channel; `newSecret` nullopt keeps the stored webhook secret.
    // done(saved, error) unless `context` is gone by then.
    virtual void save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret,
                      QObject *context, SaveDone done) = 0;
    // Removes a channel and its secret; done(error), the error empty when it is gone.
    virtual void remove(qint64 id, QObject *context, RemoveDone done) = 0;
    // The stored secret of a webhook channel, for the edit dialog.
    virtual void readSecret(qint64 id, QObject *context, SecretDone done) = 0;
    // Sends a test event to the channel now.
    virtual void test(qint64 id, QObject *context, TestDone done) = 0;

signals:
    // channels() changed (here or in another process).
    void channelsChanged();
    // A delivery (test or real) ended.
    void deliveryFinished(const AlertDeliveryReport &report);
};
