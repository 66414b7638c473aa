#include "core/alert/AlertDelivery.h"

#include "core/base/OwnedThread.h"

#include <QMetaObject>

namespace {

// How long ending the thread may wait for an attempt that ignores being abandoned (a command
// being killed and reaped).
constexpr int kThreadEndMs = 5000;

} // namespace

AlertDelivery::AlertDelivery(std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_stopTimer(this)
{
    Q_ASSERT(m_clock);
    qRegisterMetaType<AlertDeliveryReport>();
    qRegisterMetaType<DeliveryJob>();
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, &AlertDelivery::finishStop);
}

AlertDelivery::~AlertDelivery()
{
    if (m_thread)
        m_thread->stop(kThreadEndMs);
}

void AlertDelivery::setRetryPolicy(const RetryPolicy &policy)
{
    m_policy = policy;
}

void AlertDelivery::start()
{
    if (m_worker || m_stopping)
        return;
    m_thread = std::make_unique<OwnedThread>(QStringLiteral("upwatch-alerts"));
    m_worker = m_thread->adopt(new DeliveryWorker(m_policy));
    connect(m_worker, &DeliveryWorker::reported, this, &AlertDelivery::onReported);
    connect(m_worker, &DeliveryWorker::idle, this, [this] {
        if (m_stopping)
            finishStop();
    });
    m_thread->start();
}

quint64 AlertDelivery::deliver(const AlertChannel &channel,
                               const std::optional<WebhookSecret> &secret,
                               const AlertMessage &message)
{
    const quint64 ticket = m_nextTicket++;
    m_pending.insert(ticket);
    if (!m_worker || m_stopping) {
        AlertDeliveryReport report;
        report.channelId = channel.id;
        report.channelName = channel.name;
        report.events = message.count;
        report.test = message.isTest();
        report.error = QStringLiteral("not sent: alerting is not running");
        // Later, like every report: the caller may not be ready for it inside this call.
        QMetaObject::invokeMethod(
            this, [this, ticket, report] { onReported(ticket, report); }, Qt::QueuedConnection);
        return ticket;
    }
    DeliveryJob job{ticket, channel, secret, message};
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job] { worker->deliver(job); });
    return ticket;
}

void AlertDelivery::onReported(quint64 ticket, AlertDeliveryReport report)
{
    if (!m_pending.remove(ticket))
        return;
    report.at = m_clock->nowUtc();
    emit delivered(ticket, report);
}

void AlertDelivery::stop(int waitMs, QObject *context, std::function<void()> done)
{
    m_stopContext = context;
    m_stopDone = std::move(done);
    if (m_stopping)
        return;
    m_stopping = true;
    if (!m_worker) {
        QMetaObject::invokeMethod(this, &AlertDelivery::finishStop, Qt::QueuedConnection);
        return;
    }
    m_stopTimer.start(qMax(0, waitMs));
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->drain(); });
}

void AlertDelivery::finishStop()
{
    if (!m_stopping || !m_stopDone)
        return;
    m_stopTimer.stop();
    if (m_worker) {
        m_worker->disconnect(this);
        m_worker = nullptr;
        m_thread->stop(kThreadEndMs);
    }
    const auto done = std::exchange(m_stopDone, {});
    if (m_stopContext)
        done();
}
