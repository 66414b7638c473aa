#include "core/check/ProbeRun.h"

#include "core/check/HostResolver.h"
#include "core/check/HttpFraming.h"
#include "core/check/NetworkFailure.h"
#include "core/check/ProbeRequest.h"
#include "core/model/MonitorValidator.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

#include <algorithm>
#include <array>

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
// A compressed body that grows more than this many times when decoded, past the body cap, is a
// compression bomb, not a page: ordinary text and JSON shrink 3 to 20 times.
constexpr qint64 kBombRatio = 100;

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

ProbeRun::ProbeRun(const Monitor &monitor, QNetworkAccessManager *network, HostResolver *resolver,
                   std::optional<QSslConfiguration> tls, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_network(network)
    , m_resolver(resolver)
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
    dropLookup();
    dropReply();
}

void ProbeRun::start(const QDateTime &startedAt)
{
    m_result.startedAt = startedAt;
    std::optional<ProbeAuth::Failure> failure = m_auth.failure(); // nothing may be sent
    if (QString error; !MonitorValidator::isCheckableUrl(m_monitor.url, &error))
        failure = ProbeAuth::Failure{Reason::InvalidUrl, error};
    if (failure) {
        // Reported from the event loop, like every other result, never from inside start().
        QMetaObject::invokeMethod(
            this, [this, failure] { finish(Verdict::Down, failure->reason, failure->error); },
            Qt::QueuedConnection);
        return;
    }
    m_hop = {m_monitor.url, m_monitor.method, m_monitor.body, m_monitor.headers};
    // A redirect to another origin drops the credentials (followRedirect).
    m_auth.applyTo(&m_hop.url, &m_hop.headers);
    m_visited = {{m_hop.method, m_hop.url.adjusted(QUrl::RemoveFragment)}};
    m_elapsed.start();
    m_phases.start();
    m_deadline.start(m_monitor.timeoutMs);
    if (!m_auth.needsToken()) {
        send();
        return;
    }
    // The token request counts within the check's deadline.
    m_auth.fetchToken(this, [this](const auto &refused, const HttpHeader &authorization) {
        if (m_done)
            return;
        if (refused)
            return finish(Verdict::Down, refused->reason, refused->error);
        m_hop.headers.append(authorization);
        send();
    });
}

void ProbeRun::cancel()
{
    m_done = true;
    m_deadline.stop();
    dropLookup();
    dropReply();
}

void ProbeRun::send()
{
    m_otherAddresses.clear();
    m_phases.beginRequest(m_hop.url.scheme() == u"https");
    // Names are looked up here, within the deadline, not by Qt (see HostResolver).
    if (m_resolver && m_network && ProbeRequest::needsLookup(m_hop.url, *m_network)) {
        m_phases.lookupStarted();
        m_lookupTicket = m_resolver->resolve(
            m_hop.url.host(), [this](const HostLookup &answer) { onResolved(answer); });
        return;
    }
    sendTo(QHostAddress());
}

void ProbeRun::onResolved(const HostLookup &answer)
{
    m_lookupTicket = 0;
    m_phases.lookupFinished();
    if (m_done)
        return;
    if (!answer.found()) {
        finish(Verdict::Down, Reason::Dns, answer.describe(m_hop.url.host()));
        return;
    }
    m_otherAddresses = answer.addresses;
    sendTo(m_otherAddresses.takeFirst());
}

void ProbeRun::sendTo(const QHostAddress &address)
{
    if (!m_network) {
        finish(Verdict::Down, Reason::Unknown, QStringLiteral("the network stack was shut down"));
        return;
    }
    const QNetworkRequest request =
        ProbeRequest::build(m_hop.url, m_hop.method, m_hop.headers, address, m_tls,
                            inactivityTimeoutMs(m_monitor.timeoutMs));
    m_decoder = BodyDecoder();
    m_wireBodyBytes = 0;
    m_undecodable = false;
    m_keyword =
        KeywordScanner(m_monitor.keywordIsRegex ? QByteArray() : m_monitor.keyword.toUtf8());
    m_body = BodyCheck(m_monitor);
    m_sslErrors.clear();
    switch (m_hop.method) {
    case HttpMethod::Head:
        m_reply = m_network->head(request);
        break;
    case HttpMethod::Get:
        m_reply = m_network->get(request);
        break;
    case HttpMethod::Post:
    case HttpMethod::Put:
    case HttpMethod::Patch:
    case HttpMethod::Delete:
    case HttpMethod::Options:
        // A method without a body sends none (and no Content-Length).
        m_reply = m_network->sendCustomRequest(request, httpMethodName(m_hop.method),
                                               httpMethodSendsBody(m_hop.method) ? m_hop.body
                                                                                 : QByteArray());
        break;
    }
    QNetworkReply *reply = m_reply;
    // Qt's HTTP thread stops reading the socket while this much is waiting here, so a server
    // that sends faster than the check reads costs this, not gigabytes of queued data.
    reply->setReadBufferSize(kReadChunk);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ProbeRun::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ProbeRun::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ProbeRun::onReplyFinished);
    connect(reply, &QNetworkReply::sslErrors, this, &ProbeRun::onSslErrors);
    m_phases.watch(reply, this);
    connect(reply, &QNetworkReply::encrypted, this,
            [this, reply] { noteCertificate(reply->sslConfiguration().peerCertificate()); });
}

void ProbeRun::onMetaDataChanged()
{
    if (m_done || !m_reply)
        return;
    const QString fault = HttpFraming::fault(*m_reply);
    if (!fault.isEmpty()) {
        m_result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        finish(Verdict::Down, Reason::Protocol, fault);
        return;
    }
    m_decoder = BodyDecoder(m_reply->rawHeader("Content-Encoding"));
}

void ProbeRun::onReadyRead()
{
    std::array<char, kReadChunk> buffer; // filled by read(); no need to clear 64 KiB each time
    const qint64 cap = m_monitor.maxBodyBytes;
    while (!m_done && m_reply && m_reply->bytesAvailable() > 0) {
        const qint64 read = m_reply->read(buffer.data(), qint64(buffer.size()));
        if (read <= 0)
            return;
        m_wireBodyBytes += read;
        if (!m_decoder.feed(QByteArrayView(buffer.data(), read), cap,
                            [this](QByteArrayView decoded) {
                                m_keyword.feed(decoded);
                                m_body.feed(decoded);
                            })) {
            m_undecodable = true;
            completeHop(true); // what follows cannot be read either
            return;
        }
        if (m_decoder.decodedBytes() >= cap || m_wireBodyBytes >= cap) {
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
    if (m_auth.awaitingToken()) {
        finish(Verdict::Down, Reason::Timeout, m_auth.tokenDeadlineText(m_monitor.timeoutMs));
        return;
    }
    if (m_lookupTicket != 0) {
        const bool asked = m_resolver && m_resolver->giveUp(std::exchange(m_lookupTicket, 0));
        finish(Verdict::Down, Reason::Dns,
               HostLookup::deadlineText(m_hop.url.host(), m_monitor.timeoutMs, asked));
        return;
    }
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
    if (status == 0 && !m_otherAddresses.isEmpty() && NetworkFailure::isConnectError(error)) {
        // The name has more addresses (IPv4 and IPv6, several servers): try the next one, as
        // Qt does when it looks a name up itself.
        dropReply();
        sendTo(m_otherAddresses.takeFirst());
        return;
    }
    m_phases.responseComplete();
    if (error != QNetworkReply::NoError && !explainedByStatus) {
        const Reason reason = NetworkFailure::reasonFor(error);
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (reason == Reason::Reset && status != 0 && !bodyCapped && announced > m_wireBodyBytes) {
            finish(Verdict::Down, Reason::Protocol,
                   QStringLiteral("HTTP %1, then the body ended after %2 of the %3 bytes its "
                                  "Content-Length announced: the server closed the connection")
                       .arg(status)
                       .arg(m_wireBodyBytes)
                       .arg(announced));
            return;
        }
        finish(Verdict::Down, reason, transportErrorText(reason, status));
        return;
    }
    if (!bodyCapped && !m_decoder.finish())
        m_undecodable = true;
    if (isRedirectStatus(status) && m_monitor.maxRedirects > 0 && reply->hasRawHeader("Location")) {
        followRedirect(status);
        return;
    }
    judgeFinalResponse(status, bodyCapped);
}

QString ProbeRun::transportErrorText(Reason reason, int status) const
{
    QString text = m_reply->errorString();
    if (reason == Reason::Tls && !m_sslErrors.isEmpty()) {
        text = QStringLiteral("TLS: %1").arg(NetworkFailure::describeSslErrors(m_sslErrors));
    }
    else if (reason == Reason::Timeout) {
        text = QStringLiteral("no data for %1 ms").arg(inactivityTimeoutMs(m_monitor.timeoutMs));
    }
    else if (reason == Reason::Reset) {
        // Qt 6.4 says "Connection closed" for a close, a reset, and an answer it cannot parse
        // (after which it closes the connection itself).
        return status == 0
                   ? QStringLiteral("the connection ended without an HTTP response: the server "
                                    "closed or reset it, or answered with something that is not "
                                    "HTTP (%1)")
                         .arg(text)
                   : QStringLiteral("HTTP %1, then the connection closed before the response was "
                                    "complete (%2)")
                         .arg(status)
                         .arg(text);
    }
    if (status != 0)
        text = QStringLiteral("HTTP %1, then %2").arg(status).arg(text);
    return text;
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
        next.headers.removeIf([this](const HttpHeader &h) { return m_auth.isOriginBound(h.name); });

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
    if (m_undecodable) {
        finish(Verdict::Down, Reason::Network,
               QStringLiteral("HTTP %1, then %2").arg(status).arg(m_decoder.error()));
        return;
    }
    const qint64 decoded = m_decoder.decodedBytes();
    if (bodyCapped && m_decoder.isCompressed() &&
        decoded > kBombRatio * std::max<qint64>(m_decoder.encodedBytes(), 1)) {
        finish(Verdict::Down, Reason::BodyTooLarge,
               QStringLiteral("the body is a compression bomb: %1 of %2 data expanded past %3 "
                              "(more than %4 times); decoding stopped there")
                   .arg(sizeText(m_decoder.encodedBytes()),
                        QString::fromLatin1(m_decoder.codingName()), sizeText(decoded))
                   .arg(kBombRatio));
        return;
    }
    if (!m_keyword.isEmpty() && m_keyword.found() == m_monitor.invertKeyword) {
        const QString scope =
            bodyCapped ? QStringLiteral(" in the first %1").arg(sizeText(decoded)) : QString();
        finish(Verdict::Down, Reason::Keyword,
               m_monitor.invertKeyword
                   ? QStringLiteral("keyword '%1' found%2, but must be absent")
                         .arg(m_monitor.keyword, scope)
                   : QStringLiteral("keyword '%1' not found%2").arg(m_monitor.keyword, scope));
        return;
    }
    if (const auto failure =
            m_body.judge(bodyCapped, sizeText(decoded), sizeText(m_monitor.maxBodyBytes))) {
        finish(Verdict::Down, failure->reason, failure->message);
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
    if (m_result.httpStatus == 401)
        m_auth.unauthorized();
    if (m_result.responseMs < 0 && m_elapsed.isValid())
        m_result.responseMs = m_elapsed.elapsed();
    m_result.phases = m_phases.phases();
    m_result.verdict = verdict;
    m_result.reason = reason;
    m_result.error = m_auth.redact(error);
    dropLookup();
    dropReply();
    emit finished(m_result);
}

void ProbeRun::dropLookup()
{
    if (m_lookupTicket != 0 && m_resolver)
        m_resolver->cancel(m_lookupTicket);
    m_lookupTicket = 0;
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
