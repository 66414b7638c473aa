#include "core/alert/WebhookAttempt.h"

#include "core/check/NetworkFailure.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QString networkProblem(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("the server closed the connection without an answer");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("the host name was not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("the TLS handshake failed");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QStringLiteral("the proxy failed");
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return QStringLiteral("the answer was not valid HTTP");
    default:
        return QStringLiteral("network error %1").arg(int(error));
    }
}

} // namespace

WebhookAttempt::WebhookAttempt(QNetworkAccessManager &network, AlertPayload::WebhookRequest request,
                               int timeoutMs, QObject *parent)
    : DeliveryAttempt(parent)
    , m_network(network)
    , m_request(std::move(request))
    , m_timeoutMs(timeoutMs)
    , m_deadline(this)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &WebhookAttempt::onTimeout);
}

WebhookAttempt::~WebhookAttempt()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void WebhookAttempt::start()
{
    QNetworkRequest request(m_request.url);
    // A redirect would send the message (and any Authorization) to another place.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Upwatch"));
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    m_deadline.start(m_timeoutMs);
    m_reply = m_network.post(request, m_request.body);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        // The answer is not needed: read it away, and stop waiting for one that never ends.
        m_answerBytes += m_reply->skip(m_reply->bytesAvailable());
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_answerBytes > kMaxAnswerBytes && status >= 200 && status < 300)
            finish(true, {}, false);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_tlsError = NetworkFailure::describeSslErrors(errors);
    });
    connect(m_reply, &QNetworkReply::finished, this, &WebhookAttempt::onFinished);
}

void WebhookAttempt::onFinished()
{
    if (m_done || !m_reply)
        return;
    const QVariant statusValue = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusValue.isValid()) {
        const int status = statusValue.toInt();
        if (status >= 200 && status < 300) {
            finish(true, {}, false);
            return;
        }
        QString phrase =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
        phrase = phrase.left(60);
        const QString answer = phrase.isEmpty()
                                   ? QStringLiteral("HTTP %1").arg(status)
                                   : QStringLiteral("HTTP %1 %2").arg(status).arg(phrase);
        if (status >= 300 && status < 400) {
            finish(false,
                   QStringLiteral("the webhook answered %1 (a redirect, not followed)").arg(answer),
                   false);
            return;
        }
        const bool retryable = status >= 500 || status == 408 || status == 429;
        finish(false, QStringLiteral("the webhook answered %1").arg(answer), retryable);
        return;
    }
    if (!m_tlsError.isEmpty()) {
        finish(false, QStringLiteral("the TLS handshake failed: %1").arg(m_tlsError), true);
        return;
    }
    finish(false, networkProblem(m_reply->error()), true);
}

void WebhookAttempt::onTimeout()
{
    finish(false, QStringLiteral("no answer within %1").arg(deadlineText(m_timeoutMs)), true);
}

void WebhookAttempt::finish(bool ok, const QString &error, bool retryable)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    emit ended(ok, error, retryable);
}
