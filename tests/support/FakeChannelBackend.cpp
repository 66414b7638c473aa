#include "tests/support/FakeChannelBackend.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>

FakeChannelBackend::FakeChannelBackend(QObject *parent)
    : ChannelBackend(parent)
{
    testResult.ok = true;
    testResult.attempts = 1;
    testResult.events = 1;
}

AlertChannel FakeChannelBackend::addChannel(AlertChannel channel,
                                            const std::optional<WebhookSecret> &secret)
{
    if (channel.id == 0)
        channel.id = m_nextId++;
    else
        m_nextId = std::max(m_nextId, channel.id + 1);
    m_channels.append(channel);
    if (secret)
        secrets.insert(channel.id, *secret);
    emit channelsChanged();
    return channel;
}

void FakeChannelBackend::save(const AlertChannel &channel, std::optional<WebhookSecret> newSecret,
                              QObject *context, SaveDone done)
{
    saves.append({channel, newSecret});
    QString error = saveError;
    const bool nameTaken =
        std::any_of(m_channels.cbegin(), m_channels.cend(), [&channel](const AlertChannel &c) {
            return c.name == channel.name && c.id != channel.id;
        });
    if (error.isEmpty() && nameTaken)
        error = QStringLiteral("a channel named '%1' exists already").arg(channel.name);
    if (!error.isEmpty()) {
        answer(context, [done, error] { done(std::nullopt, error); });
        return;
    }
    AlertChannel saved = channel;
    if (saved.id == 0) {
        saved.id = m_nextId++;
        m_channels.append(saved);
    }
    else {
        const auto it = std::find_if(m_channels.begin(), m_channels.end(),
                                     [&saved](const AlertChannel &c) { return c.id == saved.id; });
        if (it == m_channels.end()) {
            answer(context, [done] { done(std::nullopt, QStringLiteral("no such channel")); });
            return;
        }
        *it = saved;
    }
    if (newSecret)
        secrets.insert(saved.id, *newSecret);
    answer(context, [this, done, saved] {
        emit channelsChanged();
        done(saved, QString());
    });
}

void FakeChannelBackend::remove(qint64 id, QObject *context, RemoveDone done)
{
    removals.append(id);
    const QString error = removeError;
    if (!error.isEmpty()) {
        answer(context, [done, error] { done(error); });
        return;
    }
    const qsizetype removed =
        m_channels.removeIf([id](const AlertChannel &channel) { return channel.id == id; });
    secrets.remove(id);
    answer(context, [this, done, removed] {
        if (removed > 0)
            emit channelsChanged();
        done(removed > 0 ? QString() : QStringLiteral("no such channel"));
    });
}

void FakeChannelBackend::readSecret(qint64 id, QObject *context, SecretDone done)
{
    secretReads.append(id);
    const QString error = secretError;
    const auto it = secrets.constFind(id);
    const std::optional<WebhookSecret> secret =
        error.isEmpty() && it != secrets.cend() ? std::optional(*it) : std::nullopt;
    answer(context, [done, secret, error] { done(secret, error); });
}

void FakeChannelBackend::test(qint64 id, QObject *context, TestDone done)
{
    tests.append(id);
    AlertDeliveryReport report = testResult;
    report.channelId = id;
    for (const AlertChannel &channel : std::as_const(m_channels)) {
        if (channel.id == id)
            report.channelName = channel.name;
    }
    report.test = true;
    report.at = QDateTime::currentDateTimeUtc();
    answer(context, [this, done, report] {
        emit deliveryFinished(report);
        done(report);
    });
}

void FakeChannelBackend::release()
{
    const auto pending = std::exchange(m_pending, {});
    for (const auto &[context, reply] : pending) {
        if (context)
            reply();
    }
}

void FakeChannelBackend::answer(QObject *context, std::function<void()> reply)
{
    if (m_hold) {
        m_pending.append({QPointer<QObject>(context), std::move(reply)});
        return;
    }
    QTimer::singleShot(0, context, std::move(reply));
}
