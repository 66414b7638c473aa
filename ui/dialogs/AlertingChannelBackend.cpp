#include "ui/dialogs/AlertingChannelBackend.h"

#include "core/alert/Alerting.h"

#include <QDateTime>
#include <QTimer>

#include <utility>

AlertingChannelBackend::AlertingChannelBackend(Alerting &alerting, QObject *parent)
    : ChannelBackend(parent)
    , m_alerting(&alerting)
{
    connect(&alerting, &Alerting::channelsChanged, this, [this] { emit channelsChanged(); });
    connect(&alerting, &Alerting::deliveryFinished, this, &ChannelBackend::deliveryFinished);
}

QList<AlertChannel> AlertingChannelBackend::channels() const
{
    return m_alerting ? m_alerting->channels() : QList<AlertChannel>();
}

void AlertingChannelBackend::save(const AlertChannel &channel,
                                  std::optional<WebhookSecret> newSecret, QObject *context,
                                  SaveDone done)
{
    if (m_alerting) {
        m_alerting->saveChannel(channel, std::move(newSecret), context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context,
                       [done = std::move(done)] { done(std::nullopt, stoppedError()); });
}

void AlertingChannelBackend::remove(qint64 id, QObject *context, RemoveDone done)
{
    if (m_alerting) {
        m_alerting->removeChannel(id, context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context, [done = std::move(done)] { done(stoppedError()); });
}

void AlertingChannelBackend::readSecret(qint64 id, QObject *context, SecretDone done)
{
    if (m_alerting) {
        m_alerting->readSecret(id, context, std::move(done));
        return;
    }
    QTimer::singleShot(0, context,
                       [done = std::move(done)] { done(std::nullopt, stoppedError()); });
}

void AlertingChannelBackend::test(qint64 id, QObject *context, TestDone done)
{
    if (m_alerting) {
        m_alerting->testChannel(id, context, std::move(done));
        return;
    }
    AlertDeliveryReport report;
    report.channelId = id;
    report.error = stoppedError();
    report.at = QDateTime::currentDateTimeUtc();
    report.test = true;
    QTimer::singleShot(0, context, [done = std::move(done), report] { done(report); });
}

QString AlertingChannelBackend::stoppedError()
{
    return tr("Alerting has stopped; the channels cannot be changed now.");
}
