#pragma once

#include "tests/support/RecordedRequest.h"
#include "tests/support/TestRoute.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QUrl>

// A scriptable HTTP/1.1 server on a loopback port chosen by the system, plain or TLS, for tests
// that need real sockets. Each path has a TestRoute; unknown paths get 404. It keeps
// connections alive between requests, like a real server, and records every request.
class TestServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestServer)

public:
    explicit TestServer(QObject *parent = nullptr);
    ~TestServer() override;

    // Listens on 127.0.0.1, port 0. With a certificate and key it speaks TLS.
    bool start();
    bool startTls(const QSslCertificate &certificate, const QSslKey &key);
    // TLS that requires a client certificate issued by clientCa: a client without one, or with
    // another, fails the handshake.
    bool startMutualTls(const QSslCertificate &certificate, const QSslKey &key,
                        const QSslCertificate &clientCa);

    // A loopback port that was free a moment ago: nothing listens there (0 if none was found).
    [[nodiscard]] static quint16 unusedPort();

    void setRoute(const QByteArray &path, const TestRoute &route);
    // A route for one method only; it wins over the route for all methods.
    void setRoute(const QByteArray &method, const QByteArray &path, const TestRoute &route);
    [[nodiscard]] TestRoute route(const QByteArray &method, const QByteArray &path) const;

    // "http(s)://127.0.0.1:<port><path>"; `host` replaces 127.0.0.1 (e.g. "localhost").
    [[nodiscard]] QUrl url(const QString &path, const QString &host = QString()) const;

    [[nodiscard]] const QList<RecordedRequest> &requests() const { return m_requests; }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }
    // Connections a client has open right now.
    [[nodiscard]] int openConnectionCount() const { return m_openConnectionCount; }
    // Body bytes written by Endless routes so far.
    [[nodiscard]] qint64 endlessBytesSent() const { return m_endlessBytesSent; }
    void clearRecords();

    // OAuth2 (see TestRoute::oauthToken): a new token, live for expiresInSeconds (<0: an hour).
    [[nodiscard]] QByteArray issueToken(int expiresInSeconds);
    [[nodiscard]] bool isLiveToken(const QByteArray &token) const;
    // Every token issued so far stops working (a resource answers 401 to it).
    void revokeTokens() { m_tokens.clear(); }
    // Requests that reached a token endpoint route.
    [[nodiscard]] int tokenRequestCount() const { return m_tokenRequestCount; }
    void countTokenRequest() { ++m_tokenRequestCount; }

    // Called by the connections.
    void record(const RecordedRequest &request);
    void addEndlessBytes(qint64 bytes) { m_endlessBytesSent += bytes; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    QHash<QByteArray, TestRoute> m_routes;
    QList<RecordedRequest> m_requests;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    QSslCertificate m_clientCa; // null: no client certificate asked for
    QHash<QByteArray, QDeadlineTimer> m_tokens;
    int m_issuedTokens = 0;
    int m_tokenRequestCount = 0;
    int m_connectionCount = 0;
    int m_openConnectionCount = 0;
    qint64 m_endlessBytesSent = 0;
};
