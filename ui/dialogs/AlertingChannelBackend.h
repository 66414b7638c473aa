#pragma once

#include "ui/dialogs/ChannelBackend.h"

#include <QPointer>

class Alerting;

// The Channels page's backend in the desktop app: Alerting, which stores the channels (with
// their secrets in the keychain) and delivers. Once Alerting is gone every request is answered
// with an error, never left unanswered.
class AlertingChannelBackend final : public ChannelBackend {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertingChannelBackend)

public:
    explicit AlertingChannelBackend(Alerting &alerting, QObject *parent = nullptr);

    [[nodiscard]] QList<AlertChannel> channels() const override;
    void save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret, QObject *context,
              SaveDone done) override;
    void remove(qint64 id, QObject *context, RemoveDone done) override;
    void readSecret(qint64 id, QObject *context, SecretDone done) override;
    void test(qint64 id, QObject *context, TestDone done) override;

private:
    [[nodiscard]] static QString stoppedError();

    QPointer<Alerting> m_alerting;
};
