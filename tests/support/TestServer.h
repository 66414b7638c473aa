#pragma once

#include "tests/support/RecordedRequest.h"
#include "tests/support/TestRoute.h"

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
    int m_connectionCount = 0;
    int m_openConnectionCount = 0;
    qint64 m_endlessBytesSent = 0;
};
