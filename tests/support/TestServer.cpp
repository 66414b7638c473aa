#include "tests/support/TestServer.h"

#include "tests/support/TestConnection.h"

#include <QSslConfiguration>
#include <QSslSocket>

TestServer::TestServer(QObject *parent)
    : QTcpServer(parent)
{
}

TestServer::~TestServer()
{
    close();
}

bool TestServer::start()
{
    m_tls = false;
    return listen(QHostAddress::LocalHost, 0);
}

bool TestServer::startTls(const QSslCertificate &certificate, const QSslKey &key)
{
    if (certificate.isNull() || key.isNull())
        return false;
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
    return listen(QHostAddress::LocalHost, 0);
}

bool TestServer::startMutualTls(const QSslCertificate &certificate, const QSslKey &key,
                                const QSslCertificate &clientCa)
{
    if (clientCa.isNull())
        return false;
    m_clientCa = clientCa;
    return startTls(certificate, key);
}

QByteArray TestServer::issueToken(int expiresInSeconds)
{
    const QByteArray token =
        "token-" + QByteArray::number(serverPort()) + '-' + QByteArray::number(++m_issuedTokens);
    m_tokens.insert(token,
                    QDeadlineTimer(qint64(expiresInSeconds < 0 ? 3600 : expiresInSeconds) * 1000));
    return token;
}

bool TestServer::isLiveToken(const QByteArray &token) const
{
    const auto it = m_tokens.constFind(token);
    return it != m_tokens.cend() && !it->hasExpired();
}

quint16 TestServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void TestServer::setRoute(const QByteArray &path, const TestRoute &route)
{
    m_routes.insert(path, route);
}

void TestServer::setRoute(const QByteArray &method, const QByteArray &path, const TestRoute &route)
{
    m_routes.insert(method + ' ' + path, route);
}

TestRoute TestServer::route(const QByteArray &method, const QByteArray &path) const
{
    const qsizetype query = path.indexOf('?');
    const QByteArray withoutQuery = query < 0 ? path : path.left(query);
    const QByteArray forMethod = method + ' ' + withoutQuery;
    for (const QByteArray &key : {forMethod, withoutQuery}) {
        const auto it = m_routes.constFind(key);
        if (it != m_routes.cend())
            return *it;
    }
    return TestRoute::withStatus(404, QByteArrayLiteral("no route"));
}

QUrl TestServer::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.isEmpty() ? QStringLiteral("127.0.0.1") : host);
    url.setPort(serverPort());
    const qsizetype query = path.indexOf(u'?');
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

void TestServer::clearRecords()
{
    m_requests.clear();
    m_tokenRequestCount = 0;
    m_connectionCount = 0;
    m_endlessBytesSent = 0;
}

void TestServer::record(const RecordedRequest &request)
{
    m_requests.append(request);
}

void TestServer::incomingConnection(qintptr socketDescriptor)
{
    ++m_connectionCount;
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket(this);
        if (!tls->setSocketDescriptor(socketDescriptor)) {
            delete tls;
            return;
        }
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        if (m_clientCa.isNull()) {
            tls->setPeerVerifyMode(QSslSocket::VerifyNone);
        }
        else {
            QSslConfiguration configuration = tls->sslConfiguration();
            configuration.setCaCertificates({m_clientCa});
            configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
            tls->setSslConfiguration(configuration);
        }
        tls->startServerEncryption();
        socket = tls;
    }
    else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(socketDescriptor)) {
            delete socket;
            return;
        }
    }
    auto *connection = new TestConnection(socket, this);
    ++m_openConnectionCount;
    connect(connection, &QObject::destroyed, this, [this] { --m_openConnectionCount; });
}
