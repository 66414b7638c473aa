#include "ProbeRun.h"

#include "MonitorValidator.h"
#include "NetworkFailure.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>
#include <array>

namespace {

constexpr qint64 kReadChunk = 64 * 1024;

// QNAM's inactivity timeout is a backstop behind the deadline timer: its timer is coarse and may
// fire a little early, and an equal value would race the deadline.
int inactivityTimeoutMs(int deadlineMs)
{
    return deadlineMs + deadlineMs / 4 + 100;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// Credentials, and the Host, meant for one origin are not sent to another one a redirect
// points at.
bool isOriginBoundHeader(const QByteArray &name)
{
    static constexpr std::array kNames{"authorization", "proxy-authorization", "cookie", "host"};
    const QByteArray lower = name.toLower();
    return std::any_of(kNames.cbegin(), kNames.cend(),
                       [&lower](const char *candidate) { return lower == candidate; });
}

QString sizeText(qint64 bytes)
{
    constexpr qint64 kKiB = 1024;
    if (bytes % (kKiB * kKiB) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (kKiB * kKiB));
    if (bytes % kKiB == 0)
        return QStringLiteral("%1 KiB").arg(bytes / kKiB);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

ProbeRun::ProbeRun(const Monitor &monitor, QNetworkAccessManager *network,
                   std::optional<QSslConfiguration> tls, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_network(network)
    , m_tls(std::move(tls))
{
    m_monitor.maxBodyBytes = std::max<qint64>(m_monitor.maxBodyBytes, 1);
    m_monitor.timeoutMs = std::max(m_monitor.timeoutMs, 1);
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ProbeRun::onDeadline);
    m_result.monitorId = monitor.id;
}

ProbeRun::~ProbeRun()
{
    dropReply();
}

void ProbeRun::start(const QDateTime &startedAt)
{
    m_result.startedAt = startedAt;
    QString error;
    if (!MonitorValidator::isCheckableUrl(m_monitor.url, &error)) {
        // Reported from the event loop, like every other result, never from inside start().
        QMetaObject::invokeMethod(
            this, [this, error] { finish(Verdict::Down, Reason::InvalidUrl, error); },
            Qt::QueuedConnection);
        return;
    }
    m_hop = {m_monitor.url, m_monitor.method, m_monitor.body, m_monitor.headers};
    // Credentials in the URL are sent right away as Basic auth, as curl does; QNAM would only
    // use them after a 401 challenge. A redirect to another origin drops them (followRedirect).
    if (!m_hop.url.userName().isEmpty()) {
        if (m_monitor.header("Authorization").isNull()) {
            const QByteArray pair =
                m_hop.url.userName().toUtf8() + ':' + m_hop.url.password().toUtf8();
            m_hop.headers.append({"Authorization", "Basic " + pair.toBase64()});
        }
        m_hop.url.setUserInfo(QString());
    }
    m_visited = {{m_hop.method, m_hop.url.adjusted(QUrl::RemoveFragment)}};
    m_elapsed.start();
    m_deadline.start(m_monitor.timeoutMs);
    send();
}

void ProbeRun::cancel()
{
    m_done = true;
    m_deadline.stop();
    dropReply();
}

void ProbeRun::send()
{
    if (!m_network) {
        finish(Verdict::Down, Reason::Unknown, QStringLiteral("the network stack was shut down"));
        return;
    }
    QNetworkRequest request(m_hop.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Every check stands alone: no cookies carried over from earlier checks, no HTTP cache.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setTransferTimeout(inactivityTimeoutMs(m_monitor.timeoutMs));
    for (const HttpHeader &header : std::as_const(m_hop.headers)) {
        // A repeated header name sends all its values, as one comma-separated list.
        request.setRawHeader(header.name, request.hasRawHeader(header.name)
                                              ? request.rawHeader(header.name) + ", " + header.value
                                              : header.value);
    }
    if (!request.hasRawHeader("User-Agent"))
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArrayLiteral("Upwatch/" UPWATCH_VERSION " (uptime monitor)"));
    if (m_hop.method == HttpMethod::Post && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (m_tls && m_hop.url.scheme() == u"https")
        request.setSslConfiguration(*m_tls);

    m_bodyBytes = 0;
    m_keyword = KeywordScanner(m_monitor.keyword.toUtf8());
    m_sslErrors.clear();
    switch (m_hop.method) {
    case HttpMethod::Head:
        m_reply = m_network->head(request);
        break;
    case HttpMethod::Get:
        m_reply = m_network->get(request);
        break;
    case HttpMethod::Post:
        m_reply = m_network->post(request, m_hop.body);
        break;
    }
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::readyRead, this, &ProbeRun::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ProbeRun::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ProbeRun::onSslErrors);
    connect(reply, &QNetworkReply::encrypted, this,
            [this, reply] { noteCertificate(reply->sslConfiguration().peerCertificate()); });
}

void ProbeRun::onReadyRead()
{
    std::array<char, kReadChunk> buffer; // filled by read(); no need to clear 64 KiB each time
    while (!m_done && m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 room = m_monitor.maxBodyBytes - m_bodyBytes;
        const qint64 read =
            m_reply->read(buffer.data(), std::min<qint64>(room, qint64(buffer.size())));
        if (read <= 0)
            return;
        m_keyword.feed(QByteArrayView(buffer.data(), read));
        m_bodyBytes += read;
        if (m_bodyBytes >= m_monitor.maxBodyBytes) {
            completeHop(true);
            return;
        }
    }
}

void ProbeRun::onReplyFinished()
{
    if (m_done)
        return;
    onReadyRead(); // whatever arrived with the end of the reply
    if (!m_done && m_reply && m_reply->isFinished())
        completeHop(false);
}

void ProbeRun::onSslErrors(const QList<QSslError> &errors)
{
    m_sslErrors = errors;
    QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.constFirst().certificate();
    noteCertificate(peer);
    if (m_monitor.ignoreTlsErrors)
        m_reply->ignoreSslErrors();
}

void ProbeRun::onDeadline()
{
    if (m_done)
        return;
    // Headers may have come before the deadline: keep the status they gave.
    if (m_reply)
        m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    finish(Verdict::Down, Reason::Timeout,
           QStringLiteral("no complete response within %1 ms").arg(m_monitor.timeoutMs));
}

void ProbeRun::completeHop(bool bodyCapped)
{
    QNetworkReply *reply = m_reply;
    if (reply->url().scheme() == u"https")
        noteCertificate(reply->sslConfiguration().peerCertificate());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = bodyCapped ? QNetworkReply::NoError : reply->error();
    m_result.httpStatus = status;

    // An error that the HTTP status explains (404, 503, ...) is for the expected statuses to
    // judge; any other error (no response, a broken connection, a body that cannot be decoded)
    // fails the check.
    const bool explainedByStatus = status >= 400 && !NetworkFailure::isTransportError(error);
    if (error != QNetworkReply::NoError && !explainedByStatus) {
        const Reason reason = NetworkFailure::reasonFor(error);
        QString text = reply->errorString();
        if (reason == Reason::Tls && !m_sslErrors.isEmpty()) {
            text = QStringLiteral("TLS: %1").arg(NetworkFailure::describeSslErrors(m_sslErrors));
        }
        else if (reason == Reason::Timeout) {
            text =
                QStringLiteral("no data for %1 ms").arg(inactivityTimeoutMs(m_monitor.timeoutMs));
        }
        else if (reason == Reason::Reset) {
            // Qt 6.4 says "Connection closed" for a close, a reset and an unreadable response.
            text =
                QStringLiteral("connection closed before a complete HTTP response (%1)").arg(text);
        }
        else if (error == QNetworkReply::UnknownContentError &&
                 reply->hasRawHeader("Content-Encoding")) {
            // Qt 6.4 gives no detail, for corrupt data and for its compression-bomb guard alike.
            text = QStringLiteral("the body could not be decompressed (Content-Encoding: %1)")
                       .arg(QString::fromLatin1(reply->rawHeader("Content-Encoding")));
        }
        if (status != 0)
            text = QStringLiteral("HTTP %1, then %2").arg(status).arg(text);
        finish(Verdict::Down, reason, text);
        return;
    }
    if (isRedirectStatus(status) && m_monitor.maxRedirects > 0 && reply->hasRawHeader("Location")) {
        followRedirect(status);
        return;
    }
    judgeFinalResponse(status, bodyCapped);
}

void ProbeRun::followRedirect(int status)
{
    const QByteArray location = m_reply->rawHeader("Location");
    const QUrl target = m_hop.url.resolved(QUrl(QString::fromUtf8(location)));
    QString error;
    if (!MonitorValidator::isCheckableUrl(target, &error)) {
        finish(Verdict::Down, Reason::Redirects,
               QStringLiteral("redirect to a URL that cannot be checked: '%1'")
                   .arg(target.isValid() ? displayUrl(target) : QString::fromUtf8(location)));
        return;
    }
    if (m_hop.url.scheme() == u"https" && target.scheme() == u"http") {
        // What the monitor sends was meant to travel encrypted (QNAM's default refuses it too).
        finish(Verdict::Down, Reason::Redirects,
               QStringLiteral("refused a redirect from HTTPS to plain HTTP: %1")
                   .arg(displayUrl(target)));
        return;
    }
    Hop next = m_hop;
    next.url = target;
    // As browsers and curl do: 303 always becomes GET, 301/302 turn a POST into a GET;
    // 307/308 repeat the request as it was.
    const bool toGet = (status == 303 && m_hop.method != HttpMethod::Head) ||
                       ((status == 301 || status == 302) && m_hop.method == HttpMethod::Post);
    if (toGet) {
        next.method = HttpMethod::Get;
        next.body.clear();
        next.headers.removeIf([](const HttpHeader &h) {
            return h.name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        });
    }
    if (!sameOrigin(m_hop.url, target))
        next.headers.removeIf([](const HttpHeader &h) { return isOriginBoundHeader(h.name); });

    // The same request again is a loop; a POST answered by "303, GET the same URL" is not.
    const std::pair<HttpMethod, QUrl> key{next.method, target.adjusted(QUrl::RemoveFragment)};
    if (m_visited.contains(key)) {
        finish(Verdict::Down, Reason::Redirects,
               QStringLiteral("redirect loop: %1 leads back to %2")
                   .arg(displayUrl(m_hop.url), displayUrl(target)));
        return;
    }
    if (m_visited.size() > m_monitor.maxRedirects) {
        finish(Verdict::Down, Reason::Redirects,
               QStringLiteral("too many redirects (the limit is %1)").arg(m_monitor.maxRedirects));
        return;
    }
    m_visited.append(key);
    dropReply();
    m_hop = std::move(next);
    send();
}

void ProbeRun::judgeFinalResponse(int status, bool bodyCapped)
{
    if (!m_monitor.expectedStatuses.contains(status)) {
        const QString phrase =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        finish(Verdict::Down, Reason::Status,
               QStringLiteral("HTTP %1%2, expected %3")
                   .arg(status)
                   .arg(phrase.isEmpty() ? QString() : u' ' + phrase)
                   .arg(m_monitor.expectedStatuses.toString()));
        return;
    }
    if (!m_keyword.isEmpty() && m_keyword.found() == m_monitor.invertKeyword) {
        const QString scope =
            bodyCapped ? QStringLiteral(" in the first %1").arg(sizeText(m_bodyBytes)) : QString();
        finish(Verdict::Down, Reason::Keyword,
               m_monitor.invertKeyword
                   ? QStringLiteral("keyword '%1' found%2, but must be absent")
                         .arg(m_monitor.keyword, scope)
                   : QStringLiteral("keyword '%1' not found%2").arg(m_monitor.keyword, scope));
        return;
    }
    const qint64 elapsed = m_elapsed.elapsed();
    m_result.responseMs = elapsed; // one reading for the verdict and the report
    if (m_monitor.degradedAboveMs > 0 && elapsed > m_monitor.degradedAboveMs) {
        finish(Verdict::Degraded, Reason::Slow,
               QStringLiteral("response took %1 ms, above the %2 ms threshold")
                   .arg(elapsed)
                   .arg(m_monitor.degradedAboveMs));
        return;
    }
    finish(Verdict::Up, Reason::Ok, QString());
}

void ProbeRun::noteCertificate(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return;
    const QDateTime expiry = certificate.expiryDate().toUTC();
    if (!m_result.certExpires.isValid() || expiry < m_result.certExpires)
        m_result.certExpires = expiry;
}

void ProbeRun::finish(Verdict verdict, Reason reason, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    if (m_result.responseMs < 0 && m_elapsed.isValid())
        m_result.responseMs = m_elapsed.elapsed();
    m_result.verdict = verdict;
    m_result.reason = reason;
    m_result.error = error;
    dropReply();
    emit finished(m_result);
}

void ProbeRun::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (!reply->isFinished())
        reply->abort();
    reply->deleteLater();
}
