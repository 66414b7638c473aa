#pragma once

#include "core/alert/AlertPayload.h"
#include "core/alert/DeliveryAttempt.h"

#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// POSTs a webhook request with a real deadline (the whole exchange, not only silence). 2xx is
// delivered; a redirect is not followed (the body would go elsewhere); 4xx other than 408 and
// 429 is not worth retrying. Messages name the status or the network failure, never the URL.
class WebhookAttempt final : public DeliveryAttempt {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookAttempt)

public:
    // Bytes of an answer read (and dropped); beyond them the answer is not waited for.
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;

    WebhookAttempt(QNetworkAccessManager &network, AlertPayload::WebhookRequest request,
                   int timeoutMs, QObject *parent = nullptr);
    ~WebhookAttempt() override;

    void start() override;

private:
    void onFinished();
    void onTimeout();
    void finish(bool ok, const QString &error, bool retryable);

    QNetworkAccessManager &m_network;
    AlertPayload::WebhookRequest m_request;
    int m_timeoutMs;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    qint64 m_answerBytes = 0;
    QString m_tlsError;
    bool m_done = false;
};
