#include "core/alert/DeliveryWorker.h"

#include "core/alert/AlertPayload.h"
#include "core/alert/CommandAttempt.h"
#include "core/alert/WebhookAttempt.h"

#include <QNetworkAccessManager>
#include <QTimer>

int RetryPolicy::backoffBefore(int attempt) const
{
    if (backoffMs.isEmpty())
        return 0;
    return backoffMs.value(attempt - 2, backoffMs.constLast());
}

DeliveryWorker::DeliveryWorker(const RetryPolicy &policy)
    : m_policy(policy)
{
    m_policy.attempts = qMax(1, m_policy.attempts);
}

DeliveryWorker::~DeliveryWorker()
{
    // Attempts end with their owner: replies aborted, programs killed.
    for (Running &running : m_running) {
        delete running.current;
        delete running.retry;
    }
}

QNetworkAccessManager &DeliveryWorker::network()
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Proxies from the environment, as for checks; no cookies kept between messages.
        m_network->setCookieJar(nullptr);
    }
    return *m_network;
}

void DeliveryWorker::deliver(const DeliveryJob &job)
{
    if (m_draining) {
        Running running;
        running.job = job;
        m_running.insert(job.ticket, running);
        report(job.ticket, false, QStringLiteral("not sent: alerting is stopping"));
        return;
    }
    Running running;
    running.job = job;
    m_running.insert(job.ticket, running);
    attempt(job.ticket);
}

void DeliveryWorker::attempt(quint64 ticket)
{
    Running &running = m_running[ticket];
    ++running.attempt;
    const AlertChannel &channel = running.job.channel;
    DeliveryAttempt *attempt = nullptr;
    if (channel.kind == AlertChannelKind::Command) {
        attempt =
            new CommandAttempt(channel.program, channel.arguments,
                               AlertPayload::command(running.job.message), channel.timeoutMs, this);
    }
    else {
        if (!running.job.secret) {
            report(ticket, false, QStringLiteral("the webhook's URL is missing"));
            return;
        }
        attempt = new WebhookAttempt(
            network(), AlertPayload::webhook(channel, *running.job.secret, running.job.message),
            channel.timeoutMs, this);
    }
    running.current = attempt;
    connect(attempt, &DeliveryAttempt::ended, this,
            [this, ticket](bool ok, const QString &error, bool retryable) {
                onEnded(ticket, ok, error, retryable);
            });
    attempt->start();
}

void DeliveryWorker::onEnded(quint64 ticket, bool ok, const QString &error, bool retryable)
{
    const auto it = m_running.find(ticket);
    if (it == m_running.end())
        return;
    it->current->deleteLater();
    it->current = nullptr;
    it->lastError = error;
    if (ok || !retryable || m_draining || it->attempt >= m_policy.attempts) {
        report(ticket, ok, error);
        return;
    }
    if (!it->retry) {
        it->retry = new QTimer(this);
        it->retry->setSingleShot(true);
        connect(it->retry, &QTimer::timeout, this, [this, ticket] { attempt(ticket); });
    }
    it->retry->start(m_policy.backoffBefore(it->attempt + 1));
}

void DeliveryWorker::report(quint64 ticket, bool ok, const QString &error)
{
    const Running running = m_running.take(ticket);
    if (running.retry)
        running.retry->deleteLater();
    AlertDeliveryReport report;
    report.channelId = running.job.channel.id;
    report.channelName = running.job.channel.name;
    report.ok = ok;
    report.attempts = running.attempt;
    report.events = running.job.message.count;
    report.error = ok ? QString() : error;
    report.test = running.job.message.isTest();
    emit reported(ticket, report);
    if (m_draining && m_running.isEmpty())
        emit idle();
}

void DeliveryWorker::drain()
{
    m_draining = true;
    QList<quint64> waiting;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (!it->current)
            waiting.append(it.key());
    }
    for (const quint64 ticket : waiting) {
        const QString last = m_running.value(ticket).lastError;
        report(ticket, false, QStringLiteral("%1 (not retried: alerting stopped)").arg(last));
    }
    if (waiting.isEmpty() && m_running.isEmpty())
        emit idle();
}
