#include "core/metrics/HttpEndpoint.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

namespace {

constexpr char kTextPlain[] = "text/plain; charset=utf-8";

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// Compares without stopping at the first difference, so the time taken says nothing about how
// much of a guessed token was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString listenError(const QTcpServer &server, const QHostAddress &address, quint16 port)
{
    const QString where = address.protocol() == QAbstractSocket::IPv6Protocol
                              ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
                              : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
    switch (server.serverError()) {
    case QAbstractSocket::AddressInUseError:
        return QStringLiteral("cannot listen on %1: the port is already in use (by another "
                              "program, or another Upwatch)")
            .arg(where);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return QStringLiteral("cannot listen on %1: this machine has no such address").arg(where);
    case QAbstractSocket::SocketAccessError:
        return QStringLiteral("cannot listen on %1: permission denied (ports below 1024 need "
                              "privileges)")
            .arg(where);
    default:
        return QStringLiteral("cannot listen on %1: %2").arg(where, server.errorString());
    }
}

// Counts what each connection sends between two answers and drops a connection that sends more
// than kMaxRequestBytes: Qt HttpServer 6.4 keeps a whole request, body included, in memory and
// has no limit of its own. The endpoint's requests are small GETs.
class BoundedTcpServer final : public QTcpServer {
public:
    static constexpr qint64 kMaxRequestBytes = 64 * 1024;

    using QTcpServer::QTcpServer;

    // The request on `socket` was answered: the count starts again for the next one.
    static void answered(QTcpSocket *socket) { socket->setProperty(kReceived, 0); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        // Connected before the HTTP server's own handler, so this runs first on each read.
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const qint64 received =
                socket->property(kReceived).toLongLong() + socket->bytesAvailable();
            socket->setProperty(kReceived, received);
            if (received > kMaxRequestBytes) // after the HTTP server's handler has run
                QMetaObject::invokeMethod(socket, &QTcpSocket::abort, Qt::QueuedConnection);
        });
        addPendingConnection(socket);
    }

private:
    static constexpr char kReceived[] = "upwatchReceivedBytes";
};

} // namespace

// The Qt 6.4 server: every request goes to the endpoint, which answers all of them (404
// included), so missingHandler() is never reached through handleRequest().
class HttpEndpoint::Server final : public QAbstractHttpServer {
public:
    explicit Server(HttpEndpoint &endpoint)
        : QAbstractHttpServer(&endpoint)
        , m_endpoint(endpoint)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        QElapsedTimer timer;
        timer.start();
        BoundedTcpServer::answered(socket);
        const QByteArray method = methodName(request.method());
        const QString path = request.url().path();
        QByteArray authorization;
        for (const auto &[name, value] : request.headers()) {
            if (name.compare("authorization", Qt::CaseInsensitive) == 0)
                authorization = value;
        }
        QList<std::pair<QByteArray, QByteArray>> headers;
        const Reply reply = m_endpoint.answer(method, path, authorization, headers);
        respond(request, socket, method == "HEAD", reply, headers);
        const QString reported =
            m_endpoint.m_routes.contains(path) ? path : QString::fromLatin1(kOtherPath);
        emit m_endpoint.served(reported, reply.status, double(timer.nsecsElapsed()) / 1e9);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Reply reply{404, kTextPlain, QByteArrayLiteral("not found\n")};
        respond(request, socket, false, reply, {});
    }

private:
    static void respond(const QHttpServerRequest &request, QTcpSocket *socket, bool head,
                        const Reply &reply, const QList<std::pair<QByteArray, QByteArray>> &headers)
    {
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
        responder.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        for (const auto &[name, value] : headers)
            responder.writeHeader(name, value);
        // HEAD: the length the body would have, and no body.
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
        responder.writeBody(head ? QByteArray() : reply.body);
    }

    HttpEndpoint &m_endpoint;
};

HttpEndpoint::HttpEndpoint(QObject *parent)
    : QObject(parent)
{
}

HttpEndpoint::~HttpEndpoint() = default;

void HttpEndpoint::setRoute(const QString &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

bool HttpEndpoint::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_error.clear();
    auto *tcp = new BoundedTcpServer;
    if (!tcp->listen(address, port)) {
        m_error = listenError(*tcp, address, port);
        delete tcp;
        return false;
    }
    m_server = new Server(*this);
    m_server->bind(tcp); // takes it as a child
    return true;
}

void HttpEndpoint::close()
{
    // The TCP server and the connections go with it.
    delete m_server;
    m_server = nullptr;
}

bool HttpEndpoint::isListening() const
{
    return m_server && !m_server->servers().isEmpty() &&
           m_server->servers().constFirst()->isListening();
}

QHostAddress HttpEndpoint::address() const
{
    return isListening() ? m_server->servers().constFirst()->serverAddress() : QHostAddress();
}

quint16 HttpEndpoint::port() const
{
    return isListening() ? m_server->servers().constFirst()->serverPort() : 0;
}

bool HttpEndpoint::authorized(const QByteArray &authorization) const
{
    if (m_token.isEmpty())
        return true;
    static const QByteArray kScheme = QByteArrayLiteral("bearer ");
    if (authorization.size() <= kScheme.size() ||
        authorization.left(kScheme.size()).toLower() != kScheme)
        return false;
    return sameBytes(authorization.mid(kScheme.size()).trimmed(), m_token);
}

HttpEndpoint::Reply HttpEndpoint::answer(const QByteArray &method, const QString &path,
                                         const QByteArray &authorization,
                                         QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    if (!authorized(authorization)) {
        headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"upwatch\"")});
        return {401, kTextPlain,
                QByteArrayLiteral("a bearer token is required: Authorization: Bearer <token>\n")};
    }
    const auto route = m_routes.constFind(path);
    if (route == m_routes.cend())
        return {404, kTextPlain, QByteArrayLiteral("not found\n")};
    if (method != "GET" && method != "HEAD") {
        headers.append({QByteArrayLiteral("Allow"), QByteArrayLiteral("GET, HEAD")});
        return {405, kTextPlain, QByteArrayLiteral("only GET and HEAD are allowed here\n")};
    }
    return (*route)();
}
