#pragma once

#include "core/alert/AlertDeliveryReport.h"
#include "core/alert/AlertMessage.h"
#include "core/alert/DeliveryWorker.h"
#include "core/base/Clock.h"
#include "core/model/AlertChannel.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class OwnedThread;

// Delivers alert messages off the owner's thread: a thread of its own with its own
// QNetworkAccessManager; each webhook POST and each command has the channel's timeout as a real
// deadline; failures are tried again with backoff (RetryPolicy); every delivery ends in one
// report, in the owner's thread. Messages never carry the webhook's URL or headers.
class AlertDelivery final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertDelivery)

public:
    explicit AlertDelivery(std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    // Stops the thread (bounded): what is under way is abandoned.
    ~AlertDelivery() override;

    // Before start().
    void setRetryPolicy(const RetryPolicy &policy);
    void start();
    [[nodiscard]] bool isRunning() const { return m_worker != nullptr; }

    // Sends `message` to `channel` (a webhook needs its secret); returns the ticket its report
    // carries. Not running: reported at once as not sent.
    quint64 deliver(const AlertChannel &channel, const std::optional<WebhookSecret> &secret,
                    const AlertMessage &message);
    // Deliveries handed over and not reported yet.
    [[nodiscard]] int pending() const { return int(m_pending.size()); }

    // Retries still waiting are given up (reported as failed); attempts under way get up to
    // `waitMs` to end; then the thread ends and done() is called in this thread unless
    // `context` is gone.
    void stop(int waitMs, QObject *context, std::function<void()> done);

signals:
    void delivered(quint64 ticket, const AlertDeliveryReport &report);

private:
    void onReported(quint64 ticket, AlertDeliveryReport report);
    void finishStop();

    std::shared_ptr<const Clock> m_clock;
    RetryPolicy m_policy;
    std::unique_ptr<OwnedThread> m_thread;
    DeliveryWorker *m_worker = nullptr; // lives in m_thread
    QSet<quint64> m_pending;
    quint64 m_nextTicket = 1;
    QTimer m_stopTimer;
    QPointer<QObject> m_stopContext;
    std::function<void()> m_stopDone;
    bool m_stopping = false;
};
