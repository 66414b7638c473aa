#pragma once

#include "core/alert/AlertDeliveryReport.h"
#include "core/alert/AlertMessage.h"
#include "core/model/AlertChannel.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class DeliveryAttempt;
class QNetworkAccessManager;
class QTimer;

// One message for one channel, as handed to the delivery thread.
struct DeliveryJob {
    quint64 ticket = 0;
    AlertChannel channel;
    std::optional<WebhookSecret> secret; // a webhook's URL and headers
    AlertMessage message;
};

// How often and how patiently a delivery is tried.
struct RetryPolicy {
    int attempts = 3;                 // in all
    QList<int> backoffMs{1000, 4000}; // before the 2nd, 3rd ... try (the last one repeats)

    [[nodiscard]] int backoffBefore(int attempt) const; // attempt: 2, 3, ...
};

// Lives in the delivery thread: runs each job's attempts one after another with the backoff in
// between, with its own QNetworkAccessManager (made in this thread), and reports each job once.
class DeliveryWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryWorker)

public:
    explicit DeliveryWorker(const RetryPolicy &policy);
    ~DeliveryWorker() override;

    void deliver(const DeliveryJob &job);
    // No more retries: jobs waiting for one end now with their last error; idle() follows once
    // the attempts under way have ended (at once when there are none).
    void drain();

signals:
    void reported(quint64 ticket, const AlertDeliveryReport &report);
    void idle();

private:
    struct Running {
        DeliveryJob job;
        int attempt = 0;
        QString lastError;
        DeliveryAttempt *current = nullptr;
        QTimer *retry = nullptr;
    };

    void attempt(quint64 ticket);
    void onEnded(quint64 ticket, bool ok, const QString &error, bool retryable);
    void report(quint64 ticket, bool ok, const QString &error);
    [[nodiscard]] QNetworkAccessManager &network();

    RetryPolicy m_policy;
    QNetworkAccessManager *m_network = nullptr;
    QHash<quint64, Running> m_running;
    bool m_draining = false;
};
