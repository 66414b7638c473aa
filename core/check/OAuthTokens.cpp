#include "core/check/OAuthTokens.h"

#include "core/base/JsonText.h"
#include "core/check/NetworkFailure.h"
#include "core/model/Monitor.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace {

QByteArray formEncoded(const QString &text)
{
    // application/x-www-form-urlencoded: spaces as '+', everything but unreserved escaped.
    return QUrl::toPercentEncoding(text, " ").replace(' ', '+');
}

// Text the token endpoint sent, fit for a message: one line, short, and without the secret in
// any form it may have echoed it in.
QString serverText(const QString &text, const QByteArray &secret)
{
    QString shown = text;
    if (!secret.isEmpty()) {
        for (const QByteArray &form : {secret, formEncoded(QString::fromUtf8(secret)),
                                       QUrl::toPercentEncoding(QString::fromUtf8(secret))})
            shown.replace(QString::fromUtf8(form), QStringLiteral("[secret]"));
    }
    constexpr qsizetype kShown = 200;
    if (shown.size() > kShown)
        shown = shown.left(kShown) + u"...";
    return JsonText::oneLine(shown);
}

// The lifetime of a token from its expires_in (seconds; a number or a numeric string).
qint64 lifetimeMs(const QJsonValue &expiresIn)
{
    bool ok = expiresIn.isDouble();
    double seconds = expiresIn.toDouble();
    if (expiresIn.isString())
        seconds = expiresIn.toString().toDouble(&ok);
    if (!ok || seconds < 0 || seconds > 10.0 * 365 * 24 * 3600)
        return OAuthTokens::kDefaultLifetimeMs;
    return qint64(seconds * 1000);
}

// The token request's own time limit. The checks waiting for the token have deadlines of their
// own; this one is a backstop behind them (QNAM's timer is coarse), so that a check times out
// with its own message.
int backstopMs(int checkTimeoutMs)
{
    return std::max(checkTimeoutMs, 1) * 5 / 4 + 100;
}

} // namespace

OAuthTokens::OAuthTokens(std::shared_ptr<const Clock> clock, QNetworkAccessManager *network,
                         QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
    , m_network(network)
{
}

OAuthTokens::~OAuthTokens()
{
    for (Pending &pending : m_pending) {
        if (QNetworkReply *reply = pending.reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QByteArray OAuthTokens::keyOf(const Request &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.tokenUrl.toEncoded());
    hash.addData(
        QByteArray("\n" + request.clientId.toUtf8() + "\n" + request.scope.toUtf8() + "\n"));
    hash.addData(QCryptographicHash::hash(request.clientSecret, QCryptographicHash::Sha256));
    return hash.result();
}

void OAuthTokens::token(const Request &request, QObject *context, Callback done)
{
    const QByteArray key = keyOf(request);
    const auto cached = m_tokens.constFind(key);
    if (cached != m_tokens.cend()) {
        if (m_clock->steadyMs() < cached->expiresAtMs) {
            done(Answer{cached->token, Reason::Ok, QString()});
            return;
        }
        m_tokens.erase(cached);
    }
    const bool sending = !m_pending.contains(key);
    Pending &pending = m_pending[key];
    pending.waiters.append({context, std::move(done)});
    if (sending) {
        pending.request = request;
        send(key, request);
    }
}

void OAuthTokens::reject(const Request &request, const QByteArray &token)
{
    const QByteArray key = keyOf(request);
    const auto it = m_tokens.constFind(key);
    if (it != m_tokens.cend() && it->token == token)
        m_tokens.erase(it);
}

void OAuthTokens::send(const QByteArray &key, const Request &request)
{
    if (!m_network) {
        QMetaObject::invokeMethod(
            this, [this, key] { onFinished(key); }, Qt::QueuedConnection);
        return;
    }
    ++m_requestCount;
    QNetworkRequest http(request.tokenUrl);
    http.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                      QNetworkRequest::ManualRedirectPolicy);
    http.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    http.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    http.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    http.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const int timeoutMs = backstopMs(request.timeoutMs);
    http.setTransferTimeout(timeoutMs);
    if (m_tls && request.tokenUrl.scheme() == u"https")
        http.setSslConfiguration(*m_tls);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    http.setRawHeader("Accept", "application/json");
    http.setHeader(QNetworkRequest::UserAgentHeader,
                   QByteArrayLiteral("Upwatch/" UPWATCH_VERSION " (uptime monitor)"));
    const QByteArray credentials =
        formEncoded(request.clientId) + ':' + formEncoded(QString::fromUtf8(request.clientSecret));
    http.setRawHeader("Authorization", "Basic " + credentials.toBase64());
    QByteArray form = "grant_type=client_credentials";
    if (!request.scope.isEmpty())
        form += "&scope=" + formEncoded(request.scope);

    QNetworkReply *reply = m_network->post(http, form);
    m_pending[key].reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, [this, key] { onReadyRead(key); });
    connect(reply, &QNetworkReply::finished, this, [this, key] { onFinished(key); });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this, key, reply](const QList<QSslError> &errors) {
                if (Pending *pending = pendingFor(key, reply))
                    pending->sslErrors = errors;
            });
    QTimer::singleShot(timeoutMs, reply, [this, key, reply] {
        if (Pending *pending = pendingFor(key, reply)) {
            pending->timedOut = true;
            reply->abort();
        }
    });
}

OAuthTokens::Pending *OAuthTokens::pendingFor(const QByteArray &key, const QNetworkReply *reply)
{
    const auto it = m_pending.find(key);
    return it != m_pending.end() && it->reply == reply && reply ? &*it : nullptr;
}

void OAuthTokens::onReadyRead(const QByteArray &key)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end() || !it->reply)
        return;
    QNetworkReply *reply = it->reply;
    it->answer += reply->read(kMaxAnswerBytes + 1 - it->answer.size());
    if (it->answer.size() > kMaxAnswerBytes) {
        it->tooLarge = true;
        reply->abort();
    }
}

void OAuthTokens::onFinished(const QByteArray &key)
{
    const auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    QNetworkReply *reply = it->reply;
    Answer answer;
    if (reply) {
        disconnect(reply, nullptr, this, nullptr);
        if (!it->tooLarge && !it->timedOut)
            it->answer += reply->read(kMaxAnswerBytes + 1 - it->answer.size());
        answer = judge(*it, reply);
        reply->deleteLater();
    }
    else {
        answer = {{}, Reason::Unknown, QStringLiteral("the network stack was shut down")};
    }
    const QList<Waiter> waiters = it->waiters;
    m_pending.erase(it);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(answer);
    }
}

OAuthTokens::Answer OAuthTokens::judge(Pending &pending, QNetworkReply *reply)
{
    const Request &request = pending.request;
    const QString where =
        QStringLiteral("OAuth2 token request to %1").arg(displayUrl(request.tokenUrl));
    const auto failed = [&](Reason reason, const QString &what) {
        return Answer{{}, reason, QStringLiteral("%1 failed: %2").arg(where, what)};
    };
    if (pending.timedOut || reply->error() == QNetworkReply::OperationCanceledError)
        return failed(Reason::Timeout,
                      QStringLiteral("no answer within %1 ms").arg(backstopMs(request.timeoutMs)));
    if (pending.tooLarge)
        return failed(
            Reason::BodyTooLarge,
            QStringLiteral("the answer is larger than %1 KiB").arg(kMaxAnswerBytes / 1024));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (error != QNetworkReply::NoError &&
        (status == 0 || NetworkFailure::isTransportError(error))) {
        const Reason reason = NetworkFailure::reasonFor(error);
        const QString text = reason == Reason::Tls && !pending.sslErrors.isEmpty()
                                 ? u"TLS: " + NetworkFailure::describeSslErrors(pending.sslErrors)
                                 : reply->errorString();
        return failed(reason, serverText(text, request.clientSecret));
    }
    const QJsonObject json = QJsonDocument::fromJson(pending.answer).object();
    if (status < 200 || status > 299) {
        // RFC 6749 section 5.2: "error" and, optionally, "error_description".
        QString detail;
        const QString code = json.value(u"error").toString();
        const QString description = json.value(u"error_description").toString();
        if (!code.isEmpty())
            detail = u", " + serverText(code, request.clientSecret);
        if (!description.isEmpty())
            detail += QStringLiteral(" (%1)").arg(serverText(description, request.clientSecret));
        const Reason reason = status >= 300 && status <= 399 ? Reason::Redirects : Reason::Status;
        return failed(reason, QStringLiteral("HTTP %1%2").arg(status).arg(detail));
    }
    return parseAnswer(pending, keyOf(request));
}

OAuthTokens::Answer OAuthTokens::parseAnswer(const Pending &pending, const QByteArray &key)
{
    const Request &request = pending.request;
    const QString where =
        QStringLiteral("OAuth2 token endpoint %1").arg(displayUrl(request.tokenUrl));
    const QJsonDocument document = QJsonDocument::fromJson(pending.answer);
    if (!document.isObject())
        return {
            {}, Reason::Protocol, where + u" answered with something that is not a JSON object"};
    const QJsonObject json = document.object();
    const QByteArray token = json.value(u"access_token").toString().toUtf8();
    if (token.isEmpty())
        return {{}, Reason::Protocol, where + u" answered without an access_token"};
    const bool printable =
        std::all_of(token.cbegin(), token.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
    if (!printable)
        return {
            {}, Reason::Protocol, where + u" gave an access token that cannot be sent in a header"};
    const QString type = json.value(u"token_type").toString();
    if (!type.isEmpty() && type.compare(u"bearer", Qt::CaseInsensitive) != 0)
        return {{},
                Reason::Protocol,
                QStringLiteral("%1 gave a token of type '%2'; only Bearer tokens can be sent")
                    .arg(where, serverText(type, request.clientSecret))};
    const qint64 lifetime = lifetimeMs(json.value(u"expires_in"));
    const qint64 margin = std::min(kExpiryMarginMs, lifetime / 10);
    m_tokens.insert(key, {token, m_clock->steadyMs() + lifetime - margin});
    return {token, Reason::Ok, QString()};
}
