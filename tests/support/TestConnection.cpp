#include "tests/support/TestConnection.h"

#include "tests/support/TestServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrlQuery>

#include <sys/socket.h>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kEndlessChunk = 64 * 1024;
constexpr qint64 kEndlessLimit = 256 * 1024 * 1024;

// A value of application/x-www-form-urlencoded: '+' is a space, the rest percent-decoded.
QByteArray formDecoded(QByteArray value)
{
    return QByteArray::fromPercentEncoding(value.replace('+', ' '));
}

TestRoute jsonAnswer(int status, const QJsonObject &object)
{
    return TestRoute::withStatus(status, QJsonDocument(object).toJson(QJsonDocument::Compact))
        .header("Content-Type", "application/json")
        .header("Cache-Control", "no-store");
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

TestConnection::TestConnection(QTcpSocket *socket, TestServer *server)
    : QObject(server)
    , m_socket(socket)
    , m_server(server)
{
    m_socket->setParent(this);
    m_dripTimer.setSingleShot(false);
    connect(&m_dripTimer, &QTimer::timeout, this, &TestConnection::dripNext);
    connect(m_socket, &QTcpSocket::readyRead, this, &TestConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TestConnection::pumpEndless);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
}

void TestConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    RecordedRequest request;
    while (!m_busy && takeRequest(&request)) {
        if (const auto *tls = qobject_cast<const QSslSocket *>(m_socket))
            request.clientCertificate =
                tls->peerCertificate().subjectInfo(QSslCertificate::CommonName).value(0);
        m_server->record(request);
        m_closeAfter = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        const TestRoute route = answerFor(request, m_server->route(request.method, request.path));
        m_busy = true;
        if (route.delayMs > 0) {
            QTimer::singleShot(route.delayMs, this,
                               [this, request, route] { play(request, route); });
        }
        else {
            play(request, route);
        }
    }
}

bool TestConnection::takeRequest(RecordedRequest *request)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    RecordedRequest parsed;
    parsed.method = requestLine.value(0);
    parsed.path = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype bodyLength = parsed.header("Content-Length").toLongLong();
    const qsizetype total = headEnd + 4 + bodyLength;
    if (m_buffer.size() < total)
        return false;
    parsed.body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, total);
    *request = parsed;
    return true;
}

TestRoute TestConnection::answerFor(const RecordedRequest &request, const TestRoute &route)
{
    if (route.kind == TestRoute::Kind::OAuthToken)
        return tokenAnswer(request, route);
    const QByteArray authorization = request.header("Authorization");
    if (route.requireIssuedToken &&
        !(authorization.startsWith("Bearer ") && m_server->isLiveToken(authorization.mid(7)))) {
        return TestRoute::withStatus(401, "a live token is required")
            .header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    if (!route.requiredHeader.isEmpty() &&
        request.header(route.requiredHeader) != route.requiredValue) {
        const QByteArray scheme =
            route.requiredHeader.compare("Authorization", Qt::CaseInsensitive) == 0
                ? route.requiredValue.left(route.requiredValue.indexOf(' '))
                : QByteArray("ApiKey");
        return TestRoute::withStatus(401, "unauthorized")
            .header("WWW-Authenticate", scheme + " realm=\"upwatch-test\"");
    }
    return route;
}

TestRoute TestConnection::tokenAnswer(const RecordedRequest &request, const TestRoute &route)
{
    m_server->countTokenRequest();
    const QByteArray authorization = request.header("Authorization");
    const QByteArray pair = authorization.startsWith("Basic ")
                                ? QByteArray::fromBase64(authorization.mid(6))
                                : QByteArray();
    const qsizetype colon = pair.indexOf(':');
    const QByteArray id = formDecoded(pair.left(colon));
    const QByteArray secret = colon < 0 ? QByteArray() : formDecoded(pair.mid(colon + 1));
    if (request.method != "POST" ||
        !request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return jsonAnswer(400, {{u"error"_s, u"invalid_request"_s}});
    }
    if (id != route.clientId || secret != route.clientSecret) {
        // Names what the client sent, as a careless server might: the client must not repeat it.
        return jsonAnswer(
            401, {{u"error"_s, u"invalid_client"_s},
                  {u"error_description"_s,
                   QString::fromUtf8("client authentication failed for " + id + ':' + secret)}});
    }
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials") {
        return jsonAnswer(400, {{u"error"_s, u"unsupported_grant_type"_s}});
    }
    QJsonObject answer{
        {u"access_token"_s, QString::fromLatin1(m_server->issueToken(route.expiresIn))},
        {u"token_type"_s, u"Bearer"_s}};
    if (route.expiresIn >= 0)
        answer.insert(u"expires_in"_s, route.expiresIn);
    const QByteArray scope =
        formDecoded(form.queryItemValue(u"scope"_s, QUrl::FullyEncoded).toUtf8());
    if (!scope.isEmpty())
        answer.insert(u"scope"_s, QString::fromUtf8(scope));
    return jsonAnswer(200, answer);
}

void TestConnection::play(const RecordedRequest &request, const TestRoute &route)
{
    const bool head = request.method == "HEAD";
    switch (route.kind) {
    case TestRoute::Kind::Respond:
    case TestRoute::Kind::OAuthToken: // answerFor() turned it into a response
        writeHead(route, route.body.size(), m_closeAfter);
        if (!head)
            m_socket->write(route.body);
        endResponse();
        return;
    case TestRoute::Kind::Drip:
        writeHead(route, route.body.size(), m_closeAfter);
        if (head) {
            endResponse();
            return;
        }
        m_dripRemaining = route.body;
        m_dripChunk = std::max(1, route.dripChunk);
        m_dripTimer.start(route.dripIntervalMs);
        return;
    case TestRoute::Kind::Endless:
        writeHead(route, -1, true);
        m_endless = !head;
        m_endlessSent = 0;
        pumpEndless();
        if (head)
            endResponse();
        return;
    case TestRoute::Kind::CloseWithoutResponse:
        m_socket->disconnectFromHost();
        return;
    case TestRoute::Kind::Reset:
        resetConnection();
        return;
    case TestRoute::Kind::Raw:
        m_socket->write(route.body);
        if (route.closeAfterRaw)
            m_socket->disconnectFromHost();
        return; // an open connection stays busy: what follows is not a response
    }
}

void TestConnection::writeHead(const TestRoute &route, qint64 contentLength, bool closeAfter)
{
    m_closeAfter = closeAfter;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(route.status) + ' ' + reasonPhrase(route.status) + "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : route.headers) {
        head += name + ": " + value + "\r\n";
        hasContentType = hasContentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!hasContentType)
        head += "Content-Type: text/plain; charset=utf-8\r\n";
    if (contentLength >= 0)
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void TestConnection::dripNext()
{
    m_socket->write(m_dripRemaining.left(m_dripChunk));
    m_dripRemaining.remove(0, std::min<qsizetype>(m_dripChunk, m_dripRemaining.size()));
    if (m_dripRemaining.isEmpty()) {
        m_dripTimer.stop();
        endResponse();
    }
}

void TestConnection::pumpEndless()
{
    if (!m_endless || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    while (m_socket->bytesToWrite() < kEndlessChunk && m_endlessSent < kEndlessLimit) {
        const QByteArray chunk(kEndlessChunk, 'x');
        m_socket->write(chunk);
        m_endlessSent += chunk.size();
        m_server->addEndlessBytes(chunk.size());
    }
    if (m_endlessSent >= kEndlessLimit) {
        m_endless = false;
        m_socket->disconnectFromHost();
    }
}

void TestConnection::endResponse()
{
    if (m_closeAfter) {
        m_socket->disconnectFromHost();
        return;
    }
    m_busy = false;
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &TestConnection::onReadyRead);
}

void TestConnection::resetConnection()
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    m_socket->abort();
    deleteLater();
}
